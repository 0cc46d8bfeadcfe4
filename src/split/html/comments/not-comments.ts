/**
 * Things that sit where comments sit, or wear a comment class, but are not what a reader wrote:
 * pingbacks and trackbacks (notices another blog's software posts when it links here), the post's
 * own meta line ("Written by X - Leave a Comment") styled with a `comment` class, and a comment
 * section's "Discussion / 1 Comment" heading when the section itself is taken for an item.
 * Moderation research tags what readers wrote, so these never become comments.
 */
import type { Boilerplate } from '../../../schema/index.js';
import { descendants, type Element } from '../dom.js';
import type { Range } from '../leaves.js';
import { Fact, type PageFacts } from '../facts.js';

/**
 * Class or id naming a pingback/trackback item or the list that holds them: `pingback`,
 * `trackbacks`, `pings`, WordPress's `comment-type-pingback`, `trackbacks-list`, `sfw-pingback`.
 * Only these prefixes: `tag-pingback` (a post tagged "pingback"), `no-pings` (a body class) and
 * `comments-pings` (a wrapper of comments and pings together) say nothing about one item. Not
 * `trackback-link` or `trackback-url` either: those are the post's "trackback URL" line.
 */
const PINGBACK_TOKEN =
  /^(?:comment-type-|comment-|type-|sfw-)?(?:pingbacks?|trackbacks?|pings|pinglist|pingbacklist|trackbacklist)(?:[-_](?:list|item|area|section|container|wrap|wrapper|block|entry|thread))?$/;
/**
 * The label themes print before the linking post's title: "Pingback: <a>Title</a>" (WordPress),
 * "Pingback by <a>Title</a>" (Kubrick-era themes), "Trackback from <a>Blog</a>".
 */
const PINGBACK_LABEL = /^\s*(?:pingback|trackback)(?:\s*:|\s+(?:by|from)\b)\s*/i;
/** The excerpt WordPress quotes from the linking post: `[...] text [...]`. */
const PINGBACK_EXCERPT = /^\s*\[(?:\.\.\.|…)\][\s\S]*\[(?:\.\.\.|…)\]\s*$/;
/** "Post title | Blog name", "Blog » Archive » Post": a separator between a title and a site. */
const TITLE_SEPARATOR = /\s[|«»–—:·-]+\s|\s[»«]|[»«]\s/;

/**
 * Whether a comment item is a pingback or trackback. A class says so on its own. The text alone
 * never does, since readers write "Pingback:" and quote with "[...]" too: the label counts when
 * a link (the linking post) follows it, and the "[...] excerpt [...]" shape only when the author
 * is a link whose text is a post title ("Week 6 of project | Some Blog"), which is how WordPress
 * shows a pingback's author.
 */
export function isPingback(item: Element, items: Set<Element>, author: Element | null, header: Range | null, text: Range, page: string, facts: PageFacts): boolean {
  if (isPingbackElement(item, items, facts)) return true;
  const labelAt = [header?.start, text.start, author?.start].filter((at): at is number => at !== undefined);
  if (labelledLink(item, labelAt, page)) return true;
  return PINGBACK_EXCERPT.test(page.slice(text.start, text.end)) && authorIsPostTitle(author, page);
}

/**
 * True when the item, a wrapper around it (WordPress: `li.pingback > div#comment-N`) or a list it
 * sits in is marked as a pingback or trackback. The walk stops at the comment list or section:
 * what is around the thread (an article tagged "pingback") says nothing about one item. It also
 * stops at an enclosing comment, pingback or not: a reader's reply nested under a pingback is a comment.
 */
export function isPingbackElement(item: Element, items: Set<Element>, facts: PageFacts): boolean {
  for (let current: Element | null = item; current && current.tag !== 'body'; current = current.parent) {
    const wrapper = current.start === item.start && current.end === item.end;
    if (current !== item && !wrapper && (items.has(current) || facts.is(current, Fact.commentItem))) return false;
    if (current.tokens.some((token) => PINGBACK_TOKEN.test(token))) return true;
    if (current !== item && facts.is(current, Fact.commentSection)) return false;
  }
  return false;
}

/** A pingback label at one of the offsets, with a link starting right after it. */
function labelledLink(item: Element, offsets: number[], page: string): boolean {
  const starts: number[] = [];
  for (const offset of offsets) {
    const label = PINGBACK_LABEL.exec(page.slice(offset, offset + 40));
    if (label) starts.push(offset + label[0].length);
  }
  if (starts.length === 0) return false;
  for (const element of descendants(item)) {
    if (element.tag === 'a' && element.attrs.href && element.end > element.start && starts.includes(element.start)) return true;
  }
  return false;
}

/** The author is (or holds) a link to another site whose text reads as a post title, not a name. */
function authorIsPostTitle(author: Element | null, page: string): boolean {
  if (!author) return false;
  const links = author.tag === 'a' ? [author] : [...descendants(author)].filter((element) => element.tag === 'a');
  return links.some((link) => {
    if (!/^https?:\/\//i.test(link.attrs.href ?? '')) return false;
    const title = page.slice(link.start, link.end);
    const words = title.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    return words >= 5 || (words >= 3 && TITLE_SEPARATOR.test(title));
  });
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
/**
 * A link to the page's own comment section or form (`#comments`, `#respond`, `#reply-title`),
 * never to one comment: `#comment-12` is a comment's permalink or a reply toggle.
 */
const COMMENTS_ANCHOR =
  /#(?:comments?|respond|reply|reply-title|comment-?form|commentform|comments?-(?:area|section|wrapper|list|block)|commentlist|disqus_thread|add-?comment|postcomment|post-?comment|leave-?a-?(?:comment|reply))(?![\w-])/i;

/**
 * A `comment`-classed block outside any comment section that links to the page's comments with
 * "Leave a Comment" or "3 Comments" is the post's byline or meta line: a reader's comment does
 * not invite comments on the post it answers.
 */
export function isPostMetaLine(item: Element, text: string, facts: PageFacts): boolean {
  // From the parent up: `comment` names both a comment and a comment section.
  for (let current: Element | null = item.parent; current && current.tag !== 'body'; current = current.parent) {
    if (facts.is(current, Fact.commentSection)) return false;
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

/**
 * A field change as an issue tracker logs it between comments, in the comment's own frame
 * (Launchpad's activity entries, "Status: New → Confirmed", "Importance: Undecided → High").
 */
const FIELD_CHANGE = /^[^\n:]{1,40}:\s*[^\n]{0,80}?\s(?:→|->|⇒|=>)\s[^\n]{0,80}$/;

/** Every line of the item's text is a field change: a log entry, not something a member wrote. */
export function isChangeLog(paragraphs: string[]): boolean {
  const lines = paragraphs.flatMap((paragraph) => paragraph.split('\n')).map((line) => line.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((line) => FIELD_CHANGE.test(line));
}
