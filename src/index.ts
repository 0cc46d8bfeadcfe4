export { splitPage, type SplitOptions } from './split/index.js';
export { analyzePage, tagComment, type AnalyzeOptions } from './analyze.js';
export { createAnalyzer, type Analyzer, type AnalyzerOptions, type PageCallOptions, type CommentContext } from './analyzer/index.js';
export { defineTagger, TAGGERS, type Tagger, type AnyTagger, type TagInput, type ThreadEntry, type TagsOf, type Tags, type LongRow, type TagContext } from './tag/index.js';
export { targetCard } from './tag/stance/cards/index.js';
export {
  analyzePages,
  isPageError,
  tagComments,
  toCodepointOffsets,
  type AnalyzePagesOptions,
  type PageInput,
  type PageContent,
  type PageRecord,
  type PageError,
  type CommentRow,
  type TagCommentsOptions,
  type ErrorInfo,
  type RecordVersions,
} from './batch/index.js';
export { parseLexiconFile, LexiconFile, LexiconEntry, type LexiconOptions } from './tag/lexicon/index.js';
export type { ConspiracyOptions } from './tag/conspiracy/index.js';
export type { IdentityOptions } from './tag/identity-attacks/index.js';
export { GroupEntry, GroupOptions } from './tag/groups/index.js';
export { detectLanguage } from './language/index.js';
export { ThreadlensError, isThreadlensError, type ThreadlensErrorCode } from './errors.js';
export { renderReport, type ReportOptions, type ReportRecord } from './report/index.js';
export { THREADLENS_VERSION } from './version.js';
export { LEXICON_VERSION } from './tag/versions.js';
export * from './schema/index.js';
