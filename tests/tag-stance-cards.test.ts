import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { cardExamples, deriveCard, targetCard, nameCardRules, WORDNET_SIDES_SOURCE } from '../src/tag/stance/cards/index.js';
import { renderStanceSides } from '../scripts/build/stance-sides.js';

const NAME_CARD_RULES = nameCardRules();
import { tagStance } from '../src/tag/stance/index.js';
import { TargetCard, TargetInput } from '../src/schema/index.js';

describe('target cards derived from a name', () => {
  // Every rule in data/name-cards.json carries examples; each must hold for the derived card.
  it.each(cardExamples().map((e) => [e.name, e] as const))('%s', (name, example) => {
    const card = deriveCard(name);
    expect(TargetCard.parse(card)).toEqual(card);
    const lower = (list: string[]) => list.map((w) => w.toLowerCase());
    for (const alias of example.aliases ?? []) expect(lower(card.aliases)).toContain(alias.toLowerCase());
    for (const opponent of example.opponents ?? []) expect(lower(card.opponents)).toContain(opponent.toLowerCase());
    for (const word of example.favor ?? []) expect(lower(card.vocabulary.favor)).toContain(word.toLowerCase());
    for (const word of example.against ?? []) expect(lower(card.vocabulary.against)).toContain(word.toLowerCase());
    for (const word of example.pronouns ?? []) expect(card.pronouns).toContain(word);
    if (example.concern !== undefined) expect(card.concern).toBe(example.concern);
  });

  it('has examples for every rule', () => {
    expect(NAME_CARD_RULES.frames.every((f) => f.examples.length > 0)).toBe(true);
    expect(cardExamples().length).toBeGreaterThanOrEqual(10);
  });

  it('never lists a side pattern on both sides, nor a name as its own alias', () => {
    for (const { name } of cardExamples()) {
      const card = deriveCard(name);
      const favor = new Set(card.vocabulary.favor.map((w) => w.toLowerCase()));
      expect(card.vocabulary.against.filter((w) => favor.has(w.toLowerCase()))).toEqual([]);
      expect(card.aliases.map((a) => a.toLowerCase())).not.toContain(name.toLowerCase());
    }
  });

  it('does not read a plain word as a person', () => {
    expect(deriveCard('Atheism').pronouns).toEqual([]);
    expect(deriveCard('Gun Control').pronouns).toEqual([]);
    expect(deriveCard('Feminist Movement').pronouns).toEqual([]);
  });

  it("names a person also by a name's doubled letter written once, for names of five letters or more", () => {
    expect(deriveCard('Hillary Clinton').aliases).toContain('Hilary');
    expect(deriveCard('Ed Balls').aliases).toContain('Bals');
    expect(deriveCard('Anna Kerr').aliases).not.toContain('Ana');
  });

  it('is a valid TargetInput, so a printed card can be passed back', () => {
    const card = deriveCard('Hillary Clinton');
    expect(TargetInput.safeParse(card).success).toBe(true);
    expect(targetCard(card)).toEqual(card);
  });
});

describe('what the dictionary (WordNet) adds to a card', () => {
  it('is generated from WordNet and up to date (npx tsx scripts/build/stance-sides.ts)', () => {
    const file = readFileSync(new URL('../src/tag/stance/data/wordnet-sides.json', import.meta.url), 'utf8');
    expect(file).toBe(renderStanceSides());
  }, 60_000);

  it("sets an -ism's opposed doctrine, its holders and what it denies against the target", () => {
    expect(deriveCard('Atheism').opponents).toEqual(expect.arrayContaining(['theism', 'theists', 'God']));
    expect(deriveCard('Capitalism').opponents).toEqual(expect.arrayContaining(['socialism', 'socialists']));
    expect(deriveCard('Atheism').aliases).not.toContain('God');
    // The denied thing's instances name it too.
    expect(deriveCard('Atheism').opponents).toEqual(expect.arrayContaining(['Lord', 'Allah']));
  });

  it('does not widen the denied thing to what merely mentions it: names of people and places, inflections of other nouns (review finding 2)', () => {
    const opponents = deriveCard('Atheism').opponents.map((w) => w.toLowerCase());
    // "Gabriel: the archangel who was the messenger of God", "logos" (also "logo" + s), Druze, Gomorrah, Esau.
    // (Jesus is below God in WordNet and names it since wordnet-sides 1.7.0; said as an exclamation it is no mention: see below.)
    for (const word of ['gabriel', 'logos', 'druze', 'gomorrah', 'esau', 'rama', 'arjuna', 'satan']) expect(opponents).not.toContain(word);
    // The denied thing and its own names stay.
    expect(opponents).toEqual(expect.arrayContaining(['god', 'allah', 'lord']));
  });

  const offTopicAtheism: [string, string][] = [
    ['Nice logos on the new jerseys!', 'none'],
    ['Peter Gabriel played a wonderful concert.', 'none'],
    ['Jesus, that was a terrible game.', 'none'],
    ['The Druze community in the valley fears new violence.', 'none'],
    // Must keep working: the denied thing itself is the doctrine's opponent.
    ['God is good, always and everywhere.', 'against'],
    ['Religion is a beautiful gift.', 'against'],
  ];
  it.each(offTopicAtheism)('Atheism: %s → %s', (text, label) => {
    expect(tagStance(text, { targets: ['Atheism'] }).targets[0]!.label).toBe(label);
  });

  it("sets the opposed doctrine's kind of belief against the target, and only a belief", () => {
    expect(deriveCard('Atheism').opponents).toEqual(expect.arrayContaining(['religion', 'religions', 'faith']));
    // Egoism's opposite, altruism, is a trait: its class names no side.
    expect(deriveCard('Egoism').opponents).not.toContain('trait');
    expect(tagStance('Religion is a beautiful gift.', { targets: ['Atheism'] }).targets[0]!.label).toBe('against');
    expect(tagStance('Organised religion poisons everything.', { targets: ['Atheism'] }).targets[0]!.label).toBe('favor');
  });

  it('adds adjectives defined by the side they take, joined as hashtags write them, swapped for a target against its subject', () => {
    const legal = deriveCard('Legalization of Abortion').vocabulary;
    expect(legal.favor).toEqual(expect.arrayContaining(['pro-choice', 'prochoice']));
    expect(legal.against).toEqual(expect.arrayContaining(['pro-life', 'prolife']));
    const ban = deriveCard('Ban on Abortion').vocabulary;
    expect(ban.favor).toContain('pro-life');
    expect(ban.against).toContain('pro-choice');
  });

  it("adds whom a side protects to that side's words, each a word of one sense (review finding 1)", () => {
    const legal = deriveCard('Legalization of Abortion').vocabulary;
    // pro-life: "advocating full legal protection of embryos and fetuses"; fetus: "an unborn or unhatched vertebrate"; baby (a kind of fetus): "an unborn child".
    expect(legal.against).toEqual(expect.arrayContaining(['fetus', 'foetuses', 'unborn']));
    expect(legal.favor).not.toContain('unborn');
    // "baby" (6 senses) and "embryo" (2) say nothing by themselves; "unhatched" defines no kind of fetus.
    for (const word of ['baby', 'babies', 'embryo', 'embryos', 'unhatched', 'rudimentary']) expect(legal.against).not.toContain(word);
    // Against the subject, the sides swap.
    expect(deriveCard('Ban on Abortion').vocabulary.favor).toEqual(expect.arrayContaining(['unborn', 'fetuses']));
  });

  const ordinaryWords: [string, string][] = [
    ['My baby is teething again, no sleep tonight.', 'none'],
    ['IVF clinics freeze thousands of embryos every year.', 'none'],
    ['Sea turtle eggs stay unhatched when the sand is too cold.', 'none'],
    ['Abortion must stay legal. Babies should be wanted.', 'favor'],
    // Must keep working: the one-sense word for the protected still takes its side.
    ['Every unborn child deserves a birthday.', 'against'],
    // A side word in a clause someone else is reported to say is not the writer's.
    ['He says the unborn have rights. I say women do.', 'none'],
    ['They claim the unborn are people.', 'none'],
    ['I say the unborn have rights.', 'against'],
    // Whom a side protects speaks for it less surely than the other side's own name.
    ['A fetus is not a person. #prochoice', 'favor'],
    ['A fetus is a person. Every fetus deserves a birthday.', 'against'],
  ];
  it.each(ordinaryWords)('Legalization of Abortion: %s → %s', (text, label) => {
    expect(tagStance(text, { targets: ['Legalization of Abortion'] }).targets[0]!.label).toBe(label);
  });

  it('reads a text that never names the target through a side\'s words, and says so in the confidence', () => {
    const unnamed = tagStance('Every unborn child deserves a birthday.', { targets: ['Legalization of Abortion'] }).targets[0]!;
    expect(unnamed.label).toBe('against');
    expect(unnamed.confidence).toBeLessThanOrEqual(0.5);
    expect(unnamed.evidence.map((e) => e.source)).toContain(WORDNET_SIDES_SOURCE);
    const named = tagStance('Abortion is murder. Every unborn child deserves a birthday.', { targets: ['Legalization of Abortion'] }).targets[0]!;
    expect(named.label).toBe('against');
    expect(named.confidence).toBeGreaterThan(0.5);
    // A text that neither names the target nor speaks for a side is surely about something else.
    expect(tagStance('The match starts at noon.', { targets: ['Legalization of Abortion'] }).targets[0]!.confidence).toBe(0.7);
  });

  it('counts whom a cause is for as a mention of it', () => {
    expect(deriveCard('Feminist Movement').aliases).toEqual(expect.arrayContaining(['women', 'woman']));
    expect(deriveCard('Consumerism').aliases).toContain('consumers');
    const indirect = tagStance('Women are strong and brilliant.', { targets: ['Feminist Movement'] }).targets[0]!;
    expect(indirect.label).toBe('favor');
    // Named only through whom the cause is for: likely, never sure.
    expect(indirect.confidence).toBeLessThanOrEqual(0.5);
    const direct = tagStance('Feminists and women are strong and brilliant. #YesAllWomen', { targets: ['Feminist Movement'] }).targets[0]!;
    expect(direct.confidence).toBeGreaterThan(0.5);
    expect(tagStance('Women are strong and brilliant. #YesAllWomen', { targets: ['Feminist Movement'] }).targets[0]!.confidence).toBeLessThanOrEqual(0.5);
    // A caller who lists them as aliases names the target through them.
    const listed = tagStance('Women are strong and brilliant.', { targets: [{ name: 'Feminist Movement', aliases: ['women'] }] }).targets[0]!;
    expect(listed.confidence).toBeGreaterThan(0.5);
    expect(deriveCard('Atheism').aliases).not.toContain('women');
  });

  it("finds nothing for a name that is one of Object's own properties", () => {
    for (const name of ['constructor', 'Legalization of __proto__', 'toString', 'hasOwnProperty']) {
      const card = deriveCard(name);
      expect(TargetCard.parse(card)).toEqual(card);
      // Without the Map, the dictionary lookup would have read Object's own properties (or thrown).
      expect(card.opponents).toEqual([]);
    }
  });

  it('names WordNet as the source of a dictionary side word', () => {
    const stance = tagStance('Proud to stand with every mother. #prolife', { targets: ['Legalization of Abortion'] }).targets[0]!;
    expect(stance.label).toBe('against');
    expect(stance.evidence.map((e) => e.source)).toContain(WORDNET_SIDES_SOURCE);
  });

  it('reads praise of the opposed doctrine as against the target', () => {
    expect(tagStance('God is good, all the time.', { targets: ['Atheism'] }).targets[0]!.label).toBe('against');
  });
});

describe("a caller's card laid over the derived one", () => {
  it("keeps the caller's entries and adds the derived ones", () => {
    const card = targetCard({ name: 'Legalization of Abortion', aliases: ['pro-choice'], vocabulary: { against: ['unborn'] } });
    expect(card.aliases).toEqual(expect.arrayContaining(['pro-choice', 'abortion']));
    expect(card.vocabulary.against).toEqual(expect.arrayContaining(['unborn', 'anti-abortion']));
  });

  it("lets the caller's placement of a word win over the derived one", () => {
    const card = targetCard({ name: 'Legalization of Abortion', vocabulary: { favor: ['abortion'] }, concern: true });
    expect(card.aliases).not.toContain('abortion');
    expect(card.vocabulary.favor).toContain('abortion');
    expect(card.concern).toBe(true);
  });

  it('derives nothing when the caller says derive: false', () => {
    const card = targetCard({ name: 'Hillary Clinton', aliases: ['HRC'], derive: false });
    expect(card).toEqual({ name: 'Hillary Clinton', aliases: ['HRC'], opponents: [], vocabulary: { favor: [], against: [] }, concern: false, pronouns: [] });
  });

  it('ignores mistyped fields from plain JavaScript', () => {
    const card = targetCard({ name: 'Atheism', aliases: 'atheists' as unknown as string[], vocabulary: null });
    expect(card.aliases).toContain('atheist');
  });
});

describe('stance toward a target given by name only', () => {
  const label = (text: string, target: string) => tagStance(text, { targets: [target] }).targets[0]!;

  it('finds the target through its derived forms', () => {
    expect(label('Abortions are murder, plain and simple.', 'Legalization of Abortion').label).toBe('against');
    expect(label('Atheists are the most honest people I know.', 'Atheism').label).toBe('favor');
  });

  it('reads side patterns, with their source', () => {
    const stance = label('Not voting this year. #StopHillary', 'Hillary Clinton');
    expect(stance.label).toBe('against');
    expect(stance.evidence.map((e) => e.source)).toContain(`name-cards@${NAME_CARD_RULES.version}`);
  });

  it('follows a person through her pronouns once she is named', () => {
    const stance = label('Hillary spoke today. She is a liar and a crook.', 'Hillary Clinton');
    expect(stance.label).toBe('against');
    // Before the name, a pronoun refers to someone else (a long text, so tone is read per mention, not over the whole).
    const filler = ' The weather was mild and the hall was full of people from the county.'.repeat(4);
    const before = label(`She is a liar and a crook.${filler} Hillary spoke today.`, 'Hillary Clinton');
    expect(before.evidence.map((e) => e.text)).not.toContain('liar');
    const after = label(`Hillary spoke today.${filler} She is a liar and a crook.`, 'Hillary Clinton');
    expect(after.evidence.map((e) => e.text)).toContain('liar');
  });

  it('takes a pronoun in a short text that names no one as the target, with capped confidence', () => {
    const stance = label('@user She is a liar and a crook. How can she live with herself?', 'Hillary Clinton');
    expect(stance.label).toBe('against');
    expect(stance.evidence.map((e) => e.text)).toContain('liar');
    expect(stance.confidence).toBeLessThanOrEqual(0.5);
    // Another person named: the pronoun may be theirs, so it is not read as the target.
    expect(label('Cheryl Rios spoke today. She is a liar and a crook.', 'Hillary Clinton').label).toBe('none');
    // A long text is not one utterance about the target.
    const long = `She is a liar and a crook.${' The weather was mild and the hall was full.'.repeat(8)}`;
    expect(label(long, 'Hillary Clinton').label).toBe('none');
  });

  // [text, label]: the word after the handles a reply opens with starts its sentence, so it names no one
  it.each([
    ['@user @user Stop defending her. She is a liar.', 'against'],
    ['RT @user Why is she so dishonest?', 'against'],
    ['@user Shocked she is such a disgrace.', 'against'],
    ['@user Cheryl Rios spoke today. She is a liar.', 'none'],
    ['@user Stop defending Rios. She is a liar.', 'none'],
  ] as const)('reads a pronoun after reply handles as the target where no one is named: %s', (text, expected) => {
    expect(label(text, 'Hillary Clinton').label).toBe(expected);
  });

  it('keeps every evidence span on the text', () => {
    const text = 'Hillary spoke today. She is a liar and a crook. #StopHillary #anti-abortion';
    for (const target of tagStance(text, { targets: ['Hillary Clinton', 'Legalization of Abortion'] }).targets) {
      for (const e of target.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('compiled targets', () => {
  it('compiles an equal target once (string or plain object) and keeps different ones apart', async () => {
    const { compileTargets } = await import('../src/tag/stance/targets/index.js');
    const [a] = compileTargets(['Hillary Clinton']);
    const [b] = compileTargets(['Hillary Clinton']);
    expect(b).toBe(a);
    const [c] = compileTargets([{ name: 'Hillary Clinton', aliases: ['HRC'] }]);
    const [d] = compileTargets([{ name: 'Hillary Clinton', aliases: ['HRC'] }]);
    expect(d).toBe(c);
    expect(c).not.toBe(a);
    expect(c!.forms.forms.some((form) => form.join(' ') === 'hrc')).toBe(true);
    expect(a!.forms.forms.some((form) => form.join(' ') === 'hrc')).toBe(false);
  });
});

describe("an opponent's name inside the target's own name in a hashtag", () => {
  // [text, opponent mentions]: "#atheists" holds "theists" only as part of the target's name
  it.each([
    ['Proud to stand with my fellow #atheists today', 0],
    ['Join us for #AskAnAtheist day', 0],
    ['Good morning #theists', 1],
    ['#AtheistsVsTheists debate tonight', 1],
    ['The theists were out in force', 1],
  ] as const)('Atheism: %s → %i', async (text, count) => {
    const { compileTargets } = await import('../src/tag/stance/targets/index.js');
    const { findAllMentions, bare } = await import('../src/tag/stance/targets/names.js');
    const { scanWords } = await import('../src/text/tokens.js');
    const tokens = scanWords(text);
    const found = findAllMentions(tokens, tokens.map((t) => bare(t.lower)), compileTargets(['Atheism'])[0]!, text);
    expect(found.opponents.length).toBe(count);
  });
});

describe('the harm a protecting side names (name-cards.json, protectedHarm)', () => {
  // [text, label]: abortion's against side protects the unborn (WordNet), so killing and murder speak for it
  it.each([
    ['They kill thousands of babies every year.', 'against'],
    ['Please do not kill her, she has a heartbeat.', 'against'],
    ['Murder is murder, whatever the law says.', 'against'],
    // the verb WordNet derives from the subject (abortion → abort), said of the protected
    ['Millions of children have been aborted since then.', 'against'],
    ['Thank you, mom, for not aborting me.', 'against'],
    ['The weather was lovely today.', 'none'],
  ] as const)('Legalization of Abortion: %s → %s', (text, expected) => {
    expect(tagStance(text, { targets: ['Legalization of Abortion'] }).targets[0]!.label).toBe(expected);
  });

  // [text, label]: a negator after a copula denies that the act is harm, the other side's claim;
  // a plea ("do not kill her", "for not aborting me") keeps the protecting side
  it.each([
    ['Abortion is not murder.', 'favor'],
    ["Abortion isn't killing anyone, it's healthcare.", 'favor'],
    ["It's not murder, it's a medical procedure. #abortion", 'favor'],
    ['Please do not kill her, she has a heartbeat.', 'against'],
    ['Thank you, mom, for not aborting me.', 'against'],
  ] as const)('Legalization of Abortion, a denial of harm: %s → %s', (text, expected) => {
    expect(tagStance(text, { targets: ['Legalization of Abortion'] }).targets[0]!.label).toBe(expected);
  });

  // [text, label]: in a long text that names neither the target nor a side word, all harm words together are one weak vote
  it.each([
    [
      'The film opens with a gangster who kills his partner, and by the second act three more men have been killed in a warehouse shootout. ' +
        'The director clearly loves the genre and the soundtrack is great. I would watch it again on a rainy night, though it runs a little long in the middle.',
      'none',
    ],
    [
      'Abortion is murder, plain and simple, and the killing of children in clinics is the shame of our age. I went to the vigil outside the clinic again this week. ' +
        'The director clearly loves the genre and the soundtrack is great. I would watch it again on a rainy night, though it runs a little long in the middle.',
      'against',
    ],
  ] as const)('Legalization of Abortion, harm words in a long text: %s → %s', (text, expected) => {
    expect(text.length).toBeGreaterThan(280);
    expect(tagStance(text, { targets: ['Legalization of Abortion'] }).targets[0]!.label).toBe(expected);
  });

  it("takes the subject's verbs from its first sense only (not 'fail' of 'abortion: a failure')", () => {
    const against = deriveCard('Legalization of Abortion').vocabulary.against;
    expect(against).toEqual(expect.arrayContaining(['abort', 'aborted', 'aborting']));
    expect(against).not.toContain('fail');
    expect(against).not.toContain('miscarry');
  });

  // [name, a verb of its subject that must not be a harm word]: only a subject the dictionary sets
  // both sides on is the act they dispute; "legalization" is only named in the pro-life definition
  it.each([
    ['Legalization', 'legalize'],
    ['Legalization', 'decriminalized'],
    ['Protection', 'protect'],
  ] as const)('gives %s no harm word "%s"', (name, verb) => {
    const card = deriveCard(name);
    expect([...card.vocabulary.favor, ...card.vocabulary.against]).not.toContain(verb);
  });

  it('does not read a call to legalize as against legalization', () => {
    expect(tagStance('We should legalize it now.', { targets: ['Legalization'] }).targets[0]!.label).not.toBe('against');
  });

  it('gives no harm words to a card whose dictionary protects no one', () => {
    for (const name of ['Feminist Movement', 'Atheism', 'Hillary Clinton', 'Climate Change is a Real Concern']) {
      const card = deriveCard(name);
      expect([...card.vocabulary.favor, ...card.vocabulary.against]).not.toContain('kill');
    }
    expect(tagStance('The villain tries to kill the hero in the last act.', { targets: ['Feminist Movement'] }).targets[0]!.label).toBe('none');
  });
});
