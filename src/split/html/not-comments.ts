/**
 * Things that sit where comments sit, or wear a comment class, but are not what a reader wrote:
 * pingbacks and trackbacks (notices another blog's software posts when it links here), the post's
 * own meta line ("Written by X - Leave a Comment") styled with a `comment` class, and a comment
 * section's "Discussion / 1 Comment" heading when the section itself is taken for an item.
 * Moderation research tags what readers wrote, so these never become comments.
 */
import type { Boilerplate } from '../../schema/index.js';
import { descendants, type Element } from './dom.js';
import { isCommentItemToken, isCommentSection } from './vocabulary.js';

/**
 * Class or id of a pingback/trackback item or of the list that holds them (`pingback`,
 * `trackback`, `trackbacks-list`, `pings`, `sfw-pingback`). Not `trackback-link` or
 * `trackback-url`: those are the post's "trackback URL" line, not notices.
 */
const PINGBACK_TOKEN = /^(?:[a-z]+-)?(?:pingbacks?|trackbacks?|pings)(?:[-_](?:list|item|area|section|container|wrap|wrapper|block|content|entry|thread))?$/;
/** WordPress themes print the kind before the linking post's title. */
const PINGBACK_LABEL = /^\s*(?:pingback|trackback)\s*:/i;
/** The excerpt WordPress quotes from the linking post: `[...] text [...]`. */
const PINGBACK_EXCERPT = /^\s*\[(?:\.\.\.|…)\][\s\S]*\[(?:\.\.\.|…)\]\s*$/;

/**
 * True when the item, a wrapper around it (WordPress: `li.pingback > div#comment-N`) or a list it
 * sits in is marked as a pingback or trackback. The walk stops at an enclosing comment, pingback
 * or not: a reader's reply nested under a pingback is a comment.
 */
export function isPingbackElement(item: Element, items: Set<Element>): boolean {
  for (let current: Element | null = item; current && current.tag !== 'body'; current = current.parent) {
    const wrapper = current.start === item.start && current.end === item.end;
    if (current !== item && !wrapper && (items.has(current) || isCommentItemToken(current))) return false;
    if (current.tokens.some((token) => PINGBACK_TOKEN.test(token))) return true;
  }
  return false;
}

/** True when the comment's header or text shows it is a pingback: a label, or a quoted excerpt. */
export function isPingbackText(header: string, text: string): boolean {
  return PINGBACK_LABEL.test(header) || PINGBACK_LABEL.test(text) || PINGBACK_EXCERPT.test(text);
}

/** Elements marked as pingbacks anywhere on the page, for the text fallback to leave alone. */
export function pingbackElements(elements: Element[]): Element[] {
  return elements.filter((element) => element.tokens.some((token) => PINGBACK_TOKEN.test(token)) && element.end > element.start);
}

export function pingbackBoilerplate(text: string, start: number, end: number): Boilerplate {
  return { text: text.slice(start, end), start, end, kind: 'other', rule: 'html-pingback' };
}

/** Link text that invites comments or counts them: the post's meta line, never a comment's. */
const COMMENTS_CALL = /^(?:(?:leave|add|post|write) (?:a |your )?(?:comments?|reply|response)|(?:\d+|no|one|zero) (?:comments?|responses?|replies)|comments?(?: \(\d+\))?)$/i;
/** A link to the page's own comment section. */
const COMMENTS_ANCHOR = /#(?:comments?|respond|reply|comment-?form|commentform|disqus_thread|add-?comment|postcomment)\b/i;

/**
 * A `comment`-classed block outside any comment section that links to the page's comments with
 * "Leave a Comment" or "3 Comments" is the post's byline or meta line: a reader's comment does
 * not invite comments on the post it answers.
 */
export function isPostMetaLine(item: Element, text: string): boolean {
  // From the parent up: `comment` names both a comment and a comment section.
  for (let current: Element | null = item.parent; current && current.tag !== 'body'; current = current.parent) {
    if (isCommentSection(current)) return false;
  }
  for (const element of descendants(item)) {
    if (element.tag !== 'a' || !COMMENTS_ANCHOR.test(element.attrs.href ?? '')) continue;
    const label = text.slice(element.start, element.end).replace(/\s+/g, ' ').trim();
    if (COMMENTS_CALL.test(label)) return true;
  }
  return false;
}

/** "12 Comments", "One response to ...": the count that heads a comment section. */
const COMMENT_COUNT = /^\W*(?:\d+|no|one|zero)\s+(?:comments?|responses?|replies|thoughts?)(?:\s+(?:to|on|about)\s[^\n]{1,120})?\W*$/i;

/**
 * A "comment" whose own text is only the section's heading and count ("Discussion", "1 Comment"):
 * the section element itself was taken for an item, and its real comments are nested in it.
 */
export function isSectionHeading(paragraphs: string[]): boolean {
  const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return paragraphs.some((p) => COMMENT_COUNT.test(p)) && paragraphs.every((p) => COMMENT_COUNT.test(p) || words(p) <= 2);
}
