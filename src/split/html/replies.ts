/**
 * Which comment a comment answers: DOM nesting first (a comment inside another, or in a reply list
 * after it), then depth-N classes on flat lists, then an "@Name" opener.
 */
import type { Comment, Segment } from '../../schema/index.js';
import { descendants, type Element } from './dom.js';

/** "@Name" opening a flat comment answers the latest earlier comment by Name. */
export function linkMention(comment: Comment, earlier: Comment[]): void {
  const mention = /^@([\p{L}\p{N}_.-]+(?: [\p{L}\p{N}_.-]+)?)/u.exec(comment.text);
  if (!mention) return;
  const names = [mention[1]!, mention[1]!.split(' ')[0]!].map((n) => n.toLowerCase());
  for (let i = earlier.length - 1; i >= 0; i--) {
    const candidate = earlier[i]!;
    const author = candidate.author?.toLowerCase();
    if (!author || !names.some((name) => author === name || author.startsWith(`${name} `) || author.startsWith(`${name}(`))) continue;
    comment.parentId = candidate.id;
    comment.depth = candidate.depth + 1;
    const end = comment.start + 1 + (names.find((name) => author.startsWith(name)) ?? names[1]!).length;
    comment.replyEvidence = { text: comment.text.slice(0, end - comment.start), start: comment.start, end, rule: 'at-mention' };
    return;
  }
}

export interface ParentLink {
  comment: Comment;
  rule: string;
}

/** The comment this one answers: the nearest enclosing comment, else a depth-N class. */
export function parentOf(item: Element, items: Set<Element>, byElement: Map<Element, Comment>, earlier: Comment[]): ParentLink | null {
  for (let current = item.parent; current; current = current.parent) {
    if (!items.has(current)) continue;
    const comment = byElement.get(current);
    if (comment) return { comment, rule: 'dom-nesting' };
  }
  const sibling = precedingSiblingParent(item, items, byElement);
  if (sibling) return { comment: sibling, rule: 'dom-nesting' };
  const depth = depthClass(item);
  if (depth === null || depth < 1) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const candidate = earlier[i]!;
    if (candidate.depth === depth - 1) return { comment: candidate, rule: 'depth-class' };
    if (candidate.depth < depth - 1) break;
  }
  return null;
}

/**
 * Replies kept in a list after the comment rather than inside it (Slashdot: the comment's div,
 * then a <ul> of replies): climbing from the reply, a preceding sibling of another kind that holds
 * a comment is the parent. Preceding siblings of the same tag are peers in one list, not parents.
 */
function precedingSiblingParent(item: Element, items: Set<Element>, byElement: Map<Element, Comment>): Comment | null {
  for (let from: Element = item; from.parent && from.parent.tag !== 'body'; from = from.parent) {
    const siblings = from.parent.children;
    let index = siblings.indexOf(from);
    let peers = false;
    while (--index >= 0) {
      const sibling = siblings[index]!;
      if (sibling.kind !== 'element') continue;
      const first = firstItem(sibling, items);
      if (!first) continue;
      if (sibling.tag === from.tag || items.has(from)) peers = true;
      else return byElement.get(first) ?? null;
      break;
    }
    if (peers) return null;
  }
  return null;
}

function firstItem(element: Element, items: Set<Element>): Element | null {
  if (items.has(element)) return element;
  for (const inner of descendants(element)) if (items.has(inner)) return inner;
  return null;
}

/** `depth-2`, `level-3`, `comment-depth-2`, `indent-1`, as a zero-based depth; null when absent. */
function depthClass(element: Element): number | null {
  for (const token of element.tokens) {
    const match = /(?:^|-)(?:depth|level|indent|nest)-?(\d+)$/.exec(token);
    if (match) {
      const value = Number(match[1]);
      return token.includes('indent') ? value : value - 1;
    }
  }
  return null;
}

export function evidence(rule: string, span: Segment) {
  return { text: span.text, start: span.start, end: span.end, rule };
}

