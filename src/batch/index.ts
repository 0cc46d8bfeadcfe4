/**
 * Batch entry points: many pages or a whole comment dataset at once. Pure library code; the CLI
 * adds files, workers and output formats on top.
 */
export { analyzePages, analyzeOne, isPageError, errorRecord, type AnalyzePagesOptions, type PageInput, type PageContent, type PageError, type PageRecord } from './pages.js';
export { tagComments, type CommentRow, type CommentRecord, type TagCommentsOptions } from './comments.js';
export { toCodepointOffsets } from './offsets.js';
export { toErrorInfo, type ErrorInfo } from './errors.js';
export { recordVersions, type RecordVersions } from './versions.js';
export { threadsOf, indexThreads, ThreadIndex, type ThreadRow, type LinkReport } from './threads.js';
