/**
 * Finds individual comments in the markup and reads each one's author, date, text and parent.
 * Three signals find the comment elements: class/id vocabulary, schema.org microdata, and
 * repeated sibling structures (each with an author and a date) inside a comment section.
 */
import { detectLanguage } from '../../language/index.js';
import type { Comment, Segment } from '../../schema/index.js';
import { cssPath, descendants, type Element, type Node, type TextNode } from './dom.js';
import { DATE_TEXT, SAID_LINE, SAID_PARAGRAPH, authorFromHeaderNodes, authorFromLine, authorOf, dateOf } from './header.js';
import { evidence, linkMention, parentOf } from './replies.js';
import {
  isAuthor,
  isCommentBody,
  isCommentChrome,
  isCommentItemToken,
  isCommentSection,
  isDate,
  isMicrodataComment,
  isReplyList,
} from './vocabulary.js';

/** Elements that only look like comments: sidebar "recent comments" lists, forms, counters. */
const NOT_A_THREAD = /(?:^|[-_])(?:recent|recentcomments|widget|sidebar|popular|latest|most|count|form|respond|reply-title|rss|feed|login|policy|rules|guidelines|preview|leaderboard|top|trending)(?:$|[-_])/;
/** UI words that sit in a comment but are not what the commenter wrote. */
const UI_TEXT =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|login to (?:leave a )?(?:comment|reply)|comments feed.*|no comments(?: yet)?\.?|be the first to comment\.?|reply|reply to this|reply to this comment|permalink|link|report|report abuse|report comment|flag|quote|like|unlike|dislike|edit|delete|share|says:?|said:?|wrote:?|responds?:?|[|•·:#-]|\d+ (?:likes?|points?|votes?|replies|reply)|\(?[+-]?\d+\)?|vote up|vote down|thumbs up|thumbs down|log in to reply|login to reply|recommend|recommended|in reply to.*)$/i;

export interface FoundComments {
  comments: Comment[];
  /** Elements holding the comments (sections or items), kept out of the body. */
  regions: Element[];
  /** Which signal found them, for warnings and eval. */
  signal: 'vocabulary' | 'microdata' | 'structure' | null;
}

export function findComments(elements: Element[], text: string): FoundComments {
  renderedText = text;
  const items = itemsByVocabulary(elements) ?? itemsByStructure(elements);
  if (!items || items.elements.length === 0) return { comments: [], regions: sectionsOf(elements), signal: null };
  const comments = readComments(items.elements, text);
  const regions = [...sectionsOf(elements), ...items.elements];
  return { comments, regions, signal: comments.length ? items.signal : null };
}

interface Items {
  elements: Element[];
  signal: 'vocabulary' | 'microdata' | 'structure';
}

/** Comment sections on the page: the containers named for comments. */
function sectionsOf(elements: Element[]): Element[] {
  return elements.filter((element) => isCommentSection(element) && !element.tokens.some((t) => NOT_A_THREAD.test(t)));
}

function itemsByVocabulary(elements: Element[]): Items | null {
  const groups = new Map<string, Element[]>();
  for (const element of elements) {
    if (element.hidden || element.end <= element.start) continue;
    const microdata = isMicrodataComment(element);
    const loose = microdata || isCommentItemToken(element) ? null : looseCommentToken(element);
    if (!microdata && !loose && !isCommentItemToken(element)) continue;
    if (insideNonThread(element)) continue;
    const key = microdata ? 'microdata' : loose ? `${element.tag}.${loose}~loose` : `${element.tag}.${itemToken(element)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(element);
  }
  let best: Element[] | null = null;
  let bestKey = '';
  let bestScore = 0;
  for (const [key, group] of groups) {
    if (key.endsWith('~loose') && group.length < 2) continue;
    const score = groupScore(group);
    if (score > bestScore) {
      best = group;
      bestKey = key;
      bestScore = score;
    }
  }
  if (!best || bestScore < 1.5) return null;
  return { elements: unwrap(best), signal: bestKey === 'microdata' ? 'microdata' : 'vocabulary' };
}

/**
 * Any other class naming comments (`commentbody`, `comment-wrapper`): a candidate only as a
 * group of repeated siblings, and only if it does not name a part of a comment.
 */
function looseCommentToken(element: Element): string | null {
  const token = element.tokens.find((t) => /comment/.test(t) && (element.tag === 'dt' || !LOOSE_PART.test(t)));
  return token ? token.replace(/\d+/g, '#') : null;
}
const LOOSE_PART = /author|meta|date|time|avatar|reply|count|form|link|header|head|footer|title|number|num|vote|rating|nav|feed|rss|respond|list|section|area|status|text|content|message|wrap|container|recent|widget|sidebar|policy|rules|login|moderat|preview|pagination|page|tab|sort|subscribe|share|spinner|error|hidden|input|button|submit|field|label|count/;

/** The class token that made an element a comment item, digits folded so ids group together. */
function itemToken(element: Element): string {
  const token = element.tokens.find((t) => isCommentItemToken({ ...element, tokens: [t] })) ?? '';
  return token.replace(/\d+/g, '#');
}

function insideNonThread(element: Element): boolean {
  for (let current = element.parent; current && current.tag !== 'body'; current = current.parent) {
    if (current.tag === 'aside' || current.tag === 'form' || current.tag === 'nav' || current.tag === 'footer' && !isCommentSection(current)) return true;
    if (current.tokens.some((t) => NOT_A_THREAD.test(t) && !/comment/.test(t) || /recentcomments|recent-comments|widget/.test(t))) return true;
  }
  return false;
}

/**
 * How much a group looks like a comment thread: per item, an author, a date, and text of its own.
 * Averaged and scaled by count, so one stray `.comment` class does not beat a real thread.
 */
function groupScore(group: Element[]): number {
  let total = 0;
  let chars = 0;
  let linked = 0;
  const members = new Set(group);
  for (const item of group) {
    const parts = partsOf(item, members);
    total += (parts.author ? 1 : 0) + (parts.date ? 1 : 0) + (parts.textChars >= 15 ? 1 : 0);
    chars += parts.textChars;
    linked += parts.linkChars;
  }
  const average = total / group.length;
  // Lists of links with a name and a date are headlines or "recent comments", not a thread.
  if (average < 1.5 || linked > 0.7 * chars) return 0;
  return average * Math.log2(1 + group.length);
}

/** Wrappers that hold exactly one item with the same text are not comments of their own. */
function unwrap(group: Element[]): Element[] {
  const set = new Set(group);
  const wrappers = new Set<Element>();
  for (const item of group) {
    for (let parent = item.parent; parent; parent = parent.parent) {
      if (!set.has(parent)) continue;
      if (parent.start === item.start && parent.end === item.end) wrappers.add(parent);
      break;
    }
  }
  return group.filter((item) => !wrappers.has(item));
}

/** Repeated siblings inside a comment section, each with an author or date element. */
function itemsByStructure(elements: Element[]): Items | null {
  let best: Element[] | null = null;
  let bestScore = 0;
  for (const section of sectionsOf(elements)) {
    if (section.hidden) continue;
    for (const parent of [section, ...descendants(section)]) {
      const bySignature = new Map<string, Element[]>();
      for (const child of parent.children) {
        if (child.kind !== 'element' || child.hidden || child.end <= child.start) continue;
        const signature = `${child.tag}.${child.tokens.filter((t) => !/\d|odd|even|alt|first|last|parent|depth|thread|by|author/.test(t)).sort().join('.')}`;
        let group = bySignature.get(signature);
        if (!group) bySignature.set(signature, (group = []));
        group.push(child);
      }
      for (const group of bySignature.values()) {
        if (group.length < 2) continue;
        const score = groupScore(group);
        if (score > bestScore) {
          best = group;
          bestScore = score;
        }
      }
    }
  }
  return best && bestScore >= 2 ? { elements: best, signal: 'structure' } : null;
}

interface Parts {
  author: Element | null;
  date: Element | null;
  body: Element | null;
  textChars: number;
  /** Of textChars, those inside links. */
  linkChars: number;
}

/** Author, date and body elements of one comment, not looking into nested comments. */
function partsOf(item: Element, items: Set<Element>): Parts {
  let author: Element | null = null;
  let date: Element | null = null;
  let body: Element | null = null;
  const stack: Element[] = [];
  pushChildren(stack, item);
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element) || element.hidden) continue;
    if (!author && element.end > element.start && isAuthor(element)) author = element;
    if (!date && element.end > element.start && isDate(element) && !isAuthor(element)) date = element;
    if (!body && element.end > element.start && isCommentBody(element) && !isCommentChrome(element)) body = element;
    pushChildren(stack, element);
  }
  // Blogger and Thesis keep a comment as <dt> (who) then <dd> (text) and maybe a <dd> footer (when).
  if (item.tag === 'dt') {
    const next = nextElement(item);
    if (next?.tag === 'dd') {
      author ??= isAuthor(item) || SAID_LINE.test(textOfElement(item).trim()) ? item : null;
      const after = nextElement(next);
      date ??= findDate(next) ?? (after?.tag === 'dd' ? findDate(after) : null);
      if (!body || !isInside(body, item)) body = next;
    }
  }
  let kept = keptText(body ?? item, items);
  // A header-only item (WordPress <dt> with author/date, text in the next <dd>) takes its sibling.
  if (kept.length === 0 && (author || date)) {
    const next = nextElement(item);
    if (next && !items.has(next)) {
      body = next;
      kept = keptText(next, items);
    }
  }
  const textChars = kept.reduce((sum, node) => sum + node.end - node.start, 0);
  const linkChars = kept.reduce((sum, node) => sum + (inLink(node, item) ? node.end - node.start : 0), 0);
  if (!date || !author) {
    // "Posted by: Name | October 17, 2012" footers and "by name on date" meta lines.
    const meta = metaLine(item, items);
    if (meta && !date) date = meta;
    if (meta && !author && authorFromLine(textOfElement(meta))) author = meta;
  }
  // A bare date in a link or span ("on <a>2012-10-16 at 8:03 am</a>") with no date class.
  date ??= dateLikeElement(item, items, body);
  // "Name said:" on a line of its own (Movable Type, Blogger) names the author.
  if (!author) author = saidLine(item, items);
  return { author, date, body, textChars, linkChars };
}

function dateLikeElement(item: Element, items: Set<Element>, body: Element | null): Element | null {
  for (const element of descendants(item)) {
    if (items.has(element) || element.hidden || (body && isInside(element, body))) continue;
    const length = element.end - element.start;
    if (length === 0 || length > 60) continue;
    const match = DATE_TEXT.exec(textOfElement(element));
    if (match && match[0].length >= 0.6 * length) return element;
  }
  return null;
}

function findDate(root: Element): Element | null {
  for (const element of descendants(root)) if (element.end > element.start && isDate(element) && !isAuthor(element)) return element;
  return null;
}

function isInside(node: Element, container: Element): boolean {
  for (let current: Element | null = node; current; current = current.parent) if (current === container) return true;
  return false;
}

function inLink(node: TextNode, stop: Element): boolean {
  for (let current: Element | null = node.parent; current && current !== stop; current = current.parent) {
    if (current.tag === 'a') return true;
  }
  return false;
}

function nextElement(element: Element): Element | null {
  const siblings = element.parent?.children ?? [];
  for (let i = siblings.indexOf(element) + 1; i < siblings.length; i++) {
    const sibling = siblings[i]!;
    if (sibling.kind === 'element') return sibling;
  }
  return null;
}

/** A short chrome line in the comment (footer, meta) that shows a date. */
function metaLine(item: Element, items: Set<Element>): Element | null {
  for (const element of descendants(item)) {
    if (items.has(element) || element.hidden || element.end <= element.start) continue;
    if ((!isCommentChrome(element) && !isDate(element)) || element.tag === 'img') continue;
    const value = textOfElement(element);
    if (value.length < 200 && DATE_TEXT.test(value)) return element;
  }
  return null;
}

function saidLine(item: Element, items: Set<Element>): Element | null {
  for (const element of descendants(item)) {
    if (items.has(element) || element.hidden || element.end <= element.start) continue;
    if (element.end - element.start > 80) continue;
    if (SAID_LINE.test(textOfElement(element).trim())) return element;
  }
  return null;
}

// The page text for the helpers below; set once per findComments call (single-threaded, no reentry).
let renderedText = '';
function textOfElement(element: Element): string {
  return renderedText.slice(element.start, element.end);
}

function pushChildren(stack: Element[], element: Element): void {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (child.kind === 'element') stack.push(child);
  }
}

/**
 * The text nodes that are the comment's own words: not in nested comments, reply lists, the
 * author/date header, avatars, vote counts or reply links.
 */
function keptText(root: Element, items: Set<Element>, skip: (Element | null)[] = []): TextNode[] {
  const kept: TextNode[] = [];
  const stack: Node[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.kind === 'text') {
      if (node.end > node.start && !node.parent.hidden) kept.push(node);
      continue;
    }
    if (node.hidden || items.has(node) || isReplyList(node) || skip.includes(node)) continue;
    if (node !== root && isCommentChrome(node) && !isCommentBody(node)) continue;
    if (isAuthor(node) || (isDate(node) && node.end - node.start < 80)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return kept;
}

function readComments(items: Element[], text: string): Comment[] {
  const set = new Set(items);
  const sorted = [...items].sort((a, b) => a.order - b.order);
  const byElement = new Map<Element, Comment>();
  const comments: Comment[] = [];
  for (const item of sorted) {
    const parts = partsOf(item, set);
    const kept = keptText(parts.body ?? item, set, [parts.author, parts.date]).filter(
      (node) => !isUiText(text.slice(node.start, node.end), node),
    );
    // "1 Name url | date" on one line before the text: that line is the header, not the comment.
    const { header: headerNodes, rest: nodes } = splitHeaderLine(kept, parts.date, text);
    if (nodes.length === 0 || !nodes.some((node) => /[\p{L}\p{N}]/u.test(text.slice(node.start, node.end)))) continue;
    const paragraphs = paragraphsOf(nodes, text);
    // "On October 29, 2012 at 2:35am, Rosa said..." as the first paragraph is a header in the text.
    const saidHeader = paragraphs.length > 1 ? SAID_PARAGRAPH.exec(paragraphs[0]!.text) : null;
    const headerParagraph = saidHeader ? paragraphs.shift()! : null;
    const start = paragraphs[0]!.start;
    const end = paragraphs[paragraphs.length - 1]!.end;
    const parent = parentOf(item, set, byElement, comments);
    const header = headerParagraph ?? headerOf(parts, start, text, headerNodes);
    const comment: Comment = {
      id: `c${comments.length + 1}`,
      index: comments.length,
      text: text.slice(start, end),
      start,
      end,
      author: authorOf(parts.author, text) ?? authorFromHeaderNodes(headerNodes, text) ?? (saidHeader ? saidHeader[2]!.split(/,\s+/).pop()!.trim() : null),
      postedAt: dateOf(parts.date, parts.author, text) ?? (saidHeader ? (DATE_TEXT.exec(saidHeader[0])?.[0] ?? null) : null),
      parentId: parent?.comment.id ?? null,
      depth: parent ? parent.comment.depth + 1 : 0,
      language: detectLanguage(text.slice(start, end)),
      header,
      paragraphs,
      replyEvidence: parent ? evidence(parent.rule, header ?? paragraphs[0]!) : null,
      selector: cssPath(item),
    };
    if (!parent) linkMention(comment, comments);
    byElement.set(item, comment);
    comments.push(comment);
  }
  return comments;
}

function isUiText(value: string, node: TextNode): boolean {
  if (value.length > 40) return false;
  // Short UI words are dropped wherever they are; inside links, anything short and link-only.
  return UI_TEXT.test(value.trim()) || (node.parent.tag === 'a' && /^(?:#|\[|\(|reply|permalink|link|report)/i.test(value));
}

/** Kept text nodes grouped into paragraphs: a line break between two nodes starts a new one. */
function paragraphsOf(nodes: TextNode[], text: string): Segment[] {
  const paragraphs: Segment[] = [];
  let start = nodes[0]!.start;
  let end = nodes[0]!.end;
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    const gap = text.slice(end, node.start);
    if (gap.includes('\n') || gap.trim().length > 0) {
      paragraphs.push({ text: text.slice(start, end), start, end });
      start = node.start;
    }
    end = node.end;
  }
  paragraphs.push({ text: text.slice(start, end), start, end });
  return mergeInlineGaps(paragraphs, text);
}

/** Two runs separated only by spaces on one line are one paragraph (a dropped inline between). */
function mergeInlineGaps(paragraphs: Segment[], text: string): Segment[] {
  const merged: Segment[] = [];
  for (const paragraph of paragraphs) {
    const last = merged[merged.length - 1];
    if (last && !text.slice(last.end, paragraph.start).includes('\n') && paragraph.start - last.end < 200) {
      last.end = paragraph.end;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    merged.push({ ...paragraph });
  }
  return merged;
}

function headerOf(parts: Parts, textStart: number, text: string, nodes: TextNode[] = []): Segment | null {
  const spans: { start: number; end: number }[] = [parts.author, parts.date].filter((e): e is Element => !!e && e.end > e.start && e.start < textStart);
  spans.push(...nodes.filter((node) => node.start < textStart));
  if (spans.length === 0) return null;
  const start = Math.min(...spans.map((e) => e.start));
  const end = Math.min(textStart, Math.max(...spans.map((e) => e.end)));
  if (end <= start) return null;
  const trimmed = trimSpan(text, start, end);
  return trimmed.end > trimmed.start ? trimmed : null;
}

/** Kept nodes on the date's line, when the comment text continues on later lines. */
function splitHeaderLine(nodes: TextNode[], date: Element | null, text: string): { header: TextNode[]; rest: TextNode[] } {
  if (!date || date.end <= date.start) return { header: [], rest: nodes };
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const newline = text.indexOf('\n', date.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const header: TextNode[] = [];
  const rest: TextNode[] = [];
  for (const node of nodes) {
    if (node.start >= lineStart && node.end <= lineEnd) header.push(node);
    else rest.push(node);
  }
  const continues = rest.some((node) => node.start >= lineEnd);
  return continues && header.length ? { header, rest } : { header: [], rest: nodes };
}

function trimSpan(text: string, start: number, end: number): Segment {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}

