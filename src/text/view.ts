/**
 * One text view per comment (and per parent or article): every reading a tagger needs, each made
 * once on first use and then shared. Taggers never tokenize or split a comment themselves; they ask
 * its view. The view lives as long as one analysis of one text, so no reading is cached across
 * texts and no result depends on the order of calls (bounded per-word caches elsewhere, such as
 * stems and word ids, change only speed).
 */
import { detectLanguage } from '../language/index.js';
import { fold, type Folded } from '../normalize/fold.js';
import type { Segment } from '../schema/index.js';
import { foldText } from './case-fold.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { contentStems } from './stems.js';
import { negationScope } from './sentiment.js';
import { cueWordsOf, readLexicalWords, scanWords, type CueToken, type LexicalToken, type WordToken } from './tokens.js';

export class TextView {
  readonly text: string;
  #words?: WordToken[];
  #sentences?: Segment[];
  #quotes?: Segment[];
  #cueWords?: CueToken[];
  #folded?: Folded;
  #lexical?: LexicalToken[];
  #lower?: string | null;
  #negated?: Uint8Array;
  #language?: string;
  /** Readings of the first `limit` characters, by limit (number keys: a template-string key was a fresh string to hash per call). */
  #sentencesUpTo?: Map<number, readonly Segment[]>;
  #stemsUpTo?: Map<number, Set<string>>;
  #derived?: Map<string, unknown>;

  /**
   * `language`: detectLanguage's answer for this very text, when the caller already has it (the
   * splitters guess each comment's language from its text): the view's guess is then not made again.
   */
  constructor(text: string, language?: string) {
    this.text = typeof text === 'string' ? text : String(text ?? '');
    if (typeof language === 'string') this.#language = language;
  }

  /** Words as written, over the whole text (src/text/tokens.ts, `scanWords`). */
  get words(): readonly WordToken[] {
    return (this.#words ??= scanWords(this.text));
  }

  /**
   * The words `text.slice(start, end)` would give on its own, with offsets into the whole text: the
   * shared words inside the range, plus a fresh reading of any word the range cuts.
   */
  wordsIn(start: number, end: number): WordToken[] {
    const text = this.text;
    const from = Math.max(0, start);
    const to = Math.min(text.length, end);
    if (to <= from) return [];
    const words = this.words;
    // The whole text: the shared words themselves (callers never change them).
    if (from === 0 && to === text.length) return words as WordToken[];
    let first = lowerBound(words, (w) => w.end > from);
    const out: WordToken[] = [];
    // A word the range starts inside is read again from the range start.
    if (first < words.length && words[first]!.start < from) {
      out.push(...scanWords(text.slice(from, Math.min(to, words[first]!.end)), from));
      first++;
    }
    let k = first;
    for (; k < words.length && words[k]!.end <= to; k++) out.push(words[k]!);
    // A word the range ends inside is read only up to the range end.
    if (k < words.length && words[k]!.start < to && (out.length === 0 || out[out.length - 1]!.end <= words[k]!.start)) {
      out.push(...scanWords(text.slice(words[k]!.start, to), words[k]!.start));
    }
    return out;
  }

  /** Sentences, trimmed (src/text/sentences.ts). */
  get sentences(): readonly Segment[] {
    return (this.#sentences ??= splitSentences(this.text));
  }

  /** The sentences of the text's first `limit` characters, as a text clipped there would have them. */
  sentencesUpTo(limit: number): readonly Segment[] {
    if (limit >= this.text.length) return this.sentences;
    const known = (this.#sentencesUpTo ??= new Map());
    let sentences = known.get(limit);
    if (sentences === undefined) known.set(limit, (sentences = splitSentences(this.text.slice(0, limit))));
    return sentences;
  }

  /** Quotations and quoted lines (src/text/quotes.ts). */
  get quotes(): readonly Segment[] {
    return (this.#quotes ??= findQuotes(this.text));
  }

  /**
   * Words for phrase cues: contractions glued, hyphens split, clause and sentence breaks marked.
   * Read off `words` (the letter runs are the same), not scanned again.
   */
  get cueWords(): readonly CueToken[] {
    return (this.#cueWords ??= cueWordsOf(this.text, this.words));
  }

  /** The text with case, diacritics, look-alikes and invisible characters folded, and the offset map back. */
  get folded(): Folded {
    return (this.#folded ??= fold(this.text));
  }

  /** Words of the folded text with leetspeak read: what the word lexicons match. */
  get lexical(): readonly LexicalToken[] {
    return (this.#lexical ??= readLexicalWords(this.folded, this.text));
  }

  /** The text lower-cased when case-sensitive cue regexes may run on it instead (src/text/case-fold.ts), else null. */
  get lower(): string | null {
    if (this.#lower === undefined) this.#lower = foldText(this.text);
    return this.#lower;
  }

  /** The text's language guess (src/language): stance's English-only rules and the record's field ask it once. */
  get language(): string {
    return (this.#language ??= detectLanguage(this.text));
  }

  /** 1 for each word (by index into `words`) that a negator before it reaches in the same clause. */
  get negated(): Uint8Array {
    return (this.#negated ??= negationScope(this.words, this.text));
  }

  /** Content-word stems of the text's first `limit` characters (src/text/stems.ts). */
  stemsUpTo(limit: number): Set<string> {
    // Every limit past the text's end reads all of it: one set for them all (stance clips at 1,500, answers at 2,000, parents at 3,000).
    const clipped = Math.min(limit, this.text.length);
    const known = (this.#stemsUpTo ??= new Map());
    let stems = known.get(clipped);
    if (stems === undefined) known.set(clipped, (stems = contentStems(this.wordsIn(0, clipped))));
    return stems;
  }

  /**
   * A reading a tagger derives from the others (a parent's windows, a stance context): made once
   * per view under `key`, so two taggers, or the same tagger for two replies, share it.
   */
  derive<T>(key: string, make: () => T): T {
    const derived = (this.#derived ??= new Map());
    const known = derived.get(key);
    if (known !== undefined || derived.has(key)) return known as T;
    const value = make();
    derived.set(key, value);
    return value;
  }
}

/** First index whose item satisfies `test` (items are ordered so `test` flips once), or length. */
export function lowerBound<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The view of a text, or the text's own view when it already is one. */
export function viewOf(text: string | TextView): TextView {
  return text instanceof TextView ? text : new TextView(text);
}
