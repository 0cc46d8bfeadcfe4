import type { AnalyzedComment, CommentTags } from '../../schema/index.js';
import type { RenderInput } from './types.js';

/** A tagged comment as the CSV formats see it, whether it came from a page or a comment row. */
export interface CsvComment {
  source: string;
  id: string;
  parentId: string | null;
  comment: Partial<AnalyzedComment> & Partial<CommentTags>;
}

/** The comments of one record; a page without comments yields none, an error record none. */
export function commentsOf(input: RenderInput): CsvComment[] {
  const record = input.record as unknown as Record<string, unknown>;
  if ('error' in record) return [];
  if (Array.isArray(record.comments)) {
    const source = String(record.source ?? '');
    return (record.comments as AnalyzedComment[]).map((comment) => ({ source, id: comment.id, parentId: comment.parentId, comment }));
  }
  const comment = { ...(record as Partial<CommentTags>), text: input.text ?? '' } as CsvComment['comment'];
  return [{ source: '', id: String(record.id ?? ''), parentId: input.parentId ?? null, comment }];
}

export function sourceOf(input: RenderInput): string {
  const record = input.record as { source?: unknown };
  return record.source === undefined ? '' : String(record.source);
}

export function idOf(input: RenderInput): string {
  const record = input.record as { id?: unknown; line?: unknown };
  return record.id === undefined ? '' : String(record.id);
}
