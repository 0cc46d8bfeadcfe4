import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { tagStance, findSalientTargets } from '../src/tag/stance/index.js';
import { compileCues } from '../src/text/cues.js';
import parentCues from '../src/tag/stance/data/parent-cues.json' with { type: 'json' };
import targetCues from '../src/tag/stance/data/target-cues.json' with { type: 'json' };
import { FIXTURES } from './gold.js';

const PARENT = 'These pictures of soldiers posing with dead rebels are horrible and need to be stopped.';

describe('stance toward the parent', () => {
  const table: [string, 'support' | 'deny' | 'query' | 'comment', string | null, string | null][] = [
    ['Well said. This is a war for the very survival of our nation.', 'support', 'support-agree', 'Well said'],
    ['Gree with you Pete. That is why we need to take back the Middle East.', 'support', 'support-agree', 'Gree with you'],
    ['Ridiculous. You have been brainwashed by the Western MSM.', 'deny', 'deny-scorn', 'Ridiculous'],
    ['That is not true, the photos are from 2015.', 'deny', 'deny-false', 'That is not true'],
    ['The photos are not true, they are from 2015.', 'deny', 'deny-false', 'not true'],
    ['True, but these thugs would have done the same many times over.', 'deny', 'deny-concession', 'True, but'],
    ['@Peter source? I have not seen this anywhere.', 'query', 'query-evidence', 'source?'],
    ['Is this confirmed by anyone?', 'query', 'query-evidence', 'Is this confirmed'],
    ['Russia and Iran should plan a big offensive in the Ghouta region.', 'comment', null, null],
    ["I don't agree with you at all, the photos are old.", 'deny', 'deny-false', "don't agree"],
    ['Manthong, exactly. Tit for tat.', 'support', 'support-opener', 'exactly'],
    ['Peut-être, mais YouTube gagne des milliards.', 'deny', 'deny-concession', 'Peut-être, mais'],
  ];
  it.each(table)('%s', (text, label, rule, span) => {
    const stance = tagStance(text, { parent: PARENT, targets: [] }).toParent;
    expect(stance.label).toBe(label);
    if (rule === null) {
      expect(stance.evidence).toEqual([]);
      return;
    }
    const hit = stance.evidence.find((e) => e.rule === rule);
    expect(hit, JSON.stringify(stance.evidence)).toBeDefined();
    expect(hit!.text).toBe(span);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('reads a reply that restates its parent as support', () => {
    const parent = 'Police confirm gunman shot dead inside Parliament; soldier shot earlier at War Memorial.';
    const stance = tagStance('RT gunman shot dead inside Parliament, soldier shot at War Memorial', { parent, targets: [] }).toParent;
    expect(stance.label).toBe('support');
    expect(stance.evidence.map((e) => e.rule)).toContain('restates-parent');
  });

  it('treats a rhetorical jab as disagreement and a factual question as a query', () => {
    expect(tagStance('Whose side are you on? WHO NEEDS ENEMIES?', { parent: PARENT, targets: [] }).toParent.label).toBe('deny');
    expect(tagStance('Where do they get their arms from?', { parent: PARENT, targets: [] }).toParent.label).toBe('query');
  });
});

describe('stance toward targets', () => {
  const assad = { name: 'Bashar al-Assad', aliases: ['Assad'] };
  const table: [string, string | { name: string; aliases?: string[] }, 'favor' | 'against' | 'none', string | null][] = [
    ['God help Assad and SAA and all good syrian people!!!', 'SAA', 'favor', 'God help'],
    ['God help Assad and SAA and all good syrian people!!!', assad, 'favor', 'God help'],
    ['The Assad regime gasses its own people.', assad, 'against', 'regime'],
    ['HTS thugs shelled the market again.', 'HTS', 'against', 'thugs'],
    ['The SAA heroes liberated the city.', 'SAA', 'favor', 'heroes'],
    ['They are not terrorists, the SAA are defending their homes.', 'SAA', 'favor', 'defending'],
    ['I love how Assad handled the talks.', assad, 'favor', 'I love'],
    ['Assad is a wonderful man.', assad, 'favor', 'wonderful'],
    ['Assad is not a wonderful man.', assad, 'against', 'wonderful'],
    ['Assad met the delegation on Tuesday.', assad, 'none', null],
    ['Nothing about him here at all.', assad, 'none', null],
  ];
  it.each(table)('%s → %s', (text, target, label, span) => {
    const [result] = tagStance(text, { targets: [target] }).targets;
    expect(result!.target).toBe(typeof target === 'string' ? target : target.name);
    expect(result!.label).toBe(label);
    if (span === null) {
      expect(result!.evidence).toEqual([]);
      return;
    }
    expect(result!.evidence.map((e) => e.text)).toContain(span);
    for (const e of result!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('flips framing under negation', () => {
    const [negated] = tagStance('The SAA are not terrorists.', { targets: ['SAA'] }).targets;
    expect(negated!.label).toBe('favor');
  });

  it('counts favour toward an opponent against the target', () => {
    const target = { name: 'Atheism', aliases: ['atheism', 'atheists'], opponents: ['God'] };
    const [result] = tagStance('God bless you all, may God protect us.', { targets: [target] }).targets;
    expect(result!.label).toBe('against');
    expect(result!.evidence[0]!.rule).toMatch(/^opponent-/);
  });
});

describe('findSalientTargets', () => {
  it('ranks repeated actors and gives people their surname as alias', () => {
    const article = [
      'President Bashar al-Assad visited Damascus on Monday. The SAA moved north.',
      'Assad said the SAA would hold the line. In Damascus, residents cheered.',
      'Later Assad met Russian officers. The SAA and Russia coordinate closely; Russia sent jets.',
      'The weather was cold.',
    ].join('\n\n');
    const targets = findSalientTargets(article) as { name: string; aliases: string[] }[];
    const names = targets.map((t) => t.name);
    expect(names).toContain('SAA');
    expect(names).toContain('Damascus');
    expect(names).toContain('Russia');
    const assad = targets.find((t) => /Assad/u.test(t.name));
    expect(assad, JSON.stringify(targets)).toBeDefined();
    expect(assad!.aliases).toContain('Assad');
    expect(names).not.toContain('The');
    expect(names).not.toContain('Russian');
  });
  it('finds some actors on a seed page, at most six', () => {
    const page = readFileSync(`${FIXTURES}pages/001_a10aad767dd88549.txt`, 'utf8');
    const names = findSalientTargets(page.slice(0, 2500)).map((t) => (typeof t === 'string' ? t : t.name));
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThanOrEqual(6);
    expect(names.some((n) => /Tiger Forces/u.test(n))).toBe(true);
  });
  it('returns nothing for empty or junk input', () => {
    expect(findSalientTargets('')).toEqual([]);
    expect(findSalientTargets('\u0000\u0001 ~~~ ###')).toEqual([]);
  });
});

describe('stance cue data', () => {
  it('validates and compiles', () => {
    expect(compileCues(parentCues, 'parent-cues.json').cues.length).toBeGreaterThan(5);
    expect(compileCues(targetCues, 'target-cues.json').cues.length).toBeGreaterThan(3);
  });
});

describe('span invariant and robustness (property)', () => {
  it('every evidence span is a slice of the comment', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('Well said', 'not true', 'source?', 'God help ', 'Assad', ' regime ', 'SAA', ' not ', 'terrorists', '?', '\n', '“', '😀', 'True, but'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), fc.string(), (parts, parent) => {
        const text = parts.join('');
        const stance = tagStance(text, { parent, targets: ['SAA', { name: 'Bashar al-Assad', aliases: ['Assad'] }] });
        const all = [...stance.toParent.evidence, ...stance.targets.flatMap((t) => t.evidence)];
        for (const e of all) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.rule.length).toBeGreaterThan(0);
        }
        expect(stance.toParent.confidence).toBeGreaterThanOrEqual(0);
        expect(stance.toParent.confidence).toBeLessThanOrEqual(1);
        expect(stance.targets).toHaveLength(2);
      }),
      { numRuns: 300 },
    );
  });
  it('stays fast on a huge repetitive comment', () => {
    const text = 'Assad regime terrorists not true source? '.repeat(30_000);
    const started = performance.now();
    tagStance(text, { parent: text, targets: [{ name: 'Bashar al-Assad', aliases: ['Assad'] }] });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
