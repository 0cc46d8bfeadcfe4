/**
 * A function's answers kept per key and forgotten all at once past `limit` entries: pages repeat
 * the same words, lines and parents, and a million-page run must not grow memory without bound.
 */
export function memoize<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined || known.has(key)) return hit as V;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
