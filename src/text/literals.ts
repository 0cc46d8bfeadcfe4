/**
 * Which of many fixed strings occur in a text, in one pass: an Aho–Corasick automaton compiled to a
 * dense transition table over a small alphabet (the characters the strings use; every other
 * character is one "other" symbol that no string contains). Used to rule out cue regexes whose
 * required words are absent before any regex runs (src/text/cues.ts).
 */
export class LiteralScanner {
  readonly #alphabet = new Map<number, number>();
  /** The alphabet for code units below 2^16 as a table (0: not in any literal). */
  readonly #symbols = new Uint16Array(0x10000);
  readonly #width: number;
  /**
   * Transition table: state * width + symbol → next state. 16-bit when the states fit: the parent
   * cues' table is ~450 kB at 32 bits, and a scan walks it between other taggers' work, so its
   * size is cache misses.
   */
  readonly #next: Uint16Array | Int32Array;
  /** The literal ids that end at state s (including through failure links): #outputIds[#outputStart[s] .. #outputStart[s + 1]). */
  readonly #outputStart: Int32Array;
  readonly #outputIds: Int32Array;
  readonly count: number;

  constructor(literals: readonly string[]) {
    this.count = literals.length;
    for (const literal of literals) for (let i = 0; i < literal.length; i++) {
      const code = literal.charCodeAt(i);
      if (!this.#alphabet.has(code)) this.#alphabet.set(code, this.#alphabet.size + 1);
    }
    this.#width = this.#alphabet.size + 1; // symbol 0: a character no literal uses
    for (const [code, symbol] of this.#alphabet) this.#symbols[code] = symbol;
    // The trie, state 0 the root.
    const children: Map<number, number>[] = [new Map()];
    const outputs: number[][] = [[]];
    literals.forEach((literal, id) => {
      let state = 0;
      for (let i = 0; i < literal.length; i++) {
        const symbol = this.#alphabet.get(literal.charCodeAt(i))!;
        let next = children[state]!.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outputs.push([]);
          children[state]!.set(symbol, next);
        }
        state = next;
      }
      outputs[state]!.push(id);
    });
    // Breadth-first: failure links, then every missing transition filled from the failure state.
    const next = new Int32Array(children.length * this.#width);
    const fail = new Int32Array(children.length);
    const queue: number[] = [];
    for (const [symbol, child] of children[0]!) {
      next[symbol] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      outputs[state]!.push(...outputs[fail[state]!]!);
      for (let symbol = 0; symbol < this.#width; symbol++) {
        const child = children[state]!.get(symbol);
        if (child === undefined) {
          next[state * this.#width + symbol] = next[fail[state]! * this.#width + symbol]!;
        } else {
          fail[child] = next[fail[state]! * this.#width + symbol]!;
          next[state * this.#width + symbol] = child;
          queue.push(child);
        }
      }
    }
    this.#next = children.length <= 0xffff ? Uint16Array.from(next) : next;
    this.#outputStart = new Int32Array(outputs.length + 1);
    for (let state = 0; state < outputs.length; state++) this.#outputStart[state + 1] = this.#outputStart[state]! + outputs[state]!.length;
    this.#outputIds = Int32Array.from(outputs.flat());
  }

  /** found[id] is 1 when literal `id` occurs in `text`. */
  scan(text: string): Uint8Array {
    const found = new Uint8Array(this.count);
    const next = this.#next;
    const width = this.#width;
    const symbols = this.#symbols;
    const outputStart = this.#outputStart;
    const outputIds = this.#outputIds;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * width + symbols[text.charCodeAt(i)]!]!;
      const end = outputStart[state + 1]!;
      for (let k = outputStart[state]!; k < end; k++) found[outputIds[k]!] = 1;
    }
    return found;
  }
}

/**
 * Strings one of which every match of a regular-expression source contains, lower-cased, each at
 * least `minimum` characters long; null when the source offers none or uses syntax this reader
 * does not follow. Conservative: only characters that every match must spell out in a row count.
 * For each alternative the most selective choice is taken: its longest literal run, or a
 * mandatory group whose every option has one ("(?:could not|cannot) agree" needs "could not",
 * "cannot" or " agree").
 */
export function requiredLiterals(source: string, minimum = 2): string[] | null {
  const out: string[] = [];
  for (const alternative of splitTopLevel(source)) {
    const choice = sequenceRequirement(alternative, minimum);
    if (choice === null) return null;
    out.push(...choice);
  }
  return out.length > 0 ? [...new Set(out)] : null;
}

/** The best requirement of one alternative (no top-level '|'), or null. */
function sequenceRequirement(source: string, minimum: number): string[] | null {
  const candidates: string[][] = [];
  let run = '';
  const end = () => {
    if (run.length >= minimum) candidates.push([run.toLowerCase()]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    let atom: string;
    if (ch === '\\') {
      const n = source[i + 1];
      if (n === undefined) return null;
      if (/[A-Za-z0-9]/u.test(n)) {
        // \d, \s, \w, \b, \p{…}, \uXXXX…: not a literal character; skip what it spans.
        end();
        i = skipQuantifier(source, escapeEnd(source, i));
        continue;
      }
      atom = n;
      i += 2;
    } else if (ch === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return null;
      end();
      const after = skipQuantifier(source, close + 1);
      const quantifier = source.slice(close + 1, after);
      const mandatory = quantifier === '' || quantifier === '+' || quantifier === '+?' || /^\{[1-9]/u.test(quantifier);
      const lookaround = /^\(\?(?:[=!]|<[=!])/u.test(source.slice(i, i + 4));
      if (mandatory && !lookaround) {
        const body = source.slice(i + (source[i + 1] === '?' && source[i + 2] === ':' ? 3 : 1), close);
        if (!/^\?/u.test(body)) {
          const inner = requiredLiterals(body, minimum);
          if (inner) candidates.push(inner);
        }
      }
      i = after;
      continue;
    } else if (ch === '[') {
      const close = classEnd(source, i);
      if (close < 0) return null;
      end();
      i = skipQuantifier(source, close + 1);
      continue;
    } else if (ch === '.' || ch === '^' || ch === '$') {
      end();
      i = skipQuantifier(source, i + 1);
      continue;
    } else if ('|)]{}?*+'.includes(ch)) {
      return null;
    } else {
      atom = ch;
      i += 1;
    }
    const quantifier = source[i];
    if (quantifier === '?' || quantifier === '*') {
      end();
      i = skipQuantifier(source, i);
    } else if (quantifier === '+' || quantifier === '{') {
      // At least once ('+'), or at least n times ('{n,'): that many in a row are required.
      const times = quantifier === '+' ? 1 : Number(/^\{(\d+)/u.exec(source.slice(i))?.[1] ?? 0);
      run += atom.repeat(Math.min(times, 8));
      end();
      i = skipQuantifier(source, i);
    } else {
      run += atom;
    }
  }
  end();
  if (candidates.length === 0) return null;
  // Most selective: the choice whose shortest string is longest, then the fewest strings. A string
  // that is only a very common word (" the ", "for ") is in nearly every comment: it counts as short.
  const score = (set: string[]) => Math.min(...set.map(selectivity)) * 100 - set.length;
  return candidates.reduce((best, next) => (score(next) > score(best) ? next : best));
}

/**
 * The most frequent English words (the top of any general word-frequency list): a literal that is
 * one of them, with or without the spaces around it, rules out almost no text.
 */
const COMMON_WORDS = new Set(['it', 'is', 'to', 'of', 'in', 'on', 'so', 'my', 'no', 'be', 'do', 'if', 'or', 'at', 'the', 'and', 'for', 'not', 'you', 'that', 'this', 'with', 'from', 'but', 'what', 'who', 'was', 'are', 'have', 'they', 'his', 'her', 'she', 'all', 'one', 'just', 'can', 'out', 'about', 'there', 'their', 'will', 'would', 'like', 'more', 'some', 'when', 'how']);

/** How much a required string narrows the texts a cue is tried on: its length, or 1 for a common word. */
function selectivity(literal: string): number {
  return COMMON_WORDS.has(literal.trim()) ? 1 : literal.length;
}

/** The alternatives of a source at its top level. */
function splitTopLevel(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      const close = classEnd(source, i);
      if (close < 0) return [source];
      i = close;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** Past an escape that names a class or code point (\\d, \\p{L}, \\u00e9, \\x41). */
function escapeEnd(source: string, at: number): number {
  const n = source[at + 1];
  if ((n === 'p' || n === 'P') && source[at + 2] === '{') {
    const close = source.indexOf('}', at);
    return close < 0 ? source.length : close + 1;
  }
  if (n === 'u') return at + 6;
  if (n === 'x') return at + 4;
  return at + 2;
}

/** Index of the ')' closing the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      const close = classEnd(source, i);
      if (close < 0) return -1;
      i = close;
    } else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the ']' closing the class that opens at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** Past a quantifier (and its lazy '?') at `at`, if there is one. */
function skipQuantifier(source: string, at: number): number {
  let i = at;
  const ch = source[i];
  if (ch === '?' || ch === '*' || ch === '+') i++;
  else if (ch === '{') {
    const close = source.indexOf('}', i);
    if (close < 0) return i;
    i = close + 1;
  } else return i;
  if (source[i] === '?') i++;
  return i;
}
