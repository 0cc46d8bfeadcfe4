/**
 * A function's answers kept per key and forgotten all at once past `limit` entries: pages repeat
 * the same words, lines and parents, and a million-page run must not grow memory without bound.
 * Entries bound the count, not the bytes: a string key longer than `maxKeyChars` (by default
 * MAX_KEY_CHARS: a hostile page's one-megabyte line or block) is answered without being kept, so
 * the cache holds at most `limit` short strings.
 */
export function memoize<K, V>(limit: number, compute: (key: K) => V, maxKeyChars = MAX_KEY_CHARS): (key: K) => V {
  return memoizeBy(limit, (key: K) => key, compute, maxKeyChars);
}

/**
 * `memoize` for an argument that is not its own key (an object read as a string): `keyOf` names
 * the argument, or returns undefined when it cannot. Either way an argument without a key, like
 * one whose string key is longer than `maxKeyChars`, is answered and not kept. The same bounds as
 * `memoize`: `limit` entries, forgotten by `forgetMemos`.
 */
export function memoizeBy<A, K, V>(limit: number, keyOf: (arg: A) => K | undefined, compute: (arg: A) => V, maxKeyChars = MAX_KEY_CHARS): (arg: A) => V {
  const known = forgettableMap<K, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (key === undefined || (typeof key === 'string' && key.length > maxKeyChars)) return compute(arg);
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(arg);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/**
 * `memoizeBy` for an argument that carries a word id (src/text/word-ids.ts): answers kept in an
 * IdMemo of `size` ids; an argument without an id (-1) is answered without being kept. Unlike
 * `memoizeBy`, an empty slot and an undefined answer look the same, so `compute` may not answer
 * undefined (the type says so; null is kept).
 */
export function memoizeById<A extends { id: number }, V extends {} | null>(size: number, compute: (arg: A) => V): (arg: A) => V {
  const known = new IdMemo<V>(size);
  return (arg) => {
    const id = arg.id;
    if (id < 0) return compute(arg);
    let value = known.get(id);
    if (value === undefined) known.set(id, (value = compute(arg)));
    return value;
  };
}

/**
 * A WeakMap that `forgetMemos` empties: caches kept per object, such as a compiled group list
 * (answers of the clause view that depend on the caller's groups), go with the other memos.
 */
export class ForgettableWeakMap<K extends object, V> {
  #map = new WeakMap<K, V>();
  constructor() {
    forgettable(this);
  }

  get(key: K): V | undefined {
    return this.#map.get(key);
  }

  set(key: K, value: V): void {
    this.#map.set(key, value);
  }

  clear(): void {
    this.#map = new WeakMap();
  }
}

/** A Map that `forgetMemos` empties: `memoizeBy`'s answers. */
function forgettableMap<K, V>(): Map<K, V> {
  return forgettable(new Map<K, V>());
}

function forgettable<T extends Forgettable>(cache: T): T {
  const ref = new WeakRef<Forgettable>(cache);
  everyMemo.add(ref);
  collected.register(cache, ref);
  return cache;
}

/** Ids per block of an IdMemo: a one-comment run touches a few blocks, not all 131,072 slots. */
const ID_BLOCK_BITS = 12;
const ID_BLOCK = 1 << ID_BLOCK_BITS;

/**
 * Answers kept per word id (src/text/word-ids.ts) in arrays indexed by the id: ids are small
 * dense numbers, and an index costs a few nanoseconds where a Map lookup among ~100,000 numbers
 * took 50-100 (its table is cold by the time a token asks again). The ids are kept in blocks of
 * 4,096 made when an id of the block is first set: filling all `size` slots at once cost 10-15 ms
 * on every cold start (a new process, a new group list, each forgetMemos). An id outside 0 to
 * size - 1 (-1: a key without one) is not kept, so its caller asks again: never a wrong answer.
 */
export class IdMemo<V> {
  #blocks: ((V | undefined)[] | undefined)[] = [];
  constructor(readonly size: number) {
    forgettable(this);
  }

  get(id: number): V | undefined {
    return this.#blocks[id >> ID_BLOCK_BITS]?.[id & (ID_BLOCK - 1)];
  }

  set(id: number, value: V): void {
    if (!(id >= 0 && id < this.size)) return;
    const at = id >> ID_BLOCK_BITS;
    let block = this.#blocks[at];
    if (block === undefined) {
      block = [];
      for (let k = 0; k < ID_BLOCK; k++) block.push(undefined); // packed, not holey
      this.#blocks[at] = block;
    }
    block[id & (ID_BLOCK - 1)] = value;
  }

  clear(): void {
    this.#blocks = [];
  }
}

/**
 * `IdMemo` for yes/no answers: one byte per id, made at once (a zero-filled typed array of
 * 131,072 bytes costs about 0.03 ms). An id outside 0 to size - 1 is not kept.
 */
export class IdFlags {
  #flags: Uint8Array | undefined;
  constructor(readonly size: number) {
    forgettable(this);
  }

  has(id: number): boolean {
    return this.#flags !== undefined && id >= 0 && this.#flags[id] === 1;
  }

  add(id: number): void {
    if (!(id >= 0 && id < this.size)) return;
    (this.#flags ??= new Uint8Array(this.size))[id] = 1;
  }

  clear(): void {
    this.#flags = undefined;
  }
}

/** Longer than any word, name, header line or short comment the caches are for. */
export const MAX_KEY_CHARS = 2000;

/** What `forgetMemos` empties: a memo's Map, an IdMemo, an IdFlags, a ForgettableWeakMap. */
interface Forgettable {
  clear(): void;
}

/**
 * Every memoize cache, held weakly: most are made at module level, but a reader made per compiled
 * lexicon (toxicity/misspelt.ts) must go when its lexicon does.
 */
const everyMemo = new Set<WeakRef<Forgettable>>();
/** Drops a cache's entry from `everyMemo` once the cache itself is collected (a long run builds many lexicons). */
const collected = new FinalizationRegistry<WeakRef<Forgettable>>((ref) => everyMemo.delete(ref));

/**
 * Empties every memoized function's answers. Not part of the public API: the growth bench calls it
 * between its warm-up and the timed call, whose page repeats the warm-up's text, so that the timed
 * call is not answered from the warm-up's entries.
 */
export function forgetMemos(): void {
  for (const ref of everyMemo) {
    const known = ref.deref();
    if (known) known.clear();
    else everyMemo.delete(ref);
  }
}

/**
 * A value computed on its first use and kept. Bundled data is validated (zod) when a tagger first
 * needs it, not at import: a first parse also compiles zod's parser for the schema, and together
 * these cost about a fifth of the import time for callers who may only split pages.
 */
export function once<T>(compute: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}
