/**
 * Clause frames as data: a pattern over chunks (see pattern.ts) with the kind of finding it
 * makes, the checks its matches must pass, a note, and examples a generic test runs (each
 * example must fire the frame, each counter-example must not). Taggers compile their frame file
 * once and run every frame at every chunk its first element can match.
 */
import * as z from 'zod';
import { ROLE, ROLES, type Role } from '../meaning/index.js';
import type { Chunk } from './chunks.js';
import { anyOf, compilePattern, firstTest, firstWords, matchAt, type CompiledPattern, type TestFactory, type UnitTest } from './pattern.js';
import type { Unit } from './view.js';
import { TAG, TAG_NAMES, type TagName } from './words.js';

export const Frame = z.lazy(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    kind: z.string().min(1),
    pattern: z.string().min(1),
    /** Checks beyond the defaults (not quoted, not reported): see clause/checks.ts. */
    checks: z.array(z.enum(['not-negated', 'negated', 'speaker', 'not-attributed', 'not-hypothetical', 'clause-start', 'active-voice', 'group-not-harmed', 'no-determiner-before'])).default([]),
    /** `sentence`: the match may run over commas ("If I were one, I would …"); default one clause. */
    scope: z.enum(['clause', 'sentence']).default('clause'),
    note: z.string().min(1),
    examples: z.array(z.string().min(1)).min(1),
    counterExamples: z.array(z.string().min(1)).default([]),
  }),
);
export type Frame = z.output<typeof Frame>;

export const FrameFile = z.lazy(() =>
  z.strictObject({
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    description: z.string(),
    /** Named pattern parts a frame writes as {NAME}: one definition of "an act of harm on a target". */
    macros: z.record(z.string().regex(/^[A-Z][A-Z-]*$/), z.string()).default({}),
    frames: z.array(Frame).min(1),
  }),
);

export interface CompiledFrame extends Frame {
  compiled: CompiledPattern;
  /** What the first unit of any match passes (undefined: anything may start it). */
  first: UnitTest | undefined;
}

export interface FrameMatch {
  frame: CompiledFrame;
  /** Chunk range of the match. */
  start: number;
  end: number;
  captures: Record<string, { start: number; end: number }>;
}

/** Roles and composites a pattern can name with @. */
const COMPOSITE: Record<string, (u: Unit) => boolean> = {
  insult: (u) => u.insult,
  profane: (u) => u.profane,
  derog: (u) => (u.roles & (ROLE.dehumanising | ROLE['negative-attribute'] | ROLE['negative-person'])) !== 0 || u.insult,
};

/** Element tests, and the words of those that test only a unit's word ("no|zero"). */
interface FrameTests extends TestFactory {
  words(test: UnitTest): ReadonlySet<string> | undefined;
}

/**
 * The chunk sequence the tests read, set per text (`FrameSet.readOver`), with each chunk's first
 * unit: tests ask it at every chunk for every frame, so it is one array read, not two lookups.
 */
interface ChunkReading {
  chunks: readonly Chunk[];
  heads: readonly Unit[];
}

/** Builds the element tests for one chunk sequence. An element "a|#be|@harm-verb" passes when any part does. */
function factory(reading: ChunkReading): FrameTests {
  const first = (at: number) => reading.heads[at]!;
  const chunks = () => reading.chunks;
  // A group or pronoun target is opaque to word tests; a person noun or name is still a word ("the criminal").
  const opaque = (at: number) => {
    const via = chunks()[at]!.target?.via;
    return via === 'named' || via === 'pronoun';
  };
  const plain = (test: (u: Unit) => boolean): UnitTest => (at) => !opaque(at) && test(first(at));
  const part = (text: string): UnitTest => {
    if (text === '_') return () => true;
    if (text.startsWith('$')) return targetTest(text, chunks);
    // A group adjective that names no person here ("immigrant vermin"), even when it is also a noun.
    if (text === '%gadj')
      return (at) => {
        const c = chunks()[at]!;
        const u = first(at);
        return u.groupAdjective !== undefined && (!c.target || (c.target.via === 'named' && c.to - c.from === u.groupSpan));
      };
    if (text.startsWith('#')) {
      const name = text.slice(1);
      if (!(TAG_NAMES as readonly string[]).includes(name)) throw new Error(`unknown word class #${name}`);
      const bit = TAG[name as TagName];
      return (at) => (first(at).tags & bit) !== 0;
    }
    if (text.startsWith('@')) {
      const name = text.slice(1);
      const composite = COMPOSITE[name];
      if (composite) return plain(composite);
      if (!(ROLES as readonly string[]).includes(name)) throw new Error(`unknown meaning role @${name}`);
      const bit = ROLE[name as Role];
      return plain((u) => (u.roles & bit) !== 0);
    }
    if (!/^[a-z'*_]+$/.test(text)) throw new Error(`bad pattern element "${text}"`);
    const key = text.replace(/_/g, ' '); // "go_to_hell": a vocabulary phrase read as one unit
    return (at) => first(at).key === key;
  };
  // One test per distinct element text: frames that start alike ("$group …") share their first test,
  // which FrameSet.run then evaluates once per chunk for all of them.
  const made = new Map<string, UnitTest>();
  const wordLists = new Map<UnitTest, ReadonlySet<string>>();
  const tests: FrameTests = {
    element(text: string): UnitTest {
      let test = made.get(text);
      if (!test) made.set(text, (test = build(text)));
      return test;
    },
    words: (test) => wordLists.get(test),
  };
  const build = (text: string): UnitTest => {
    if (text.startsWith('~')) {
      const inner = tests.element(text.slice(1));
      return (at) => !inner(at);
    }
    const parts = text.split('|');
    const isLiteral = (p: string) => p !== '_' && /^[a-z'*_]+$/.test(p);
    const literals = new Set(parts.filter(isLiteral).map((p) => p.replace(/_/g, ' ')));
    const others = parts.filter((p) => !isLiteral(p)).map(part);
    if (others.length === 0) {
      const test: UnitTest = (at) => literals.has(first(at).key);
      wordLists.set(test, literals);
      return test;
    }
    const other = anyOf(others);
    return (at) => literals.has(first(at).key) || other(at);
  };
  return tests;
}

function targetTest(text: string, chunks: () => readonly Chunk[]): UnitTest {
  const target = (at: number) => chunks()[at]!.target;
  switch (text) {
    case '$group':
      return (at) => target(at)?.group !== undefined;
    case '$lives':
      return (at) => target(at)?.group !== undefined && target(at)!.lives;
    case '$target':
      return (at) => target(at) !== undefined;
    case '$you':
      return (at) => target(at)?.pronoun === 'second';
    default:
      throw new Error(`unknown target element ${text}`);
  }
}

/** A frame file compiled against one shared chunk sequence, set per text with `run`. */
export class FrameSet {
  readonly frames: CompiledFrame[];
  readonly version: string;
  private readonly reading: ChunkReading = { chunks: [], heads: [] };
  /**
   * The distinct first tests of the frames, and each frame's index into them: -1 for a frame
   * without a first test, and for one looked up by word (`byWord`), whose first test is not run.
   */
  private readonly firsts: UnitTest[] = [];
  private readonly firstOf: Int32Array;
  /**
   * Frames whose every start is one of a few words ("no|zero", "typical"), by word: a chunk's first
   * word is looked up once for all of them instead of each running its own first test. 1 in
   * `byWord` for such a frame (its first test is then not run).
   */
  private readonly framesByWord = new Map<string, number[]>();
  private readonly byWord: Uint8Array;

  constructor(file: unknown, name: string) {
    const parsed = FrameFile.parse(file);
    const ids = new Set<string>();
    const tests = factory(this.reading);
    this.version = parsed.version;
    this.frames = parsed.frames.map((frame) => {
      if (ids.has(frame.id)) throw new Error(`${name}: duplicate frame id ${frame.id}`);
      ids.add(frame.id);
      try {
        const pattern = frame.pattern.replace(/\{([A-Z][A-Z-]*)\}/g, (_, name: string) => {
          const body = parsed.macros[name];
          if (body === undefined) throw new Error(`unknown macro {${name}}`);
          return `( ${body} )`;
        });
        const compiled = compilePattern(pattern, tests);
        return { ...frame, compiled, first: firstTest(compiled) };
      } catch (error) {
        throw new Error(`${name}: frame ${frame.id}: ${(error as Error).message}`);
      }
    });
    this.byWord = new Uint8Array(this.frames.length);
    this.frames.forEach((frame, f) => {
      const words = firstWords(frame.compiled, tests.words);
      if (!words) return;
      this.byWord[f] = 1;
      for (const word of words) {
        const list = this.framesByWord.get(word);
        if (list) list.push(f);
        else this.framesByWord.set(word, [f]);
      }
    });
    this.firstOf = Int32Array.from(this.frames, (frame, f) => {
      if (!frame.first || this.byWord[f]) return -1;
      const at = this.firsts.indexOf(frame.first);
      return at >= 0 ? at : this.firsts.push(frame.first) - 1;
    });
  }

  /**
   * Sets the chunk sequence every test of the frames reads (`run` sets it for each text). Tests
   * call it before asking a frame's `first` test at a chunk themselves.
   */
  readOver(units: readonly Unit[], chunks: readonly Chunk[]): void {
    this.reading.chunks = chunks;
    this.reading.heads = chunks.map((c) => units[c.from]!);
  }

  /** The frames looked up by word, by index into `frames`, each with the words that can start it. */
  startWords(): Map<number, ReadonlySet<string>> {
    const byFrame = new Map<number, Set<string>>();
    for (const [word, list] of this.framesByWord) {
      for (const f of list) {
        let words = byFrame.get(f);
        if (!words) byFrame.set(f, (words = new Set()));
        words.add(word);
      }
    }
    return byFrame;
  }

  /**
   * Every frame's first match at every chunk, inside one clause (a sentence up to a pause). With
   * `needed`, only matches that could hold a chunk passing each of its tests: a start whose clause
   * (or sentence) lacks one is skipped, since a match never runs past its limit.
   */
  run(units: readonly Unit[], chunks: readonly Chunk[], needed?: Needed | readonly Needed[]): FrameMatch[] {
    this.readOver(units, chunks);
    const out: FrameMatch[] = [];
    const { clauses, sentences } = limitsOf(units, chunks);
    const nextNeeded = needed ? nextHoldingAll(chunks, typeof needed === 'function' ? [needed] : needed) : undefined;
    // Each distinct first test once per chunk: `seenAt` says for which chunk `passes` holds its answer.
    const seenAt = new Int32Array(this.firsts.length).fill(-1);
    const passes = new Uint8Array(this.firsts.length);
    // For the frames that start with one of a few words: which of them this chunk's word starts.
    const wordStarts = new Uint8Array(this.frames.length);
    for (let at = 0; at < chunks.length; at++) {
      if (nextNeeded && nextNeeded[at]! >= sentences[at]!) continue; // nothing needed before the sentence ends
      const started = this.framesByWord.get(units[chunks[at]!.from]!.key);
      if (started) for (const f of started) wordStarts[f] = 1;
      for (let f = 0; f < this.frames.length; f++) {
        const frame = this.frames[f]!;
        const first = this.firstOf[f]!;
        if (this.byWord[f]) {
          if (wordStarts[f] === 0) continue; // this word cannot start the frame
        } else if (first >= 0) {
          if (seenAt[first] !== at) {
            seenAt[first] = at;
            passes[first] = this.firsts[first]!(at) ? 1 : 0;
          }
          if (passes[first] === 0) continue; // this word cannot start the frame
        }
        const limit = (frame.scope === 'sentence' ? sentences : clauses)[at]!;
        if (nextNeeded && nextNeeded[at]! >= limit) continue;
        const m = matchAt(frame.compiled, at, limit);
        if (m && m.end > at) out.push({ frame, start: m.start, end: m.end, captures: m.captures });
      }
      if (started) for (const f of started) wordStarts[f] = 0;
    }
    return out;
  }
}

/** A test some chunk of a match must pass (a group named, a target, an act of harm). */
export type Needed = (chunk: Chunk) => boolean;

/**
 * For each chunk, the first chunk at or after it by which every test has been passed by some chunk
 * (chunks.length if one never is): a range [at, limit) holds a chunk passing each test exactly
 * when this is below limit.
 */
function nextHoldingAll(chunks: readonly Chunk[], tests: readonly Needed[]): Int32Array {
  const next = new Int32Array(chunks.length);
  const found = new Int32Array(tests.length).fill(chunks.length);
  for (let k = chunks.length - 1; k >= 0; k--) {
    let last = 0;
    for (let t = 0; t < tests.length; t++) {
      if (tests[t]!(chunks[k]!)) found[t] = k;
      last = Math.max(last, found[t]!);
    }
    next[k] = last;
  }
  return next;
}

/** Both limits per chunk sequence: the identity-attack and threat frame sets run over the same chunks of a text. */
const limitsByChunks = new WeakMap<readonly Chunk[], { units: readonly Unit[]; clauses: Int32Array; sentences: Int32Array }>();

function limitsOf(units: readonly Unit[], chunks: readonly Chunk[]): { clauses: Int32Array; sentences: Int32Array } {
  const known = limitsByChunks.get(chunks);
  if (known && known.units === units) return known;
  const made = { units, clauses: clauseLimits(units, chunks, true), sentences: clauseLimits(units, chunks, false) };
  limitsByChunks.set(chunks, made);
  return made;
}

/** For each chunk, where its clause (up to a comma, colon, dash or bracket) or its sentence ends. */
function clauseLimits(units: readonly Unit[], chunks: readonly Chunk[], atPauses: boolean): Int32Array {
  const limits = new Int32Array(chunks.length);
  let end = chunks.length;
  for (let k = chunks.length - 1; k >= 0; k--) {
    limits[k] = end;
    const u = units[chunks[k]!.from]!;
    const prev = k > 0 ? units[chunks[k - 1]!.from]! : undefined;
    if ((atPauses && u.pause) || !prev || prev.sentence !== u.sentence) end = k;
  }
  return limits;
}
