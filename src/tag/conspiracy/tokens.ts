/**
 * Word tokens for cue matching. One left-to-right pass, no regex backtracking.
 *
 * Contractions are glued back into one token whatever the tokenisation of the source:
 * "don't", "don 't" and "do n't" (PTB-style corpora) all become the token "don't", so a cue
 * written once matches all three. Tokens that a sentence or clause break separates carry
 * `breakBefore`, so multi-word cues never match across punctuation.
 */
export interface Token {
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
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u02BC']);

function isWordChar(code: number): boolean {
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

/** Characters allowed between the tokens of one multi-word cue. */
function isSoftGap(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '-' || ch === '\u00A0' ||
    ch === '#' || ch === '@' || ch === '/' || ch === '_' || ch === '\u2010' || ch === '\u2011';
}

function isSentenceEnd(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === '?' || ch === ';' || ch === '\n' || ch === '|' || ch === '\u2026';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gapStart = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(text.charCodeAt(i))) i++;
    const runEnd = i;
    let end = i;
    // Glue a contraction tail: optional single space, apostrophe, letters ("don 't", "we've").
    let j = end;
    if (j < n && text[j] === ' ' && j + 1 < n && APOSTROPHES.has(text[j + 1]!)) j++;
    if (j < n && APOSTROPHES.has(text[j]!) && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < n && isWordChar(text.charCodeAt(k))) k++;
      if (CONTRACTION_TAILS.has(text.slice(j + 1, k).toLowerCase())) {
        end = k;
        i = k;
      }
    }
    const raw = text.slice(start, end);
    // Without a glued contraction an ASCII word only needs lower-casing.
    const norm = end === runEnd && ascii(text, start, end) ? raw.toLowerCase() : normalize(raw);
    let breakBefore = false;
    let sentenceBefore = false;
    for (let g = gapStart; g < start; g++) {
      const code = text.charCodeAt(g);
      // A single space, the usual gap, is soft and ends nothing.
      if (code === 32) continue;
      const ch = text[g]!;
      if (!isSoftGap(ch)) breakBefore = true;
      if (isSentenceEnd(ch)) {
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

function ascii(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

/** Lower-case, straight apostrophes, no inner space before the apostrophe. */
export function normalize(raw: string): string {
  let out = raw.toLowerCase();
  if (out.includes(' ')) out = out.replace(/ /g, '');
  for (const ch of APOSTROPHES) if (ch !== "'" && out.includes(ch)) out = out.split(ch).join("'");
  return out;
}
