import type { PageAnalysis } from '../../schema/index.js';
import { csvLine } from './csv-cell.js';
import { commentsOf, idOf, sourceOf, type CsvComment } from './comments-of.js';
import type { Format, RenderInput } from './types.js';

const COLUMNS = [
  'source', 'id', 'parent_id', 'index', 'depth', 'author', 'posted_at', 'language', 'start', 'end',
  'stance', 'stance_confidence', 'stance_targets', 'conspiracy', 'conspiracy_score', 'conspiracy_markers',
  'slurs', 'insults', 'profanity', 'identity_attacks', 'threats', 'toxicity', 'severe_toxicity', 'identity_attack',
  'insult', 'profanity_score', 'threat', 'questions', 'factual_questions', 'answered_questions', 'text',
  'warnings', 'error_code', 'error_message', 'line',
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
  const questions = comment.questions ?? [];
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
    stance: comment.stance?.toParent.label,
    stance_confidence: comment.stance?.toParent.confidence,
    stance_targets: comment.stance?.targets.map((t) => `${t.target}=${t.label}`).join(';'),
    conspiracy: comment.conspiracy?.label,
    conspiracy_score: comment.conspiracy?.score,
    conspiracy_markers: comment.conspiracy?.markers.length,
    slurs: comment.slurs?.length,
    insults: comment.insults?.length,
    profanity: comment.profanity?.length,
    identity_attacks: comment.identityAttacks?.length,
    threats: comment.threats?.length,
    // The attribute summary (docs/perspective.md); "profanity" is taken by the finding count.
    toxicity: comment.attributes?.toxicity,
    severe_toxicity: comment.attributes?.severeToxicity,
    identity_attack: comment.attributes?.identityAttack,
    insult: comment.attributes?.insult,
    profanity_score: comment.attributes?.profanity,
    threat: comment.attributes?.threat,
    questions: questions.length,
    factual_questions: questions.filter((q) => q.kind === 'factual').length,
    answered_questions: questions.filter((q) => q.answeredBy.length > 0).length,
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
