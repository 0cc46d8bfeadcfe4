/**
 * Span offsets in code points instead of UTF-16 units. Python, R and Julia index strings by code
 * point, so with UTF-16 offsets every emoji before a span shifts it by one there.
 */

/**
 * Returns a copy of `record` with every `start`/`end` pair converted to code-point offsets.
 * Spans index `text`, or the record's own `text` when none is given (a PageAnalysis); comment
 * records carry no text, so pass the row's text. Records without any text come back unchanged.
 */
export function toCodepointOffsets<T>(record: T, text?: string): T {
  const source = text ?? (record as { text?: unknown } | null)?.text;
  if (typeof source !== 'string' || !hasSurrogates(source)) return record;
  const map = codepointMap(source);
  return convert(record, map) as T;
}

function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return true;
  }
  return false;
}

/** map[i] = number of code points in text.slice(0, i); an offset inside a pair maps to the pair. */
function codepointMap(text: string): Uint32Array {
  const map = new Uint32Array(text.length + 1);
  let points = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = points;
    const unit = text.charCodeAt(i);
    const pairs = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && isLow(text.charCodeAt(i + 1));
    if (pairs) map[i + 1] = points;
    points++;
    if (pairs) i++;
  }
  map[text.length] = points;
  return map;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function convert(value: unknown, map: Uint32Array): unknown {
  if (Array.isArray(value)) return value.map((item) => convert(item, map));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = (key === 'start' || key === 'end') && typeof inner === 'number' ? at(map, inner) : convert(inner, map);
  }
  return out;
}

function at(map: Uint32Array, offset: number): number {
  if (offset <= 0) return 0;
  return map[Math.min(offset, map.length - 1)]!;
}
