import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../src/analyze.js';
import { analyzePages, isPageError, threadsOf, toCodepointOffsets, type PageInput, type PageRecord } from '../src/batch/index.js';
import { ThreadlensError } from '../src/errors.js';

const page = (i: number) => `Title ${i}\n\nThe body of page ${i} says something.\n\nComments\n\nAnna\nIs page ${i} right?\n`;
const delay = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

async function collect(iterable: AsyncIterable<PageRecord>): Promise<PageRecord[]> {
  const out: PageRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

describe('analyzePages', () => {
  it('yields in input order even when later inputs resolve first', async () => {
    const inputs = Array.from({ length: 12 }, (_, i) => delay(5 * (12 - i), { source: `p${i}`, content: page(i) }));
    const records = await collect(analyzePages(inputs, { concurrency: 6 }));
    expect(records.map((r) => r.source)).toEqual(inputs.map((_, i) => `p${i}`));
  });

  it('gives the same result as analyzePage, plus source and versions', async () => {
    const [record] = await collect(analyzePages([{ source: 'a.txt', content: page(1) }]));
    const single = analyzePage(page(1), { source: 'a.txt' });
    expect(record).toMatchObject({ ...single, threadlensVersion: expect.any(String), schemaVersion: expect.any(String), lexiconVersion: expect.any(String) });
  });

  it('reads at most `concurrency` inputs ahead', async () => {
    let pulled = 0;
    let yielded = 0;
    let maxAhead = 0;
    async function* source(): AsyncGenerator<PageInput> {
      for (let i = 0; i < 20; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - yielded);
        yield page(i);
      }
    }
    for await (const _ of analyzePages(source(), { concurrency: 3 })) yielded++;
    expect(yielded).toBe(20);
    expect(maxAhead).toBeLessThanOrEqual(3);
  });

  it('turns failures into error records in place: rejected reads, binary, over-size, bad input', async () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const inputs: (PageInput | Promise<PageInput>)[] = [
      page(0),
      Promise.reject(enoent),
      { source: 'png', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
      { source: 'big', content: 'x'.repeat(101) },
      { source: 'big-bytes', content: new Uint8Array(101).fill(0x61) },
      42 as unknown as PageInput,
      Promise.reject(new ThreadlensError('invalid-options', 'nope')),
      page(1),
    ];
    const records = await collect(analyzePages(inputs, { maxBytes: 100 }));
    expect(records.map((r) => (isPageError(r) ? r.error.code : 'ok'))).toEqual([
      'ok',
      'unreadable',
      'binary-input',
      'input-too-large',
      'input-too-large',
      'invalid-input',
      'invalid-options',
      'ok',
    ]);
    expect(records[2]!.source).toBe('png');
  });

  it('counts UTF-8 bytes, not UTF-16 units, against maxBytes', async () => {
    const records = await collect(analyzePages(['é'.repeat(60), '😀'.repeat(26)], { maxBytes: 100 }));
    expect(records.map((r) => (isPageError(r) ? r.error.code : 'ok'))).toEqual(['input-too-large', 'input-too-large']);
    const fits = await collect(analyzePages(['é'.repeat(50), '😀'.repeat(25)], { maxBytes: 100 }));
    expect(fits.every((r) => !isPageError(r))).toBe(true);
  });

  it('closes the source when the consumer stops early', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<PageInput> {
      try {
        for (let i = 0; ; i++) yield page(i);
      } finally {
        closed = true;
      }
    }
    for await (const _ of analyzePages(source(), { concurrency: 2 })) break;
    expect(closed).toBe(true);
  });
});

describe('toCodepointOffsets', () => {
  it('converts every start/end, nested ones included, and leaves text alone', () => {
    const text = 'a😀b 😀😀 cd';
    const at = (needle: string) => ({ text: needle, start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
    const record = { text, title: at('b'), comments: [{ ...at('cd'), questions: [{ ...at('😀 cd'), rule: 'r' }] }], warnings: [{ code: 'x', message: 'm' }] };
    const converted = toCodepointOffsets(record);
    const chars = Array.from(text);
    expect(converted.title).toEqual({ text: 'b', start: 2, end: 3 });
    expect(chars.slice(converted.comments[0]!.start, converted.comments[0]!.end).join('')).toBe('cd');
    expect(chars.slice(converted.comments[0]!.questions[0]!.start, converted.comments[0]!.questions[0]!.end).join('')).toBe('😀 cd');
    expect(converted.warnings).toEqual(record.warnings);
    expect(record.title.start).toBe(3); // the input is not mutated
  });

  it('uses the given text for comment records, and is the identity without astral characters', () => {
    const record = { id: 'c', questions: [{ text: 'why?', start: 3, end: 7, rule: 'q' }] };
    expect(toCodepointOffsets(record, '😀 why?').questions[0]).toMatchObject({ start: 2, end: 6 });
    expect(toCodepointOffsets(record, 'ab why?')).toBe(record);
    expect(toCodepointOffsets({ error: { code: 'x' } })).toEqual({ error: { code: 'x' } });
  });

  it('property: converted spans slice the code points to the same text', () => {
    const piece = fc.constantFrom('a', 'é', '😀', '👍🏽', ' ', '\n', '中', '𝔘');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, x, y) => {
        const text = pieces.join('');
        // Offsets on code-point boundaries, as every span the taggers make is.
        const boundaries = [0];
        for (const char of text) boundaries.push(boundaries[boundaries.length - 1]! + char.length);
        const a = boundaries[x % boundaries.length]!;
        const b = boundaries[y % boundaries.length]!;
        const [start, end] = a <= b ? [a, b] : [b, a];
        const span = { text: text.slice(start, end), start, end };
        const converted = toCodepointOffsets({ text, span }).span;
        expect(Array.from(text).slice(converted.start, converted.end).join('')).toBe(span.text);
      }),
    );
  });
});

describe('threadsOf', () => {
  it('joins rows by parent links and shared article text, threads in order of first row', () => {
    const rows = [
      { id: 'a' },
      { id: 'b', articleText: 'X' },
      { id: 'c', parentId: 'a' },
      { id: 'd' },
      { id: 'e', articleText: 'X' },
      { id: 'f', parentId: 'c' },
      null,
      { id: 'g', parentId: 'nobody' },
      { id: 'h', parentId: 'g' },
    ];
    expect(threadsOf(rows)).toEqual([[0, 2, 5], [1, 4], [3], [7, 8]]);
  });
});
