import type { Folded } from './fold.js';

/**
 * A word of the folded text. `key` is the word with leetspeak undone and apostrophes dropped,
 * the form lexicons are matched on; `start`/`end` are offsets into the ORIGINAL text.
 */
export interface Token {
  /** Folded characters as written ("n1gg@"). */
  raw: string;
  /** Letters only, leet undone ("nigga"); '*' kept as a wildcard. */
  key: string;
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
}

const LEET: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '6': 'g',
  '@': 'a', $: 's', '!': 'i', '|': 'i', '+': 't', '€': 'e',
};
const TRIM = new Set(['!', '*', '|', '+', "'", '\u2019', '.', '$']);

function isTokenChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || // a-z (text is folded to lower case)
    (c >= 48 && c <= 57) ||
    c === 64 || c === 36 || c === 33 || c === 124 || c === 43 || c === 42 || // @ $ ! | + *
    c === 39 || c === 0x2019 // apostrophes
  );
}

const isLetter = (ch: string) => ch >= 'a' && ch <= 'z';

/** Splits folded text into word tokens; linear, no regexes over the whole text. */
export function tokenize(folded: Folded, original: string): Token[] {
  const text = folded.text;
  const n = text.length;
  const quoted = quoteMask(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    if (!isTokenChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && isTokenChar(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    // '$' trims only at the end after a letter-less tail is impossible to read ("cash$"); keep a$$.
    while (a < b && TRIM.has(text[a]!) && text[a] !== '$') a++;
    while (b > a && TRIM.has(text[b - 1]!) && !(text[b - 1] === '$' && b - 1 > a && text[b - 2] === '$')) b--;
    const raw = text.slice(a, b);
    const word = readWord(raw);
    if (word) {
      const gap = a - prevEnd === 1 && text[prevEnd] === ' ' ? ' ' : text.slice(prevEnd, a);
      if (tokens.length > 0 && gap !== ' ' && (/[!?;\n]/.test(gap) || /\.\s/.test(gap))) sentence++;
      tokens.push({
        raw,
        key: word.key,
        alt: word.alt,
        leet: word.leet,
        fs: a,
        fe: b,
        start: folded.start[a]!,
        end: folded.end[b - 1]!,
        sentence,
        quoted: quoted[a] === 1,
        capital: isUpper(original, folded.start[a]!),
        gap,
      });
      prevEnd = b;
    }
    i = j;
  }
  return tokens;
}

function isUpper(original: string, at: number): boolean {
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

function readWord(raw: string): { key: string; alt: string[]; leet: boolean } | undefined {
  if (lettersOnly(raw)) return { key: raw, alt: NO_ALT, leet: false }; // the common case
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
let maskBuffer = new Uint8Array(1024);

function quoteMask(text: string): Uint8Array {
  // One buffer, grown as needed and cleared per text: the mask never outlives tokenize.
  if (maskBuffer.length < text.length) maskBuffer = new Uint8Array(Math.max(text.length, maskBuffer.length * 2));
  const mask = maskBuffer.subarray(0, text.length);
  mask.fill(0);
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
