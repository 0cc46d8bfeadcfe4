/**
 * Batch entry points: many pages or a whole comment dataset at once. Pure library code; the CLI
 * adds files, workers and output formats on top.
 */
export { analyzePages, analyzeOne, tagComments, type TagCommentsOptions } from '../analyze.js';
export { isPageError, errorRecord, type AnalyzePagesOptions, type PageInput, type PageContent, type PageError, type PageRecord } from './pages.js';
export type { CommentRow } from '../analyzer/rows.js';
export type { CommentRecord } from '../schema/index.js';
export { toCodepointOffsets } from './offsets.js';
export { toErrorInfo, type ErrorInfo } from './errors.js';
export { recordVersions, type RecordVersions } from './versions.js';
export { threadsOf, indexThreads, ThreadIndex, type ThreadRow, type LinkReport } from './threads.js';
