import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Conspiracy } from '../src/schema/index.js';
import { parseCues, loadDefaultCues, expandTerm } from '../src/tag/conspiracy/cues.js';
import { parseFrames } from '../src/tag/conspiracy/frames.js';
import { tagConspiracy } from '../src/tag/conspiracy/index.js';
import { renderConspiracyDoc } from '../scripts/build/conspiracy-doc.js';
import { workGrowth } from './work-meter.js';

function expectValidSpans(input: string, result: Conspiracy): void {
  expect(() => Conspiracy.parse(result)).not.toThrow();
  let lastEnd = 0;
  for (const m of result.markers) {
    // Markers come in text order and never share a character.
    expect(m.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = m.end;
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(m.start, m.end)).toBe(m.text);
  }
}

const roles = (result: Conspiracy) => result.markers.map((m) => [m.text, m.role]);

describe('tagConspiracy: labels and markers', () => {
  const table: { input: string; label: Conspiracy['label']; markers?: [string, string][] }[] = [
    {
      input: 'Wake up sheeple! The globalists want depopulation through the kill shot.',
      label: 'conspiracy',
      // The objective marker covers the claim ("want depopulation"), not only the cue word.
      markers: [['Wake up sheeple', 'awakening'], ['The globalists', 'agent'], ['want depopulation', 'objective'], ['kill shot', 'negative-effect']],
    },
    { input: "They don't want you to know what's really in the vaccine.", label: 'conspiracy', markers: [["They don't want you to know", 'hidden-truth']] },
    { input: 'They don \'t want you to know the truth', label: 'conspiracy', markers: [["They don 't want you to know", 'hidden-truth']] },
    { input: 'Sandy Hook was a false flag with crisis actors.', label: 'conspiracy', markers: [['false flag', 'false-flag'], ['crisis actors', 'false-flag']] },
    { input: 'The (((cabal))) runs everything.', label: 'conspiracy', markers: [['(((cabal)))', 'coded-antisemitism']] },
    { input: 'ZOG controls the banks, goyim.', label: 'conspiracy' },
    { input: 'The Khazarian mafia owns the central banks.', label: 'conspiracy', markers: [['Khazarian mafia', 'coded-antisemitism'], ['the central banks', 'agent']] },
    { input: 'The Rothschilds control the governments of the world.', label: 'conspiracy', markers: [['Rothschilds control', 'coded-antisemitism']] },
    { input: 'The #GreatReset and Agenda 2030 are the New World Order.', label: 'conspiracy', markers: [['GreatReset', 'objective'], ['Agenda 2030', 'objective'], ['New World Order', 'objective']] },
    { input: 'The plandemic was planned by Bill Gates and the WEF at Event 201.', label: 'conspiracy' },
    { input: 'The deep state and the mainstream media are hiding the truth from the people.', label: 'conspiracy', markers: [['The deep state', 'agent'], ['mainstream media', 'facilitator'], ['are hiding the truth', 'hidden-truth'], ['the people', 'victim']] },
    { input: 'Those who question the narrative are silenced, because they want to depopulate the world.', label: 'conspiracy', markers: [['Those who question', 'campaigner'], ['they want to depopulate', 'agent']] },
    { input: 'Those who question the narrative are silenced while the unvaccinated suffer.', label: 'critical' },
  ];
  it.each(table)('$input -> $label', ({ input, label, markers }) => {
    const result = tagConspiracy(input);
    expect(result.label).toBe(label);
    expectValidSpans(input, result);
    if (markers) expect(roles(result)).toEqual(expect.arrayContaining(markers));
  });

  it('scores conspiracy at or above 0.5 and the rest below', () => {
    expect(tagConspiracy(table[0]!.input).score).toBeGreaterThanOrEqual(0.5);
    expect(tagConspiracy('The government lied about the mandates.').score).toBeLessThan(0.5);
  });
});

describe('critical is not conspiracy', () => {
  const critical = [
    'The government lied about the vaccine mandates. This is tyranny and they must be held accountable.',
    'The mainstream media is corrupt and spreads propaganda for Big Pharma.',
    'Politicians ignored the vaccine injuries and censored the doctors who spoke out.',
    'Lockdowns destroyed small businesses and the government refuses to admit it was wrong.',
    'Fauci lied to Congress about funding and should resign.',
    'Vaccines have side effects and the mandates are wrong, the government must admit it.',
    'The government lied about masks. They want us to forget the lockdowns.',
    'The vaccines are killing people and the government refuses to investigate.',
    'Kids were forced to take an experimental vaccine while the media stayed silent.',
  ];
  it.each(critical)('%s -> critical', (input) => {
    const result = tagConspiracy(input);
    expect(result.label).toBe('critical');
    expect(result.score).toBeLessThan(0.5);
    expectValidSpans(input, result);
  });
});

describe('plot frames: agent + intent + harm in one sentence', () => {
  const frames: { input: string; rule: string }[] = [
    { input: 'These bastards want to weaken our children.', rule: 'conspiracy/agent-intends-harm' },
    { input: 'The globalists are trying hard to starve the population.', rule: 'conspiracy/agent-intends-harm' },
    { input: 'Fauci worked closely with China to create this chimera.', rule: 'conspiracy/agent-made-pathogen' },
    { input: 'The lab engineered the new variant.', rule: 'conspiracy/agent-made-pathogen' },
    { input: 'The jab rewrites your DNA for good.', rule: 'conspiracy/jab-fringe-claim' },
    { input: 'The booster contains a hidden antenna.', rule: 'conspiracy/jab-fringe-claim' },
  ];
  it.each(frames)('$input -> $rule', ({ input, rule }) => {
    const result = tagConspiracy(input);
    expect(result.label).toBe('conspiracy');
    expect(result.markers.map((m) => m.rule)).toContain(rule);
    expectValidSpans(input, result);
  });

  const misses = [
    // The slots are in different sentences.
    'They want a refund. Kill the engine first.',
    // Too many words between the agent and the intent.
    'They said last week in a long and boring meeting that they want bread.',
    // Wrong order for an ordered frame.
    'To kill time, they want coffee.',
    // Habitual "used to" is not an intent.
    'They used to control the market.',
    // A vaccine and an ordinary side effect, not a fringe mechanism.
    'The vaccine gave me a sore arm.',
  ];
  it.each(misses)('%s -> no frame', (input) => {
    const result = tagConspiracy(input);
    expect(result.markers.filter((m) => /agent-intends-harm|agent-made-pathogen|jab-fringe-claim/.test(m.rule))).toEqual([]);
    expect(result.label).not.toBe('conspiracy');
  });

  it('frames can be switched off, by id or all at once', () => {
    const input = 'These bastards want to weaken our children.';
    expect(tagConspiracy(input).label).toBe('conspiracy');
    expect(tagConspiracy(input, { disable: ['agent-intends-harm'] }).label).not.toBe('conspiracy');
    expect(tagConspiracy(input, { frames: [] }).label).not.toBe('conspiracy');
  });

  it('a frame counts as evidence even when a phrase marker holds its characters', () => {
    // "bio weapon" (phrase) lies inside the jab-fringe-claim frame; both add to the plot score.
    const both = tagConspiracy('This vaccine is a bio weapon');
    const phraseOnly = tagConspiracy('This vaccine is a bio weapon', { frames: [] });
    expect(both.score).toBeGreaterThan(phraseOnly.score);
    expect(roles(both)).toContainEqual(['bio weapon', 'false-flag']);
  });

  it('rejects bad frame data', () => {
    const good = { id: 'f', role: 'objective', weight: 1, window: 3, slots: [['they'], ['want'], ['kill']], note: 'n', source: 's' };
    expect(parseFrames([good])).toHaveLength(1);
    expect(() => parseFrames([good, good])).toThrow(/duplicate id/);
    expect(() => parseFrames([{ ...good, slots: [['they want'], ['kill']] }])).toThrow();
    expect(() => parseFrames([{ ...good, anyOrder: true }])).toThrow(/anyOrder/);
    expect(() => parseFrames([{ ...good, slots: [['they']] }])).toThrow();
    expect(() => parseFrames([{ ...good, window: 50 }])).toThrow();
  });
});

describe('claim markers cover the clause', () => {
  it('an objective grows to its clause, stopping at punctuation and trimming joining words', () => {
    const input = 'Sure, what comes next is depopulation of all, obviously.';
    const marker = tagConspiracy(input).markers.find((m) => m.rule === 'conspiracy/depopulation');
    expect(marker?.text).toBe('what comes next is depopulation of all');
    const trimmed = tagConspiracy('Yes. Depopulation and.').markers.find((m) => m.rule === 'conspiracy/depopulation');
    expect(trimmed?.text).toBe('Depopulation');
  });
  it('a claim never grows into a neighbouring marker', () => {
    const input = 'The globalists want depopulation through the kill shot.';
    const result = tagConspiracy(input);
    expect(roles(result)).toEqual(expect.arrayContaining([['The globalists', 'agent'], ['kill shot', 'negative-effect']]));
    expectValidSpans(input, result);
  });
  it('agents keep their noun-phrase span', () => {
    const result = tagConspiracy('Yesterday the deep state planned all of this, believe me.');
    expect(roles(result)).toContainEqual(['the deep state', 'agent']);
  });
});

describe('neutral text is none, with no markers', () => {
  const neutral = [
    'I had pasta for dinner and it was great.',
    'The government announced a new budget for schools today.',
    'Who won the game last night?',
    'Please wake up at 7 tomorrow, the bus leaves early.',
    'The WHO published its annual report on malaria.',
    'Rothschild is a bank in Paris.',
    'I staged the photo for my portfolio.',
    '',
  ];
  it.each(neutral)('%s -> none', (input) => {
    const result = tagConspiracy(input);
    expect(result.label).toBe('none');
    expect(result.markers).toEqual([]);
  });

  it('does not read the pronoun "who" as the WHO (case-sensitive acronyms)', () => {
    const result = tagConspiracy('Bill Gates and the globalists, who want control, who lie, depopulation!');
    expect(result.markers.filter((m) => m.rule === 'conspiracy/agent-bodies-acronym')).toEqual([]);
    const upper = tagConspiracy('The WHO and the globalists want depopulation.');
    expect(roles(upper)).toContainEqual(['WHO', 'agent']);
  });

  it('matches whole words only (no Scunthorpe effect)', () => {
    expect(tagConspiracy('The zogging club met at the khazarbar.').markers.filter((m) => m.text.toLowerCase() === 'zog')).toEqual([]);
    expect(tagConspiracy('Sheepleton village fete').label).toBe('none');
  });
});

describe('contractions and tokenisation variants', () => {
  it.each(["They don't want you to know", 'They don \'t want you to know', "They do n't want you to know", 'They don’t want you to know', 'They dont want you to know'])(
    '%s',
    (input) => {
      const result = tagConspiracy(input);
      expect(result.markers[0]?.role).toBe('hidden-truth');
      expect(result.markers[0]?.start).toBe(0);
      expectValidSpans(input, result);
    },
  );
  it('does not join cue words across sentence punctuation', () => {
    expect(roles(tagConspiracy('We found it. False. Flag it for review, the globalists depopulation'))).not.toContainEqual(['False. Flag', 'false-flag']);
  });
});

describe('options', () => {
  const input = 'The globalists want total control.';
  it('threshold moves the decision', () => {
    expect(tagConspiracy(input).label).toBe('conspiracy');
    expect(tagConspiracy(input, { threshold: 5 }).label).not.toBe('conspiracy');
  });
  it('disable switches a cue off', () => {
    const result = tagConspiracy('Wake up sheeple, depopulation is here', { disable: ['sheeple', 'wake-up-call-to-crowd'] });
    expect(result.markers.map((m) => m.rule)).not.toContain('conspiracy/sheeple');
  });
  it('extraCues adds a user cue', () => {
    const extra = [{ id: 'lizard-king', terms: ['lizard king*'], role: 'agent', weight: 1, note: 'test', source: 'test' }];
    const result = tagConspiracy('The lizard kings rule us', { extraCues: extra });
    expect(result.label).toBe('conspiracy');
    expect(roles(result)).toContainEqual(['lizard kings', 'agent']);
  });
});

describe('cue data validation', () => {
  const good = { id: 'a-cue', terms: ['foo bar'], role: 'agent', weight: 0.5, note: 'n', source: 's' };
  it('the shipped cues load', () => {
    expect(loadDefaultCues().length).toBeGreaterThan(40);
  });
  it('rejects duplicate ids', () => {
    expect(() => parseCues([good, { ...good, terms: ['baz'] }])).toThrow(/duplicate id/);
  });
  it('rejects the same phrase under two cues, also via alternatives', () => {
    expect(() => parseCues([good, { ...good, id: 'other', terms: ['(foo|qux) bar'] }])).toThrow(/duplicates a-cue/);
  });
  it('rejects bad fields', () => {
    expect(() => parseCues([{ ...good, role: 'villain' }])).toThrow();
    expect(() => parseCues([{ ...good, weight: 7 }])).toThrow();
    expect(() => parseCues([{ ...good, extra: 1 }])).toThrow();
    expect(() => parseCues([{ ...good, terms: undefined }])).toThrow(/terms or patterns/);
  });
  it('rejects patterns that could backtrack', () => {
    expect(() => parseCues([{ ...good, terms: undefined, patterns: ['(a+)+b'] }])).toThrow(/backtrack/);
    expect(() => parseCues([{ ...good, terms: undefined, patterns: ['(unclosed'] }])).toThrow();
  });
  it('expands alternatives, including the empty one', () => {
    expect(expandTerm('(the|) deep state').map((w) => w.join(' '))).toEqual(['the deep state', 'deep state']);
  });
  it('docs/conspiracy-cues.md is up to date (run scripts/build/conspiracy-doc.ts)', () => {
    const doc = readFileSync(new URL('../docs/conspiracy-cues.md', import.meta.url), 'utf8');
    expect(doc).toBe(renderConspiracyDoc());
  });
});

describe('bad input never crashes', () => {
  it('random strings: no throw, valid spans', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
        expectValidSpans(input, tagConspiracy(input));
      }),
      { numRuns: 400 },
    );
  });
  it('random mixes of cue words and punctuation: no throw, valid spans', () => {
    const words = ['wake', 'up', 'sheeple', "don't", 'don', "'t", 'n', "n't", 'the', 'globalist', '(((', ')))', 'cabal', 'ZOG', 'WHO', '#', 'great', 'reset', '-', '.', ' ', '\u200b', 'é', '😀', '’', 'depopulation'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '', '\n', ','), { maxLength: 60 }), (parts, gaps) => {
        const input = parts.map((p, i) => p + (gaps[i] ?? ' ')).join('');
        expectValidSpans(input, tagConspiracy(input));
      }),
      { numRuns: 400 },
    );
  });
  it('non-string input is coerced', () => {
    expect(tagConspiracy(undefined as unknown as string).label).toBe('none');
    expect(tagConspiracy(42 as unknown as string).label).toBe('none');
  });
  it('pathological inputs stay fast (linear scan)', () => {
    // Work is counted, not timed: 16 times the input may cost at most 20 times the work.
    const inputs = [
      (k: number) => '('.repeat(12_500 * k),
      (k: number) => '((('.repeat(1_875 * k) + 'x'.repeat(100) + ')))'.repeat(1_875 * k),
      (k: number) => "'".repeat(6_250 * k),
      (k: number) => 'wake '.repeat(3_125 * k),
      (k: number) => 'a'.repeat(18_750 * k),
    ];
    for (const input of inputs) {
      expect(workGrowth((k) => void tagConspiracy(input(k)))).toBeLessThanOrEqual(20);
      expectValidSpans(input(16), tagConspiracy(input(16)));
    }
  });
});
