/**
 * A function's answers kept per key and forgotten all at once past `limit` entries: pages repeat
 * the same words, lines and parents, and a million-page run must not grow memory without bound.
 * Entries bound the count, not the bytes: a string key longer than MAX_KEY_CHARS (a hostile page's
 * one-megabyte line or block) is answered without being kept, so the cache holds at most
 * `limit` short strings.
 */
export function memoize<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  return memoizeBy(limit, (key: K) => key, compute);
}

/**
 * `memoize` for an argument that is not its own key (an object read as a string): `keyOf` names
 * the argument, or returns undefined when it cannot (then the answer is computed and not kept).
 * The same bounds as `memoize`: `limit` entries, long string keys not kept, forgotten by
 * `forgetMemos`.
 */
export function memoizeBy<A, K, V>(limit: number, keyOf: (arg: A) => K | undefined, compute: (arg: A) => V): (arg: A) => V {
  const known = forgettableMap<K, V>();
  return (arg) => {
    const key = keyOf(arg);
    if (key === undefined || (typeof key === 'string' && key.length > MAX_KEY_CHARS)) return compute(arg);
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(arg);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}

/**
 * A Map that `forgetMemos` empties like the memoized functions' answers, for a cache its owner
 * fills and bounds itself (an answer that needs more than one key to compute).
 */
export function forgettableMap<K, V>(): Map<K, V> {
  const known = new Map<K, V>();
  const ref = new WeakRef(known);
  everyMemo.add(ref as WeakRef<Map<unknown, unknown>>);
  collected.register(known, ref as WeakRef<Map<unknown, unknown>>);
  return known;
}

/** Longer than any word, name, header line or short comment the caches are for. */
export const MAX_KEY_CHARS = 2000;

/**
 * Every memoize cache, held weakly: most are made at module level, but a reader made per compiled
 * lexicon (toxicity/misspelt.ts) must go when its lexicon does.
 */
const everyMemo = new Set<WeakRef<Map<unknown, unknown>>>();
/** Drops a cache's entry from `everyMemo` once the cache itself is collected (a long run builds many lexicons). */
const collected = new FinalizationRegistry<WeakRef<Map<unknown, unknown>>>((ref) => everyMemo.delete(ref));

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
