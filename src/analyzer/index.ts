/**
 * `createAnalyzer(options)`: everything threadlens does, with the caller's data compiled once.
 * Make one per set of options (per worker, per job) and call it for every page or comment;
 * `analyzePage`, `tagComment`, `tagComments` and `analyzePages` are the same calls on a default
 * analyzer.
 */
import { analyzePagesWith, analyzeOneWith, type AnalyzePagesOptions, type PageInput, type PageRecord } from '../batch/pages.js';
import type { AnalyzedPage, CommentRecord, CommentTags, PageAnalysis, TargetInput } from '../schema/index.js';
import { splitPage, type SplitOptions } from '../split/index.js';
import type { AnyTagger, TagsOf } from '../tag/define.js';
import { TAGGERS } from '../tag/registry.js';
import { finishTags, prepareTaggers, runTaggers } from '../tag/run.js';
import { compileTargets } from '../tag/stance/targets/index.js';
import { TextView } from '../text/view.js';
import { RecentViews, targetsFor, type AnalyzerCore } from './core.js';
import { startDeadline } from './deadline.js';
import { checkOptions, type AnalyzerOptions } from './options.js';
import { tagSplitPage } from './page.js';
import { tagRows, type CommentRow } from './rows.js';

export type { AnalyzerOptions } from './options.js';
export type { CommentRow } from './rows.js';

/** Per call: how to split, the input's name, and stance targets for this call only. */
export interface PageCallOptions extends SplitOptions {
  targets?: TargetInput[];
}

/** Context for one text tagged on its own; every field is optional. */
export interface CommentContext {
  /** Text of the comment this one replies to (default: the article). */
  parent?: string;
  /** The thread's source, the root comment a reply's thread starts from: gives `stance.toSource`. */
  source?: string;
  /** The article the comment sits under: its salient actors are the default stance targets. */
  article?: string;
  /** Stance targets for this text (default: the analyzer's, else the article's salient actors). */
  targets?: TargetInput[];
  /** The text's language when the caller already knows it. */
  language?: string;
}

export interface Analyzer<Tags = CommentTagsOf<typeof TAGGERS>> {
  /** Splits a page and tags every comment; spans index the result's `text`. */
  analyzePage(input: string | Uint8Array, options?: PageCallOptions): AnalyzedPageOf<Tags>;
  /** Tags the comments of a page `splitPage` returned. */
  tagPage(page: PageAnalysis, options?: { targets?: TargetInput[] }): AnalyzedPageOf<Tags>;
  /** Tags one text on its own; spans are relative to `text`. */
  tagComment(text: string, context?: CommentContext): Tags & { language: string };
  /** Tags comment rows (threads by parentId or shared articleText); one record per row, in order. */
  tagComments(rows: Iterable<CommentRow>, options?: { targets?: TargetInput[] }): (Omit<CommentRecord, keyof CommentTags> & Tags & { language: string })[];
  /** One record per input, in input order; failures become error records. */
  analyzePages(
    inputs: Iterable<PageInput | Promise<PageInput>> | AsyncIterable<PageInput | Promise<PageInput>>,
    options?: AnalyzePagesOptions,
  ): AsyncGenerator<PageRecord, void, undefined>;
  /** Analyses one input and never throws: a failure becomes an error record. */
  analyzeOne(input: PageInput, options?: AnalyzePagesOptions): PageRecord;
}

type CommentTagsOf<T extends readonly AnyTagger[]> = TagsOf<T>;
type AnalyzedPageOf<Tags> = Omit<AnalyzedPage, 'comments'> & { comments: (AnalyzedPage['comments'][number] & Tags)[] };

export function createAnalyzer<T extends readonly AnyTagger[] = typeof TAGGERS>(options: AnalyzerOptions<T> = {}): Analyzer<TagsOf<T>> {
  // A bad budget or lexicon fails here, once, not on the first page.
  checkOptions(options);
  // Word lists, cue indexes and the caller's targets are compiled once, for every call below.
  const prepared = prepareTaggers(options.taggers ?? TAGGERS, { lexicon: options.lexicon, conspiracy: options.conspiracy, identity: options.identity });
  const core: AnalyzerCore = {
    prepared,
    targets: options.targets === undefined ? undefined : compileTargets(options.targets),
    views: new RecentViews(64, 4_000_000),
  };
  const { maxMs } = options;

  const analyzePage = (input: string | Uint8Array, call: PageCallOptions = {}) => {
    const deadline = startDeadline(maxMs);
    // Segments first: every tag hangs off a comment.
    const page = splitPage(input, call);
    deadline.check('after splitting the page');
    return tagSplitPage(core, page, call.targets, deadline, true);
  };
  const analyzer: Analyzer<CommentTagsOf<typeof TAGGERS>> = {
    analyzePage,
    tagPage: (page, call = {}) => tagSplitPage(core, page, call.targets, startDeadline(maxMs)),
    tagComment: (text, context = {}) => tagOne(core, text, context, maxMs),
    tagComments: (rows, call = {}) => tagRows(core, rows, call.targets, startDeadline(maxMs)),
    analyzePages: (inputs, call = {}) => analyzePagesWith((input) => analyzeOneWith(analyzePage, input, call), inputs, call),
    analyzeOne: (input, call = {}) => analyzeOneWith(analyzePage, input, call),
  };
  return analyzer as unknown as Analyzer<TagsOf<T>>;
}

function tagOne(core: AnalyzerCore, text: string, context: CommentContext, maxMs: number | undefined): CommentTagsOf<typeof TAGGERS> & { language: string } {
  const deadline = startDeadline(maxMs);
  const view = new TextView(typeof text === 'string' ? text : String(text ?? ''));
  const ctx = context ?? {};
  // A text without a parent is read against its article, as a top-level comment is.
  const article = typeof ctx.article === 'string' ? core.views.of(ctx.article) : undefined;
  const parent = typeof ctx.parent === 'string' ? core.views.of(ctx.parent) : article;
  const targets = targetsFor(core, ctx.targets, article);
  const source = typeof ctx.source === 'string' && ctx.source !== '' ? core.views.of(ctx.source) : undefined;
  const tags = runTaggers(core.prepared, { view, parent, source, article, targets }, deadline);
  finishTags(core.prepared, tags, 0);
  return { ...tags, language: ctx.language ?? view.language } as CommentTagsOf<typeof TAGGERS> & { language: string };
}
