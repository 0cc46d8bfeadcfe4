import { csvLine } from './csv-cell.js';
import { commentsOf, idOf, sourceOf, type CsvComment } from './comments-of.js';
import { tagLongRows } from './tag-columns.js';
import type { Format, RenderInput } from './types.js';

const COLUMNS = ['source', 'id', 'kind', 'label', 'score', 'rule', 'start', 'end', 'text', 'term', 'category', 'severity', 'detail'];

/**
 * One row per comment x finding, for agreement studies and pivot tables. Every comment has at
 * least its `stance` and `conspiracy` label rows; every page has a `page` row; failures an `error` row.
 */
export const csvLong: Format = {
  head: () => csvLine(COLUMNS),
  render: (input) => {
    const record = input.record as unknown as Record<string, unknown>;
    if ('error' in record) return errorRow(input);
    const rows: Record<string, unknown>[] = [];
    if (Array.isArray(record.comments)) rows.push(pageRow(input, record));
    // A loop, not push(...rows): one comment can carry a hundred thousand findings.
    for (const comment of commentsOf(input)) for (const row of commentRows(comment)) rows.push(row);
    return rows.map((cells) => csvLine(COLUMNS.map((column) => cells[column]), input.csvGuard)).join('');
  },
  join: (chunk) => chunk,
  tail: () => '',
};

function pageRow(input: RenderInput, page: Record<string, unknown>): Record<string, unknown> {
  const warnings = (page.warnings as { code: string }[] | undefined) ?? [];
  const comments = (page.comments as unknown[]).length;
  return { source: sourceOf(input), kind: 'page', label: page.inputType, detail: `comments=${comments};warnings=${warnings.map((w) => w.code).join(',')}` };
}

/** Every tagger's rows for the comment (src/tag/registry.ts), each with the comment's source and id. */
function commentRows({ source, id, comment }: CsvComment): Record<string, unknown>[] {
  return tagLongRows(comment).map((row) => ({ source, id, ...row }));
}

function errorRow(input: RenderInput): string {
  const record = input.record as { error: { code: string; message: string }; line?: number };
  const detail = record.line === undefined ? record.error.message : `line ${record.line}: ${record.error.message}`;
  return csvLine(COLUMNS.map((column) => ({ source: sourceOf(input), id: idOf(input), kind: 'error', label: record.error.code, detail } as Record<string, unknown>)[column]), input.csvGuard);
}
