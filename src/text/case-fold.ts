/**
 * Case-insensitive regexes are several times slower in V8 than case-sensitive ones. Most comments
 * are ASCII plus caseless punctuation (curly quotes, dashes, emoji), and for those texts a cue
 * regex with the `i` flag finds exactly the same matches as a rewritten, case-sensitive regex run
 * on the lower-cased text: lower-casing ASCII keeps every offset, and the rewrite lower-cases the
 * pattern's letters and gives every character class the lower-case twin of its upper-case letters.
 *
 * Why it is exact (for the flags the cues use, `i` without `u`): in that mode an ASCII letter only
 * ever matches itself in either case, never a non-ASCII character, and the whitelisted non-ASCII
 * characters below have no case relatives at all, so they match exactly themselves either way.
 * Anything the rewrite does not understand (back-references, `\c`, named groups) keeps the
 * original regex.
 */

/**
 * Code units with no case relatives (checked against V8's `i` matching in the tests): no-break
 * space, General Punctuation (dashes, curly quotes, ellipsis, invisible characters), emoji
 * variation selector, and surrogate halves (checked per text: see foldText).
 */
function caseless(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0xfe0f || (code >= 0xd800 && code <= 0xdfff);
}

/** The text lower-cased when the case-sensitive cue regexes may run on it instead, else null. */
export function foldText(text: string): string | null {
  let upper = false;
  let surrogates = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) upper = true;
      continue;
    }
    if (!caseless(code)) return null;
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
  }
  if (!upper && !surrogates) return text;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return null;
  // Astral letters with case (Deseret, Adlam…) change under toLowerCase: keep the original regexes.
  if (surrogates) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 128 && lower.charCodeAt(i) !== code) return null;
    }
  }
  return lower;
}

const HEX4 = /^[0-9a-fA-F]{4}$/u;
const HEX2 = /^[0-9a-fA-F]{2}$/u;

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function unit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * The source of a case-sensitive regex that matches lower-cased eligible text exactly as `source`
 * with the `i` flag matches the original, or null when the source holds syntax it does not handle.
 */
export function foldSource(source: string): string | null {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    const code = source.charCodeAt(i);
    if (ch === '\\') {
      const escape = readEscape(source, i);
      if (escape === null) return null;
      if (escape.kind === 'class') out += source.slice(i, escape.end);
      else out += isUpper(escape.code) ? String.fromCharCode(escape.code + 32) : source.slice(i, escape.end);
      i = escape.end;
      continue;
    }
    if (ch === '[') {
      const cls = readClass(source, i);
      if (cls === null) return null;
      out += cls.text;
      i = cls.end;
      continue;
    }
    // Named groups carry letters that are names, not text.
    if (ch === '(' && source.startsWith('(?<', i) && /[A-Za-z_$]/u.test(source[i + 3] ?? '')) return null;
    out += isUpper(code) ? String.fromCharCode(code + 32) : ch;
    i++;
  }
  try {
    new RegExp(out, 'g');
  } catch {
    return null;
  }
  return out;
}

type Escape = { kind: 'class'; end: number } | { kind: 'char'; code: number; end: number };

/** One escape at `at` (a backslash): a class escape (\d \s \w and their negations, \b \B) or one character. */
function readEscape(source: string, at: number, inClass = false): Escape | null {
  const n = source[at + 1];
  if (n === undefined) return null;
  if ('dDsSwW'.includes(n)) return { kind: 'class', end: at + 2 };
  if (n === 'b') return inClass ? { kind: 'char', code: 8, end: at + 2 } : { kind: 'class', end: at + 2 };
  if (n === 'B') return inClass ? null : { kind: 'class', end: at + 2 };
  if (n === 'c' || n === 'k' || (n >= '0' && n <= '9')) return null; // control letters, back-references, octal
  const controls: Record<string, number> = { f: 12, n: 10, r: 13, t: 9, v: 11 };
  if (controls[n] !== undefined) return { kind: 'char', code: controls[n]!, end: at + 2 };
  if (n === 'x') {
    const hex = source.slice(at + 2, at + 4);
    return HEX2.test(hex) ? { kind: 'char', code: parseInt(hex, 16), end: at + 4 } : null;
  }
  if (n === 'u') {
    const hex = source.slice(at + 2, at + 6);
    return HEX4.test(hex) ? { kind: 'char', code: parseInt(hex, 16), end: at + 6 } : null;
  }
  // Identity escape ("\?", "\.", "\-"): the character itself.
  return { kind: 'char', code: source.charCodeAt(at + 1), end: at + 2 };
}

/**
 * A character class rewritten item by item (every character as \\uXXXX, so nothing can turn into a
 * range by accident), plus the lower-case twin of every upper-case letter or range in it.
 */
function readClass(source: string, open: number): { text: string; end: number } | null {
  let i = open + 1;
  let negated = false;
  if (source[i] === '^') {
    negated = true;
    i++;
  }
  const parts: string[] = [];
  const twins: string[] = [];
  const addRange = (lo: number, hi: number) => {
    if (lo > hi) return false;
    parts.push(lo === hi ? unit(lo) : `${unit(lo)}-${unit(hi)}`);
    const a = Math.max(lo, 65);
    const b = Math.min(hi, 90);
    if (a <= b) twins.push(a === b ? unit(a + 32) : `${unit(a + 32)}-${unit(b + 32)}`);
    return true;
  };
  // In JS a ']' straight after '[' or '[^' closes an empty class.
  while (i < source.length && source[i] !== ']') {
    const first = readClassAtom(source, i);
    if (first === null) return null;
    i = first.end;
    if (source[i] === '-' && source[i + 1] !== ']' && i + 1 < source.length) {
      const second = readClassAtom(source, i + 1);
      if (second === null) return null;
      // "[\w-a]" is legal but odd; a range needs two characters here.
      if (first.kind === 'class' || second.kind === 'class') return null;
      if (!addRange(first.code, second.code)) return null;
      i = second.end;
      continue;
    }
    if (first.kind === 'class') parts.push(first.text);
    else addRange(first.code, first.code);
  }
  if (source[i] !== ']') return null;
  return { text: `[${negated ? '^' : ''}${parts.join('')}${twins.join('')}]`, end: i + 1 };
}

function readClassAtom(
  source: string,
  at: number,
): { kind: 'class'; text: string; end: number } | { kind: 'char'; code: number; end: number } | null {
  if (source[at] === '\\') {
    const escape = readEscape(source, at, true);
    if (escape === null) return null;
    return escape.kind === 'class' ? { kind: 'class', text: source.slice(at, escape.end), end: escape.end } : escape;
  }
  if (at >= source.length) return null;
  return { kind: 'char', code: source.charCodeAt(at), end: at + 1 };
}
