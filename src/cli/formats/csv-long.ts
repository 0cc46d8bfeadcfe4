import type { Finding } from '../../schema/index.js';
import { csvLine } from './csv-cell.js';
import { commentsOf, idOf, sourceOf, type CsvComment } from './comments-of.js';
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

function commentRows({ source, id, comment }: CsvComment): Record<string, unknown>[] {
  const base = { source, id };
  const span = (finding: Finding) => ({ rule: finding.rule, start: finding.start, end: finding.end, text: finding.text });
  const rows: Record<string, unknown>[] = [];
  const stance = comment.stance;
  if (stance) {
    rows.push({ ...base, kind: 'stance', label: stance.toParent.label, score: stance.toParent.confidence });
    for (const evidence of stance.toParent.evidence) rows.push({ ...base, kind: 'stance-evidence', label: stance.toParent.label, ...span(evidence) });
    for (const target of stance.targets) {
      rows.push({ ...base, kind: 'target-stance', label: target.label, score: target.confidence, term: target.target });
      for (const evidence of target.evidence) rows.push({ ...base, kind: 'target-evidence', label: target.label, term: target.target, ...span(evidence) });
    }
  }
  const conspiracy = comment.conspiracy;
  if (conspiracy) {
    rows.push({ ...base, kind: 'conspiracy', label: conspiracy.label, score: conspiracy.score });
    for (const marker of conspiracy.markers) rows.push({ ...base, kind: 'conspiracy-marker', label: marker.role, ...span(marker) });
  }
  for (const slur of comment.slurs ?? []) {
    rows.push({ ...base, kind: 'slur', label: slur.use, term: slur.term, category: slur.category, severity: slur.severity, detail: slur.obfuscated ? 'obfuscated' : '', ...span(slur) });
  }
  for (const [kind, list] of [['insult', comment.insults], ['profanity', comment.profanity]] as const) {
    for (const found of list ?? []) {
      rows.push({ ...base, kind, term: found.term, severity: found.severity, detail: found.obfuscated ? 'obfuscated' : '', ...span(found) });
    }
  }
  for (const attack of comment.identityAttacks ?? []) {
    rows.push({ ...base, kind: 'identity-attack', label: attack.kind, term: attack.group, category: attack.category, detail: attack.obfuscated ? 'obfuscated' : '', ...span(attack) });
  }
  for (const threat of comment.threats ?? []) {
    rows.push({ ...base, kind: 'threat', label: threat.kind, term: threat.target.text, category: threat.category ?? '', detail: threat.obfuscated ? 'obfuscated' : '', ...span(threat) });
  }
  for (const question of comment.questions ?? []) {
    rows.push({ ...base, kind: 'question', label: question.kind, score: question.confidence, detail: question.answeredBy.join(';'), ...span(question) });
  }
  return rows;
}

function errorRow(input: RenderInput): string {
  const record = input.record as { error: { code: string; message: string }; line?: number };
  const detail = record.line === undefined ? record.error.message : `line ${record.line}: ${record.error.message}`;
  return csvLine(COLUMNS.map((column) => ({ source: sourceOf(input), id: idOf(input), kind: 'error', label: record.error.code, detail } as Record<string, unknown>)[column]), input.csvGuard);
}
