import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { tagStance, findSalientTargets } from '../src/tag/stance/index.js';
import { compileCues } from '../src/text/cues.js';
import { decideParentStance, parentVotes } from '../src/tag/stance/parent.js';
import { camelTagTone, hashtagSide } from '../src/tag/stance/hashtags.js';
import parentCues from '../src/tag/stance/data/parent-cues.json' with { type: 'json' };
import targetCues from '../src/tag/stance/data/target-cues.json' with { type: 'json' };
import { FIXTURES } from './gold.js';
import { workGrowth } from './work-meter.js';

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
    ['@Dana I see your point, but the photos were taken in 2015.', 'deny', 'deny-concession-inner', 'I see your point, but'],
    ['Great post, but I would disagree on point 3: the photos are from 2015.', 'deny', 'deny-concession-inner', 'Great post, but'],
    ['That is a myth, commanders never ordered anything like it.', 'deny', 'deny-argue', 'is a myth'],
    ['So much this. Commanders have to stop it.', 'support', 'support-general', 'So much this'],
    ['Nobody said the photos were staged, only that they are old.', 'deny', 'deny-argue', 'Nobody said'],
    ['Peter, you say these are recent, but the uniforms changed in 2015.', 'deny', 'deny-argue', 'you say these are recent, but'],
    ['On top of that, the commanders knew about the photos for months.', 'support', 'support-adds', 'On top of that'],
    ['Thanks for posting these, I had not seen them.', 'comment', null, null],
  ];
  it.each(table)('%s', (text, label, rule, span) => {
    const stance = tagStance(text, { parent: PARENT, targets: [] }).toParent;
    expect(stance.label).toBe(label);
    if (rule === null) {
      expect(stance.evidence).toEqual([]);
      return;
    }
    const hit = stance.evidence.find((e) => e.rule === `stance/${rule}`);
    expect(hit, JSON.stringify(stance.evidence)).toBeDefined();
    expect(hit!.text).toBe(span);
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });

  it('does not read the praise inside a concession ("Great post, but") or "on point 3" as agreement', () => {
    const stance = tagStance('Great post, but I would disagree on point 3: the photos are from 2015.', { parent: PARENT, targets: [] }).toParent;
    expect(stance.evidence.map((e) => e.rule)).not.toContain('stance/support-opener');
    const votes = parentVotes('Great post, but I would disagree on point 3.', PARENT, []);
    expect(votes.filter((v) => v.label === 'support')).toEqual([]);
  });

  it('reads a reply that restates its parent as support', () => {
    const parent = 'Police confirm gunman shot dead inside Parliament; soldier shot earlier at War Memorial.';
    const stance = tagStance('RT gunman shot dead inside Parliament, soldier shot at War Memorial', { parent, targets: [] }).toParent;
    expect(stance.label).toBe('support');
    expect(stance.evidence.map((e) => e.rule)).toContain('stance/restates-parent');
  });

  describe('a phrase of the parent put back in quotation marks (scare quotes)', () => {
    const parent = 'The new coating is durable and the basket holds family portions for up to four people.';
    it('reads an echoed short phrase as a denial', () => {
      const stance = tagStance('The “durable” coating was flaking off after three months.', { parent, targets: [] }).toParent;
      expect(stance.label).toBe('deny');
      const hit = stance.evidence.find((e) => e.rule === 'stance/scare-quote');
      expect(hit?.text).toBe('“durable”');
    });
    it('does not read a quotation the parent never used, or a long citation, as one', () => {
      const other = tagStance('My daughter called it “the robot” and it was flaking after three months.', { parent, targets: [] }).toParent;
      expect(other.evidence.map((e) => e.rule)).not.toContain('stance/scare-quote');
      const long = tagStance('The box says "the basket holds family portions for up to four people" and it does.', { parent, targets: [] }).toParent;
      expect(long.evidence.map((e) => e.rule)).not.toContain('stance/scare-quote');
      // A quoted function word names the word ("the “up to” figure" holds no claim at a distance).
      const word = tagStance('The “up to” part matters most here.', { parent, targets: [] }).toParent;
      expect(word.evidence.map((e) => e.rule)).not.toContain('stance/scare-quote');
    });
    it('does not read a quotation inside a copy of the parent (a quote-tweet) as one', () => {
      const tweet = 'Police say the suspect was "armed and dangerous" when officers arrived at the scene.';
      const reply = '“@News: Police say the suspect was "armed and dangerous" when officers arrived at the scene.” wow';
      expect(tagStance(reply, { parent: tweet, targets: [] }).toParent.evidence.map((e) => e.rule)).not.toContain('stance/scare-quote');
    });
  });

  it('ignores cues inside text copied from the parent (a quote-retweet)', () => {
    const parent = 'Unconfirmed reports claim that the striker has contracted Ebola. http://t.co/x';
    const reply = '“@Football: Unconfirmed reports claim that the striker has contracted Ebola.” get well soon';
    const stance = tagStance(reply, { parent, targets: [] }).toParent;
    expect(stance.evidence.map((e) => e.rule)).not.toContain('stance/deny-false');
    expect(stance.label).not.toBe('deny');
    // The same word in the reply's own voice still counts.
    expect(tagStance('Unconfirmed. Nobody has reported this.', { parent, targets: [] }).toParent.label).toBe('deny');
  });

  it('reads a verbatim repost as support even with few content words', () => {
    const parent = '#sydneysiege is over. 2 confirmed dead, #PrayForSydney';
    const stance = tagStance(parent, { parent, targets: [] }).toParent;
    expect(stance.label).toBe('support');
    expect(stance.evidence[0]!.rule).toBe('stance/restates-parent');
  });

  const unverified: [string, 'deny' | 'query', string][] = [
    ['There has been zero confirmation of this. Pure speculation.', 'deny', 'deny-unverified'],
    ['Not according to what I just heard on the radio.', 'deny', 'deny-unverified'],
    ['Maybe check your facts before tweeting.', 'deny', 'deny-unverified'],
    ['might want to actually confirm shit like that before tweeting.', 'deny', 'deny-unverified'],
    ["Unless you've got evidence of this, shut it.", 'deny', 'deny-unverified'],
    ['get it right, the second photo is a different man', 'deny', 'deny-unverified'],
    ['Canadian news contradicts this.', 'deny', 'deny-unverified'],
    ['Check your facts before you tweet.', 'deny', 'deny-unverified'],
    ["that's from last night. Not tonight.", 'deny', 'deny-unverified'],
    ['Did the police say that happened?', 'query', 'question-truth'],
    ['wait what? who said that?', 'query', 'query-truth'],
  ];
  it.each(unverified)('%s → %s', (text, label, rule) => {
    const stance = tagStance(text, { parent: PARENT, targets: [] }).toParent;
    expect(stance.label).toBe(label);
    expect(stance.evidence.map((e) => e.rule)).toContain(`stance/${rule}`);
    for (const e of stance.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  const attacks: [string, 'deny' | 'comment'][] = [
    ["You're an idiot.", 'deny'],
    ['you stupid fuck', 'deny'],
    ['Fuck you idiot', 'deny'],
    ['What a fuckhead u are', 'deny'],
    ['go fuck yourself, loser', 'deny'],
    // Abuse about third parties, or a bare exclamation, is not addressed to the parent's writer.
    ['What a joke this whole board is.', 'comment'],
    ['fucking hell, that is awful', 'comment'],
    ['These idiots at the ministry never learn.', 'comment'],
    ['They should shut it down until the area is safe.', 'comment'],
    ['Shut up and take my money!', 'comment'],
    ['I always get lost on that road.', 'comment'],
    ['If you are ignorant of the facts, read the report first.', 'comment'],
  ];
  it.each(attacks)('addressed abuse: %s → %s', (text, label) => {
    const stance = tagStance(text, { parent: PARENT, targets: [] }).toParent;
    expect(stance.label).toBe(label);
    if (label === 'deny') expect(stance.evidence.map((e) => e.rule)).toContain('stance/deny-attack');
  });

  it('does not take a bare "wrong" or "no way" about events as denial', () => {
    expect(tagStance("I hope I'm wrong, but it sounded like three shots.", { parent: PARENT, targets: [] }).toParent.label).toBe('comment');
    expect(tagStance("Love him but there's no way I can get a babysitter tonight.", { parent: PARENT, targets: [] }).toParent.label).toBe('comment');
  });

  it('exposes the votes, and a tuning that changes the decision', () => {
    const votes = parentVotes('Well said.', PARENT, []);
    expect(votes.map((v) => v.key)).toContain('support-agree');
    expect(decideParentStance(votes).label).toBe('support');
    expect(decideParentStance(votes, { multipliers: { 'support-agree': 0 } }).label).toBe('comment');
    expect(decideParentStance(votes, { threshold: 10 }).label).toBe('comment');
  });

  describe('a correction with no deny word', () => {
    const FACT = 'The council closed the pool on Monday to save money.';
    it.each([
      'It closed on a Tuesday, actually. The notice is still on the door.',
      'Saving money is the excuse, not the reason.',
      'It’s literally in the second paragraph that repairs were the reason.',
      'The article literally says the repairs cost more than a year of opening.',
    ])('%s → deny', (text) => {
      const stance = tagStance(text, { parent: FACT, targets: [] }).toParent;
      expect(stance.label).toBe('deny');
      expect(stance.evidence.map((e) => e.rule)).toContain('stance/deny-correction-shape');
    });
    it('does not read "actually" inside a sentence or "literally" as an intensifier as one', () => {
      for (const text of ['I actually went there on Monday and it was shut.', 'Literally the best pool in town, sad to see it go.']) {
        expect(tagStance(text, { parent: FACT, targets: [] }).toParent.evidence.map((e) => e.rule)).not.toContain('stance/deny-correction-shape');
      }
    });
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

  it('reads any strong feeling about a concern target as agreeing that it matters', () => {
    const climate = { name: 'Climate change', aliases: ['climate'], concern: true };
    const [worried] = tagStance('The climate crisis is terrifying and destroying everything.', { targets: [climate] }).targets;
    expect(worried!.label).toBe('favor');
    expect(worried!.evidence.some((e) => e.rule.startsWith('stance/sentiment-concern'))).toBe(true);
    const [plain] = tagStance('The climate crisis is terrifying and destroying everything.', { targets: [{ name: 'Climate change', aliases: ['climate'] }] }).targets;
    expect(plain!.label).toBe('against');
  });

  it('labels a short text on less net evidence than a long one', () => {
    const [short] = tagStance('Hillary is fine.', { targets: [{ name: 'Hillary Clinton', aliases: ['Hillary'] }] }).targets;
    expect(short!.label).toBe('favor');
    const long = `Hillary is fine. ${'The committee met on Tuesday and discussed the schedule for next year. '.repeat(6)}`;
    const [diluted] = tagStance(long, { targets: [{ name: 'Hillary Clinton', aliases: ['Hillary'] }] }).targets;
    expect(diluted!.label).toBe('none');
  });

  it('counts favour toward an opponent against the target', () => {
    const target = { name: 'Atheism', aliases: ['atheism', 'atheists'], opponents: ['God'] };
    const [result] = tagStance('God bless you all, may God protect us.', { targets: [target] }).targets;
    expect(result!.label).toBe('against');
    expect(result!.evidence[0]!.rule).toMatch(/^stance\/opponent-/);
  });

  describe("a side's vocabulary", () => {
    const abortion = {
      name: 'Legalization of abortion',
      aliases: ['abortion'],
      vocabulary: { favor: ['bodily autonomy'], against: ['unborn', 'babies'] },
    };
    const table: [string, 'favor' | 'against' | 'none', string[]][] = [
      // Harsh words near "babies" are about the harm, not about the babies: the word shows the side.
      // "killing" is the harm the side that protects the unborn names (derived: name-cards.json protectedHarm).
      ['We have to stop killing unborn babies!', 'against', ['stance/vocabulary.against', 'stance/vocabulary.against', 'stance/vocabulary.against']],
      ['Bodily autonomy is not negotiable.', 'favor', ['stance/vocabulary.favor']],
      // "no" right before the word flips it; the first of two repeats is the one counted.
      ['There are no babies involved at six weeks, and no babies are harmed.', 'favor', ['stance/vocabulary-negated.favor']],
      ['The weather was lovely today.', 'none', []],
    ];
    it.each(table)('%s', (text, label, rules) => {
      const [result] = tagStance(text, { targets: [abortion] }).targets;
      expect(result!.label).toBe(label);
      expect(result!.evidence.map((e) => e.rule)).toEqual(rules);
      for (const e of result!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });

    it('flips only for a negator in the same clause, matches whole words, and counts a word once', () => {
      const target = { name: 'Legalization of abortion', aliases: ['abortion'], vocabulary: { against: ['unborn', 'murder', 'grace'] } };
      const stance = (text: string) => tagStance(text, { targets: [target] }).targets[0]!;
      expect(stance('No. Unborn babies deserve protection.').label).toBe('against');
      expect(stance('No, unborn babies are people too.').label).toBe('against');
      expect(stance('What a #disgrace').label).toBe('none');
      // A side's word of six letters or more keeps its side where it opens a hashtag, not inside one.
      expect(stance('Proud to stand here #unbornlivesmatter').label).toBe('against');
      expect(stance('Proud to stand here #theunbornlives').label).toBe('none');
      // "murder" is a side's word and an AFINN word next to the name: one finding, not two.
      expect(stance('Abortion is murder.').evidence.map((e) => e.rule)).toEqual(['stance/vocabulary.against']);
    });

    it('outweighs the tone around the word, which alone would say the opposite', () => {
      const asOpponents = { name: 'Legalization of abortion', aliases: ['abortion'], opponents: ['babies'] };
      const text = 'Stop killing babies, it is murder.';
      expect(tagStance(text, { targets: [asOpponents] }).targets[0]!.label).toBe('favor');
      expect(tagStance(text, { targets: [abortion] }).targets[0]!.label).toBe('against');
    });
  });
});

describe('hashtags that name a target', () => {
  it('reads a cause named alone as its side, a person named alone as a mention', () => {
    expect(hashtagSide('#feminism', 'feminism')).toBe('favor');
    expect(hashtagSide('#Hillary', 'hillary', false)).toBeNull();
    expect(tagStance('Marching today. #feminism', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('favor');
  });

  const hillary = { name: 'Hillary Clinton', aliases: ['Hillary', 'Clinton'] };
  const table: [string, 'favor' | 'against' | null][] = [
    ['#ReadyForHillary', 'favor'],
    ['#Hillary2016', 'favor'],
    ['#Hillary', null],
    ['#WhyImNotVotingForHillary', 'against'],
    ['#StopHillary', 'against'],
    ['#libertynothillary', 'against'],
    ['#HillaryLies', 'against'],
    ['#HillaryEmails', null],
    ['#hillarynomination', null],
    ['#casinohillary', null],
    ['#hillaryno', 'against'],
    ['#ClintonFoundation', null],
  ];
  it.each(table)('%s → %s', (tag, side) => {
    // A person's name alone is a mention, not a side (the tagger passes nameAloneSides = false for people).
    expect(hashtagSide(tag, tag.toLowerCase().includes('hillary') ? 'hillary' : 'clinton', false)).toBe(side);
    const [result] = tagStance(`Just watched the debate. ${tag}`, { targets: [hillary] }).targets;
    const rules = result!.evidence.map((e) => e.rule);
    if (side === null) expect(rules.filter((r) => r.startsWith('stance/hashtag-side'))).toEqual([]);
    else expect(result!.label).toBe(side);
  });
});

describe('the tone of a camel-case hashtag', () => {
  // AFINN values, summed and capped at ±5.
  const table: [string, number][] = [
    ['#ShameOnYou', -2],
    ['#LoveWins', 5],
    ['#NotGood', -3],
    ['#lovewins', 0],
    ['#SydneySiege', 0],
    // A negator turns only the next valued word (review finding 4): "chance" denied, "hell" as it stands.
    ['#NotAChanceInHell', -5],
    ['#NotFunny', -4],
    // A denied bad word praises nothing.
    ['#NoMoreLies', 0],
    ['#NotMyProblem', 0],
    // A run of capitals is a word of its own.
    ['#SCOTUSFail', -2],
    ['#USAWins', 4],
    ['#LOVEWINS', 0],
  ];
  it.each(table)('%s → %d', (tag, tone) => {
    expect(camelTagTone(tag)).toBe(tone);
  });

  it('reads a negated camel-case tag as the negated words say', () => {
    expect(tagStance('Feminists marched today. #NotAChanceInHell', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('against');
    expect(tagStance('Feminists marched today. #NoMoreLies', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('none');
  });

  it('gives no side to an off-topic text that holds a side word of another sense', () => {
    expect(tagStance('Nice logos on the new jerseys!', { targets: ['Atheism'] }).targets[0]!.label).toBe('none');
    expect(tagStance('My baby is teething again, no sleep tonight.', { targets: ['Legalization of Abortion'] }).targets[0]!.label).toBe('none');
  });

  it('counts as tone toward a target the text names', () => {
    const result = tagStance('Feminists marched downtown today. #ShameOnYou', { targets: ['Feminist Movement'] }).targets[0]!;
    expect(result.label).toBe('against');
    const tagged = result.evidence.find((e) => e.text === '#ShameOnYou');
    expect(tagged).toBeDefined();
    expect('Feminists marched downtown today. #ShameOnYou'.slice(tagged!.start, tagged!.end)).toBe(tagged!.text);
    expect(tagStance('Feminists marched downtown today. #LoveWins', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('favor');
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
        const abortion = { name: 'Legal abortion', vocabulary: { against: ['unborn', 'not'], favor: ['God help'] } };
        const stance = tagStance(text, { parent, targets: ['SAA', { name: 'Bashar al-Assad', aliases: ['Assad'] }, abortion] });
        const all = [...stance.toParent.evidence, ...stance.targets.flatMap((t) => t.evidence)];
        for (const e of all) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.rule.length).toBeGreaterThan(0);
        }
        expect(stance.toParent.confidence).toBeGreaterThanOrEqual(0);
        expect(stance.toParent.confidence).toBeLessThanOrEqual(1);
        expect(stance.targets).toHaveLength(3);
      }),
      { numRuns: 300 },
    );
  });
  it('targets of the wrong shape from plain JavaScript or JSON: no throw, no letter-by-letter names', () => {
    const targets = [
      { name: 'Hillary Clinton', aliases: 'Hillary', opponents: [1, null, 'Trump'], vocabulary: { favor: 'x', against: null } },
      { name: 'Atheism', vocabulary: null, concern: 'yes' },
      { name: 'Feminism', vocabulary: ['feminist'] },
    ] as never[];
    const stance = tagStance('x marks a lovely day; Trump is wonderful.', { targets });
    expect(stance.targets.map((t) => t.label)).toEqual(['against', 'none', 'none']);
    expect(stance.targets[0]!.evidence.every((e) => e.rule.startsWith('stance/opponent-'))).toBe(true);
    // A string where a list belongs is not a list of its letters.
    expect(tagStance('x', { targets }).targets.map((t) => t.label)).toEqual(['none', 'none', 'none']);
  });
  // Work is counted, not timed (tests/work-meter.ts): 16 times the input may cost at most 20 times the work.
  const grows = workGrowth;
  it('stays fast when the reply copies a long, repetitive parent', () => {
    // The parent is read up to 3000 characters and the reply up to 1500 for copying: past those
    // sizes, 16 times the text may cost little more than reading it once.
    for (const [parent, text] of [
      [(k: number) => 'a'.repeat(3000 * k), (k: number) => 'a'.repeat(1500 * k)],
      [(k: number) => `${'a'.repeat(3000 * k - 1)}b`, (k: number) => `${'a'.repeat(30)}b`.repeat(48 * k)],
      [(k: number) => 'not true '.repeat(400 * k), (k: number) => 'not true '.repeat(200 * k)],
    ] as const) {
      expect(grows((k) => void tagStance(text(k), { parent: parent(k), targets: [] }))).toBeLessThanOrEqual(20);
      const reply = text(16);
      for (const e of tagStance(reply, { parent: parent(16), targets: [] }).toParent.evidence) expect(reply.slice(e.start, e.end)).toBe(e.text);
    }
  });
  it('stays fast on a huge repetitive comment', () => {
    const comment = (k: number) => 'Assad regime terrorists not true source? '.repeat(1_000 * k);
    const targets = [{ name: 'Bashar al-Assad', aliases: ['Assad'] }];
    expect(grows((k) => void tagStance(comment(k), { parent: comment(k), targets }))).toBeLessThanOrEqual(20);
  });
});

describe('stance toward the parent: not denials', () => {
  it('does not read research advice as a call to verify a claim', () => {
    const stance = tagStance('Do some research before you buy a house near it.', { parent: PARENT, targets: [] }).toParent;
    expect(stance.label).toBe('comment');
  });
});
