/**
 * Finds every finding in a comment record by its shape ({ start, end, rule }) so tag fields added
 * after this was written (identityAttacks, threats, …) show up without a change here.
 */
import type { Json, JsonObject, Placement, ReportBadge, ReportFinding } from './types.js';

/** Fields that describe the comment itself, not a tag on it. */
const STRUCTURAL = new Set(['text', 'start', 'end', 'id', 'index', 'author', 'postedAt', 'parentId', 'depth', 'language', 'header', 'paragraphs', 'selector']);
/** Reply evidence is not a tag, but it explains the reply edge and is highlighted like one. */
const REPLY_FIELD = 'replyEvidence';
export const REPLY_KIND = 'reply';
/** Fields a finding's label is read from, in order of preference. */
const LABEL_FIELDS = ['label', 'kind', 'role', 'category'];
const SPAN_FIELDS = new Set(['start', 'end', 'rule', 'source', 'text']);

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type FindingObject = JsonObject & { start: number; end: number; rule: string };

export function isFinding(value: unknown): value is FindingObject {
  return isObject(value) && Number.isInteger(value.start) && Number.isInteger(value.end) && typeof value.rule === 'string';
}

/** The tag fields of a comment, in record order: every field that is not the comment's own. */
export function tagFields(comment: JsonObject): string[] {
  return Object.keys(comment).filter((key) => !STRUCTURAL.has(key));
}

export function kindOfField(field: string): string {
  return field === REPLY_FIELD ? REPLY_KIND : field;
}

interface Context {
  kind: string;
  label: string | null;
  target: string | null;
  inherited: [string, string][];
}

/**
 * Every finding of one comment. `commentIndex` makes ids unique on the page; `pageText` and the
 * comment's own span decide where each finding can be drawn.
 */
export function commentFindings(comment: JsonObject, commentIndex: number, pageText: string): ReportFinding[] {
  const found: ReportFinding[] = [];
  const span = commentSpan(comment, pageText);
  for (const field of tagFields(comment)) {
    const context: Context = { kind: kindOfField(field), label: null, target: null, inherited: [] };
    walk(comment[field]!, field, context, (value, path, ctx) => {
      found.push(toFinding(value, path, ctx, `${commentIndex}.${found.length}`, placementOf(value, span, pageText)));
    });
  }
  return found;
}

/** Labelled judgements (objects with a string `label` that are not findings), e.g. stance.toParent. */
export function commentBadges(comment: JsonObject): ReportBadge[] {
  const badges: ReportBadge[] = [];
  for (const field of tagFields(comment)) {
    if (field === REPLY_FIELD) continue;
    visitObjects(comment[field]!, field, (value, path) => {
      if (isFinding(value) || typeof value.label !== 'string') return;
      const strength = numberOr(value.confidence, numberOr(value.score, null));
      badges.push({ kind: field, path, label: value.label, target: typeof value.target === 'string' ? value.target : null, strength });
    });
  }
  return badges;
}

function walk(value: Json, path: string, context: Context, emit: (finding: FindingObject, path: string, context: Context) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, context, emit));
    return;
  }
  if (!isObject(value)) return;
  if (isFinding(value)) {
    emit(value, path, context);
    return;
  }
  // An enclosing judgement (stance.toParent, a target) labels the evidence under it.
  const inner = enclosing(value, context);
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'object' && child !== null) walk(child, `${path}.${key}`, inner, emit);
  }
}

function enclosing(value: JsonObject, context: Context): Context {
  const label = typeof value.label === 'string' ? value.label : context.label;
  const target = typeof value.target === 'string' ? value.target : context.target;
  const inherited = [...context.inherited];
  if (typeof value.target === 'string') inherited.push(['target', value.target]);
  if (typeof value.label === 'string') inherited.push(['judgement', value.label]);
  return { kind: context.kind, label, target, inherited };
}

function visitObjects(value: Json, path: string, visit: (value: JsonObject, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => visitObjects(item, `${path}[${i}]`, visit));
  else if (isObject(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === 'object' && child !== null) visitObjects(child, `${path}.${key}`, visit);
    }
  }
}

function toFinding(value: FindingObject, path: string, context: Context, id: string, placement: Placement): ReportFinding {
  const ownLabel = LABEL_FIELDS.map((key) => value[key]).find((v): v is string => typeof v === 'string');
  const label = ownLabel ?? (context.target && context.label ? `${context.target}: ${context.label}` : context.label);
  const details: [string, string][] = [...context.inherited];
  const links: ReportFinding['links'] = [];
  for (const [key, field] of Object.entries(value)) {
    if (SPAN_FIELDS.has(key)) continue;
    details.push([key, describe(field)]);
    if (Array.isArray(field) && field.length > 0 && field.every((item) => typeof item === 'string')) links.push({ field: key, ids: field as string[] });
  }
  return {
    id,
    kind: context.kind,
    path,
    label: label ?? null,
    rule: value.rule,
    source: typeof value.source === 'string' ? value.source : null,
    start: value.start,
    end: value.end,
    text: typeof value.text === 'string' ? value.text : '',
    details,
    links,
    placement,
  };
}

/** The comment's span on the page, or null when its offsets do not slice back to its text. */
function commentSpan(comment: JsonObject, pageText: string): { start: number; end: number } | null {
  const { start, end, text } = comment;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') return null;
  return spanMatches(pageText, start as number, end as number, text) ? { start: start as number, end: end as number } : null;
}

function placementOf(finding: FindingObject, comment: { start: number; end: number } | null, pageText: string): Placement {
  const text = typeof finding.text === 'string' ? finding.text : null;
  if (text === null || !spanMatches(pageText, finding.start, finding.end, text)) return 'unanchored';
  if (comment && finding.start >= comment.start && finding.end <= comment.end) return 'text';
  return 'page';
}

export function spanMatches(pageText: string, start: number, end: number, text: string): boolean {
  return start >= 0 && end >= start && end <= pageText.length && end - start === text.length && pageText.slice(start, end) === text;
}

function describe(value: Json): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) return value.map(String).join(', ') || '(none)';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function numberOr<T>(value: unknown, fallback: T): number | T {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
