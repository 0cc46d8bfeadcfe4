/**
 * One comment: the reply edge (whom it answers and its stance toward them), author, date,
 * language and permalink, the text with its highlights, then its other tags.
 */
import type { ReportComment } from '../model/entries.js';
import type { KindInfo } from '../model/kinds.js';
import type { ReportBadge, ReportFinding } from '../model/types.js';
import { h, type Child } from './dom.js';
import { drawText } from './marks.js';

export interface CommentContext {
  kinds: Map<string, KindInfo>;
  hiddenKinds: ReadonlySet<string>;
  /** The element id (and permalink) of a comment on this page, by comment id. */
  elementId: (commentId: string) => string | null;
  parent: ReportComment | null;
  /** Why a comment that names a parent is shown top-level. */
  note: string | null;
}

/** Stance labels with a sign, so the label never rests on colour alone. */
const NEUTRAL = 'none';
const STANCE_SIGNS: Record<string, string> = { support: '✓', deny: '✗', query: '?', comment: '•', favor: '✓', against: '✗', none: '•' };

export function commentElement(comment: ReportComment, context: CommentContext): HTMLElement {
  const id = context.elementId(comment.id) ?? '';
  const kinds = [...new Set(comment.findings.map((f) => f.kind))];
  const element = h('article', {
    class: 'comment',
    id,
    tabindex: -1,
    'data-id': comment.id,
    'data-parent': context.parent?.id ?? null,
    'data-kinds': kinds.join(' '),
    'aria-label': `Comment ${comment.id}${comment.author ? ` by ${comment.author}` : ''}`,
  });
  const drawn = drawText(comment.text, comment.start, comment.findings, context.kinds, context.hiddenKinds);
  element.append(edge(comment, context), header(comment, id), drawn.element);
  const extras = extraTags(comment, context, drawn.unplaced);
  if (extras) element.appendChild(extras);
  element.appendChild(h('div', { class: 'replies', role: 'group', 'aria-label': `Replies to ${comment.id}` }));
  return element;
}

/** The line above the comment: "↳ reply to X · ✗ deny", or the stance toward the article. */
function edge(comment: ReportComment, context: CommentContext): HTMLElement {
  const stance = comment.badges.find((badge) => /\.toParent$/.test(badge.path));
  const parent = context.parent;
  const parts: Child[] = [];
  if (parent) {
    const href = context.elementId(parent.id);
    parts.push('↳ reply to ', href ? h('a', { href: `#${href}` }, parent.author ?? parent.id) : parent.id);
  } else parts.push(context.note ? `top-level (${context.note})` : 'on the article');
  if (stance) parts.push(' · ', stanceLabel(stance, parent ? 'stance toward parent' : 'stance toward article'));
  const evidence = comment.findings.find((f) => f.kind === 'reply');
  if (evidence) parts.push(` · evidence: ${evidence.rule}${evidence.text ? ` “${clip(evidence.text)}”` : ''}`);
  return h('p', { class: 'edge' }, ...parts);
}

function stanceLabel(badge: ReportBadge, what: string): HTMLElement {
  const strength = badge.strength === null ? '' : ` ${badge.strength.toFixed(2)}`;
  return h('span', { class: `stance st-${badge.label.replace(/[^a-z-]/gi, '')}`, title: what }, `${STANCE_SIGNS[badge.label] ?? '•'} ${badge.label}${strength}`);
}

function header(comment: ReportComment, id: string): HTMLElement {
  return h(
    'header',
    { class: 'chead' },
    h('span', { class: 'author' }, comment.author ?? 'anonymous'),
    comment.postedAt ? h('span', { class: 'date' }, comment.postedAt) : null,
    comment.language ? h('span', { class: 'lang', title: 'language' }, comment.language) : null,
    h('a', { class: 'permalink', href: `#${id}`, 'aria-label': `Permalink to comment ${comment.id}` }, `#${comment.id}`),
  );
}

/** Judgements other than the edge's, answer links, and findings that could not be drawn in the text. */
function extraTags(comment: ReportComment, context: CommentContext, unplaced: Set<string>): HTMLElement | null {
  const items: HTMLElement[] = [];
  for (const badge of comment.badges) {
    // The edge shows the stance toward the parent; "none" is every comment's default, not news.
    if (/\.toParent$/.test(badge.path) || badge.label === NEUTRAL) continue;
    const strength = badge.strength === null ? '' : ` (${badge.strength.toFixed(2)})`;
    items.push(h('li', { class: 'badge', 'data-path': badge.path }, `${badgeName(badge)}: `, stanceLabel({ ...badge, strength: null }, badge.path), strength));
  }
  for (const finding of comment.findings) {
    const links = answerLinks(finding, context);
    if (links) items.push(links);
    // The edge line names reply evidence wherever it lies (often in the header, or empty for nesting).
    if (finding.kind === 'reply') continue;
    if (finding.placement !== 'text' || unplaced.has(finding.id)) items.push(listedFinding(finding, context, unplaced.has(finding.id)));
  }
  return items.length > 0 ? h('ul', { class: 'tags' }, ...items) : null;
}

/** "stance toward X" for a target, else the path in words: "conspiracy", "stance to source". */
function badgeName(badge: ReportBadge): string {
  if (badge.target) return `${badge.kind} toward ${badge.target}`;
  return badge.path
    .replace(/\[\d+\]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/\./g, ' ')
    .toLowerCase();
}

function answerLinks(finding: ReportFinding, context: CommentContext): HTMLElement | null {
  const links: Child[] = [];
  for (const { field, ids } of finding.links) {
    const targets = ids.map((id) => ({ id, href: context.elementId(id) })).filter((t) => t.href !== null);
    if (targets.length === 0) continue;
    links.push(`${field}: `);
    targets.forEach((t, i) => links.push(i > 0 ? ', ' : null, h('a', { href: `#${t.href}`, class: 'answer-link' }, t.id)));
  }
  if (links.length === 0) return null;
  const what = finding.label ? `${finding.label} ` : '';
  return h('li', { class: 'answers' }, `${what}“${clip(finding.text)}” — `, ...links);
}

/** A finding shown as a line: it lies outside the comment text, or its offsets do not match. */
function listedFinding(finding: ReportFinding, context: CommentContext, undrawn: boolean): HTMLElement {
  const why = listedBecause(finding, undrawn);
  const kind = context.kinds.get(finding.kind);
  return h(
    'li',
    { class: 'listed', 'data-listed-finding': finding.id, 'data-tag': finding.kind, 'data-rule': finding.rule, 'data-start': finding.start, 'data-end': finding.end },
    h('span', { class: `hl swatch tk-${kind?.style ?? 0}` }, kind?.label ?? finding.kind),
    ` ${finding.rule} “${clip(finding.text)}” [${finding.start}–${finding.end}] (${why})`,
  );
}

function listedBecause(finding: ReportFinding, undrawn: boolean): string {
  if (finding.placement === 'page') return 'outside the comment text';
  if (finding.placement === 'unanchored') return 'offsets do not match the page text';
  if (undrawn && finding.start === finding.end) return 'an empty span';
  return 'too deeply stacked to draw';
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
