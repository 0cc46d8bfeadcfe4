/**
 * Cue lists are data: JSON files of `{ id, patterns|terms, label, weight, note, source }`, validated
 * here and compiled once. Patterns are plain regular expressions matched case-insensitively on word
 * boundaries; nested quantifiers are refused so every cue stays linear-time.
 */
import * as z from 'zod';
import { foldSource, foldText } from './case-fold.js';
import { LiteralScanner, requiredLiterals } from './literals.js';
import { escapeRegExp } from '../regexp.js';

export const CueEntry = z.lazy(() =>
  z
    .object({
      id: z.string().regex(/^[a-z0-9-]+$/u),
      label: z.string().min(1),
      patterns: z.array(z.string().min(1)).optional(),
      terms: z.array(z.string().min(1)).optional(),
      weight: z.number().min(-2).max(2),
      /** `start`: only as the opening words of the text (after @handles); `end`: only as its last words. */
      position: z.enum(['any', 'start', 'end']).default('any'),
      note: z.string(),
      source: z.string(),
      /** Texts the cue must find, and texts it must leave alone: checked by the cue files' tests. */
      examples: z.array(z.string().min(1)).optional(),
      counterExamples: z.array(z.string().min(1)).optional(),
    })
    .refine((cue) => (cue.patterns?.length ?? 0) + (cue.terms?.length ?? 0) > 0, 'a cue needs patterns or terms'),
);
export type CueEntry = z.infer<typeof CueEntry>;

export const CueFile = z.lazy(() =>
  z.object({
    version: z.string().regex(/^\d+\.\d+\.\d+$/u),
    description: z.string(),
    cues: z.array(CueEntry),
  }),
);
export type CueFile = z.infer<typeof CueFile>;

export interface CompiledCue {
  id: string;
  label: string;
  weight: number;
  position: 'any' | 'start' | 'end';
  regex: RegExp;
  /** The same pattern, sticky: a `start` cue is tried once, at the opening offset only. */
  sticky: RegExp;
  /** `regex` and `sticky` made case-sensitive, for lower-cased text (see case-fold.ts); absent: none. */
  folded?: { regex: RegExp; sticky: RegExp } | null;
  /**
   * Lower-case strings one of which every match contains (src/text/literals.ts), or null when some
   * alternative offers none: then the cue is always tried.
   */
  required?: string[] | null;
  /**
   * The pattern's alternatives (apostrophes widened) and, per alternative, the strings one of which
   * its every match contains (null: none known). A text holding the strings of only some
   * alternatives is matched by a regex of those alternatives alone (see `narrowed`).
   */
  alternatives?: { patterns: string[]; literals: (string[] | null)[] };
}

/** A cue's regexes: the whole pattern's, or one alternative's. */
type CueRegexes = Pick<CompiledCue, 'regex' | 'sticky' | 'folded'>;

/**
 * A cue list with its literal scanner: one pass over a text's lower-cased form (foldText), or its
 * case key when it has cased letters outside ASCII (`presentIn`), says which cues could match at
 * all, so the regexes of the others never run.
 */
export interface CueList {
  cues: CompiledCue[];
  scanner: LiteralScanner;
  /** Per cue, the scanner ids of its required strings; null: always tried. */
  literals: (number[] | null)[];
  /** Per cue, per alternative, the scanner ids of the alternative's strings; null: always tried. */
  alternativeLiterals: ((number[] | null)[] | null)[];
  /** Per cue, its alternatives in the order its joined pattern tries them (see `joinWithBoundaries`); null: not narrowed. */
  matchOrder: (number[] | null)[];
  /** Per cue, per alternative, the alternative's own regexes, made on first need (see `narrowed`). */
  alternativeRegexes: (CueRegexes | undefined)[][];
  /** Scanner ids of the strings a text's case key cannot rule out (see `caseKey`): taken as present in texts with cased non-ASCII letters. */
  keyless: number[];
}

export function cueList(cues: CompiledCue[]): CueList {
  const strings: string[] = [];
  const idOf = (literal: string) => strings.push(literal) - 1;
  const literals = cues.map((cue) => (cue.required ? cue.required.map(idOf) : null));
  const alternativeLiterals = cues.map((cue) => cue.alternatives?.literals.map((each) => (each ? each.map(idOf) : null)) ?? null);
  const keyless = strings.flatMap((literal, id) => (keyReadable(literal) ? [] : [id]));
  const matchOrder = cues.map((cue) => (cue.alternatives ? joinOrder(cue.alternatives.patterns) : null));
  return { cues, scanner: new LiteralScanner(strings), literals, alternativeLiterals, matchOrder, alternativeRegexes: cues.map(() => []), keyless };
}

/**
 * Which of the list's strings a text may hold, for the scan that rules cues out. A text foldText
 * lower-cases is scanned as such; any other (a letter with case outside ASCII: 'é', 'Ж', 'İ') by
 * its case key, with the strings the key cannot read taken as present: before, such a text ran
 * every cue's whole regex.
 */
function presentIn(list: CueList, text: string, lower: string | null): Uint8Array {
  if (lower !== null) return list.scanner.scan(lower);
  const present = list.scanner.scan(caseKey(text));
  for (const id of list.keyless) present[id] = 1;
  return present;
}

/**
 * The case key of a text: each character's `i`-flag class (a regex without `u` matches two
 * characters case-insensitively exactly when their Canonicalize, ECMA-262 22.2.2.7.3, is equal:
 * the upper case of the character when that is one code unit and does not turn a non-ASCII
 * character into ASCII, else the character itself) written as that class's lower case. Characters
 * an `i` regex matches alike get the same key, so a cue string (lower-cased from the pattern)
 * every match holds is in the key of any text the cue matches, when the string reads as its own
 * key (`keyReadable`). Offsets are not kept (one character may key to two): the key only rules
 * cues out.
 */
export function caseKey(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) {
        out += text.slice(from, i) + String.fromCharCode(code + 32);
        from = i + 1;
      }
      continue;
    }
    const key = keyOfUnit(code);
    if (key.length === 1 && key.charCodeAt(0) === code) continue;
    out += text.slice(from, i) + key;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Keys of non-ASCII code units, by unit (at most 65,536 short strings). */
const UNIT_KEYS = new Map<number, string>();

function keyOfUnit(code: number): string {
  let key = UNIT_KEYS.get(code);
  if (key === undefined) {
    const unit = String.fromCharCode(code);
    const upper = unit.toUpperCase();
    const canonical = upper.length === 1 && !(code >= 128 && upper.charCodeAt(0) < 128) ? upper : unit;
    UNIT_KEYS.set(code, (key = canonical.toLowerCase()));
  }
  return key;
}

/**
 * Whether a cue string is its own case key, so a text's key holds it whenever a match does:
 * ASCII, and non-ASCII characters that are the lower case of their class ('é', 'ж'; not 'ς',
 * whose class Σ keys as 'σ', nor 'µ', keyed 'μ').
 */
function keyReadable(literal: string): boolean {
  for (let i = 0; i < literal.length; i++) {
    const code = literal.charCodeAt(i);
    if (code >= 128 && keyOfUnit(code) !== literal[i]) return false;
  }
  return true;
}

/**
 * The cue's regexes for a text whose literal scan is `present`: when some alternatives need
 * strings the text lacks, the regexes of the other alternatives, each alone, in the order the
 * joined pattern tries them. Exact: an alternative that cannot match anywhere in the text never
 * decides a match, and a joined pattern finds at each offset the first of its alternatives that
 * matches there (`firstAt`, `eachMatch`). Each alternative's regexes are made once: a cache of
 * the subsets texts hold (one regex per subset) met ever new subsets as a run went on and
 * recompiled most of them (issue 17: 1,966 compiles over a worker's first 40 pages, 453 on the
 * same pages again); the alternatives are a fixed, small set (about 1,000 in all cue lists).
 */
function narrowed(list: CueList, c: number, present: Uint8Array): CueRegexes | CueRegexes[] {
  const cue = list.cues[c]!;
  const perAlternative = list.alternativeLiterals[c];
  const order = list.matchOrder[c];
  if (!perAlternative || !cue.alternatives || !order) return cue;
  let all = true;
  const chosen: number[] = [];
  for (const a of order) {
    const ids = perAlternative[a]!;
    if (ids === null || anyPresent(ids, present)) chosen.push(a);
    else all = false;
  }
  if (all) return cue;
  const made = list.alternativeRegexes[c]!;
  const regexes = chosen.map((a) => (made[a] ??= compilePattern(withBoundaries(cue.alternatives!.patterns[a]!))));
  return regexes.length === 1 ? regexes[0]! : regexes;
}

/** The first of the alternatives (in match order) that matches at `at`, as their joined sticky regex finds it. */
function firstAt(alternatives: CueRegexes[], text: string, lower: string | null, at: number): RegExpExecArray | null {
  for (const alternative of alternatives) {
    const fast = lower !== null && alternative.folded ? alternative.folded : null;
    const sticky = fast ? fast.sticky : alternative.sticky;
    sticky.lastIndex = at;
    const match = sticky.exec(fast ? lower! : text);
    if (match) return match;
  }
  return null;
}

/**
 * The matches a joined global regex of the alternatives finds from `from` on, skipping empty
 * ones as matchCues does: at each step the leftmost of the alternatives' next matches, the first
 * alternative's on a tie. Each alternative's next match is kept while it lies ahead.
 */
function* eachMatch(alternatives: CueRegexes[], text: string, lower: string | null, from: number): Generator<[start: number, end: number]> {
  const next: (RegExpExecArray | null | undefined)[] = alternatives.map(() => undefined);
  for (let at = from; ; ) {
    let best = -1;
    for (let k = 0; k < alternatives.length; k++) {
      let match = next[k];
      if (match === undefined || (match !== null && match.index < at)) {
        const alternative = alternatives[k]!;
        const fast = lower !== null && alternative.folded ? alternative.folded : null;
        const regex = fast ? fast.regex : alternative.regex;
        regex.lastIndex = at;
        next[k] = match = regex.exec(fast ? lower! : text);
      }
      if (match && (best < 0 || match.index < next[best]!.index)) best = k;
    }
    if (best < 0) return;
    const { index } = next[best]!;
    const length = next[best]![0].length;
    if (length > 0) yield [index, index + length];
    at = index + Math.max(1, length);
  }
}

/** Whether the literal scan found any of these strings (a plain loop: `some` made a closure per call). */
function anyPresent(ids: readonly number[], present: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (present[ids[k]!] === 1) return true;
  return false;
}

export interface CueMatch {
  cue: CompiledCue;
  text: string;
  start: number;
  end: number;
}

/** How far before the end of the words an `end` cue may start. */
const END_WINDOW = 60;

const NESTED_QUANTIFIER = /[+*}]\)[+*{]|\\\d/u;
/** `\p{L}` not after an escaped backslash: the cue regexes have no u flag, so it would silently match 'p{L}'. */
const PROPERTY_ESCAPE = /(?<!\\)(?:\\\\)*\\[pP]\{/u;

export function compileCues(file: unknown, name: string): { version: string; cues: CompiledCue[] } {
  const parsed = CueFile.parse(file);
  const ids = new Set<string>();
  const cues = parsed.cues.map((cue) => {
    if (ids.has(cue.id)) throw new Error(`${name}: duplicate cue id ${cue.id}`);
    ids.add(cue.id);
    const alternatives = [...(cue.patterns ?? []), ...(cue.terms ?? []).map(escapeTerm)].map(eitherApostrophe);
    for (const pattern of alternatives) {
      if (NESTED_QUANTIFIER.test(pattern)) throw new Error(`${name}: cue ${cue.id} has a nested quantifier: ${pattern}`);
      if (PROPERTY_ESCAPE.test(pattern)) throw new Error(`${name}: cue ${cue.id} uses a Unicode property escape, which without the u flag (see WORD_CHAR) matches the letters 'p{…}': ${pattern}`);
    }
    const literals = alternatives.map((alternative) => requiredLiterals(alternative));
    return {
      id: cue.id,
      label: cue.label,
      weight: cue.weight,
      position: cue.position,
      ...compilePattern(joinWithBoundaries(alternatives)),
      required: literals.every((literal) => literal !== null) ? [...new Set((literals as string[][]).flat())] : null,
      alternatives: { patterns: alternatives, literals },
    };
  });
  return { version: parsed.version, cues };
}

function compilePattern(source: string): CueRegexes {
  return { regex: new RegExp(source, 'gi'), sticky: new RegExp(source, 'iy'), folded: foldedRegexes(source) };
}

function foldedRegexes(source: string): CompiledCue['folded'] {
  const folded = foldSource(source);
  return folded === null ? null : { regex: new RegExp(folded, 'g'), sticky: new RegExp(folded, 'y') };
}

/**
 * Letters and digits of the Latin, Greek and Cyrillic blocks. Spelled out rather than \\p{L} so the
 * cue regexes can run without the /u flag, which V8 matches several times faster.
 */
const WORD_CHAR = '[0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';

/** Alternatives bounded on both sides share one pair of boundary checks, which V8 scans much faster. */
function joinWithBoundaries(alternatives: string[]): string {
  const both = alternatives.filter((a) => needsBefore(a) && needsAfter(a));
  const rest = alternatives.filter((a) => !(needsBefore(a) && needsAfter(a)));
  const parts = both.length > 0 ? [`(?<!${WORD_CHAR})(?:${both.join('|')})(?!${WORD_CHAR})`] : [];
  return [...parts, ...rest.map(withBoundaries)].join('|');
}

/** The alternatives' indices in the order joinWithBoundaries puts them: those bounded on both sides first. */
function joinOrder(alternatives: string[]): number[] {
  const both = (a: string) => needsBefore(a) && needsAfter(a);
  const indices = alternatives.map((_, a) => a);
  return [...indices.filter((a) => both(alternatives[a]!)), ...indices.filter((a) => !both(alternatives[a]!))];
}

function needsBefore(pattern: string): boolean {
  return !/^(?:\\[^pwd]|[^\p{L}\p{N}(\\])/u.test(pattern);
}

function needsAfter(pattern: string): boolean {
  return !/(?:\\[^pwd]|[!.,:;])(?:\{\d*,?\d*\}|[+*?])?$/u.test(pattern);
}

/** Word boundaries that also work for non-ASCII letters, only on sides that start or end with a word character. */
function withBoundaries(pattern: string): string {
  const before = needsBefore(pattern) ? `(?<!${WORD_CHAR})` : '';
  const after = needsAfter(pattern) ? `(?!${WORD_CHAR})` : '';
  return `${before}(?:${pattern})${after}`;
}

/**
 * A straight apostrophe in a pattern also matches the typographic one: scraped pages write
 * "don’t" as often as "don't". Only apostrophes outside character classes are rewritten.
 */
export function eitherApostrophe(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      out += ch + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch === "'" && !inClass ? "['’]" : ch;
  }
  return out;
}

function escapeTerm(term: string): string {
  return escapeRegExp(term).replace(/ /gu, '\\s+');
}

/**
 * Every cue match in `text`, honouring each cue's position. With a CueList, cues whose required
 * strings are all absent from the text's lower-cased form or case key are skipped: they could not
 * match (see `presentIn`).
 */
export function matchCues(list: CompiledCue[] | CueList, text: string): CueMatch[] {
  const cues = Array.isArray(list) ? list : list.cues;
  const out: CueMatch[] = [];
  // Computed on first need: most cue lists have no `start` or no `end` cue.
  let opening = -1;
  let closing = -1;
  let vocative: number | null | undefined;
  let lower: string | null | undefined;
  let present: Uint8Array | null | undefined;
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!;
    // The case-sensitive twin on lower-cased text finds the same matches, faster (case-fold.ts).
    if (lower === undefined) lower = foldText(text);
    if (present === undefined) present = Array.isArray(list) ? null : presentIn(list, text, lower);
    const needed = present && !Array.isArray(list) ? list.literals[c] : null;
    if (needed && !anyPresent(needed, present!)) continue;
    const regexes = present && !Array.isArray(list) ? narrowed(list, c, present) : cue;
    const fast = lower !== null && !Array.isArray(regexes) && regexes.folded ? regexes.folded : null;
    const subject = fast ? lower! : text;
    if (cue.position === 'start') {
      if (vocative === undefined) {
        opening = openingOffset(text);
        vocative = afterVocative(text, opening);
      }
      for (const at of vocative === null ? [opening] : [opening, vocative]) {
        let match: RegExpExecArray | null;
        if (Array.isArray(regexes)) match = firstAt(regexes, text, lower, at);
        else {
          const sticky = fast ? fast.sticky : regexes.sticky;
          sticky.lastIndex = at;
          match = sticky.exec(subject);
        }
        if (match && match[0].length > 0) {
          out.push({ cue, text: text.slice(at, at + match[0].length), start: at, end: at + match[0].length });
          break;
        }
      }
      continue;
    }
    if (cue.position === 'end' && closing < 0) closing = closingOffset(text);
    // exec with lastIndex, not matchAll: matchAll clones the regex on every call. An `end` cue
    // only needs the last stretch of the text.
    const from = cue.position === 'end' ? Math.max(0, closing - END_WINDOW) : 0;
    if (Array.isArray(regexes)) {
      for (const [start, end] of eachMatch(regexes, text, lower, from)) {
        if (cue.position === 'end' && !/^[\s\p{P}\p{S}]*$/u.test(text.slice(end, closing))) continue;
        out.push({ cue, text: text.slice(start, end), start, end });
      }
      continue;
    }
    const regex = fast ? fast.regex : regexes.regex;
    regex.lastIndex = from;
    for (let match = regex.exec(subject); match !== null; match = regex.exec(subject)) {
      if (match[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = match.index;
      const end = start + match[0].length;
      if (cue.position === 'end' && !/^[\s\p{P}\p{S}]*$/u.test(text.slice(end, closing))) continue;
      out.push({ cue, text: fast ? text.slice(start, end) : match[0], start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where a reply's own words begin after a vocative: "Manthong, exactly.", "@Paul Greaves Exactly.",
 * "Gus, what studies?". Returns null when the text opens with no form of address.
 */
export function afterVocative(text: string, opening: number): number | null {
  const head = text.slice(opening, opening + 60);
  const named = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}\s*[,:—–]\s*/u.exec(head);
  if (named) return opening + named[0].length;
  // A Disqus-style "@First Last" handle: the surname follows the handle after a space.
  if (opening > 0 && text[text.lastIndexOf('@', opening)] === '@') {
    const surname = /^\p{Lu}\p{Ll}+\s+(?=\p{Lu})/u.exec(head);
    if (surname) return opening + surname[0].length;
  }
  return null;
}

/**
 * Capital vowels of the Latin, Greek and Cyrillic scripts, with any diacritic ('É', 'Ö', 'Ё', 'Ά'),
 * and 'Y' (Spanish 'Y, …'): every other capital before a comma is a consonant, an initial in any
 * script ('@jan Ł, jak długo?', '@oleg Б, сколько?').
 */
const CAPITAL_VOWELS = ((bases) => {
  let vowels = '';
  for (let code = 0x41; code < 0x530; code++) {
    const letter = String.fromCharCode(code);
    if (/\p{Lu}/u.test(letter) && bases.includes(letter.normalize('NFD')[0]!)) vowels += letter;
  }
  return vowels;
})('AEIOUYÆØŒΑΕΗΙΟΥΩАЕИОУЫЭЮЯІЄ');
const OPENING_LEAD = new RegExp(String.raw`^(?:@[\w.]+(?:\s(?:(?!I\.)\p{Lu}\.|(?![${CAPITAL_VOWELS}])\p{Lu},)(?=\s))?|RT\b|MT\b|[\s\p{P}\p{S}])*`, 'u');

/**
 * Where the words of a text begin: after leading @handles, "RT", quote marks and punctuation. A
 * handle may carry the initial of a surname ('@Laia R. Fair point', '@Ayesha R, how long?'): the
 * initial is part of the name, not the reply's first word (not a lone 'I', which is one). Before a
 * comma only a consonant is an initial: a vowel alone is a word in many languages ('@joao É, mas …',
 * '@ana A, sim', Spanish 'Y, además'), and a name's initial is mostly written with its full stop.
 */
export function openingOffset(text: string): number {
  const lead = OPENING_LEAD.exec(text.length > 2000 ? text.slice(0, 2000) : text);
  return lead ? lead[0].length : 0;
}


/** Where the words of a text end: before trailing links, #tags, @handles and emoji (a backwards token scan). */
function closingOffset(text: string): number {
  let end = text.length;
  for (;;) {
    while (end > 0 && /[\s\p{S}]/u.test(text[end - 1]!)) end--;
    let start = end;
    while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
    const word = text.slice(start, end);
    if (word.length === 0 || !/^(?:https?:\/\/|[#@])/u.test(word)) return end;
    end = start;
  }
}
