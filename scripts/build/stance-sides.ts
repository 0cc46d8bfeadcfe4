/**
 * Builds src/tag/stance/data/wordnet-sides.json: what WordNet 3.1 says stands against a topic or
 * takes a side on it, for target cards derived from a name alone. Three general readings of the
 * dictionary, none looking at any stance data set:
 *  - opposed doctrines: an -ism's antonym and the -ist who holds it (atheism ! theism, theist),
 *    its class of belief (religion, faith) and the named kinds of both (Islam, Christianity, Buddhism);
 *  - what a belief denies: a doctrine glossed "lack of belief in X", "belief that there is no X",
 *    "opposition to X" stands against X and the names of X's instances (atheism: "a lack of belief
 *    in the existence of God or gods": God, Lord, Allah …);
 *  - whom a cause is for: a movement or doctrine glossed "advocates equal rights for X", "aimed at
 *    … protection of the interests of X" speaks for X, so what is said of X speaks to it
 *    (feminism: women);
 *  - side words: an adjective glossed "advocating / favoring / supporting …" or
 *    "opposing / against …" takes that side on each noun the nearest such verb governs
 *    (pro-choice: "advocating … an induced abortion"; pro-life: "… opposing the legalization of
 *    induced abortions");
 *  - whom a side protects: a side adjective glossed "advocating … protection of X and Y" brings X
 *    and Y to its side of the topic, with what the dictionary calls a kind of X by X's name and the
 *    adjectives X and its kinds are defined by ("fetus: an unborn or unhatched vertebrate"; "baby:
 *    an unborn child"): speaking of the unborn at all takes the side that protects them. Every
 *    word so added has one sense only ("baby" and "embryo" have others, so they are not added).
 * The package never reads WordNet at run time: the generated file is the shipped data.
 *
 *   npx tsx scripts/build/stance-sides.ts          # write the file
 *   npx tsx scripts/build/stance-sides.ts --check  # fail if the file is stale
 */
import { writeOrCheck } from './write-or-check.js';
import { pathToFileURL } from 'node:url';
import { WordNet, wordnetVersion, type Synset } from './wordnet/read.js';
import { plural, verbForms } from './meaning/inflect.js';

const OUT = new URL('../../src/tag/stance/data/wordnet-sides.json', import.meta.url);
/** Bump on any change to this script's readings. */
const VERSION = '1.9.1';

export interface SideEntry {
  opponents: string[];
  /** Opponents that name a denied being as a title and are also common words (Lord, Savior): they count written with a capital, or beside the being's other names. */
  titles: string[];
  /** Whom the cause is for: mentions of them count as mentions of the target. */
  beneficiaries: string[];
  favor: string[];
  against: string[];
  /** The side words that name whom a side protects (fetus, unborn): weaker than the side's own name. */
  protected: string[];
  /**
   * Where a side protects someone: the verbs the dictionary derives from the topic noun, in their
   * forms (abortion: abort, aborted …). The protecting side speaks of the act as done to them
   * ("babies aborted"); target cards count these with its words for harm.
   */
  acts: string[];
}

/** "a lack of belief in the existence of God or gods", "opposition to war": what the doctrine stands against. */
const DENIES = /\b(?:lack of belief in|disbelief in|belief that there (?:is|are) no|denial of|rejection of|opposition to)\s+(?:the existence of\s+)?(?:an?\s+|the\s+)?([\p{L}-]+)(?:\s+or\s+([\p{L}-]+))?/u;
/** A gloss that defines its word by the side it takes. */
const SIDE_OPENING = /^(?:advocating|favou?ring|supporting|in favou?r of|opposing|opposed to|against(?! which\b))\b/u;
const SIDE_VERB = /\b(advocating|favou?ring|supporting|in favou?r of|opposing|opposed to|against)\b/gu;
const AGAINST_VERBS = new Set(['opposing', 'opposed to', 'against']);
/** Gloss words that never name a topic. */
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'with', 'that', 'this', 'from', 'into', 'especially', 'their', 'her', 'his', 'its', 'own', 'right', 'full', 'legal', 'other', 'those', 'who', 'which', 'whose', 'such', 'any', 'all', 'some', 'more', 'most', 'very', 'being', 'been', 'having']);

export function renderStanceSides(): string {
  const wn = new WordNet();
  const entries = new Map<string, SideEntry>();
  const entry = (key: string) => {
    let found = entries.get(key);
    if (!found) entries.set(key, (found = { opponents: [], titles: [], beneficiaries: [], favor: [], against: [], protected: [], acts: [] }));
    return found;
  };
  for (const synset of wn.allSynsets()) {
    if (synset.pos === 'noun') {
      const beneficiaries = causeFor(wn, synset.gloss);
      for (const word of synset.words.filter((w) => /(?:ism|\bmovement)$/u.test(w))) entry(word).beneficiaries.push(...beneficiaries);
      for (const word of synset.words) {
        if (!/ism$/u.test(word) || word.includes(' ')) continue;
        for (const opponent of opposedDoctrines(wn, synset)) entry(word).opponents.push(opponent);
        const denied = deniedBy(wn, synset.gloss);
        entry(word).opponents.push(...denied.opponents);
        entry(word).titles.push(...denied.titles);
      }
    }
    // An adjective defined by the side it takes is a stance word; nouns so glossed are mostly
    // physical supports (stipe, support) or postures.
    if (synset.pos === 'adj') {
      const protectedOnes = protectedBy(wn, synset.gloss);
      for (const [word, side] of sidesTaken(synset.gloss)) {
        const topic = singular(wn, word);
        // Only a word that is a noun and nothing else names a topic ("abortion", "apartheid"; not "induced", "often").
        if (!nounOnly(wn, topic)) continue;
        // A side word has to be one: a hyphenated or one-word coinage, not a descriptive phrase.
        // A word built on the topic's own stem names it ("capitalist" of capitalism, "activist" of
        // activism): its use shows no side, whatever its gloss says.
        const sideWords = synset.words.filter((w) => !w.includes(' ') && !sameStem(w, topic));
        if (sideWords.length === 0) continue;
        entry(topic)[side].push(...sideWords);
        const protectedWords = protectedOnes.filter((w) => !sameStem(w, topic));
        entry(topic)[side].push(...protectedWords);
        entry(topic).protected.push(...protectedWords);
      }
    }
  }
  // Only a subject the dictionary sets both sides on is the act they dispute (abortion: pro-choice,
  // pro-life); "legalization" and "protection" only appear in one side's definition, and their
  // verbs (legalize, protect) name no harm.
  for (const [topic, found] of entries) if (found.protected.length > 0 && found.favor.length > 0 && found.against.length > 0) found.acts.push(...derivedVerbs(wn, topic).flatMap(verbForms));
  const sorted = [...entries.entries()]
    .map(([key, e]) => [key, { opponents: unique(e.opponents), titles: unique(e.titles), beneficiaries: unique(e.beneficiaries), favor: unique(e.favor), against: unique(e.against), protected: unique(e.protected), acts: unique(e.acts) }] as const)
    .filter(([key, e]) => e.opponents.length + e.beneficiaries.length + e.favor.length + e.against.length > 0 && !e.opponents.includes(key))
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const data = {
    version: VERSION,
    description:
      "What stands against a topic or takes a side on it, read from WordNet glosses and antonyms: an -ism's opposed doctrine and its holder, what a doctrine's gloss denies, and words glossed by the side they take. Keys are lower-case topic words; target cards look up their subject's forms.",
    provenance: {
      resource: wordnetVersion(),
      license: 'WordNet 3.1 license (Princeton University): free use with the copyright notice; see README, Data and licenses',
      generatedBy: 'scripts/build/stance-sides.ts',
    },
    entries: Object.fromEntries(sorted),
  };
  return `${JSON.stringify(data, null, 1)}\n`;
}

/**
 * One-word verbs derivationally related to a noun's first sense (abortion → abort); its other
 * senses name other things ("abortion: a failure" → fail, "spontaneous abortion" → miscarry).
 */
function derivedVerbs(wn: WordNet, noun: string): string[] {
  const out: string[] = [];
  for (const sense of wn.senses(noun, 'noun').slice(0, 1)) {
    for (const pointer of wn.synset(sense).pointers) {
      if (pointer.symbol !== '+' || pointer.pos !== 'verb') continue;
      for (const verb of wn.synset(`v:${pointer.offset}`).words) if (!verb.includes(' ')) out.push(verb);
    }
  }
  return unique(out);
}

/** An -ism's antonyms and the nouns derived from them that end in -ist (the holders), with plurals. */
function opposedDoctrines(wn: WordNet, synset: Synset): string[] {
  const out: string[] = [];
  for (const pointer of synset.pointers) {
    if (pointer.symbol !== '!' || pointer.pos !== 'noun') continue;
    const opposed = wn.synset(`n:${pointer.offset}`);
    out.push(...opposed.words.filter((w) => !w.includes(' ')));
    for (const derived of opposed.pointers) {
      if (derived.symbol !== '+' || derived.pos !== 'noun') continue;
      for (const holder of wn.synset(`n:${derived.offset}`).words) if (/ist$/u.test(holder)) out.push(holder, `${holder}s`);
    }
    const classes = beliefClass(wn, synset, opposed);
    out.push(...classes.flatMap((h) => h.words.filter((w) => !w.includes(' '))).flatMap((w) => [w, plural(w)]));
    out.push(...kindsOf(wn, [opposed, ...classes]));
  }
  return out;
}

/** Kinds of belief a religion's word also names as its followers (Islam: the religion and "Muslims collectively"). */
const BELIEF_KINDS = new Set(['noun.cognition', 'noun.group']);

/**
 * The named kinds of the opposed doctrine and of its class of belief (theism, religion: Islam,
 * Christianity, Buddhism): speaking for one of them is speaking for what the target opposes. Only
 * one-word names of a doctrine, a proper name (the dictionary writes it with a capital: Islam, Wicca)
 * or an -ism (polytheism, paganism), that name nothing but the belief or its followers (not "zen",
 * also a drug's street name). A common noun has readings of its own even when all its senses are
 * beliefs or groups: "a cult classic", a player called Obi.
 */
function kindsOf(wn: WordNet, roots: Synset[]): string[] {
  const below = new Set(roots.flatMap((root) => wn.closure(root.id, ['~']).slice(1).map((s) => s.id)));
  const out: string[] = [];
  for (const id of below) {
    const synset = wn.synset(id);
    for (const [i, word] of synset.words.entries()) {
      if (word.includes(' ') || !(/^\p{Lu}/u.test(synset.written[i]!) || /ism$/u.test(word)) || !nounOnly(wn, word)) continue;
      if (wn.senses(word, 'noun').every((sense) => BELIEF_KINDS.has(wn.synset(sense).lexFile))) out.push(capital(word));
    }
  }
  return out;
}

/**
 * The kind of belief the opposed doctrine is, when the doctrine itself is not of that kind and
 * the kind is a belief (theism is a religion, atheism is not: "religion", "faith" and their plurals
 * speak for theism). Only beliefs: an opposed trait or skill ("altruism" against "egoism") names
 * no side by its class.
 */
function beliefClass(wn: WordNet, doctrine: Synset, opposed: Synset): Synset[] {
  const own = new Set(hypernyms(wn, doctrine).map((h) => h.id));
  return hypernyms(wn, opposed).filter((h) => !own.has(h.id) && isBelief(wn, h));
}

function hypernyms(wn: WordNet, synset: Synset): Synset[] {
  return synset.pointers.filter((p) => p.symbol === '@' && p.pos === 'noun').map((p) => wn.synset(`n:${p.offset}`));
}

/** A synset whose hypernyms reach "belief" ("religion, faith": belief). */
function isBelief(wn: WordNet, synset: Synset): boolean {
  const seen = new Set<string>();
  const queue = [synset];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    if (next.words.includes('belief')) return true;
    queue.push(...hypernyms(wn, next));
  }
  return false;
}

/** The denied words, when they are nouns only ("opposition to the social and political …" names no topic by "social"). */
function deniedBy(wn: WordNet, gloss: string): { opponents: string[]; titles: string[] } {
  const match = DENIES.exec(gloss.split(';')[0]!);
  if (!match) return { opponents: [], titles: [] };
  const denied = [match[1], match[2]].filter((w): w is string => typeof w === 'string' && w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase()) && nounOnly(wn, singular(wn, w.toLowerCase())));
  const named = denied.flatMap((w) => instanceNames(wn, w));
  // A denied being with names of its own (God: Lord, Allah) is also named by what is below it and
  // served by a practice (prayer, scripture); a denied idea ("acculturation", "enlightenment") is not.
  const below = named.length === 0 ? [] : denied.flatMap((w) => namesBelow(wn, w));
  const served = named.length === 0 ? [] : denied.flatMap((w) => practiceOf(wn, w));
  // Not every word whose definition mentions the denied thing (a reading tried in 1.3.0): those are
  // mostly names of people and places (Gabriel, Esau, Gomorrah). Since 1.7.0 only what is below the
  // being (Jesus, Christ) and the practice whose defining phrase is built on a deity (prayer, pray,
  // scripture, Bible): SemEval Atheism tune 0.440 -> 0.504, name-only total 0.472 -> 0.485.
  const being = new Set(denied.flatMap((w) => wn.senses(singular(wn, w.toLowerCase()), 'noun').slice(0, 1).flatMap((id) => wn.closure(id).map((s) => s.id))));
  return { opponents: [...denied, ...named, ...below, ...served], titles: [...named, ...below].filter((name) => isTitle(wn, name, being)) };
}

/**
 * A name of the being that is also a common word (Savior: "a person who rescues you"; Lord: "a
 * person who has general authority"; Divine, Almighty: adjectives) is a title: written in lower
 * case it is mostly that word ("the savior of this team"). Jesus, Allah, Jehovah name only the being.
 */
function isTitle(wn: WordNet, name: string, being: ReadonlySet<string>): boolean {
  const word = name.toLowerCase();
  if ((['verb', 'adj', 'adv'] as const).some((pos) => wn.senses(word, pos).length > 0)) return true;
  return wn.senses(word, 'noun').some((id) => !being.has(id));
}

/**
 * What names the denied thing below its first sense (God: Jesus, Christ, Holy Spirit, Allah): the
 * words of its hyponyms and instances whose first noun sense is that one and that are no verb
 * ("Father", "Son", "Word" are first of all other things and stay out).
 */
function namesBelow(wn: WordNet, word: string): string[] {
  const sense = wn.senses(singular(wn, word.toLowerCase()), 'noun')[0];
  if (!sense) return [];
  // A phrase that names nothing else names it too ("Holy Spirit", "Holy Ghost"); a one-word name must be a noun first of all.
  const phrases = (synset: Synset) => synset.words.filter((w) => w.includes(' ') && wn.senses(w, 'noun').length === 1).map(capitalWords);
  return wn.closure(sense).slice(1).flatMap((synset) => [...primaryNouns(wn, synset).filter((w) => !pluralOfAnother(wn, w)).map(capital), ...phrases(synset)]);
}

/** A defining phrase built on a deity or on the denied thing, with no negation ("a person who does not manifest devotion to a deity" is the other side). */
const PRACTICE_OF = (denied: string) => new RegExp(`\\b(?:an?|the|to|with)\\s+(?:deity|${denied})\\b`, 'iu');
const PRACTICE_KINDS = new Set(['noun.act', 'noun.communication']);
const NEGATED_GLOSS = /\b(?:not|no|non\w*|without|lack\w*|refus\w*|den\w+)\b/iu;

/**
 * The practice of belief in the denied thing, as the dictionary defines it: nouns and verbs whose
 * first sense's defining phrase is built on a deity or on the thing (prayer: "communicating with a
 * deity"; pray: "address a deity"; sacred text: "writings … revealed by God"), with the kinds below
 * a noun's sense (sacred text: Bible, Koran, Gospel, Psalm), inflected. Names of people and places
 * (instances: Gabriel, Esau) are left out: the previous reading that took every gloss naming God
 * was mostly those. Since 1.8.0 only acts, communications and verbs: persons, places and groups whose
 * definition names a deity (guru, temple, theocracy) are not its practice.
 */
function practiceOf(wn: WordNet, word: string): string[] {
  const pattern = PRACTICE_OF(word.toLowerCase());
  const out: string[] = [];
  for (const synset of wn.allSynsets()) {
    if (synset.pos !== 'noun' && synset.pos !== 'verb') continue;
    const defining = synset.gloss.split(';')[0]!;
    if (!pattern.test(defining) || NEGATED_GLOSS.test(defining) || synset.pointers.some((p) => p.symbol === '@i')) continue;
    // A practice is done or said: a verb, an act (prayer, worship) or a communication (scripture, hymn); not
    // the people, places, groups or ideas whose definition names a deity (guru, temple, theocracy, zoomorphism).
    if (synset.pos === 'noun' && !PRACTICE_KINDS.has(synset.lexFile)) continue;
    if (synset.pos === 'verb') {
      for (const verb of synset.words) if (!verb.includes(' ') && wn.senses(verb, 'verb')[0] === synset.id) out.push(...verbForms(verb));
      continue;
    }
    // Below the sense, only kinds that running text uses in that sense (SemCor): not rare sects, spirits and titles;
    // and not a kind defined by what it is not (its gloss negated, or a "non-" word: "non-Catholic", "non-Jew" are below "religious person").
    for (const below of wn.closure(synset.id, ['~'])) {
      if (below.id !== synset.id && NEGATED_GLOSS.test(below.gloss.split(';')[0]!)) continue;
      for (const noun of primaryNouns(wn, below)) if (!/^non-/iu.test(noun) && (below.id === synset.id || wn.tagCount(noun.toLowerCase(), below.id) > 0)) out.push(noun, plural(noun));
    }
  }
  return out;
}

/** "Logos" is also the plural of "logo": a name that reads as another noun's plural names that noun as often. */
function pluralOfAnother(wn: WordNet, word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith('s') && wn.senses(lower.slice(0, -1), 'noun').length > 0;
}

/** The one-word nouns of a synset whose first sense it is, and no verb or adjective ("weird", "prior" stay out). */
function primaryNouns(wn: WordNet, synset: { id: string; words: string[] }): string[] {
  return synset.words.filter((w) => !w.includes(' ') && nounOnly(wn, w.toLowerCase()) && wn.senses(w.toLowerCase(), 'noun')[0] === synset.id);
}

function oneSense(wn: WordNet, word: string): boolean {
  return nounOnly(wn, word) && wn.senses(word, 'noun').length === 1;
}

/** The one-word names of the instances of a word's first noun sense (God: Lord, Creator, Allah, Jehovah …): they name the same thing. */
function instanceNames(wn: WordNet, word: string): string[] {
  const sense = wn.senses(singular(wn, word.toLowerCase()), 'noun')[0];
  if (!sense) return [];
  const out: string[] = [];
  for (const pointer of wn.synset(sense).pointers) {
    if (pointer.symbol !== '~i' || pointer.pos !== 'noun') continue;
    for (const name of wn.synset(`n:${pointer.offset}`).words) if (!name.includes(' ')) out.push(capital(name));
  }
  return out;
}

function capitalWords(phrase: string): string {
  return phrase.split(' ').map(capital).join(' ');
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A cause's gloss that says whom it advocates for: "advocates equal rights for women". */
const ADVOCACY = /\b(?:advocat\w*|aimed at|aiming at|supporting|promoting|effort to)\b/u;
const GOODS = '(?:rights|equality|protection|interests|welfare|liberation|emancipation)';
/** "equal rights for women", "protection of the interests of consumers": the last holder named. */
const FOR_WHOM = new RegExp(`\\b${GOODS}\\s+(?:for|of)\\s+(?:the\\s+)?(?:${GOODS}\\s+(?:for|of)\\s+(?:the\\s+)?)?([\\p{L}-]+)`, 'u');

/** Whom a cause is for, with the word's other number ("women", "woman"), when it is a noun only. */
function causeFor(wn: WordNet, gloss: string): string[] {
  const first = gloss.split(';')[0]!;
  const match = ADVOCACY.test(first) ? FOR_WHOM.exec(first) : null;
  const word = match?.[1]?.toLowerCase();
  if (!word || FUNCTION_WORDS.has(word)) return [];
  const one = /men$/u.test(word) ? word.replace(/men$/u, 'man') : singular(wn, word);
  if (wn.senses(one, 'noun').length === 0 || wn.senses(word, 'adj').length > 0) return [];
  return unique([word, one]);
}

/** "protection of embryos and fetuses", "rights of animals": the nouns a side adjective's gloss protects. */
const PROTECTS = /\b(?:protection|rights?|welfare|lives|safety)\s+(?:of|for)\s+(?:the\s+)?([\p{L}-]+)(?:\s+and\s+([\p{L}-]+))?/u;

/**
 * Whom a side adjective protects, as the words a text would call them by. Every word added says by
 * itself which thing it is, so each passes the one-sense rule (`oneSense`: one noun sense and no
 * other part of speech; "embryo" is also a plant's rudiment, "baby" is also anyone's darling): the
 * protected noun and its synonyms, in both numbers; its hyponyms whose gloss names it, except
 * senses labelled with a specialist domain ("(medicine) a grossly malformed … fetus"); and the
 * adjectives its gloss opens with before its kind ("an unborn or unhatched vertebrate") that are of
 * one sense and that a kind of it is also defined by ("baby: an unborn child"): "unhatched" says
 * nothing of a human, "unborn" does.
 */
function protectedBy(wn: WordNet, gloss: string): string[] {
  const match = PROTECTS.exec(gloss.split(';')[0]!);
  if (!match) return [];
  const nouns = [match[1], match[2]].filter((w): w is string => typeof w === 'string' && !FUNCTION_WORDS.has(w)).map((w) => singularNoun(wn, w.toLowerCase()));
  const out: string[] = [];
  const add = (word: string) => {
    if (!word.includes(' ') && oneSense(wn, word)) out.push(word, plural(word));
  };
  for (const noun of nouns.filter((n) => oneSense(wn, n))) {
    const synset = wn.synset(wn.senses(noun, 'noun')[0]!);
    add(noun);
    synset.words.forEach(add);
    const kindGlosses: string[] = [];
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '~' || pointer.pos !== 'noun') continue;
      const kind = wn.synset(`n:${pointer.offset}`);
      const definitions = kind.gloss.replace(/"[^"]*"/gu, '');
      if (definitions.startsWith('(') || !new RegExp(`\\b${noun}\\b`, 'u').test(definitions)) continue;
      kindGlosses.push(definitions.toLowerCase());
      kind.words.forEach(add);
    }
    const corroborated = (adjective: string) => kindGlosses.some((g) => new RegExp(`\\b${adjective}\\b`, 'u').test(g));
    out.push(...definingAdjectives(wn, synset).filter((a) => wn.senses(a, 'adj').length === 1 && corroborated(a)));
  }
  return unique(out);
}

/** "an unborn or unhatched vertebrate": the adjective-only words before the gloss's first noun of its kind (a hypernym's word). */
function definingAdjectives(wn: WordNet, synset: Synset): string[] {
  const kinds = new Set(hypernyms(wn, synset).flatMap((h) => h.words));
  const words = synset.gloss.split(';')[0]!.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  const end = words.findIndex((w) => kinds.has(w));
  if (end < 0) return [];
  return words.slice(0, end).filter((w) => wn.senses(w, 'adj').length > 0 && (['noun', 'verb', 'adv'] as const).every((pos) => wn.senses(w, pos).length === 0));
}

/** "fetuses" is looked up as "fetus", "embryos" as "embryo". */
function singularNoun(wn: WordNet, word: string): string {
  const es = word.endsWith('es') ? word.slice(0, -2) : null;
  return es && wn.senses(es, 'noun').length > 0 && wn.senses(singular(wn, word), 'noun').length === 0 ? es : singular(wn, word);
}

/** "abortions" is looked up as "abortion": a plural whose singular is a WordNet noun. */
function singular(wn: WordNet, word: string): string {
  const one = word.endsWith('s') ? word.slice(0, -1) : null;
  return one && wn.senses(one, 'noun').length > 0 ? one : word;
}

/** Each content word after a side verb in a gloss that opens with one, with the side of the nearest verb before it. */
function sidesTaken(gloss: string): [string, 'favor' | 'against'][] {
  const first = gloss.split(';')[0]!.replace(/"[^"]*"/gu, '').trim();
  if (!SIDE_OPENING.test(first)) return [];
  const out: [string, 'favor' | 'against'][] = [];
  const verbs = [...first.matchAll(SIDE_VERB)];
  verbs.forEach((verb, i) => {
    const side = AGAINST_VERBS.has(verb[1]!) ? 'against' : 'favor';
    const governed = first.slice(verb.index! + verb[0].length, verbs[i + 1]?.index ?? first.length);
    for (const word of governed.toLowerCase().match(/\p{L}[\p{L}-]+/gu) ?? []) {
      if (word.length < 4 || FUNCTION_WORDS.has(word)) continue;
      out.push([word, side]);
    }
  });
  return out;
}

function nounOnly(wn: WordNet, word: string): boolean {
  return wn.senses(word, 'noun').length > 0 && (['adj', 'verb', 'adv'] as const).every((pos) => wn.senses(word, pos).length === 0);
}

function sameStem(word: string, topic: string): boolean {
  const stem = topic.slice(0, Math.max(4, Math.min(6, topic.length - 3)));
  return word.toLowerCase().startsWith(stem);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

function main(): void {
  const text = renderStanceSides();
  writeOrCheck(OUT, text, 'scripts/build/stance-sides.ts', () => `${Object.keys(JSON.parse(text).entries).length} topics`);
}
