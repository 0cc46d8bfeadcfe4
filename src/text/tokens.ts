/**
 * The one tokenizer module. A comment is read as words three ways, each computed once per text by
 * its TextView (src/text/view.ts) and shared by every tagger that needs it:
 *
 * - `scanWords`: words as written (letters and digits, inner apostrophes and hyphens kept, # or @
 *   in front). Stance, questions, salient names and sentiment read these.
 * - `scanCueWords`: words for phrase cues: hyphenated words split, contractions glued back whatever
 *   the source's spacing ("don 't", "do n't"), with the clause and sentence breaks between them.
 *   Conspiracy cues and plot frames read these. The view reads them off the words as written
 *   (`cueWordsOf`: the same letter runs, cut at inner apostrophes and hyphens), not off the text.
 * - `readLexicalWords`: words of the folded text (src/normalize) with leetspeak read, offsets
 *   mapped back to the original, sentence and quotation marks: the obfuscation-undoing reading the
 *   word lexicons match.
 *
 * They differ where their readers need different boundaries ("al-Assad" is one name but two cue
 * words; "n1gg@" is a word only once leet is read), so one reading cannot serve all three without
 * changing results. Words and cue words cost one character scan between them; the lexical words
 * are a scan of another text (the folded one). All are left-to-right passes, linear in the text.
 */
import type { Folded } from '../normalize/fold.js';
import { wordId } from './word-ids.js';

// ---------------------------------------------------------------------------------------------
// Words as written
// ---------------------------------------------------------------------------------------------

/** A word of the text as written: letters and digits with inner apostrophes or hyphens, # or @ kept in front. */
export interface WordToken {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * Letters/digits with inner apostrophes or hyphens ("don't", "al-Assad"); '#' and '@' kept as
 * prefixes. The tokens are exactly the matches of the regex `[#@]?[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`
 * (flags gu), found by a hand-written scan: only non-ASCII characters consult the Unicode tables.
 */
export function scanWords(text: string, offset = 0): WordToken[] {
  const tokens: WordToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    let start = i;
    let j: number;
    if (code === 35 || code === 64) {
      // '#' or '@' starts a token only when a letter or digit follows.
      const width = wordWidth(text, i + 1);
      if (width === 0) {
        i++;
        continue;
      }
      j = i + 1 + width;
    } else {
      const width = wordWidth(text, i);
      if (width === 0) {
        i++;
        continue;
      }
      j = i + width;
    }
    for (;;) {
      // The rest of the letter/digit run...
      for (let w = wordWidth(text, j); w > 0; w = wordWidth(text, j)) j += w;
      // ...then an inner apostrophe or hyphen, only when another run follows it.
      const sep = text.charCodeAt(j);
      if ((sep === 39 || sep === 0x2019 || sep === 45) && wordWidth(text, j + 1) > 0) {
        j++;
        continue;
      }
      break;
    }
    const word = text.slice(start, j);
    const lower = isAsciiLower(text, start, j) ? word : lowerWord(word);
    start += offset;
    tokens.push({ text: word, lower, start, end: start + word.length });
    i = j;
  }
  return tokens;
}

/** Lower case with straight apostrophes. */
function lowerWord(word: string): string {
  const lowered = word.toLowerCase();
  return lowered.includes('’') ? lowered.replace(/’/gu, "'") : lowered;
}

/**
 * text[start, end) is ASCII with no capital: its own lower case (toLowerCase would still allocate
 * a copy of most words, and most words are written in lower case).
 */
function isAsciiLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 128 || (code >= 65 && code <= 90)) return false;
  }
  return true;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const nonAscii = new Map<number, boolean>();

/** UTF-16 width of the letter or digit code point at `i`, or 0 when there is none. */
function wordWidth(text: string, i: number): number {
  const code = text.charCodeAt(i); // NaN past the end: no branch below matches
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (!(code >= 128)) return 0;
  const cp = text.codePointAt(i)!;
  let known = nonAscii.get(cp);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (nonAscii.size < 65_536) nonAscii.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}

// ---------------------------------------------------------------------------------------------
// Cue words
// ---------------------------------------------------------------------------------------------

/**
 * Word tokens for cue matching. One left-to-right pass, no regex backtracking.
 *
 * Contractions are glued back into one token whatever the tokenisation of the source:
 * "don't", "don 't" and "do n't" (PTB-style corpora) all become the token "don't", so a cue
 * written once matches all three. Tokens that a sentence or clause break separates carry
 * `breakBefore`, so multi-word cues never match across punctuation.
 */
export interface CueToken {
  /** Lower-cased form with straight apostrophes, used for lookup. */
  norm: string;
  /** The token as written (for case-sensitive acronyms such as WHO). */
  raw: string;
  start: number;
  end: number;
  breakBefore: boolean;
  /** A sentence ends between the previous token and this one (. ! ? ; … | or a line break). */
  sentenceBefore: boolean;
}

const CONTRACTION_TAILS = new Set(['t', 's', 're', 've', 'll', 'd', 'm']);
/** What a contraction's apostrophe is typed as: straight, curly (either way), backtick, modifier letter. */
const APOSTROPHE_CHARS = ["'", '\u2019', '\u2018', '`', '\u02BC'];
const APOSTROPHES = new Set(APOSTROPHE_CHARS);

function isCueWordChar(code: number): boolean {
  // ASCII fast path; everything above is tested with the Unicode classes once per code unit.
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (!(code < 0x10000)) return false; // NaN past the end of the text
  let known = NON_ASCII[code]!;
  if (known === 0) {
    known = WORD_RE.test(String.fromCharCode(code)) ? 1 : 2;
    NON_ASCII[code] = known;
  }
  return known === 1;
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
/** 0 unknown, 1 word character, 2 not: per UTF-16 code unit, filled on first sight. */
const NON_ASCII = new Uint8Array(0x10000);

/** Characters allowed between the tokens of one multi-word cue (UTF-16 codes). */
function isSoftGap(code: number): boolean {
  // space \t \n \r - NBSP # @ / _ and the two Unicode hyphens
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 45 || code === 0xa0 ||
    code === 35 || code === 64 || code === 47 || code === 95 || code === 0x2010 || code === 0x2011;
}

function isSentenceEnd(code: number): boolean {
  // . ! ? ; line break | …
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 124 || code === 0x2026;
}

export function scanCueWords(text: string): CueToken[] {
  const runs = newRuns();
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isCueWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isCueWordChar(text.charCodeAt(i))) i++;
    runs.starts.push(start);
    runs.ends.push(i);
    runs.words.push(undefined);
  }
  return cueTokensOfRuns(text, runs);
}

/**
 * The cue words of `text` read off its words as written (`scanWords(text)`), without a second
 * character scan: equal to `scanCueWords(text)`. A cue word is a maximal run of letters and digits,
 * and a word as written is such runs joined by inner apostrophes or hyphens, so the runs are the
 * words cut at those joins, and a run that is a whole word shares that word's strings. The two
 * readings see the same letters only where no character is a combining mark or outside the BMP
 * (cue words test UTF-16 units with marks, words test code points without): such a text is
 * scanned again instead.
 */
export function cueWordsOf(text: string, words: readonly WordToken[]): CueToken[] {
  if (!sameLetterClasses(text)) return scanCueWords(text);
  const runs = newRuns();
  for (const word of words) {
    let from = word.start;
    const first = text.charCodeAt(from);
    if (first === 35 || first === 64) from++; // '#' or '@' is no letter of a cue word
    for (let k = from; k < word.end; k++) {
      const code = text.charCodeAt(k);
      if (code !== 39 && code !== 0x2019 && code !== 45) continue;
      runs.starts.push(from);
      runs.ends.push(k);
      runs.words.push(undefined);
      from = k + 1;
    }
    runs.starts.push(from);
    runs.ends.push(word.end);
    runs.words.push(from === word.start ? word : undefined);
  }
  return cueTokensOfRuns(text, runs);
}

/** Every non-ASCII unit of `text` is a letter to both readings or to neither. */
function sameLetterClasses(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    // A surrogate half (a letter to words, not to cue words) or ʼ (a letter both ways, but an
    // apostrophe in a cue word's lower case and not in a word's).
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x2bc) return false;
    if (isCueWordChar(code) !== wordWidth(text, i) > 0) return false;
  }
  return true;
}

/** Maximal letter/digit runs in text order; `words[r]` is the word as written that run r is, if any. */
interface Runs {
  starts: number[];
  ends: number[];
  words: (WordToken | undefined)[];
}
const newRuns = (): Runs => ({ starts: [], ends: [], words: [] });

/** Cue tokens from the letter runs: contraction tails glued, breaks read from the gaps between. */
function cueTokensOfRuns(text: string, runs: Runs): CueToken[] {
  const { starts, ends } = runs;
  const tokens: CueToken[] = [];
  const n = text.length;
  let consumed = 0;
  let gapStart = 0;
  for (let r = 0; r < starts.length; r++) {
    const start = starts[r]!;
    if (start < consumed) continue; // the tail of a contraction glued to the run before
    const runEnd = ends[r]!;
    let end = runEnd;
    // Glue a contraction tail: optional single space, apostrophe, letters ("don 't", "we've").
    let j = end;
    if (j < n && text[j] === ' ' && j + 1 < n && APOSTROPHES.has(text[j + 1]!)) j++;
    if (j < n && APOSTROPHES.has(text[j]!) && r + 1 < starts.length && starts[r + 1] === j + 1) {
      const k = ends[r + 1]!;
      if (CONTRACTION_TAILS.has(text.slice(j + 1, k).toLowerCase())) end = k;
    }
    consumed = end;
    const word = runs.words[r];
    const whole = word !== undefined && word.end === end;
    const raw = whole ? word.text : text.slice(start, end);
    // A run that is a whole word as written has that word's lower case (straight apostrophes, no
    // space inside); without a glued contraction an ASCII word only needs lower-casing.
    const norm = whole
      ? word.lower
      : end === runEnd && isAsciiRange(text, start, end)
        ? isAsciiLower(text, start, end) ? raw : raw.toLowerCase()
        : normalizeCueWord(raw);
    let breakBefore = false;
    let sentenceBefore = false;
    for (let g = gapStart; g < start; g++) {
      const code = text.charCodeAt(g);
      // A single space, the usual gap, is soft and ends nothing.
      if (code === 32) continue;
      if (!isSoftGap(code)) breakBefore = true;
      if (isSentenceEnd(code)) {
        sentenceBefore = true;
        break;
      }
    }
    const prev = tokens[tokens.length - 1];
    if (prev && norm === "n't" && !breakBefore) {
      // PTB split "do n't" -> "don't".
      prev.norm = prev.norm + "n't";
      prev.raw = text.slice(prev.start, end);
      prev.end = end;
      gapStart = end;
      continue;
    }
    tokens.push({ norm, raw, start, end, breakBefore, sentenceBefore });
    gapStart = end;
  }
  return tokens;
}

function isAsciiRange(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** The APOSTROPHES other than the straight one, escaped so any character may join the list. */
const CURLY_APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS.filter((ch) => ch !== "'").map((ch) => ch.replace(/[\]\\^-]/u, '\\$&')).join('')}]`, 'gu');

/** Lower-case, straight apostrophes, no inner space before the apostrophe. */
export function normalizeCueWord(raw: string): string {
  let out = raw.toLowerCase();
  if (out.includes(' ')) out = out.replace(/ /g, '');
  return out.replace(CURLY_APOSTROPHES, "'");
}

// ---------------------------------------------------------------------------------------------
// Lexical words: the folded, obfuscation-undone reading
// ---------------------------------------------------------------------------------------------

/**
 * A word of the folded text. `key` is the word with leetspeak undone and apostrophes dropped,
 * the form lexicons are matched on; `start`/`end` are offsets into the ORIGINAL text.
 */
export interface LexicalToken {
  /** Folded characters as written ("n1gg@"). */
  raw: string;
  /** Letters only, leet undone ("nigga"); '*' kept as a wildcard. */
  key: string;
  /** The key's process-wide number (src/text/word-ids.ts), or -1: readers keep per-word answers by it. */
  id: number;
  /** Other readings worth a lookup: 1/!/| read as l, a leading @ dropped (a mention). */
  alt: string[];
  /** Leet symbols or digits were read as letters. */
  leet: boolean;
  /** Offsets into the folded text. */
  fs: number;
  fe: number;
  /** Offsets into the original text. */
  start: number;
  end: number;
  /** Index of the sentence the token is in (split on . ! ? ; and line breaks). */
  sentence: number;
  /** Inside a quotation ("…", “…”, «…»). */
  quoted: boolean;
  /** First original character is an upper-case letter. */
  capital: boolean;
  /** Folded characters between the previous token and this one. */
  gap: string;
  /**
   * The word with the stars at its edges that the tokenizer trimmed ("f***", "a**", "*ss"): a
   * censored word, read only by the masked-word matchers. Absent on most tokens.
   */
  masked?: { key: string; start: number; end: number };
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '6': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't', '€': 'e',
};
/** Trimmed from a word's edges: ! * | + ' ’ . $ */
function isTrim(code: number): boolean {
  return code === 33 || code === 42 || code === 124 || code === 43 || code === 39 || code === 0x2019 || code === 46 || code === 36;
}

/** The gap between two words ends a sentence: one of ! ? ; or a line break, or '.' before white space. */
function endsSentence(gap: string): boolean {
  for (let k = 0; k < gap.length; k++) {
    const code = gap.charCodeAt(k);
    if (code === 33 || code === 63 || code === 59 || code === 10) return true;
    if (code === 46 && k + 1 < gap.length && isSpace(gap.charCodeAt(k + 1), gap[k + 1]!)) return true;
  }
  return false;
}

/** `/\s/` on one character, without the regex for ASCII. */
function isSpace(code: number, ch: string): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/u.test(ch));
}

function isLexicalChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z (text is folded to lower case)
    (c >= 48 && c <= 57) ||
    c === 64 || c === 36 || c === 33 || c === 124 || c === 43 || c === 42 || // @ $ ! | + *
    c === 39 || c === 0x2019 // apostrophes
  );
}

const isLetter = (ch: string) => ch >= 'a' && ch <= 'z';

/** Splits folded text into word tokens; linear, no regexes over the whole text. */
const MAX_LEXICAL_WORD = 1000;

export function readLexicalWords(folded: Folded, original: string): LexicalToken[] {
  const text = folded.text;
  const n = text.length;
  const quoted = quoteMask(text);
  const tokens: LexicalToken[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isLexicalChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isLexicalChar(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    // '$' trims only at the end after a letter-less tail is impossible to read ("cash$"); keep a$$.
    while (a < b && isTrim(text.charCodeAt(a)) && text.charCodeAt(a) !== 36) a++;
    while (b > a && isTrim(text.charCodeAt(b - 1)) && !(text.charCodeAt(b - 1) === 36 && b - 1 > a && text.charCodeAt(b - 2) === 36)) b--;
    // No lexicon term, cue or name is this long: a run of thousands of letters or stars is
    // skipped rather than read (and copied) as one word.
    if (b - a > MAX_LEXICAL_WORD) {
      prevEnd = b;
      i = j;
      continue;
    }
    const raw = text.slice(a, b);
    const word = readWord(raw);
    if (word) {
      const masked = maskedForm(text, i, a, b, j, word.key, folded);
      const gap = a - prevEnd === 1 && text[prevEnd] === ' ' ? ' ' : text.slice(prevEnd, a);
      if (tokens.length > 0 && gap !== ' ' && endsSentence(gap)) sentence++;
      const token: LexicalToken = {
        raw,
        key: word.key,
        id: wordId(word.key),
        alt: word.alt,
        leet: word.leet,
        fs: a,
        fe: b,
        start: folded.start[a]!,
        end: folded.end[b - 1]!,
        sentence,
        quoted: quoted[a] === 1,
        capital: isUpperAt(original, folded.start[a]!),
        gap,
      };
      // Assigned, not spread into the literal: a spread builds the token on a slow path.
      if (masked) token.masked = masked;
      tokens.push(token);
      prevEnd = b;
    }
    i = j;
  }
  return tokens;
}

/** Stars trimmed from the edges of text[a, b) within its run [i, j): the censored word they make. */
function maskedForm(text: string, i: number, a: number, b: number, j: number, key: string, folded: Folded): LexicalToken['masked'] {
  let ma = a;
  while (ma > i && text[ma - 1] === '*') ma--;
  let mb = b;
  while (mb < j && text[mb] === '*') mb++;
  if (ma === a && mb === b) return undefined;
  return { key: '*'.repeat(a - ma) + key + '*'.repeat(mb - b), start: folded.start[ma]!, end: folded.end[mb - 1]! };
}

function isUpperAt(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  if (code < 0x80) return code >= 65 && code <= 90;
  const ch = original[at] ?? '';
  return ch !== ch.toLowerCase();
}

/** `/^[a-z]+$/` without a regex call per word. */
function lettersOnly(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return raw.length > 0;
}

/** Reads leet inside a word. Tokens without enough letters (numbers, "a55") stay unread. */
const NO_ALT: string[] = [];

interface WordReading {
  key: string;
  alt: string[];
  leet: boolean;
}
/**
 * The common case's answer, one object refilled per word: readLexicalWords copies its fields into
 * the token before the next call, and the plain case needs no object of its own per word.
 */
const PLAIN: WordReading = { key: '', alt: NO_ALT, leet: false };

function readWord(raw: string): WordReading | undefined {
  if (lettersOnly(raw)) {
    PLAIN.key = raw; // the common case
    return PLAIN;
  }
  let letters = 0;
  let others = 0;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k]!;
    if (isLetter(ch)) letters++;
    else if (ch !== "'" && ch !== '\u2019' && ch !== '*') others++;
  }
  if (letters === 0) return undefined;
  const readLeet = others > 0 && (letters >= 2 || others <= letters);
  let key = '';
  let lKey = '';
  let leet = false;
  for (let k = 0; k < raw.length; k++) {
    const ch = raw[k]!;
    if (isLetter(ch) || ch === '*') {
      key += ch;
      lKey += ch;
    } else if (ch === "'" || ch === '\u2019') {
      continue;
    } else if (readLeet && LEET[ch] !== undefined && !(k === 0 && ch === '@')) {
      key += LEET[ch];
      lKey += ch === '1' || ch === '!' || ch === '|' ? 'l' : LEET[ch];
      leet = true;
    }
  }
  const alt: string[] = [];
  if (lKey !== key) alt.push(lKey);
  // "@ss" is leet, "@Name" is a reply: try both readings.
  if (raw[0] === '@' && readLeet) alt.push('a' + key);
  if (key === '') return undefined;
  return { key, alt, leet };
}

/** 1 where the folded character sits inside a quotation. Unclosed quotes end at a blank line. */
function quoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let open = -1;
  let closer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (ch === closer && !(closer === '\u2019' && /[a-z]/.test(text[i + 1] ?? ''))) {
        mask.fill(1, open, i + 1);
        open = -1;
      } else if (ch === '\n' && text[i + 1] === '\n') {
        open = -1; // unbalanced: no quotation
      } else if (i - open > 600) {
        open = -1;
      }
      continue;
    }
    if (ch === '"') {
      open = i;
      closer = '"';
    } else if (ch === '\u201c') {
      open = i;
      closer = '\u201d';
    } else if (ch === '\u00ab') {
      open = i;
      closer = '\u00bb';
    } else if (ch === '\u2018' && (i === 0 || !/[a-z0-9]/.test(text[i - 1]!))) {
      open = i;
      closer = '\u2019';
    }
  }
  return mask;
}
