export { splitPage, type SplitOptions } from './split/index.js';
export { analyzePage, type AnalyzeOptions } from './analyze.js';
export { tagComment, type TagContext, type TargetInput } from './tag/index.js';
export { detectLanguage } from './language/index.js';
export { ThreadlensError, isThreadlensError, type ThreadlensErrorCode } from './errors.js';
export { THREADLENS_VERSION } from './version.js';
export { LEXICON_VERSION } from './tag/versions.js';
export * from './schema/index.js';
