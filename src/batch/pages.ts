import { ThreadlensError } from '../errors.js';
import type { AnalyzedPage, PageError, TargetInput } from '../schema/index.js';
import type { SplitOptions } from '../split/index.js';
import { errorRecord } from './errors.js';
import { recordVersions, type RecordVersions } from './versions.js';

export { errorRecord } from './errors.js';
export type { PageError } from '../schema/index.js';

export type PageContent = string | Uint8Array;
/** One page: its content, or its content with a name that comes back as `source`. */
export type PageInput = PageContent | { source?: string; content: PageContent };

export interface AnalyzePagesOptions extends Omit<SplitOptions, 'source'> {
  /** Stance targets for every page of this call (default: the analyzer's, else each page's salient actors). */
  targets?: TargetInput[];
  /** How many inputs are read (awaited) ahead of the one being analysed. Default 4. */
  concurrency?: number;
  /** Inputs larger than this many UTF-8 bytes get an `input-too-large` error record. */
  maxBytes?: number;
}

export type PageRecord = (AnalyzedPage & RecordVersions) | PageError;

export function isPageError(record: PageRecord): record is PageError {
  return 'error' in record;
}

type Settled = { input: PageInput } | { error: unknown };

/**
 * Analyses a stream of pages with `analyzeOne` and yields one record per input, in input order.
 * Inputs may be promises (e.g. file reads); up to `concurrency` of them are awaited ahead, so slow
 * reads overlap while the output order stays that of the input. A failing input yields a
 * `PageError` record. (`analyzePages` and `Analyzer.analyzePages` are this with an analyzer.)
 */
export async function* analyzePagesWith(
  analyzeOne: (input: PageInput) => PageRecord,
  inputs: Iterable<PageInput | Promise<PageInput>> | AsyncIterable<PageInput | Promise<PageInput>>,
  options: Pick<AnalyzePagesOptions, 'concurrency'> = {},
): AsyncGenerator<PageRecord, void, undefined> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  const iterator = toAsyncIterator(inputs);
  const ahead: Promise<Settled>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      // Keep the read-ahead window full before analysing the oldest input.
      while (!exhausted && ahead.length < concurrency) {
        const next = await iterator.next();
        if (next.done) exhausted = true;
        else ahead.push(settle(next.value));
      }
      const oldest = ahead.shift();
      if (!oldest) return;
      const settled = await oldest;
      yield 'error' in settled ? errorRecord(undefined, settled.error) : analyzeOne(settled.input);
    }
  } finally {
    if (!exhausted) await iterator.return?.();
  }
}

/** Analyses one input with `analyzePage` and never throws: failures become an error record. */
export function analyzeOneWith(
  analyzePage: (content: PageContent, options: SplitOptions & { targets?: TargetInput[] }) => AnalyzedPage,
  input: PageInput,
  options: AnalyzePagesOptions = {},
): PageRecord {
  const source = sourceOf(input);
  try {
    const { content } = normalizeInput(input);
    if (options.maxBytes !== undefined) checkSize(content, options.maxBytes);
    const page = analyzePage(content, { format: options.format, targets: options.targets, ...(source !== undefined ? { source } : {}) });
    // `source` first: it makes records easy to scan, and resume reads only a line's head.
    return { ...(source !== undefined ? { source } : {}), ...page, ...recordVersions() };
  } catch (error) {
    return errorRecord(source, error);
  }
}

function sourceOf(input: PageInput): string | undefined {
  if (!input || typeof input !== 'object' || input instanceof Uint8Array) return undefined;
  return input.source === undefined ? undefined : String(input.source);
}

function normalizeInput(input: PageInput): { source?: string; content: PageContent } {
  if (typeof input === 'string' || input instanceof Uint8Array) return { content: input };
  if (input && typeof input === 'object' && 'content' in input) {
    const source = input.source === undefined ? undefined : String(input.source);
    return { ...(source !== undefined ? { source } : {}), content: input.content };
  }
  throw new ThreadlensError('invalid-input', 'expected a string, bytes or { source, content }');
}

function checkSize(content: PageContent, maxBytes: number): void {
  const bytes = typeof content === 'string' ? utf8Length(content) : content.byteLength;
  if (bytes > maxBytes) {
    throw new ThreadlensError('input-too-large', `The input is ${bytes} bytes, over the limit of ${maxBytes}.`);
  }
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function settle(value: PageInput | Promise<PageInput>): Promise<Settled> {
  return Promise.resolve(value).then(
    (input) => ({ input }),
    (error: unknown) => ({ error }),
  );
}

function toAsyncIterator<T>(inputs: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (inputs && typeof (inputs as AsyncIterable<T>)[Symbol.asyncIterator] === 'function') {
    return (inputs as AsyncIterable<T>)[Symbol.asyncIterator]();
  }
  if (inputs && typeof (inputs as Iterable<T>)[Symbol.iterator] === 'function') {
    const sync = (inputs as Iterable<T>)[Symbol.iterator]();
    return {
      next: async () => sync.next(),
      return: async () => sync.return?.() ?? { done: true, value: undefined },
    };
  }
  throw new ThreadlensError('invalid-input', 'analyzePages expects an iterable or async iterable of pages');
}
