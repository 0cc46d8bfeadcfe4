/** Tagging comment rows extracted elsewhere: the default analyzer's `tagComments` (src/analyzer/rows.ts). */
export { tagComments, type TagCommentsOptions } from '../analyze.js';
export type { CommentRow } from '../analyzer/rows.js';
export type { CommentRecord } from '../schema/index.js';
