/**
 * Builds src/tag/clause/data/target-nouns.json, four noun classes the clause targets read, from
 * WordNet 3.1 the same way as the meaning classes (scripts/build/meaning-classes.ts):
 *  - act-noun: acts, attitudes and words aimed at someone ("attacks", "violence", "jokes"). A
 *    group after one of them and a preposition of direction ("attacks on immigrants") is the
 *    object of the act, not the subject of what the sentence says next ("… are disgusting");
 *  - feeling-noun: feelings and attitudes ("hatred", "fear", "contempt"). A group after one of them
 *    and of/for is what the feeling is about ("Hatred of refugees is vile" condemns the hatred);
 *  - short-person: person nouns of five letters or fewer, every one under person.n.01 with no
 *    tag-count thinning ("ceo", "mp", "dj"): written in capitals ("the CEO") they are still people,
 *    where other capitalised short words ("NATO", "CNN") name organisations;
 *  - deity: gods and goddesses (deity.n.01 and its hyponyms), beings the WordNet person class
 *    does not hold. Like a person noun, one before "of" and a group is who the clause speaks of ("The god of
 *    Muslims is …" judges the god, not the Muslims).
 *
 *   npx tsx scripts/build/target-nouns.ts          # write the file
 *   npx tsx scripts/build/target-nouns.ts --check  # fail if the file is stale
 */
import { pathToFileURL } from 'node:url';
import { buildClass } from './meaning-classes.js';
import type { ClassSpec } from './meaning/spec.js';
import { WordNet, wordnetVersion } from './wordnet/read.js';
import { writeOrCheck } from './write-or-check.js';

const OUT = new URL('../../src/tag/clause/data/target-nouns.json', import.meta.url);
/** Bump on any change to the spec below. */
const VERSION = '1.2.0';

const ACT_NOUNS: ClassSpec = {
  id: 'act-noun',
  pos: 'noun',
  role: 'act-noun',
  note: 'Acts, attitudes and words aimed at someone: a group after one of them and on/against/toward/about/at is what the act is aimed at.',
  roots: [
    { synset: 'n:775311', lemma: 'attack' },
    { synset: 'n:974725', lemma: 'attack', minTagCount: 1 },
    { synset: 'n:1223108', lemma: 'attack' },
    { synset: 'n:967515', lemma: 'violence' },
    { synset: 'n:1156043', lemma: 'discrimination' },
    { synset: 'n:420921', lemma: 'maltreatment' },
    { synset: 'n:6728162', lemma: 'abuse' },
    { synset: 'n:421490', lemma: 'persecution' },
    { synset: 'n:420657', lemma: 'harassment' },
    { synset: 'n:6211643', lemma: 'bias' },
    { synset: 'n:1157531', lemma: 'racism' },
    { synset: 'n:7561835', lemma: 'hate' },
    { synset: 'n:6790941', lemma: 'joke' },
    { synset: 'n:6777755', lemma: 'remark' },
  ],
  exclude: {
    attempt: 'the ordinary sense',
    boot: 'the object',
    cover: 'the ordinary sense',
    crack: 'the ordinary sense',
    cut: 'budget cuts',
    diversion: 'the ordinary sense',
    firing: 'losing a job',
    funny: 'the adjective',
    mention: 'the ordinary sense',
    observation: 'neutral',
    reference: 'neutral',
    reflection: 'neutral',
    retrospection: 'neutral',
    score: 'the number',
    shot: 'the ordinary sense',
    stopper: 'the object',
    trap: 'the ordinary sense',
    wow: 'the exclamation',
    rack: 'the object',
    rib: 'the body part',
    gall: 'rare',
    picket: 'the labour action',
    piquet: 'the card game',
    ploy: 'neutral',
    gambit: 'neutral',
    taboo: 'neutral',
    tabu: 'neutral',
    courtesy: 'praise',
    commonplace: 'neutral',
    cliche: 'neutral',
    banality: 'neutral',
    platitude: 'neutral',
    bromide: 'neutral',
    burst: 'the ordinary sense',
    volley: 'the sport',
    salvo: 'rare',
    penetration: 'the ordinary sense',
    onset: 'the ordinary sense',
    funnies: 'comics',
    kittee: 'rare',
    falanga: 'rare',
    misocainea: 'rare',
    misopedia: 'rare',
    mysoandry: 'rare',
    warpath: 'rare',
    'name-dropping': 'neutral',
    'ad-lib': 'neutral',
    allusion: 'neutral',
    howler: 'a mistake',
    shaft: 'the object',
    stinger: 'the body part',
    tease: 'mild',
    riot: 'rioters are agents',
    worrying: 'the adjective',
    cronyism: 'done for, not against',
    favoritism: 'done for, not against',
    favouritism: 'as above',
    nepotism: 'as above',
    covetousness: 'rare',
    envy: 'not hostility',
    jealousy: 'not hostility',
    sulkiness: 'rare',
    huffishness: 'rare',
    heartburning: 'rare',
    grievance: 'a complaint held, not an act',
    input: 'the ordinary sense',
    fire: 'the verb ("open fire on")',
    strike: 'the labour action',
    raid: 'police raids report, they do not attack the group',
    push: 'the ordinary sense',
    drive: 'the ordinary sense',
    offensive: 'the adjective',
    sally: 'the name',
    charge: 'the ordinary sense',
    blitz: 'rare',
    force: 'the ordinary sense',
    gag: 'the object',
    laugh: 'the ordinary sense',
    pun: 'rare',
    note: 'the ordinary sense',
    point: 'the ordinary sense',
    aside: 'the adverb',
    word: 'the ordinary sense',
    sign: 'the ordinary sense',
  },
  add: {
    crimes: 'crimes against someone',
    crime: 'as above',
    hostility: 'as above',
    treatment: 'how someone is treated',
    rhetoric: 'words aimed at someone',
    propaganda: 'as above',
    slurs: 'words aimed at someone',
    comments: 'plural',
    threats: 'threats against someone',
    threat: 'as above',
    hate: 'hate speech against someone',
    bigotry: 'as above',
    sexism: 'as above',
    homophobia: 'as above',
    transphobia: 'as above',
    islamophobia: 'as above',
    xenophobia: 'as above',
    antisemitism: 'as above',
  },
};

const SHORT_PERSONS: ClassSpec = {
  id: 'short-person',
  pos: 'noun',
  role: 'person',
  note: 'Person nouns of five letters or fewer, every one under person.n.01: in capitals ("the CEO", "an MP") still people.',
  roots: [{ synset: 'n:7846', lemma: 'person' }],
};
const SHORT = /^[a-z]{2,5}$/;

const FEELING_NOUNS: ClassSpec = {
  id: 'feeling-noun',
  pos: 'noun',
  role: 'act-noun',
  note: 'Feelings and attitudes: a group after one of them and of/for is what the feeling is about ("hatred of refugees", "contempt for women"), not the subject of what the sentence says next.',
  roots: [
    { synset: 'n:7495208', lemma: 'emotion', minTagCount: 1 },
    { synset: 'n:7516784', lemma: 'dislike' },
    { synset: 'n:7512613', lemma: 'liking', minTagCount: 1 },
    { synset: 'n:7568767', lemma: 'sympathy' },
  ],
  // Ordinary senses that ride along, and traits whose "of" names who has them ("the aggression of
  // …" says they are aggressive: a judgement of the group, not a feeling about it).
  exclude: {
    aggression: 'a trait of the doer',
    aggressiveness: 'as above',
    covetousness: 'as above',
    envy: 'as above',
    jealousy: 'as above',
    spite: 'as above',
    temper: 'as above',
    tantrum: 'as above',
    care: 'the ordinary sense',
    chill: 'the ordinary sense',
    concern: 'the ordinary sense',
    fit: 'the ordinary sense',
    kick: 'the ordinary sense',
    nirvana: 'rare',
    offense: 'the ordinary sense',
    quiver: 'the ordinary sense',
    scene: 'the ordinary sense',
    shadow: 'the ordinary sense',
    spirit: 'the ordinary sense',
    trouble: 'the ordinary sense',
    triumph: 'the ordinary sense',
    warmth: 'the ordinary sense',
    loyalty: 'a trait of who has it',
    tendency: 'a trait of who has it ("the tendency of … to …")',
    taste: 'the ordinary sense',
    despite: 'the preposition',
  },
};

const DEITIES: ClassSpec = {
  id: 'deity',
  pos: 'noun',
  role: 'person',
  note: 'Gods and goddesses: one before "of" and a group ("the god of Muslims") is what the clause speaks of, not the group.',
  roots: [{ synset: 'n:9528550', lemma: 'deity' }],
  exclude: {
    aether: 'the old physics',
    avatar: 'the picture',
    dharma: 'the teaching',
    echo: 'the sound',
    grace: 'the quality',
    immortal: 'the adjective',
    muse: 'the verb',
    siren: 'the alarm',
    soma: 'the body cell',
    vajra: 'the object',
    weird: 'the adjective',
    wyrd: 'fate',
    zombi: 'dehumanising use',
    zombie: 'dehumanising use',
  },
};

export function renderTargetNouns(): string {
  const wn = new WordNet();
  const { role: _act, ...acts } = buildClass(wn, ACT_NOUNS);
  const { role: _person, ...persons } = buildClass(wn, SHORT_PERSONS);
  const { role: _feeling, ...feelings } = buildClass(wn, FEELING_NOUNS);
  const { role: _deity, ...deities } = buildClass(wn, DEITIES);
  const data = {
    version: VERSION,
    description: 'Noun classes the clause targets read (WordNet hyponyms, reviewed, inflected): acts aimed at someone, short person nouns, and feelings about someone.',
    provenance: {
      resource: wordnetVersion(),
      license: 'WordNet 3.1 license (Princeton University): free use with the copyright notice; see README, Data and licenses',
      generatedBy: 'scripts/build/target-nouns.ts',
    },
    classes: [acts, { ...persons, words: persons.words.filter((word) => SHORT.test(word)) }, feelings, deities],
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = renderTargetNouns();
  writeOrCheck(OUT, text, 'scripts/build/target-nouns.ts', () =>
    (JSON.parse(text) as { classes: { id: string; words: string[] }[] }).classes.map((c) => `${c.id} ${c.words.length}`).join(', '),
  );
}
