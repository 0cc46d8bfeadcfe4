/**
 * The tagging layer: taggers of one shape (define.ts), one registry (registry.ts), run in
 * dependency order and finished at one point (run.ts). `tagComment` and the analyzer sit on top
 * (src/analyze.ts, src/analyzer/).
 */
export { defineTagger, type Tagger, type AnyTagger, type TagInput, type ThreadEntry, type TagsOf, type LongRow } from './define.js';
export { TAGGERS, type Tags } from './registry.js';
export type { TagContext, TargetInput } from './types.js';
