/**
 * A forum thread or Q&A page has no article: its opening post (or question) is the body, and every
 * later post is a comment. The opening post is either the first of the posts themselves (phpBB,
 * XenForo and GitHub render every post alike) or an element just before them that is built like a
 * post, with an author, a date and text, and is marked as one of the thread (Discourse's post #1,
 * a Stack Exchange question, a Reddit self-post, a Hacker News story). Either way the page must hold
 * no article text before it: on an article page the first comment answers the article.
 */
import { descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import type { Range } from '../leaves.js';
import { overlapTest } from '../ranges.js';
import { partsOf } from './parts.js';

/** Class tokens and microdata that mark the opening post of a thread. */
const OPENING_TOKEN = /^(?:question|topic|op|original-post|opening-post|first-?(?:post|comment|message|entry)|(?:post|comment|message|entry)-?first|\w+_firstpost|detailed-status|fatitem|toptext|thread-?starter|issue|js-issue|post-listing|self)$/;
/**
 * A class or test id naming a part of the opening post after what it belongs to: Canvas'
 * `discussion-topic-header`, `discussion-topic-container`, a `question-body`.
 */
const OPENING_PART = /(?:^|[-_])(?:topic|question|original-post|opening-post|first-?post)[-_](?:header|container|body|post|main|content|message|details)$/;
const THREAD_TYPE = /schema\.org\/(?:DiscussionForumPosting|Question|SocialMediaPosting|QAPage)\b/i;
/** Tokens every item of many lists carries, which say nothing about a shared engine. */
const GENERIC_TOKEN = /^(?:clearfix|row|col|container|wrapper|inner|content|block|box|card|item|js-\w+|d-\w+|flex|grid)$/;

/** Rendered lines this long, outside boilerplate, count as article prose. */
const PROSE_LINE = 60;
/** Prose before a post built like the thread's posts that makes an article of it: several paragraphs. */
const ARTICLE_PROSE = 600;

export interface OpeningPost {
  element: Element;
  /** Whether it is one of the items (and must leave the comment list). */
  amongItems: boolean;
}

/**
 * @param items the comment items in page order
 * @param boilerplate ranges of page furniture, which never count as article prose
 * @param declaredThread whether the page's structured data says it is a forum thread or a Q&A
 *   page; asked only when the markup leaves it open (it reads every script and element)
 */
export function openingPost(items: Element[], text: string, facts: PageFacts, boilerplate: Range[], declaredThread: () => boolean = () => false): OpeningPost | null {
  const first = items[0];
  if (!first) return null;
  // Comment sections hold replies to an article; a forum that names its posts "comments" marks its
  // first post, or says in its structured data that the page is a thread (Invision).
  // Comments under a question (Stack Exchange) sit in a comment section inside the opening post.
  if (!marksOpening(first) && insideCommentSection(first, facts) && !insideOpening(first) && !declaredThread()) return null;
  const inFurniture = overlapTest(boilerplate);
  const linked = linkedChars(facts.elements, first.start);
  // Each post's own characters, read once: the thread's weight and the first post's come from them.
  const ownChars = ownCharsIn(items, text, facts);
  const postChars = items.map(ownChars);
  const noArticleBefore = (element: Element, chars: number, least = 200) => proseBefore(text, element.start, inFurniture, linked) < Math.max(least, 0.3 * chars);
  const itemTokens = stableTokens(items);
  const before = precedingPost(first, items, itemTokens, text, facts);
  // Prose after the last item that outweighs the whole thread is the page's article: the items are
  // bylines, teaser cards or comments beside it, and none of them opens a thread.
  const last = items[items.length - 1]!;
  const threadChars = postChars.reduce((sum, chars) => sum + chars, 0);
  if (proseBetween(text, last.end, text.length, inFurniture, null) > Math.max(ARTICLE_PROSE, 2 * threadChars)) return null;
  // A post built like the items (XenForo's first post, which alone lacks their microdata) opens
  // the thread unless a real article precedes it; a notice or a banner line is no article.
  if (before && noArticleBefore(before, ownChars(before), builtLike(before, items[0]!, itemTokens) ? ARTICLE_PROSE : 200)) return { element: before, amongItems: false };
  if (items.length >= 2 && isThreadItem(first, items) && noArticleBefore(first, postChars[0]!)) return { element: first, amongItems: true };
  return null;
}

/**
 * The nearest element before the first item, not inside any item, that holds an author, a date
 * and text of its own and is marked as belonging to the thread.
 */
function precedingPost(first: Element, items: Element[], itemTokens: Set<string>, text: string, facts: PageFacts): Element | null {
  const prefix = tagPrefix(first.tag);
  const itemSet = new Set(items);
  // Once an unmarked post-like block precedes the items, no earlier sibling is the opening post;
  // a post around them still may be (the question's signature card sits before its comments).
  let siblingsDone = false;
  for (let from: Element = first; from.parent && from.parent.tag !== 'body'; from = from.parent) {
    // The post may hold its first replies (comments under a Stack Exchange question), never the
    // whole thread: an element around every item is the thread's wrapper.
    if (!itemSet.has(from.parent) && !holdsAll(from.parent, items)) {
      const around = postWithin(from.parent, itemSet, text, facts);
      if (around && marksThread(around, new Set(), null)) return around;
    }
    if (siblingsDone) continue;
    const siblings = from.parent.children;
    for (let i = siblings.indexOf(from) - 1; i >= 0; i--) {
      const sibling = siblings[i]!;
      if (sibling.kind !== 'element' || sibling.hidden || sibling.end <= sibling.start) continue;
      const candidate = postWithin(sibling, itemSet, text, facts);
      if (!candidate) continue;
      if (marksThread(candidate, itemTokens, prefix)) return candidate;
      siblingsDone = true;
      break;
    }
  }
  return null;
}

function holdsAll(element: Element, items: Element[]): boolean {
  const last = items[items.length - 1]!;
  for (let current: Element | null = last; current; current = current.parent) if (current === element) return true;
  return false;
}

/** The element itself, or its deepest descendant still holding the author, date and text, as a post. */
function postWithin(element: Element, items: Set<Element>, text: string, facts: PageFacts): Element | null {
  if (!facts.holds(element, Fact.author) || !(facts.holds(element, Fact.date) || facts.holds(element, Fact.dateText))) return null;
  // Replies may sit inside it (comments under a Stack Exchange question); its own parts leave them out.
  const parts = partsOf(element, items, text, facts);
  if (!parts.author || !parts.date || parts.textChars < 15) return null;
  return isTitleBar(element, parts.textChars - parts.linkChars) ? null : element;
}

/**
 * The page's title bar ("Topic title / By X, date in Category / Share"): it holds the headline and
 * little else of its own outside links, where an opening post has words of its own.
 */
function isTitleBar(element: Element, unlinkedChars: number): boolean {
  if (element.tag.includes('-') || marksOpening(element)) return false;
  for (const inner of descendants(element)) if (inner.tag === 'h1') return unlinkedChars - (inner.end - inner.start) < 15;
  return false;
}

/** The candidate is of the thread: it shares a class with the items, or says it opens a thread. */
function marksThread(candidate: Element, itemTokens: Set<string>, prefix: string | null): boolean {
  for (const element of [candidate, ...descendants(candidate)]) {
    if (element.tokens.some((t) => itemTokens.has(t) || OPENING_TOKEN.test(t) || OPENING_PART.test(t)) || OPENING_PART.test(element.attrs['data-testid'] ?? '')) return true;
    if (THREAD_TYPE.test(element.attrs.itemtype ?? '')) return true;
    if (prefix && tagPrefix(element.tag) === prefix) return true;
  }
  return false;
}

/** Same tag as the items and one of their stable class tokens: another post of the same list. */
function builtLike(candidate: Element, first: Element, itemTokens: Set<string>): boolean {
  return candidate.tag === first.tag && candidate.tokens.some((token) => itemTokens.has(token));
}

function marksOpening(element: Element): boolean {
  return element.tokens.some((t) => OPENING_TOKEN.test(t)) || THREAD_TYPE.test(element.attrs.itemtype ?? '');
}

/** The first item opens the thread when the items are posts of a thread rather than replies in a list. */
function isThreadItem(first: Element, items: Element[]): boolean {
  // A nested item is a reply; the opening post is never inside another post.
  for (let current = first.parent; current; current = current.parent) if (items.includes(current)) return false;
  return true;
}

function insideOpening(element: Element): boolean {
  for (let current = element.parent; current; current = current.parent) if (marksOpening(current)) return true;
  return false;
}

function insideCommentSection(element: Element, facts: PageFacts): boolean {
  // The page's own <body> classed `discussions` (Canvas) says what the page is: a thread, whose
  // first post may open it, not a comment section of replies to an article.
  for (let current = element.parent; current && current.tag !== 'body'; current = current.parent) if (facts.is(current, Fact.commentSection)) return true;
  return false;
}

function stableTokens(items: Element[]): Set<string> {
  const tokens = new Set<string>();
  for (const item of items.slice(0, 20)) for (const token of item.tokens) if (!/\d/.test(token) && !GENERIC_TOKEN.test(token)) tokens.add(token);
  return tokens;
}

/** `shreddit` of `shreddit-comment`: custom elements of one library share it. */
function tagPrefix(tag: string): string | null {
  const dash = tag.indexOf('-');
  return dash > 0 ? tag.slice(0, dash) : null;
}

/**
 * An element's own characters, leaving out every other item. One set of the items serves every
 * call, the element itself taken out while it is read: a set of the others built per item made a
 * thread of n posts cost n² (8,000 XenForo posts took 5.5 s).
 */
function ownCharsIn(items: Element[], text: string, facts: PageFacts): (element: Element) => number {
  const others = new Set(items);
  return (element) => {
    const among = others.delete(element);
    try {
      return partsOf(element, others, text, facts).textChars;
    } finally {
      if (among) others.add(element);
    }
  };
}

/**
 * Characters of long rendered lines before `end`, leaving out page furniture and lines that are
 * mostly link text (a row of menu links is navigation, however long).
 */
function proseBefore(text: string, end: number, inFurniture: (range: Range) => boolean, linked: Uint32Array): number {
  return proseBetween(text, 0, end, inFurniture, linked);
}

/** Characters of long rendered lines between `from` and `end`; link lines left out when `linked` is given. */
function proseBetween(text: string, from: number, end: number, inFurniture: (range: Range) => boolean, linked: Uint32Array | null): number {
  let total = 0;
  let start = from;
  while (start < end) {
    let stop = text.indexOf('\n', start);
    if (stop < 0 || stop > end) stop = end;
    const length = stop - start;
    const links = linked ? linked[Math.min(stop, linked.length - 1)]! - linked[Math.min(start, linked.length - 1)]! : 0;
    if (length >= PROSE_LINE && links <= length / 2 && !inFurniture({ start, end: stop })) total += cellProse(text.slice(start, stop));
    start = stop + 1;
  }
  return total;
}

/**
 * A line's prose: a table row's cells, joined by tabs on one line ("Welcome, Guest. Please Login
 * \tMar 9th, 2024"), are each a line of their own; a row of short cells is a forum's chrome, not prose.
 */
function cellProse(line: string): number {
  if (!line.includes('\t')) return line.length;
  let total = 0;
  for (const cell of line.split('\t')) if (cell.trim().length >= PROSE_LINE) total += cell.length;
  return total;
}

/** Running count of rendered characters inside visible links, for positions up to `end`. */
function linkedChars(elements: Element[], end: number): Uint32Array {
  const covered = new Uint8Array(end + 1);
  // Each character is marked once, however deeply links nest.
  let filledTo = 0;
  for (const element of elements) {
    if (element.start >= end) break;
    if (element.tag !== 'a' || element.hidden || element.end <= filledTo) continue;
    const from = Math.max(element.start, filledTo);
    filledTo = Math.min(element.end, end);
    covered.fill(1, from, filledTo);
  }
  const running = new Uint32Array(end + 1);
  for (let i = 0; i < end; i++) running[i + 1] = running[i]! + covered[i]!;
  return running;
}
