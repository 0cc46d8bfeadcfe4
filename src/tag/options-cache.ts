/**
 * Compiled data for a caller's options, kept for the last few distinct option sets. Keyed by the
 * options' content (stable JSON), not by object identity, so a caller who writes a fresh options
 * literal per call still compiles once; bounded, so a stream of distinct options cannot grow it.
 * For many calls with custom options, `createAnalyzer` compiles once and needs no cache at all.
 */
export function boundedByOptions<O, T>(limit: number, compile: (options: O) => T): (options: O) => T {
  const known = new Map<string, T>();
  return (options) => {
    const key = stableJson(options);
    const hit = known.get(key);
    if (hit !== undefined) {
      // Most recently used last, so the oldest entry is the one that goes.
      known.delete(key);
      known.set(key, hit);
      return hit;
    }
    const value = compile(options);
    if (known.size >= limit) known.delete(known.keys().next().value as string);
    known.set(key, value);
    return value;
  };
}

/** JSON with object keys sorted, so equal options give equal keys. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  ) ?? 'undefined';
}
