/**
 * The parts of one comment element: its author, date and body elements, and the text nodes that
 * are the commenter's own words (not nested comments, headers, avatars, votes or reply links).
 */
import { childIndex, descendants, type Element, type Node, type TextNode } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { blankDates, titledDate } from '../dates.js';
import { DATE_TEXT, SAID_LINE, authorFromLine, nameWithin, writerOfDatedLine, showsNoName } from './header.js';
import { headedPostHeading } from './headed-runs.js';
import { isControlLink } from '../vocabulary.js';

export interface Parts {
  author: Element | null;
  date: Element | null;
  body: Element | null;
  textChars: number;
  /** Of textChars, those inside links. */
  linkChars: number;
}

/** Author, date and body elements of one comment, not looking into nested comments. */
export function partsOf(item: Element, items: Set<Element>, text: string, facts: PageFacts): Parts {
  let author: Element | null = null;
  let date: Element | null = null;
  let body: Element | null = null;
  const stack: Element[] = [];
  pushChildren(stack, item);
  // Quote blocks met on the way down: the name and date a quote cites ("harbour_rat wrote:") are
  // the quoted post's, never this one's.
  const quotes: Element[] = [];
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element) || element.hidden) continue;
    while (quotes.length && !isInside(element, quotes[quotes.length - 1]!)) quotes.pop();
    if (facts.is(element, Fact.quote)) quotes.push(element);
    if (quotes.length) {
      pushChildren(stack, element);
      continue;
    }
    // An "@name" link in the text is a mention, not who wrote it (Stack Exchange puts the author after the text).
    if (!author && facts.is(element, Fact.author) && !showsNoName(element, text) && !isMentionInWords(element, item, items, facts) && !isDateLine(element, text, facts) && !isCitedInProse(element, item, facts)) author = element;
    if (!date && element.end > element.start && facts.is(element, Fact.date) && !facts.is(element, Fact.author) && showsDate(element, text)) date = element;
    // The first comment body; a generic one ("entry", "content") gives way to a specific one inside it.
    const isBody = element.end > element.start && facts.is(element, Fact.commentBody) && !facts.is(element, Fact.commentChrome);
    if (isBody && (!body || (facts.is(body, Fact.weakBody) && !facts.is(element, Fact.weakBody) && isInside(element, body)))) body = element;
    pushChildren(stack, element);
  }
  // Blogger and Thesis keep a comment as <dt> (who) then <dd> (text) and maybe a <dd> footer (when).
  if (item.tag === 'dt') {
    const next = nextElement(item);
    if (next?.tag === 'dd') {
      const line = text.slice(item.start, item.end).trim();
      // A header line with the date and the name after it ("Le 6 octobre 2024 par Margaux L.") is both.
      const dated = writerOfDatedLine(line) !== null;
      author ??= facts.is(item, Fact.author) || SAID_LINE.test(line) || dated ? item : null;
      if (dated) date ??= item;
      const after = nextElement(next);
      date ??= findDate(next, items, facts) ?? (after?.tag === 'dd' ? findDate(after, items, facts) : null);
      if (!body || !isInside(body, item)) body = next;
    }
  }
  let kept = keptText(body ?? item, items, facts);
  // A generic body holding only nested comments (an answer's `div.content` around its comment
  // list) is the replies' wrapper: the post's own words are elsewhere in the item.
  if (kept.length === 0 && body && facts.is(body, Fact.weakBody)) {
    const own = keptText(item, items, facts);
    if (own.length) [body, kept] = [null, own];
  }
  // A header-only item (WordPress <dt> with author/date, text in the next <dd>) takes its sibling.
  if (kept.length === 0 && (author || date)) {
    const next = nextElement(item);
    if (next && !items.has(next)) {
      body = next;
      kept = keptText(next, items, facts);
    }
  }
  const textChars = kept.reduce((sum, node) => sum + node.end - node.start, 0);
  const linkChars = kept.reduce((sum, node) => sum + (inLink(node, item) ? node.end - node.start : 0), 0);
  if (!date || !author) {
    // "Posted by: Name | October 17, 2012" footers and "by name on date" meta lines.
    const meta = metaLine(item, items, text, facts);
    if (meta && !date) date = meta;
    if (meta && !author && authorFromLine(text.slice(meta.start, meta.end))) author = meta;
  }
  // A bare date in a link or span ("on <a>2012-10-16 at 8:03 am</a>") with no date class.
  date ??= dateLikeElement(item, items, body, text, facts);
  // A wrapped "Name (date):" post: its heading is the header line, however long the name before
  // the date, and the name is the text before the date on it.
  const heading = headedPostHeading(item);
  date ??= heading;
  if (!author && heading) author = heading;
  // bbPress prints each post's date in a header row just before the post; the row repeats before
  // other posts, where a thread's summary line or the article's own date line stands once.
  if (!date && headerRepeats(item, items)) date = dateInRowBefore(item, items, text, facts);
  // "Name said:" on a line of its own (Movable Type, Blogger) names the author.
  if (!author) author = saidLine(item, items, text, facts);
  return { author, date, body, textChars, linkChars };
}

/** A date-classed element that shows a date (not Disqus' "•" bullet classed time-ago-bullet). */
function showsDate(element: Element, text: string): boolean {
  return element.tag === 'time' || 'datetime' in element.attrs || DATE_TEXT.test(text.slice(element.start, Math.min(element.end, element.start + 200))) || titledDate(element, text);
}

function dateLikeElement(item: Element, items: Set<Element>, body: Element | null, text: string, facts: PageFacts): Element | null {
  for (const element of unquoted(item, facts)) {
    // A profile link is a name, whatever it looks like (an IP editor's "203.0.113.9"); an author
    // line ("by Minoa » Tue Aug 27, 2019") may still hold the date.
    if (items.has(element) || element.hidden || (body && isInside(element, body)) || (element.tag === 'a' && facts.is(element, Fact.author))) continue;
    const length = element.end - element.start;
    if (length === 0 || length > 60) continue;
    const match = DATE_TEXT.exec(text.slice(element.start, element.end));
    if (match && match[0].length >= 0.6 * length) return tightestDate(element, match.index + element.start, text);
  }
  return null;
}

/**
 * The innermost element around the date that is still mostly date: a short name before it ("dkim
 * (Feb 13 2024 at 10:02):") leaves a date-like header line, whose link holds the date alone.
 */
function tightestDate(element: Element, at: number, text: string): Element {
  for (let found = true; found; ) {
    found = false;
    for (const child of element.children) {
      if (child.kind !== 'element' || child.hidden || child.start > at || child.end <= at) continue;
      const match = DATE_TEXT.exec(text.slice(child.start, child.end));
      if (!match || match.index + child.start !== at || match[0].length < 0.6 * (child.end - child.start)) continue;
      element = child;
      found = true;
      break;
    }
  }
  return element;
}

/** The first date in the element, not looking into nested comments (a reply's <dt>/<dd> pair). */
function findDate(root: Element, items: Set<Element>, facts: PageFacts): Element | null {
  const stack: Element[] = [];
  pushChildren(stack, root);
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element) || (element.tag === 'dd' && termOf(element, items))) continue;
    if (element.end > element.start && facts.is(element, Fact.date) && !facts.is(element, Fact.author)) return element;
    pushChildren(stack, element);
  }
  return null;
}

/**
 * A "Quote" control is a short label; an element named `quote` right after a quote block, holding a
 * sentence or more, is the reply's own words after the quoted post (Snitz's `font#quote`). A block
 * named `quote` with no quote before it is the quote itself (Slashdot's `p.quote`).
 */
const QUOTE_CONTROL_CHARS = 40;
function isWordsAfterQuote(element: Element, facts: PageFacts): boolean {
  if (element.end - element.start <= QUOTE_CONTROL_CHARS || !element.tokens.includes('quote') || element.tag === 'a' || element.tag === 'button') return false;
  const siblings = element.parent?.children ?? [];
  for (let i = siblings.indexOf(element) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    // The quote itself, or the element malformed markup closed around it (Snitz's stray `</font>`).
    if (sibling.kind === 'element') return facts.holds(sibling, Fact.quote);
    if (/\S/.test(sibling.value)) return false;
  }
  return false;
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
  return siblingElement(element, 1);
}

/** The nearest element sibling before (-1) or after (1). */
function siblingElement(element: Element, step: 1 | -1): Element | null {
  const siblings = element.parent?.children ?? [];
  for (let i = childIndex(element) + step; i >= 0 && i < siblings.length; i += step) {
    const sibling = siblings[i]!;
    if (sibling.kind === 'element') return sibling;
  }
  return null;
}

/** A header row's bounds. A list of replies after the post is no row. */
const HEADER_ROW_CHARS = 300;
const ROW_ELEMENTS = 200;
const ROW_TAGS = new Set(['div', 'header', 'section']);

/** A short element that is no comment and holds none (a list of replies is no row). */
function isRow(element: Element, items: Set<Element>): boolean {
  if (element.end - element.start > HEADER_ROW_CHARS || items.has(element)) return false;
  // A row is a few elements; one of thousands of empty ones is not (the bound keeps this linear).
  let seen = 0;
  for (const inner of descendants(element)) if (items.has(inner) || ++seen > ROW_ELEMENTS) return false;
  return true;
}

/**
 * The date in the row right before the post: a block row's first date (bbPress), else a date in a
 * short header that names nobody and holds no text (the post's own header, drawn as its sibling).
 * None when a row after the post shows a date: then each date sits below its post, and the row
 * above is the previous post's.
 */
function dateInRowBefore(item: Element, items: Set<Element>, text: string, facts: PageFacts): Element | null {
  const before = siblingElement(item, -1);
  if (!before) return null;
  const after = siblingElement(item, 1);
  if (after && isRow(after, items) && findDate(after, items, facts)) return null;
  // A row is a block of its own right before the post: an inline date inside a paragraph the post
  // interrupts (tag soup) is the paragraph's, and text between the two parts them.
  const blockRow = ROW_TAGS.has(before.tag) && before.end <= item.start && !text.slice(before.end, item.start).trim() && isRow(before, items) && !facts.holds(before, Fact.author);
  const rowDate = blockRow ? findDate(before, items, facts) : null;
  if (rowDate) return rowDate;
  if (items.has(before) || before.hidden || before.end - before.start > 200 || before.end <= before.start) return null;
  if (facts.holds(before, Fact.author) || facts.holds(before, Fact.commentBody)) return null;
  for (const element of descendants(before)) {
    if (element.end > element.start && facts.is(element, Fact.date) && showsDate(element, text)) return element;
  }
  return dateLikeElement(before, items, null, text, facts);
}

/** A short chrome line in the comment (footer, meta) that shows a date. */
function metaLine(item: Element, items: Set<Element>, text: string, facts: PageFacts): Element | null {
  for (const element of unquoted(item, facts)) {
    if (items.has(element) || element.hidden || element.end <= element.start) continue;
    if ((!facts.is(element, Fact.commentChrome) && !facts.is(element, Fact.date)) || element.tag === 'img') continue;
    const value = text.slice(element.start, element.end);
    if (value.length < 200 && DATE_TEXT.test(value)) return element;
  }
  return null;
}

function saidLine(item: Element, items: Set<Element>, text: string, facts: PageFacts): Element | null {
  for (const element of unquoted(item, facts)) {
    if (items.has(element) || element.hidden || element.end <= element.start) continue;
    if (element.end - element.start > 80) continue;
    // "Marco said:" just above a quote block names the quoted post's writer (Zulip's quote header).
    const next = nextElement(element);
    if (next && facts.is(next, Fact.quote)) continue;
    if (SAID_LINE.test(text.slice(element.start, element.end).trim())) return element;
  }
  return null;
}

/**
 * The elements of an item outside its quote blocks: the fallbacks that read a name or a date from
 * any line ("X said:", "Posted by X | date") must not take the quoted post's, as the main walk does not.
 */
function* unquoted(item: Element, facts: PageFacts): Generator<Element> {
  const stack: Element[] = [];
  pushChildren(stack, item);
  while (stack.length) {
    const element = stack.pop()!;
    if (facts.is(element, Fact.quote)) continue;
    yield element;
    pushChildren(stack, element);
  }
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
export function keptText(root: Element, items: Set<Element>, facts: PageFacts, skip: (Element | null)[] = [], dropControls = true): TextNode[] {
  const kept: TextNode[] = [];
  let droppedControl = false;
  const stack: Node[] = [];
  // Parallel to `stack`: 1 inside a quote block, where the quoted author and date are text the commenter kept.
  const quoted: number[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    stack.push(root.children[i]!);
    quoted.push(0);
  }
  while (stack.length) {
    const node = stack.pop()!;
    let inQuote = quoted.pop() === 1;
    if (node.kind === 'text') {
      if (node.end > node.start && !node.parent.hidden) kept.push(node);
      continue;
    }
    if (node.hidden || items.has(node) || facts.is(node, Fact.replyList) || skip.includes(node)) continue;
    // A control, in a quote too ("Click to expand..." under a long quoted post), is nobody's words,
    // unless it holds all the comment has (a site that makes the whole text a button opening the thread).
    if (dropControls && isControlLink(node)) {
      droppedControl = true;
      continue;
    }
    inQuote ||= facts.is(node, Fact.quote);
    if (!inQuote) {
      // Blogger nests a reply as <dt> (an item) then <dd> (its text): that <dd> is the reply's, not ours.
      if (node !== root && node.tag === 'dd' && termOf(node, items)) continue;
      // Chrome, unless it holds the text: old Reddit puts every comment's text in a <form>.
      if (node !== root && facts.is(node, Fact.commentChrome) && !facts.is(node, Fact.commentBody) && !(node.tag === 'form' && facts.holds(node, Fact.commentBody)) && !isWordsAfterQuote(node, facts)) continue;
      if ((facts.is(node, Fact.author) && !isMentionInWords(node, root, items, facts) && !isProseBlock(node) && !inProse(node, root)) || (facts.is(node, Fact.date) && node.end - node.start < 80)) continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push(node.children[i]!);
      quoted.push(inQuote ? 1 : 0);
    }
  }
  if (droppedControl && kept.length === 0) return keptText(root, items, facts, skip, false);
  return kept;
}

/**
 * A link inside a paragraph of the comment's text ("see <a href=/~jo/>my notes</a> on this") cites
 * a page, even one shaped like a profile: it names no author. A short meta line ("Posted by
 * <a>Jo</a>") is no paragraph, and a long header line (a tagline with points and age) is outside
 * the text block (`comment-content`, not a generic `entry` around header and text alike).
 */
function isCitedInProse(element: Element, item: Element, facts: PageFacts): boolean {
  if (element.tag !== 'a') return false;
  let inProse = false;
  for (let current = element.parent; current && current !== item; current = current.parent) {
    inProse ||= isProseBlock(current);
    if (inProse && facts.is(current, Fact.commentBody) && !facts.is(current, Fact.weakBody) && !facts.is(current, Fact.commentChrome)) return true;
  }
  return false;
}

/** Per comment set: how many comments each header shape (tag and classes) stands right before. */
const headerShapes = new WeakMap<Set<Element>, Map<string, number>>();

/** Tag and classes, numbers blanked: ids and per-post classes ("post-9141") differ from post to post. */
function shapeKey(element: Element): string {
  const classes = (element.attrs.class ?? '').toLowerCase().replace(/\d+/g, '#').split(/\s+/).filter(Boolean);
  return element.tag + '.' + classes.sort().join('.');
}

/**
 * A header row is the post's own when the same shape of row stands before another post too: a
 * block seen once before the first comment (a "4 replies, last activity ..." line, the article's
 * date line) is no post's header.
 */
function headerRepeats(item: Element, items: Set<Element>): boolean {
  const before = siblingElement(item, -1);
  if (!before || items.has(before)) return false;
  let shapes = headerShapes.get(items);
  if (!shapes) {
    shapes = new Map();
    for (const other of items) {
      const header = siblingElement(other, -1);
      if (header && !items.has(header)) shapes.set(shapeKey(header), (shapes.get(shapeKey(header)) ?? 0) + 1);
    }
    headerShapes.set(items, shapes);
  }
  return (shapes.get(shapeKey(before)) ?? 0) >= 2;
}

/**
 * A paragraph of prose is no name, whatever its class: atomic CSS names (Medium's `<pre class="mu
 * fn is">`) collide with microformat tokens such as `fn`.
 */
const PROSE_TAGS = new Set(['p', 'pre', 'blockquote']);
function isProseBlock(element: Element): boolean {
  return PROSE_TAGS.has(element.tag) && element.end - element.start > 80;
}

/** Characters a paragraph holds beside a link for the link to be part of a sentence. */
const SENTENCE_AROUND = 20;

/**
 * Inside a paragraph that says more than the link: a profile link there is a name the commenter
 * wrote (Jira and Confluence render a mention as the user's linked name, no "@"), kept as text.
 */
function inProse(element: Element, root: Element): boolean {
  for (let current = element.parent; current && current !== root; current = current.parent) {
    if (PROSE_TAGS.has(current.tag)) return current.end - current.start - (element.end - element.start) >= SENTENCE_AROUND;
  }
  return false;
}

/**
 * A user block that holds a date but names nobody: Stack Exchange's "edited Mar 12" card above the
 * owner's "answered ... Name" card.
 */
function isDateLine(element: Element, text: string, facts: PageFacts): boolean {
  const holdsDate = facts.holds(element, Fact.date) || facts.holds(element, Fact.dateText);
  if (!holdsDate || element.tag === 'a' || nameWithin(element, text, facts) !== element) return false;
  // What is left once the date is gone: only a verb of the action dated ("edited", "answered").
  const rest = blankDates(text.slice(element.start, Math.min(element.end, element.start + 200)));
  return (rest.match(/\p{L}[\p{L}\p{N}_.'-]*/gu) ?? []).every((word) => ACTION_WORD.test(word));
}
const ACTION_WORD = /^(?:asked|answered|edited|posted|updated|modified|commented|replied|wrote|created|published|on|at|by|in|last|activity|active|viewed|times?)$/i;

/**
 * A link to a user written "@name" in the text is a mention the commenter typed, not a header. The
 * same "@name" standing in no paragraph and no comment body, in a comment that names no other
 * writer, is the post's header showing its writer by handle (Qiita, Misskey, Bluesky-style cards):
 * that one is the writer.
 */
function isMentionInWords(element: Element, root: Element, items: Set<Element>, facts: PageFacts): boolean {
  if (!isMention(element)) return false;
  // Words right beside it (XenForo's mention opening a post's text, with no paragraph around it).
  if (wordsBeside(element)) return true;
  for (let current = element.parent; current && current !== root; current = current.parent) {
    if (PROSE_TAGS.has(current.tag) || current.tag === 'li' || facts.is(current, Fact.commentBody)) return true;
  }
  // A name link of its own elsewhere in the comment (Stack Exchange's after the words): the "@name"
  // on a line of its own before the words answers someone.
  return namesAnotherWriter(element, itemAround(root, items), items, facts);
}

/** The comment item an element is in: itself or its nearest ancestor among the items, else itself. */
function itemAround(element: Element, items: Set<Element>): Element {
  for (let current: Element | null = element; current; current = current.parent) if (items.has(current)) return current;
  return element;
}

/** Whether the item, nested items aside, holds an author link with a name that is no "@" mention. */
function namesAnotherWriter(mention: Element, item: Element, items: Set<Element>, facts: PageFacts): boolean {
  const stack: Element[] = [];
  pushChildren(stack, item);
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element) || element.hidden) continue;
    if (element !== mention && facts.is(element, Fact.author) && !isMention(element) && showsLetters(element)) return true;
    pushChildren(stack, element);
  }
  return false;
}

/** Whether any text inside the element holds a letter (a name, not an avatar image alone). */
function showsLetters(element: Element): boolean {
  for (const node of element.children) {
    if (node.kind === 'text' ? /\p{L}/u.test(node.value) : showsLetters(node)) return true;
  }
  return false;
}

/** Whether a text node next to the element holds a letter: the element stands in a sentence. */
function wordsBeside(element: Element): boolean {
  const siblings = element.parent?.children ?? [];
  const index = childIndex(element);
  for (const sibling of [siblings[index - 1], siblings[index + 1]]) if (sibling?.kind === 'text' && /\p{L}/u.test(sibling.value)) return true;
  return false;
}

function isMention(element: Element): boolean {
  if (element.tag !== 'a' && element.tag !== 'span') return false;
  for (const node of element.children) {
    if (node.kind === 'text') {
      const value = node.value.trimStart();
      if (value) return value.startsWith('@');
    } else return false;
  }
  return false;
}

/** The comment item a <dd> belongs to: the <dt> a few siblings before it, when that is an item. */
function termOf(dd: Element, items: Set<Element>): Element | null {
  const siblings = dd.parent?.children ?? [];
  let seen = 0;
  for (let i = childIndex(dd) - 1; i >= 0 && seen < 8; i--) {
    const sibling = siblings[i]!;
    if (sibling.kind !== 'element') continue;
    if (sibling.tag === 'dt') return items.has(sibling) ? sibling : null;
    seen++;
  }
  return null;
}
