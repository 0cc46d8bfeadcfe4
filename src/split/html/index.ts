/**
 * Splits an HTML page using its structure: comment containers, author and date elements and reply
 * nesting come from the markup, and every span indexes the rendered visible text.
 */
import type { Boilerplate, Body, Comment, PageAnalysis, Segment, Warning } from '../../schema/index.js';
import type { SplitOptions } from '../options.js';
import { splitText } from '../text/index.js';
import { findBoilerplate } from './boilerplate.js';
import { findComments } from './comments.js';
import { findContent, type Block } from './content.js';
import { parseHtml, type Element } from './dom.js';
import { jsonLdComments, scriptCommentProviders } from './embeds.js';
import { commentsFromJsonLd } from './jsonld.js';
import { apart, carve, separateTitle, type Range } from './leaves.js';
import { pingbackElements } from './not-comments.js';
import { render, shiftRanges } from './render.js';
import { chooseTitle } from './title.js';

/** Nesting deeper than this is not a real page; it still parses, with a warning. */
const DEEP_NESTING = 1000;

/** Splits an HTML page; returns null when it cannot, so the caller falls back to the text splitter. */
export function splitHtml(html: string, _options: SplitOptions): PageAnalysis | null {
  const warnings: Warning[] = [];
  // Everything the markup decides, read while the tree lives; the tree is garbage once it returns,
  // so the text splitter below never runs with a million parsed elements still on the heap.
  const page = readMarkup(html);
  const { text, title } = page;
  let body = page.body;
  let comments = page.comments;
  // No comments in the markup: a script may load them, or the text may still show them.
  if (page.fallback) {
    const { providers, sections, forms } = page.fallback;
    if (providers.length) warnings.push(scriptWarning(providers));
    const fallback = textFallback(text, body, sections, forms, title, page.boilerplate);
    if (fallback.comments.length || (!body && fallback.body)) {
      comments = fallback.comments;
      body = body ?? fallback.body;
      warnings.push({
        code: 'html-fallback-to-text',
        message: 'The markup has no comment structure; comments were found in the rendered text instead.',
      });
    }
  }
  for (const warning of structureWarnings(page.maxDepth, page.truncated, body)) warnings.push(warning);
  return {
    schemaVersion: '',
    inputType: 'html',
    text,
    title,
    body,
    comments,
    boilerplate: leavesOf(page.boilerplate, page.pingbacks, comments),
    warnings,
  };
}

/** What the markup says, as plain ranges: nothing here keeps the parsed tree alive. */
interface MarkupReading {
  text: string;
  title: Segment | null;
  body: Body | null;
  comments: Comment[];
  boilerplate: Boilerplate[];
  pingbacks: Boilerplate[];
  /** Set when the markup has no comments: what the text fallback needs from it. */
  fallback: { providers: string[]; sections: Range[]; forms: Range[] } | null;
  maxDepth: number;
  truncated: boolean;
}

function readMarkup(html: string): MarkupReading {
  // Parse into a light tree, iteratively: truncated and deeply nested input parse too.
  const doc = parseHtml(html);
  // Render the visible text once; every element learns its span in it.
  let text = render(doc).text;
  // The headline is chosen before anything else, since an unrendered <title> shifts all spans.
  const titleChoice = chooseTitle(doc, text);
  let title: Segment | null = null;
  let titleElement: Element | null = null;
  if (titleChoice && 'element' in titleChoice) {
    titleElement = titleChoice.element;
    title = span(text, titleElement.start, titleElement.end);
  } else if (titleChoice) {
    const prefix = `${titleChoice.declared}\n\n`;
    shiftRanges(doc, prefix.length);
    text = prefix + text;
    title = span(text, 0, titleChoice.declared.length);
  }
  // Comments first: their sections are then kept out of the body and out of the boilerplate.
  const found = findComments(doc.elements, text);
  // JSON-LD comment arrays count when their text is shown on the page (spans must index it).
  if (found.comments.length === 0) found.comments = commentsFromJsonLd(jsonLdComments(doc), text);
  // A heading inside a comment is the commenter's, never the page's headline.
  title = outsideComments(text, title, found.comments);
  const boilerplate = findBoilerplate(doc.elements, text, titleElement ? [titleElement] : []);
  // Share buttons inside the <h1> are boilerplate: the headline is the text beside them.
  ({ title, items: boilerplate.items } = separateTitle(text, title, boilerplate.items));
  const excluded = new Set<Element>([...found.regions, ...boilerplate.elements]);
  const content = findContent(doc.elements, text, excluded);
  const body = bodyOf(content?.paragraphs ?? [], text, titleElement, found.comments, [...(title ? [title] : []), ...boilerplate.items]);
  let fallback: MarkupReading['fallback'] = null;
  if (found.comments.length === 0) {
    const forms = doc.elements.filter((e) => e.tag === 'form' || e.tokens.some((t) => /^(?:respond|reply|commentform|comment-form|comment-respond)$/.test(t)));
    fallback = {
      providers: scriptCommentProviders(doc),
      sections: found.regions.map(rangeOf),
      forms: [...forms, ...found.pingbacks, ...pingbackElements(doc.elements)].map(rangeOf),
    };
  }
  return {
    text,
    title,
    body,
    comments: found.comments,
    boilerplate: boilerplate.items,
    pingbacks: found.pingbacks,
    fallback,
    maxDepth: doc.maxDepth,
    truncated: doc.truncated,
  };
}

function rangeOf(range: Range): Range {
  return { start: range.start, end: range.end };
}

/**
 * Boilerplate as leaves. An item around comments is the thread's wrapper (Blogger's "widget"
 * class), not boilerplate; a pingback is one leaf, so the footer or meta line inside it goes.
 */
function leavesOf(items: Boilerplate[], pingbacks: Boilerplate[], comments: Comment[]): Boilerplate[] {
  const outside = apart(items.filter((item) => !insideComments(item, comments)), pingbacks);
  const all = [...outside, ...disjoint(pingbacks)].sort((a, b) => a.start - b.start);
  return apart(all, comments.flatMap((c) => (c.header ? [c.header, c] : [c])));
}

/** The part of the headline outside every comment's paragraphs and header: its longest piece, or none. */
function outsideComments(text: string, title: Segment | null, comments: Comment[]): Segment | null {
  if (!title) return null;
  const leaves = comments.flatMap((c) => (c.header ? [c.header, ...c.paragraphs] : c.paragraphs));
  if (!leaves.some((leaf) => leaf.start < title.end && title.start < leaf.end)) return title;
  const pieces = carve(text, [title], leaves);
  return pieces.reduce<Segment | null>((best, piece) => (!best || piece.end - piece.start > best.end - best.start ? piece : best), null);
}

/** Ranges in page order with any that starts inside the one before it dropped. */
function disjoint<T extends { start: number; end: number }>(ranges: T[]): T[] {
  const out: T[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (!last || range.start >= last.end) out.push(range);
  }
  return out;
}

function span(text: string, start: number, end: number): Segment {
  return { text: text.slice(start, end), start, end };
}

/** The body runs from the first to the last article block; the headline and comments stay out. */
function bodyOf(blocks: Block[], text: string, title: Element | null, comments: Comment[], leaves: Segment[]): Body | null {
  const first = comments[0];
  const firstComment = first ? Math.min(first.start, first.header?.start ?? Infinity) : Infinity;
  const overlapsComment = overlapTest(comments);
  let kept = blocks
    .filter((block) => block.element !== title && !(title && block.start >= title.start && block.end <= title.end))
    .filter((block) => !overlapsComment(block));
  // An article that starts before the comments ends there: what follows them is page furniture.
  if (kept.some((block) => block.end <= firstComment)) kept = kept.filter((block) => block.end <= firstComment);
  // Text the headline or a widget inside a paragraph already holds is cut out, never counted twice.
  return bodyOfParagraphs(carve(text, kept.map((block) => span(text, block.start, block.end)), leaves), text);
}

/** Notices that sit where comments would: counts, login prompts, feed links. */
const NOTICE = /^\W*(?:(?:\d+|no)\s+(?:comments?|responses?)\b|(?:log ?in|sign ?in|register)\b.{0,20}\b(?:comment|reply)|comments? feed|leave a (?:comment|reply)|pingback:|trackback:)/i;
/** A paragraph that is only a feed or subscription label. */
const FEED_LABEL = /^\W*(?:(?:rss|atom)(?: feed)?|subscribe(?: to (?:the )?comments)?|comments? feed)\W*$/i;

/**
 * The plain-text splitter on the rendered text. Its comments are kept only inside a comment
 * section the markup names and after the DOM body: pages without comments are the common case,
 * and the text splitter alone sees comments in every list of dated links.
 */
export function textFallback(
  text: string,
  body: Body | null,
  sections: Range[],
  forms: Range[],
  title: Segment | null,
  boilerplate: Segment[],
): { comments: Comment[]; body: Body | null } {
  // Its comments would be dropped outside a comment section: skip the work when there is none.
  if (body && !sections.some((s) => s.end > s.start)) return { comments: [], body: null };
  const page = splitText(text);
  const after = body ? body.end : 0;
  // Indexed once: a hostile page may give thousands of comments against thousands of sections.
  const inSection = containmentTest(sections.filter((s) => s.end - s.start > 0));
  // Comment forms ("Name *", "Email *"), pingbacks and "0 comments" notices sit in the same sections.
  const inForm = overlapTest(forms.filter((f) => f.end > f.start));
  // Four words a reader wrote, not counting notice lines (feed links, counts, "Leave a reply").
  const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const notice = (value: string) => NOTICE.test(value) || FEED_LABEL.test(value);
  const wordy = (c: Comment) => !NOTICE.test(c.text) && c.paragraphs.reduce((sum, p) => sum + (notice(p.text) ? 0 : words(p.text)), 0) >= 4;
  // The headline (a declared <title> put in front of the text) is no comment; markup boilerplate gives way to comments later.
  const taken = (c: Comment) => !!title && Math.min(c.start, c.header?.start ?? c.start) < title.end && title.start < c.end;
  const comments = page.comments.filter((comment) => Math.min(comment.start, comment.header?.start ?? comment.start) >= after && inSection(comment) && !inForm(comment) && wordy(comment) && !taken(comment));
  // Its body is cut around the headline and the markup's boilerplate, which are leaves already.
  const leaves = [...(title ? [title] : []), ...boilerplate];
  return { comments: renumber(comments), body: bodyOfParagraphs(carve(text, page.body?.paragraphs ?? [], leaves), text) };
}

function bodyOfParagraphs(paragraphs: Segment[], text: string): Body | null {
  if (paragraphs.length === 0) return null;
  return { ...span(text, paragraphs[0]!.start, paragraphs[paragraphs.length - 1]!.end), paragraphs };
}

/** Ids and indexes in page order again after filtering; replies to dropped comments lose the link. */
function renumber(comments: Comment[]): Comment[] {
  const ids = new Map(comments.map((comment, index) => [comment.id, `c${index + 1}`]));
  return comments.map((comment, index) => {
    const parentId = comment.parentId ? (ids.get(comment.parentId) ?? null) : null;
    return {
      ...comment,
      index,
      id: ids.get(comment.id)!,
      parentId,
      ...(parentId ? {} : { depth: 0, replyEvidence: null }),
    };
  });
}

function scriptWarning(providers: string[]): Warning {
  return {
    code: 'comments-loaded-by-script',
    message: `Comments are loaded by script (${providers.join(', ')}); they are not in this HTML.`,
  };
}

function structureWarnings(maxDepth: number, truncated: boolean, body: Body | null): Warning[] {
  const warnings: Warning[] = [];
  if (maxDepth > DEEP_NESTING) {
    warnings.push({ code: 'deep-nesting', message: `Elements nest ${maxDepth} deep; the page may be malformed.` });
  }
  if (truncated) {
    warnings.push({ code: 'truncated-input', message: 'The HTML ends with elements still open; it may be truncated.' });
  }
  if (!body) warnings.push({ code: 'no-body', message: 'No article body was found in the markup.' });
  return warnings;
}

function insideComments(item: Boilerplate, comments: Comment[]): boolean {
  if (comments.length === 0) return false;
  const first = comments[0]!;
  const last = comments[comments.length - 1]!;
  const start = first.header ? Math.min(first.header.start, first.start) : first.start;
  return item.start >= start && item.end <= last.end;
}

/**
 * Ranges sorted by start with the running maximum of their ends: every range starting at or
 * before a point is summarised by one number, so each question is one binary search.
 */
interface RangeIndex {
  starts: number[];
  maxEnds: number[];
}

function indexRanges(ranges: Range[]): RangeIndex {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const maxEnds: number[] = [];
  let maxEnd = -Infinity;
  for (const range of sorted) {
    maxEnd = Math.max(maxEnd, range.end);
    starts.push(range.start);
    maxEnds.push(maxEnd);
  }
  return { starts, maxEnds };
}

/** How many indexed ranges start before `point` (or at it, when `inclusive`). */
function countStarting(index: RangeIndex, point: number, inclusive: boolean): number {
  let low = 0;
  let high = index.starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const start = index.starts[mid]!;
    if (start < point || (inclusive && start === point)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a range shares a character with any of `ranges` (a.start < b.end and b.start < a.end). */
export function overlapTest(ranges: Range[]): (range: Range) => boolean {
  const index = indexRanges(ranges);
  return (range) => {
    const n = countStarting(index, range.end, false);
    return n > 0 && index.maxEnds[n - 1]! > range.start;
  };
}

/** Whether a range lies within any of `containers` (start and end both inside, ends included). */
export function containmentTest(containers: Range[]): (range: Range) => boolean {
  const index = indexRanges(containers);
  return (range) => {
    const n = countStarting(index, range.start, true);
    return n > 0 && index.maxEnds[n - 1]! >= range.end;
  };
}
