/**
 * A small pattern language over clause units, so clause frames are data ("$group #adv* #be
 * #adv* neg=#neg? #det* pred=@judgement"). Elements:
 *   $group  a target naming a protected group        $target  any target (a group, a pronoun, a person)
 *   #tag    a closed word class (data/words.json)    @role    a meaning role, or @insult, @profane,
 *   word    the word itself; a|b either               @judgement (any derogatory or praising predicate)
 *   _       any one unit                              ~elem    any one unit that is not elem
 *   !elem   zero width: the next unit is not elem (or the clause ends)
 * Quantifiers ? * + {m,n} follow an element or a ( … | … ) group (a trailing ~ makes an element's
 * repeat possessive: it gives nothing back); `name=` captures what matched.
 * Matching is bounded backtracking: every repetition has a small cap, so a match is linear in
 * the clause for a fixed pattern.
 */

/** What a pattern element tests one unit for. */
export type UnitTest = (at: number) => boolean;

export interface TestFactory {
  /** `$group`, `#be`, `@dehumanising`, `like` … as a test; throws on an unknown name. */
  element(text: string): UnitTest;
}

type Node =
  | { kind: 'unit'; test: UnitTest; min: number; max: number; capture?: string; possessive?: boolean }
  | { kind: 'not-ahead'; test: UnitTest }
  | { kind: 'group'; alternatives: Node[][]; min: number; max: number; capture?: string; firsts: (UnitTest | undefined)[] };

export interface CompiledPattern {
  source: string;
  nodes: Node[];
}

export interface PatternMatch {
  start: number;
  /** Exclusive. */
  end: number;
  captures: Record<string, { start: number; end: number }>;
}

/** Repetition cap for * and +: clause parts between a group and its predicate are short. */
const STAR_MAX = 4;

export function compilePattern(source: string, factory: TestFactory): CompiledPattern {
  const tokens = tokenizePattern(source);
  let k = 0;
  const parseSequence = (): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (k < tokens.length) {
      const token = tokens[k]!;
      if (token.startsWith(')')) return alternatives;
      k++;
      if (token === '|') {
        alternatives.push([]);
        continue;
      }
      const current = alternatives[alternatives.length - 1]!;
      if (token.endsWith('(')) {
        const inner = parseSequence();
        const close = tokens[k++];
        if (close === undefined || !close.startsWith(')')) throw new Error(`pattern "${source}": unclosed group`);
        const [min, max] = quantifier(close.slice(1));
        const capture = token.length > 1 ? token.slice(0, -2) : undefined;
        // What each alternative's first unit passes: a position none can start is passed over without trying them.
        const firsts = inner.map((alternative) => sequenceFirst(alternative, 0));
        current.push({ kind: 'group', alternatives: inner, min, max, capture, firsts });
        continue;
      }
      if (token.startsWith('!')) {
        current.push({ kind: 'not-ahead', test: factory.element(token.slice(1)) });
        continue;
      }
      const element = splitElement(token);
      const [min, max] = quantifier(element.quantifier);
      current.push({ kind: 'unit', test: factory.element(element.body), min, max, capture: element.capture, possessive: element.possessive });
    }
    return alternatives;
  };
  const top = parseSequence();
  if (k < tokens.length || top.length !== 1) throw new Error(`pattern "${source}": stray ")" or top-level "|"`);
  return { source, nodes: top[0]! };
}

/** One element token's parts: "act=kill|shoot?" is capture "act", body "kill|shoot", quantifier "?". */
export function splitElement(token: string): { capture?: string; body: string; quantifier: string; possessive: boolean } {
  const m = /^(?:(\w+)=)?(.+?)(\?|\*|\+|\{\d+,\d+\})?(~)?$/.exec(token)!;
  return { capture: m[1], body: m[2]!, quantifier: m[3] ?? '', possessive: m[4] === '~' };
}

/**
 * Words split on spaces; "(" and "name=(" peel off a word's front, ")" with a quantifier off its
 * back. A lone "|" separates alternatives of a group; "a|b" inside a word is one element.
 */
export function tokenizePattern(source: string): string[] {
  const out: string[] = [];
  for (let word of source.trim().split(/\s+/)) {
    let open: RegExpExecArray | null;
    while ((open = /^(\w+=)?\(/.exec(word))) {
      out.push(open[0]);
      word = word.slice(open[0].length);
    }
    const closers: string[] = [];
    let close: RegExpExecArray | null;
    while ((close = /\)(\?|\*|\+|\{\d+,\d+\})?$/.exec(word))) {
      closers.unshift(close[0]);
      word = word.slice(0, close.index);
    }
    if (word) out.push(word);
    out.push(...closers);
  }
  return out;
}

function quantifier(q: string): [number, number] {
  if (q === '?') return [0, 1];
  if (q === '*') return [0, STAR_MAX];
  if (q === '+') return [1, STAR_MAX];
  const m = /^\{(\d+),(\d+)\}$/.exec(q);
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
}

/**
 * A test every match's first unit passes (the union of what can start the pattern), or undefined
 * when the pattern could start with anything. Frame sets skip a start position that fails it, so
 * most frames cost one lookup per word.
 */
export function firstTest(pattern: CompiledPattern): UnitTest | undefined {
  return sequenceFirst(pattern.nodes, 0);
}

function sequenceFirst(nodes: readonly Node[], i: number): UnitTest | undefined {
  const node = nodes[i];
  if (!node) return undefined; // the rest may match nothing: no filter
  if (node.kind === 'not-ahead') return sequenceFirst(nodes, i + 1);
  const own = node.kind === 'unit' ? node.test : groupFirst(node.alternatives);
  if (!own) return undefined;
  if (node.min >= 1) return own;
  const rest = sequenceFirst(nodes, i + 1);
  return rest ? (at) => own(at) || rest(at) : undefined;
}

/**
 * The words every match's first unit is one of, when each way `firstTest` can pass is a word
 * list (`wordsOf` names a test's words, undefined for any other test); undefined otherwise.
 * Mirrors `sequenceFirst`, so a unit outside the set never passes `firstTest`: a frame set can
 * look a unit's word up once instead of running such tests one by one.
 */
export function firstWords(pattern: CompiledPattern, wordsOf: (test: UnitTest) => ReadonlySet<string> | undefined): Set<string> | undefined {
  return sequenceWords(pattern.nodes, 0, wordsOf);
}

function sequenceWords(nodes: readonly Node[], i: number, wordsOf: (test: UnitTest) => ReadonlySet<string> | undefined): Set<string> | undefined {
  const node = nodes[i];
  if (!node) return undefined;
  if (node.kind === 'not-ahead') return sequenceWords(nodes, i + 1, wordsOf);
  let own: Set<string> | undefined;
  if (node.kind === 'unit') {
    const words = wordsOf(node.test);
    own = words && new Set(words);
  } else {
    own = new Set();
    for (const alternative of node.alternatives) {
      const words = sequenceWords(alternative, 0, wordsOf);
      if (!words) return undefined;
      for (const w of words) own.add(w);
    }
  }
  if (!own) return undefined;
  if (node.min >= 1) return own;
  const rest = sequenceWords(nodes, i + 1, wordsOf);
  if (!rest) return undefined;
  for (const w of rest) own.add(w);
  return own;
}

function groupFirst(alternatives: readonly Node[][]): UnitTest | undefined {
  const tests: UnitTest[] = [];
  for (const alternative of alternatives) {
    const test = sequenceFirst(alternative, 0);
    if (!test) return undefined;
    tests.push(test);
  }
  return tests.length === 1 ? tests[0] : anyOf(tests);
}

/** Passes when any test does (a loop, not Array.some: no closure per call). */
export function anyOf(tests: readonly UnitTest[]): UnitTest {
  return (at) => {
    for (let k = 0; k < tests.length; k++) if (tests[k]!(at)) return true;
    return false;
  };
}

type Captures = PatternMatch['captures'];
type Continue = (at: number) => number;

/**
 * The first match starting exactly at `start` and not running past `limit`: greedy, with full
 * backtracking (each element tries its longest run first). Captures name unit ranges.
 */
export function matchAt(pattern: CompiledPattern, start: number, limit: number): PatternMatch | undefined {
  const captures: Captures = {};
  const end = sequence(pattern.nodes, 0, start, limit, captures, matchEnd);
  return end < 0 ? undefined : { start, end, captures };
}

/** The continuation at the end of a whole pattern: the match ends where it got to. */
const matchEnd: Continue = (at) => at;

/*
 * sequence() allocates nothing itself: the closures a group needs live in repeatGroup, so the
 * unit and lookahead steps (most of every match) do not pay for a heap-allocated context per call.
 */
function sequence(nodes: Node[], i: number, at: number, limit: number, captures: Captures, next: Continue): number {
  if (i === nodes.length) return next(at);
  const node = nodes[i]!;
  if (node.kind === 'not-ahead') {
    // Zero width: the next unit (if any, inside the clause) must not pass.
    if (at < limit && node.test(at)) return -1;
    return sequence(nodes, i + 1, at, limit, captures, next);
  }
  if (node.kind === 'unit') {
    let count = 0;
    while (count < node.max && at + count < limit && node.test(at + count)) count++;
    // A possessive repeat ("#det*~") keeps every unit it took: no giving back to what follows.
    const least = node.possessive ? count : node.min;
    for (let n = count; n >= least && n >= node.min; n--) {
      const end = sequence(nodes, i + 1, at + n, limit, captures, next);
      if (end >= 0) {
        if (node.capture && n > 0) captures[node.capture] = { start: at, end: at + n };
        return end;
      }
    }
    return -1;
  }
  // No alternative can take a unit here (the common case): the group repeats zero times.
  if (!startsAt(node, -1, at, limit)) return node.min > 0 ? -1 : sequence(nodes, i + 1, at, limit, captures, next);
  return repeatGroup(node, nodes, i, at, limit, captures, next);
}

/**
 * Whether alternative `k` of a group (any of them, for -1) could match one unit or more at `pos`:
 * an alternative that matches nothing never counts as a repeat, and one that takes a unit takes
 * one passing its first test.
 */
function startsAt(node: GroupNode, k: number, pos: number, limit: number): boolean {
  if (k >= 0) {
    if (node.alternatives[k]!.length === 0) return false;
    const first = node.firsts[k];
    return first === undefined || (pos < limit && first(pos));
  }
  for (let a = 0; a < node.alternatives.length; a++) if (startsAt(node, a, pos, limit)) return true;
  return false;
}

type GroupNode = Extract<Node, { kind: 'group' }>;

/** A ( … | … ) group at nodes[i], repeated greedily from `at`, then the rest of the sequence. */
function repeatGroup(node: GroupNode, nodes: Node[], i: number, at: number, limit: number, captures: Captures, next: Continue): number {
  const repeat = (done: number, pos: number): number => {
    if (done < node.max && startsAt(node, -1, pos, limit)) {
      const again: Continue = (after) => (after > pos ? repeat(done + 1, after) : -1);
      for (let k = 0; k < node.alternatives.length; k++) {
        if (!startsAt(node, k, pos, limit)) continue;
        const end = sequence(node.alternatives[k]!, 0, pos, limit, captures, again);
        if (end >= 0) return end;
      }
    }
    if (done < node.min) return -1;
    const end = sequence(nodes, i + 1, pos, limit, captures, next);
    if (end >= 0 && node.capture && pos > at) captures[node.capture] = { start: at, end: pos };
    return end;
  };
  return repeat(0, at);
}
