/**
 * What must hold for every page the library returns, whatever the input. Each check returns the
 * places where it fails (empty when it holds), under a problem kind the fuzzer counts.
 */
import { AnalyzedPage, PageAnalysis, type AnalyzedComment } from '../../src/schema/index.js';
import { overlaps } from '../../tests/spans.js';

export type ProblemKind =
  | 'exception'
  | 'span-mismatch'
  | 'comment-overlap'
  | 'comment-order'
  | 'leaf-overlap'
  | 'thread-links'
  | 'warning-offset'
  | 'schema'
  | 'text-changed'
  | 'pollution'
  | 'nondeterministic'
  | 'over-budget'
  | 'hung';

export const PROBLEM_KINDS: ProblemKind[] = ['exception', 'span-mismatch', 'comment-overlap', 'comment-order', 'leaf-overlap', 'thread-links', 'warning-offset', 'schema', 'text-changed', 'pollution', 'nondeterministic', 'over-budget', 'hung'];

export interface PageChecks {
  /** Spans found anywhere in the result (segments, findings, evidence, markers). */
  spans: number;
  problems: { kind: ProblemKind; detail: string }[];
}

/**
 * Runs every check on one result: a split page, or an analysed one (`analyzed`, checked against
 * that schema). `input` is the string the caller passed, if it was a string.
 */
export function checkPage(page: PageAnalysis, input: string | null, analyzed = false): PageChecks {
  const problems: PageChecks['problems'] = [];
  const add = (kind: ProblemKind, details: string[]) => {
    if (details.length > 0) problems.push({ kind, detail: details.slice(0, 3).join('; ') });
  };
  const spans = spanMismatches(page);
  add('span-mismatch', spans.mismatches);
  add('comment-overlap', commentOverlaps(page));
  add('comment-order', commentOrder(page));
  add('leaf-overlap', overlaps(page));
  add('thread-links', threadLinks(page));
  add('warning-offset', warningOffsets(page));
  add('schema', schemaErrors(page, analyzed));
  add('text-changed', textChanges(page, input));
  return { spans: spans.count, problems };
}

/**
 * Every object in the result with numeric start/end and a string text is a span, wherever it sits
 * (so spans added to the schema later are checked too); each must slice back to its text.
 */
function spanMismatches(page: PageAnalysis): { count: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let count = 0;
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Record<string, unknown>;
    if (typeof node.start === 'number' && typeof node.end === 'number' && typeof node.text === 'string') {
      count++;
      const { start, end, text } = node as { start: number; end: number; text: string };
      const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= page.text.length;
      if (!valid || page.text.slice(start, end) !== text) mismatches.push(`${path} [${start},${end}) ${JSON.stringify(text.slice(0, 40))} vs ${JSON.stringify(page.text.slice(start, Math.min(end, start + 40)))}`);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'text' && key !== 'warnings') visit(child, `${path}.${key}`);
  };
  for (const [key, child] of Object.entries(page)) if (key !== 'text' && key !== 'warnings') visit(child, key);
  return { count, mismatches };
}

/** No comment's span may share a character with another's (a parent containing its replies). */
function commentOverlaps(page: PageAnalysis): string[] {
  const sorted = page.comments.map((c, i) => ({ i, start: c.start, end: c.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: string[] = [];
  for (let k = 1; k < sorted.length; k++) {
    const [previous, current] = [sorted[k - 1]!, sorted[k]!];
    if (current.start < previous.end) out.push(`comments[${previous.i}] [${previous.start},${previous.end}) overlaps comments[${current.i}] [${current.start},${current.end})`);
  }
  return out;
}

/** Comments come in page order, with index equal to their position and unique ids. */
function commentOrder(page: PageAnalysis): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  page.comments.forEach((comment, i) => {
    if (comment.index !== i) out.push(`comments[${i}].index is ${comment.index}`);
    if (ids.has(comment.id)) out.push(`comments[${i}].id ${comment.id} repeats`);
    ids.add(comment.id);
    const previous = page.comments[i - 1];
    if (previous && comment.start < previous.start) out.push(`comments[${i}] starts at ${comment.start}, before comments[${i - 1}] at ${previous.start}`);
  });
  return out;
}

/** A parent is an earlier comment; an answer is a later one. */
function threadLinks(page: PageAnalysis): string[] {
  const position = new Map(page.comments.map((c, i) => [c.id, i]));
  const out: string[] = [];
  page.comments.forEach((comment, i) => {
    if (comment.parentId !== null) {
      const parent = position.get(comment.parentId);
      if (parent === undefined || parent >= i) out.push(`comments[${i}].parentId ${comment.parentId} is not an earlier comment`);
    }
    (comment as Partial<AnalyzedComment>).questions?.forEach((question, j) => {
      for (const id of question.answeredBy) {
        const answer = position.get(id);
        if (answer === undefined || answer <= i) out.push(`comments[${i}].questions[${j}] answered by ${id}, not a later comment`);
      }
    });
  });
  return out;
}

/**
 * Warning offsets, when given, index `text` like every span; a nul-bytes warning points at a NUL
 * (one that indexes the raw HTML can fall inside `text` and still point elsewhere).
 */
function warningOffsets(page: PageAnalysis): string[] {
  const out: string[] = [];
  for (const { code, start, end } of page.warnings) {
    if (start === undefined && end === undefined) continue;
    const where = `${code} [${start},${end}) with text length ${page.text.length}`;
    if (start === undefined || end === undefined || !(start >= 0 && start <= end && end <= page.text.length)) out.push(where);
    else if (code === 'nul-bytes' && !page.text.slice(start, end).includes('\u0000')) out.push(`${where} not on a NUL`);
  }
  return out;
}

function schemaErrors(page: PageAnalysis, analyzed: boolean): string[] {
  const parsed = (analyzed ? AnalyzedPage : PageAnalysis).safeParse(page);
  return parsed.success ? [] : parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Plain text is indexed as given: `text` is the input itself unless the library says it cut it. */
function textChanges(page: PageAnalysis, input: string | null): string[] {
  if (input === null || page.inputType !== 'text' || page.text === input) return [];
  if (page.warnings.some((w) => w.code === 'truncated-input')) return [];
  return [`text has ${page.text.length} characters, the input ${input.length}`];
}
