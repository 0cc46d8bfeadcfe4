/**
 * Lines of a byte stream, each capped: a line longer than `maxBytes` is reported by its length and
 * skipped without being held, so one runaway line cannot exhaust memory.
 */
export type Line = { line: number; text: string } | { line: number; tooLong: number };

export async function* linesOf(stream: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let overflow = false;
  const finish = (): Line => {
    const out: Line = overflow ? { line, tooLong: size } : { line, text: Buffer.concat(parts, size).toString('utf8') };
    parts = [];
    size = 0;
    overflow = false;
    line++;
    return out;
  };
  for await (const chunk of stream) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      take(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    take(chunk.subarray(start));
  }
  if (size > 0 || overflow) yield finish();

  function take(piece: Buffer): void {
    size += piece.length;
    if (overflow) return;
    if (size > maxBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) parts.push(piece);
  }
}
