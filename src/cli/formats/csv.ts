import type { PageAnalysis } from '../../schema/index.js';
import { csvLine } from './csv-cell.js';
import { commentsOf, idOf, sourceOf, type CsvComment } from './comments-of.js';
import { tagCells, tagColumns } from './tag-columns.js';
import type { Format, RenderInput } from './types.js';

/** The comment's place and shape, then one group of columns per tagger (src/tag/registry.ts), then text and errors. */
const COLUMNS = [
  'source', 'id', 'parent_id', 'index', 'depth', 'author', 'posted_at', 'language', 'start', 'end',
  ...tagColumns(),
  'text', 'warnings', 'error_code', 'error_message', 'line',
];

/**
 * One row per comment with flattened counts and labels, for spreadsheets and data frames. Pages
 * without comments and failed inputs still get one row each, so every input is accounted for.
 */
export const csv: Format = {
  head: () => csvLine(COLUMNS),
  render: (input) => {
    const record = input.record as unknown as Record<string, unknown>;
    if ('error' in record) return errorRow(input);
    const warnings = warningCodes(record as Partial<PageAnalysis>);
    const comments = commentsOf(input);
    if (comments.length === 0) return csvLine(row({ source: sourceOf(input), warnings }), input.csvGuard);
    return comments.map((comment) => csvLine(commentRow(comment, warnings), input.csvGuard)).join('');
  },
  join: (chunk) => chunk,
  tail: () => '',
};

function commentRow({ source, id, parentId, comment }: CsvComment, warnings: string): unknown[] {
  return row({
    source,
    id,
    parent_id: parentId,
    index: comment.index,
    depth: comment.depth,
    author: comment.author,
    posted_at: comment.postedAt,
    language: comment.language,
    start: comment.start,
    end: comment.end,
    ...tagCells(comment),
    text: comment.text,
    warnings,
  });
}

function errorRow(input: RenderInput): string {
  const record = input.record as { error: { code: string; message: string }; line?: number };
  return csvLine(
    row({ source: sourceOf(input), id: idOf(input), error_code: record.error.code, error_message: record.error.message, line: record.line }),
    input.csvGuard,
  );
}

function row(cells: Record<string, unknown>): unknown[] {
  return COLUMNS.map((column) => cells[column]);
}

function warningCodes(page: Partial<PageAnalysis>): string {
  return (page.warnings ?? []).map((warning) => warning.code).join(';');
}
