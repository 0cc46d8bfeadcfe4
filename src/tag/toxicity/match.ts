import { elongations, joins } from '../../normalize/index.js';
import { IdFlags } from '../../memo.js';
import { prefixHead } from '../../text/prefix-head.js';
import type { LexicalToken as Token } from '../../text/tokens.js';
import { MAX_WORD_IDS } from '../../text/word-ids.js';
import { contractedHead, typedContraction } from '../clause/contractions.js';
import { tagsOf } from '../clause/words.js';
import { showsEnough, starFit } from '../clause/masked.js';
import type { CompiledEntry, CompiledLexicon, Form } from '../lexicon/compile.js';
import { gluedSlur } from './glued.js';
import { misspeltSlur } from './misspelt.js';

/** One lexicon match before context is weighed: tokens [from, to) and original offsets. */
export interface Hit {
  entry: CompiledEntry;
  term: string;
  from: number;
  to: number;
  start: number;
  end: number;
  /** How the disguise was undone, if it was (for tests and debugging). */
  via: 'plain' | 'leet' | 'elongated' | 'joined' | 'wildcard' | 'prefix' | 'phrase' | 'glued' | 'misspelt';
  /** The closed word a glued slur was run into ("many" in "manyfags"): the word before it. */
  gluedTo?: string;
  /** The hit spans the censored word with its edge stars ("f***"), not the token alone. */
  masked?: boolean;
}

/** Three identical letters in a row: the only case elongation readings are worth computing. */
function hasTriple(key: string): boolean {
  for (let k = 2; k < key.length; k++) if (key[k] === key[k - 1] && key[k] === key[k - 2]) return true;
  return false;
}

const KIND_ORDER = { profanity: 0, insult: 1, slur: 2 } as const;
const PHRASE_GAP = /^[\s\-]{1,3}$/;

/** Every lexicon form found in the tokens, disguised or not. Overlaps are resolved later. */
export function findTerms(tokens: readonly Token[], lex: CompiledLexicon): Hit[] {
  const hits: Hit[] = [];
  const add = (form: Form, from: number, to: number, via: Hit['via']) =>
    hits.push({ entry: form.entry, term: form.term, from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, via });

  const readings = new Readings(tokens);
  const misses = plainMisses(lex);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const plain = isPlain(token);
    // "who're", "he'll": a function word's contraction typed with its apostrophe is no word of the
    // lexicon; a content word before the ending ("this crap'll", "we're fuck'd") is that word.
    if (!(plain && misses.has(token.id)) && !typedContraction(token.key, token.raw)) {
      const before = hits.length;
      addContracted(token, i, lex, hits, add);
      if (plain && hits.length === before) misses.add(token.id); // a key without an id (-1) is not kept
    }
    matchPhrases(tokens, i, lex, readings, add);
  }
  // Words split by separators or spaced out: "n.i.g.g.e.r", "f a g", "sh-it"; and a slur spaced
  // out among closed words in one run of letters ("u r a f a g", "f a g f a g"). Only slurs: with
  // the short profanity and insult forms, spaced-out ordinary words read as such runs ("a p e a"
  // for "pea" after "a", "a a s s a s s i n").
  for (const join of joins(tokens, (key) => tagsOf(key) !== 0 || isSlur(lex.single.get(key)))) {
    const form = lex.single.get(join.key) ?? firstHit(elongations(join.key), lex);
    if (form && (!join.inRun || isSlur(form))) add(form, join.from, join.to, 'joined');
  }
  return hits;
}

const isSlur = (form: Form | undefined) => form !== undefined && form.entry.kind === 'slur';

/**
 * Plain words (typed as their key reads: no leet, no other reading, no stars) already looked up in
 * a lexicon and found to be no form of it, as written, run into another word or misspelt: for
 * such a word every one of those readings depends on its key alone. Most words of a comment are
 * such words, and they recur across comments, so one lookup here replaces the six readings. Kept
 * by the key's word id (src/text/word-ids.ts); a key without one (-1) is never kept.
 */
const missesByLexicon = new WeakMap<CompiledLexicon, IdFlags>();

function plainMisses(lex: CompiledLexicon): IdFlags {
  let misses = missesByLexicon.get(lex);
  if (!misses) missesByLexicon.set(lex, (misses = new IdFlags(MAX_WORD_IDS)));
  return misses;
}

function isPlain(token: Token): boolean {
  return token.raw === token.key && token.alt.length === 0 && token.masked === undefined;
}

/** A word, or the content word a verb ending was typed onto ("crap'll": "crap"), the hit spanning what was typed. */
function addContracted(token: Token, i: number, lex: CompiledLexicon, hits: Hit[], add: (form: Form, from: number, to: number, via: Hit['via']) => void): void {
  const head = contractedHead(token.key, token.raw);
  const form = head === undefined || lookupWord(token, lex) ? undefined : lex.single.get(head);
  if (form) add(form, i, i + 1, 'prefix');
  else addWord(token, i, lex, hits, add);
}

/** One word as a lexicon form: as written or disguised, censored, run into another word, misspelt. */
function addWord(token: Token, i: number, lex: CompiledLexicon, hits: Hit[], add: (form: Form, from: number, to: number, via: Hit['via']) => void): void {
  const found = lookupWord(token, lex);
  if (found) add(found.form, i, i + 1, found.via);
  else if (!addMasked(token, i, lex, hits) && !addGlued(token, i, lex, hits)) addMisspelt(token, i, lex, add);
}

/** "f***", "a**", "sh**": the stars the tokenizer trimmed stand for letters; the hit spans them. */
function addMasked(token: Token, i: number, lex: CompiledLexicon, hits: Hit[]): boolean {
  if (!token.masked) return false;
  const found = lookupStarred(token.masked.key, lex);
  if (!found) return false;
  hits.push({ entry: found.form.entry, term: found.form.term, from: i, to: i + 1, start: token.masked.start, end: token.masked.end, via: 'wildcard', masked: true });
  return true;
}

/** "manyfags": the hit starts where the slur does when the word is written as its key reads. */
function addGlued(token: Token, i: number, lex: CompiledLexicon, hits: Hit[]): boolean {
  const glued = gluedSlur(token.key, lex);
  if (!glued) return false;
  const plain = token.end - token.start === token.key.length && !token.leet;
  const start = plain ? token.start + glued.cut : token.start;
  hits.push({ entry: glued.form.entry, term: glued.form.term, from: i, to: i + 1, start, end: token.end, via: 'glued', gluedTo: token.key.slice(0, glued.cut) });
  return true;
}

/** "fgagot": a slur with one letter dropped, added, changed or swapped (never an ordinary word). */
function addMisspelt(token: Token, i: number, lex: CompiledLexicon, add: (form: Form, from: number, to: number, via: Hit['via']) => void): void {
  if (token.raw !== token.key) return; // leet and other disguises are read above
  const form = misspeltSlur(token.key, lex);
  if (form) add(form, i, i + 1, 'misspelt');
}

function firstHit(keys: string[], lex: CompiledLexicon): Form | undefined {
  for (const key of keys) {
    const form = lex.single.get(key);
    if (form) return form;
  }
  return undefined;
}

function lookupWord(token: Token, lex: CompiledLexicon): { form: Form; via: Hit['via'] } | undefined {
  const via: Hit['via'] = token.leet ? 'leet' : 'plain';
  const direct = lex.single.get(token.key) ?? firstHit(token.alt, lex);
  if (direct) return { form: direct, via };
  if (token.key.includes('*')) return lookupStarred(token.key, lex);
  if (hasTriple(token.key)) {
    const long = firstHit(elongations(token.key), lex) ?? firstHit(token.alt.flatMap(elongations), lex);
    if (long) return { form: long, via: 'elongated' };
  }
  // Few prefix keys exist: their first two characters rule most words out before any slicing.
  if (token.key.length < 2 || !lex.prefixHeads.has(prefixHead(token.key))) return undefined;
  for (const form of lex.prefixes.get(token.key.slice(0, 4)) ?? []) {
    const p = form.term;
    if (token.key.length > p.length && token.key.startsWith(p)) return { form, via: 'prefix' };
  }
  return undefined;
}

/** "f*ck", "n***er", "f.u.c.k" written with stars: stars as separators, then as hidden letters. */
function lookupStarred(key: string, lex: CompiledLexicon): { form: Form; via: Hit['via'] } | undefined {
  const stripped = key.replace(/\*/g, '');
  const asSeparators = stripped.length >= 3 ? lex.single.get(stripped) : undefined;
  if (asSeparators) return { form: asSeparators, via: 'joined' };
  if (key.length < 3 || !showsEnough(key, 5)) return undefined;
  const candidates = lex.byShape.get(`${key.length}:${key[0]}`) ?? [];
  // Censored words are mostly swearing: prefer profanity, then insults, then slurs.
  for (const form of [...candidates].sort((a, b) => KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind])) {
    if (starFit(key, form.term.replace(/['\u2019-]/g, ''))) return { form, via: 'wildcard' };
  }
  return undefined;
}

/** Every reading of a token (as written, leet alternatives, elongation undone), computed once. */
class Readings {
  private readonly cache: (string[] | undefined)[];
  constructor(private readonly tokens: readonly Token[]) {
    this.cache = new Array(tokens.length);
  }
  of(i: number): string[] {
    let list = this.cache[i];
    if (!list) {
      const t = this.tokens[i]!;
      list = t.alt.length === 0 ? [t.key] : [t.key, ...t.alt];
      if (hasTriple(t.key)) list.push(...elongations(t.key));
      this.cache[i] = list;
    }
    return list;
  }
}

function matchPhrases(
  tokens: readonly Token[],
  i: number,
  lex: CompiledLexicon,
  readings: Readings,
  add: (form: Form, from: number, to: number, via: Hit['via']) => void,
): void {
  const token = tokens[i]!;
  // Fast path: most words start no phrase in any reading.
  if (!lex.phrases.has(token.key) && token.alt.length === 0 && !hasTriple(token.key)) return;
  for (const first of readings.of(i)) {
    const phrases = lex.phrases.get(first);
    if (!phrases) continue;
    for (const phrase of phrases) {
      const n = phrase.keys.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        ok = PHRASE_GAP.test(tokens[i + k]!.gap) && readings.of(i + k).includes(phrase.keys[k]!);
      }
      if (ok) {
        add(phrase, i, i + n, 'phrase');
        return; // longest first
      }
    }
  }
}
