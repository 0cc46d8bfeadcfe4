import { describe, expect, it } from 'vitest';
import { tagThreats, threatCandidates } from '../src/tag/threats/index.js';
import { meaningClasses } from '../src/tag/meaning/index.js';
import { actAlternatives, actWords } from '../src/tag/threats/act-words.js';
import { FrameSet } from '../src/tag/clause/frames.js';
import framesJson from '../src/tag/threats/data/frames.json';

describe('harm verbs read as threats', () => {
  it('every base form of the harm class threatens after "I will … you"', () => {
    const harm = meaningClasses().classes.find((c) => c.id === 'harm')!;
    // Base forms: the words the build added inflections to (phrasal verbs take their object inside).
    const bases = harm.words.filter((w) => /^[a-z]+$/.test(w) && !/(s|ed|ing)$/.test(w));
    const missed = bases.filter((verb) => tagThreats(`I will ${verb} you.`).length === 0);
    expect(missed).toEqual([]);
  });
});

describe('tagThreats', () => {
  it.each(['One of the refugees should be hanged.', 'Two of those migrants deserve to die.', 'The leaders of the Jews should be shot.'])(
    'a threat against counted members or against persons the group has is still a threat: %j',
    (text) => {
      expect(tagThreats(text).length, text).toBeGreaterThan(0);
    },
  );

  it('names the kind, the act and the target, with exact spans', () => {
    const text = 'Somebody should shoot that landlord.';
    const [found] = tagThreats(text);
    expect(found).toMatchObject({ kind: 'incitement', text: 'shoot', obfuscated: false });
    expect(found!.target.text).toBe('that landlord'.split(' ')[1]);
    expect(text.slice(found!.start, found!.end)).toBe(found!.text);
    expect(text.slice(found!.target.start, found!.target.end)).toBe(found!.target.text);
  });

  it('marks threats against a protected group with the group', () => {
    const [found] = tagThreats('We should hang all these immigrants.');
    expect(found).toMatchObject({ kind: 'incitement', group: 'immigrants', category: 'nationality' });
  });

  it('reads a wish of death in every form the frames list ("dies", "rots", "suffers")', () => {
    for (const text of ['I hope that banker dies.', 'I hope the landlord rots.', 'I hope every one of them suffers.']) {
      expect(tagThreats(text).map((f) => f.kind), text).toEqual(['normative']);
    }
    expect(tagThreats('I hope the bill dies in committee.')).toEqual([]);
  });

  it('follows a pronoun back to the group', () => {
    const [found] = tagThreats('Those refugees never learn. I will burn them.');
    expect(found).toMatchObject({ kind: 'direct', group: 'immigrants' });
  });

  it('leaves out idioms, reports, denials, hypotheticals and harm to things', () => {
    for (const text of [
      'I could kill for a coffee.',
      'You are killing it!',
      'He said he would shoot them all.',
      'I would never hurt you.',
      'Immigrants should not be attacked.',
      'If anyone tried to kill him, the guards would stop them.',
      "Let's just kill these weeds.",
      'I will destroy you in the debate.',
      'She was shot last night.',
      'Someone should drown those steaks in butter.',
      'Killing immigrants is wrong.',
      'Shooting protesters was a crime.',
    ]) {
      expect(tagThreats(text), text).toEqual([]);
    }
  });

  it('a group after a relative clause\'s verb of knowing heads the clause it takes ("someone who knows … should be shot")', () => {
    expect(tagThreats('At last a mayor who knows these immigrants should be shot.').length).toBeGreaterThan(0);
  });

  it.each([
    ["I can't wait to stab those traitors.", true],
    ["Don't wait, stab those traitors.", true],
    ['Go out and stab those traitors.', true],
    ['I will not stab those traitors.', false],
  ])('"not wait" is eagerness, and "go out and" opens a command: %j', (text, found) => {
    expect(tagThreats(text).length > 0, text).toBe(found);
  });

  it('an insult pointed at ("these thugs") names people WordNet\'s thinned person class leaves out', () => {
    expect(tagThreats('These thugs should be shot.').map((f) => f.rule)).toEqual(['should-be-harmed']);
    expect(tagThreats('These thugs should be fired.')).toEqual([]);
  });

  it('a gerund that opens its clause is a command unless the copula after it condemns it', () => {
    expect(tagThreats('Killing immigrants is the answer.').map((f) => f.rule)).toEqual(['imperative']);
    expect(tagThreats('Killing immigrants is wrong.')).toEqual([]);
  });

  it('splits a hashtag naming a person or group into a clause, and leaves a label whole', () => {
    const table: [string, string[]][] = [
      ['#KillAllMen', ['imperative']],
      ['So tired of this. #KillAllMen', ['imperative']],
      ['#HangThem', ['imperative']],
      ['#RapeCulture', []],
      ['#RapeCulture is real.', []],
      ['Stop #RapeCulture now.', []],
    ];
    for (const [text, rules] of table) expect(tagThreats(text).map((f) => f.rule), text).toEqual(rules);
  });

  it('never throws on odd input', () => {
    for (const text of ['', 'kill', 'kill kill kill kill', '\u0000shoot you', 'I will'.repeat(500)]) expect(() => tagThreats(text)).not.toThrow();
  });
});

describe('names in capitals', () => {
  it('an organisation written in capitals among lower-case words is no person threatened', () => {
    for (const text of ['We should bomb NATO.', 'The FBI should be hanged.']) expect(tagThreats(text), text).toEqual([]);
  });

  it('a short person noun in capitals (WordNet, clause/data/target-nouns.json) and a shouted name still are', () => {
    for (const text of ['Someone should shoot the CEO.', 'I will kill the MP.', 'I WILL KILL BOB.', 'Someone should shoot Bob.'])
      expect(tagThreats(text).length, text).toBe(1);
  });

  it.each([
    ['I am going to strangle JENKINS tomorrow.', 1],
    ['Someone should shoot MCCARTHY.', 1],
    ['We should bomb the NAACP.', 0],
    ['I will burn down OPEC.', 0],
  ])('a name in capitals longer than an acronym is shouted, unless "the" makes it an organisation: %j', (text, n) => {
    expect(tagThreats(text).length, text).toBe(n);
  });
});

describe('harm verbs in their sense of winning a game or contest', () => {
  it.each([
    ['I will drive over and beat you at poker.', 0],
    ["I'm going to go to the club and beat my cousin at tennis.", 0],
    ['I will calm down and finish them off in the second round.', 0],
    ['I will beat you at scrabble.', 0],
    ['I will drive over and beat you at midnight.', 1],
    ['I will shoot you in the head.', 1],
    ['I will kill you in your sleep.', 1],
  ])('a target beaten at or in a game is no threat; at a time or in a body part still is: %j', (text, n) => {
    expect(tagThreats(text).length, text).toBe(n);
  });
});

describe('act words read off the threat frames', () => {
  it('take the word completing each act alternative, not particles or verbs of the capture before it', () => {
    const words = actWords(['act=(die|suffer | be dead | be put down | put an end to) $target', 'act=teach #det* $target']);
    expect([...words].sort()).toEqual(['dead', 'die', 'down', 'end', 'suffer', 'teach']);
  });

  it('every act alternative that is not a meaning role yields a word, read after a closed-class capture ("make them pay")', () => {
    const frames = new FrameSet(framesJson, 'threats');
    const empty = frames.frames.flatMap((frame) =>
      actAlternatives(frame.compiled.source)
        .filter((a) => !a.act.startsWith('@') && a.words.length === 0)
        .map((a) => `${frame.id}: ${a.act}`),
    );
    expect(empty).toEqual([]);
    expect([...actWords(['act=(make|let) #det* $target (suffer|pay) | act=teach $target'])].sort()).toEqual(['pay', 'suffer', 'teach']);
  });

  it('finds "make them pay" threats', () => {
    expect(tagThreats('I will make those immigrants pay.').map((f) => f.rule)).toEqual(['i-will']);
    expect(tagThreats('Someone should make them pay.').map((f) => f.rule)).toEqual(['someone-should']);
  });

  it('every threat frame captures its act, so the pre-check sees every act a frame can match', () => {
    const frames = new FrameSet(framesJson, 'threats');
    const missing = frames.frames.filter((frame) => !/\bact=/.test(frame.compiled.source)).map((frame) => frame.id);
    expect(missing).toEqual([]);
  });

  it('a frame whose act is a literal word still fires when no harm-role word is present', () => {
    expect(tagThreats('That landlord will die slowly at my hands.')).toHaveLength(1);
    expect(tagThreats('I hope every banker rots.').length).toBeGreaterThan(0);
  });
});

describe('"time to" and "see … harmed" frames read the sentence shape', () => {
  it.each([
    ['Each time we beat them they sulk.', []],
    ['The first time we bombed them was 1942.', []],
    ['Any time we smash them they regroup.', []],
    ["It's high time to hang these traitors.", ['time-to']],
    ['About time someone shot those traitors.', ['time-to']],
  ])('a determiner before "time" tells of a time, it calls for nothing: %j', (text, rules) => {
    expect(tagThreats(text).map((f) => f.rule), text).toEqual(rules);
  });

  it.each([
    ["I'd love to see them beat Everton.", []],
    ['I want to see Arsenal beat them.', []],
    ["I can't wait to see them kill it on stage.", []],
    ['I would love to see those traitors shot.', ['see-harmed']],
    ['I want to watch them get stabbed.', ['see-harmed']],
    ['I would love to see them burn in hell.', ['see-harmed']],
  ])('in "see X <act> Y" X does the act; X is harmed only with no object after it: %j', (text, rules) => {
    expect(tagThreats(text).map((f) => f.rule), text).toEqual(rules);
  });
});
