/**
 * The one-call API: `analyzePage`, `tagComment`, `tagComments`, `analyzePages` and `analyzeOne` on
 * a default analyzer. Without data options they share one analyzer, made on first use; with a
 * lexicon, conspiracy options or a budget they use an analyzer made for those options (the last
 * few distinct ones are kept). For many calls with custom data, make one with `createAnalyzer`.
 */
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer/index.js';
import type { AnalyzePagesOptions, PageInput, PageRecord } from './batch/pages.js';
import type { CommentRow } from './analyzer/rows.js';
import type { SplitOptions } from './split/index.js';
import { boundedByOptions } from './tag/options-cache.js';
import type { TagContext } from './tag/types.js';
import type { TargetInput } from './schema/index.js';

/** Options of `analyzePage`: how to split, plus the analyzer options (targets, lexicon, conspiracy, maxMs). */
export interface AnalyzeOptions extends SplitOptions, Omit<AnalyzerOptions, 'taggers'> {}

type DataOptions = Pick<AnalyzerOptions, 'lexicon' | 'conspiracy' | 'identity' | 'maxMs'>;

let shared: Analyzer | undefined;
const forOptions = boundedByOptions(8, (options: DataOptions) => createAnalyzer(options));

/** The analyzer the one-call functions use for these options. */
export function analyzerFor(options: DataOptions | undefined): Analyzer {
  const { lexicon, conspiracy, identity, maxMs } = options ?? {};
  if (lexicon === undefined && conspiracy === undefined && identity === undefined && maxMs === undefined) return (shared ??= createAnalyzer());
  return forOptions({ lexicon, conspiracy, identity, maxMs });
}

/** Splits a page and tags every comment; all spans index the result's `text`. */
export function analyzePage(input: string | Uint8Array, options: AnalyzeOptions = {}) {
  return analyzerFor(options).analyzePage(input, options);
}

/**
 * Tags one comment on its own. Spans are relative to `text`. The same taggers run inside
 * `analyzePage`, which also supplies the parent, the article and thread-level answer links.
 */
export function tagComment(text: string, context: TagContext = {}) {
  return analyzerFor(context ?? {}).tagComment(text, context ?? {});
}

export interface TagCommentsOptions {
  /** Stance targets for rows that name none; otherwise the salient actors of each row's article. */
  targets?: TargetInput[];
  lexicon?: AnalyzerOptions['lexicon'];
  conspiracy?: AnalyzerOptions['conspiracy'];
  identity?: AnalyzerOptions['identity'];
  maxMs?: number;
}

/** Tags a thread dataset; see `Analyzer.tagComments`. */
export function tagComments(rows: Iterable<CommentRow>, options: TagCommentsOptions = {}) {
  return analyzerFor(options).tagComments(rows, { targets: options.targets });
}

/** Analyses a stream of pages, one record per input in input order; see `Analyzer.analyzePages`. */
export function analyzePages(
  inputs: Iterable<PageInput | Promise<PageInput>> | AsyncIterable<PageInput | Promise<PageInput>>,
  options: AnalyzePagesOptions & DataOptions = {},
): AsyncGenerator<PageRecord, void, undefined> {
  return analyzerFor(options).analyzePages(inputs, options);
}

/** Analyses one input and never throws: failures become an error record. */
export function analyzeOne(input: PageInput, options: AnalyzePagesOptions & DataOptions = {}): PageRecord {
  return analyzerFor(options).analyzeOne(input, options);
}
