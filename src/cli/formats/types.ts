import type { ErrorInfo } from '../../batch/errors.js';
import type { CommentRecord } from '../../batch/comments.js';
import type { PageRecord } from '../../batch/pages.js';
import type { RecordVersions } from '../../batch/versions.js';

/** A comment row that could not be read; `line` is where it starts in the input file (from 1). */
export interface RowError extends RecordVersions {
  id?: string;
  line: number;
  error: ErrorInfo;
}

export type OutputRecord = PageRecord | CommentRecord | RowError;

/** What one record is rendered from; `text` is a comment row's text (records of rows carry none). */
export interface RenderInput {
  record: OutputRecord;
  text?: string;
  parentId?: string | null;
  /** Prefix cells that a spreadsheet would run as a formula (csv formats only). */
  csvGuard?: boolean;
}

/**
 * An output format. `render` runs in the workers, so the main thread only concatenates strings;
 * `head`, `join` and `tail` run in the main thread around them.
 */
export interface Format {
  head(): string;
  render(input: RenderInput): string;
  join(chunk: string, first: boolean): string;
  tail(wroteAny: boolean): string;
}
