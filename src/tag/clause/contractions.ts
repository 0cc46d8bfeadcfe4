/**
 * Contractions split into the words they stand for, so a clause reads the same however it is
 * typed: "can't" and "cant" are "can not", "they're" is "they are", "woman's" is "woman" + the
 * possessive. Only spellings that cannot be an ordinary word are read without an apostrophe
 * ("cant" yes; "ill", "well", "were", "hell" never).
 */
import { adjacentSwap, withinOneEdit } from './fuzzy.js';
import { once } from '../../memo.js';

const NOT: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, {
  cant: ['can', 'not'], cannot: ['can', 'not'], wont: ['will', 'not'], shant: ['shall', 'not'], aint: ['is', 'not'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
  wasnt: ['was', 'not'], werent: ['were', 'not'], shouldnt: ['should', 'not'], wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'], mustnt: ['must', 'not'], neednt: ['need', 'not'], havent: ['have', 'not'],
  hasnt: ['has', 'not'], hadnt: ['had', 'not'], mightnt: ['might', 'not'],
});
/** Read the same with or without the apostrophe. No prototype: "constructor" is just a word. */
const BARE: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, NOT, {
  im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'], theyre: ['they', 'are'], youve: ['you', 'have'],
  theyve: ['they', 'have'], youll: ['you', 'will'], theyll: ['they', 'will'], thats: ['that', 'is'],
  whats: ['what', 'is'], gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], hes: ['he', 'is'],
  shes: ['she', 'is'], theres: ['there', 'is'], heres: ['here', 'is'], whos: ['who', 'is'], yall: ['you', 'all'],
});
const IS_AFTER = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'where', 'how', 'everyone', 'everybody', 'nobody', 'someone', 'somebody', 'one', 'this', 'why', 'when']);
const SUFFIX: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, { re: 'are', m: 'am', ve: 'have', ll: 'will', d: 'would' });

/** `/['\u2019]/.test(word)` without a regex call: every token of every comment asks. */
export function hasApostrophe(word: string): boolean {
  return word.indexOf("'") >= 0 || word.indexOf('\u2019') >= 0;
}

/** What a token typed without an apostrophe stands for ("cant", "gonna"): `expand` of such a token. */
export function bareContraction(key: string): string[] | undefined {
  return BARE[key];
}

/** The words a token stands for; `raw` keeps the apostrophe when one was typed. `["'s"]` marks a possessive. */
export function expand(key: string, raw: string): string[] | undefined {
  if (!hasApostrophe(raw)) return BARE[key];
  const clean = raw.replace(/\u2019/g, "'");
  const notForm = NOT[key];
  if (notForm && /n't$|^can't$|^cannot$/.test(clean)) return notForm;
  const m = /^(.+)'([a-z]+)$/.exec(clean);
  if (!m) return BARE[key];
  const head = key.slice(0, key.length - m[2]!.length);
  const tail = m[2]!;
  if (tail === 's') {
    if (head === 'let') return ['let', 'us'];
    return IS_AFTER.has(head) ? [head, 'is'] : [head, "'s"];
  }
  if (tail === 't') return NOT[key];
  const word = SUFFIX[tail];
  return word && head ? [head, word] : MISPLACED[key]; // "ca'nt", "theyr'e", "Le'ts": the letters spell a contraction
}

/**
 * Typed as a contraction of a function word: an apostrophe between a pronoun, wh-word, "there" or
 * auxiliary and a verb ending ("who're", "he'll", "we'd", "could've"). Its letters without the
 * apostrophe are never a word of their own ("who're" is not "whore", "he'll" not "hell"). A content
 * word before the apostrophe ("this shit'll", "we are fuck'd") is still that word.
 */
export function typedContraction(key: string, raw: string): boolean {
  const head = contractedHead(key, raw);
  return head !== undefined && CONTRACTION_HEADS.has(head);
}

/** The word a verb ending was typed onto with an apostrophe ("shit" in "shit'll", "who" in "who're"), any word; possessives not. */
export function contractedHead(key: string, raw: string): string | undefined {
  // Most words have no apostrophe: their key is as long as what was typed.
  if (raw.length === key.length || !hasApostrophe(raw)) return undefined;
  const words = expand(key, raw);
  return words !== undefined && words.length === 2 && words[1] !== "'s" ? words[0] : undefined;
}
/** Function words a verb ending is typed onto: the subjects "'s" reads as "is" after, personal pronouns, auxiliaries. */
const CONTRACTION_HEADS = new Set([
  ...IS_AFTER,
  ...['i', 'you', 'u', 'ya', 'we', 'they', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'has', 'have', 'had'],
  ...['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'need', 'let', 'going', 'want', 'got'],
]);

/** A contraction with its apostrophe in the wrong place still reads as one ("lets" needs an apostrophe somewhere). */
const MISPLACED: Record<string, string[]> = Object.assign(Object.create(null) as Record<string, string[]>, BARE, { lets: ['let', 'us'] });

/** What a contraction key stands for however its apostrophe was placed ("cant", "im", "lets"), or undefined. */
export function contraction(key: string): string[] | undefined {
  return MISPLACED[key];
}

/**
 * A misspelt contraction ("cna't", "tehy're", "aern't"): written with an apostrophe, its letters
 * one edit from exactly one contraction of four letters or more. Before "'s" a name is likelier
 * than a misspelling ("Sue's", "Lee's", "Don's"): only two letters swapped count ("Lte's"), and a
 * capitalised word inside a sentence is a name, never a contraction.
 */
/** The contractions of four letters or more, listed once (every "Trump's" asks). */
const longContractions = once(() => Object.keys(MISPLACED).filter((known) => known.length >= 4));

export function misspeltContraction(key: string, raw: string, capitalInside = false): string[] | undefined {
  if (key.length < 3 || !/['\u2019]/.test(raw)) return undefined;
  const possessive = /['\u2019]s$/i.test(raw);
  if (possessive && capitalInside) return undefined;
  const near = longContractions().filter((known) => (possessive ? adjacentSwap(key, known) : withinOneEdit(key, known)));
  return near.length === 1 ? MISPLACED[near[0]!] : undefined;
}
