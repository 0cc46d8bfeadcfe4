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
import { parseHtml, type Element, type ParsedDocument } from './dom.js';
import { jsonLdComments, scriptCommentProviders } from './embeds.js';
import { commentsFromJsonLd } from './jsonld.js';
import { apart, carve, separateTitle } from './leaves.js';
import { pingbackElements } from './not-comments.js';
import { render, shiftRanges } from './render.js';
import { chooseTitle } from './title.js';

/** Nesting deeper than this is not a real page; it still parses, with a warning. */
const DEEP_NESTING = 1000;

/** Splits an HTML page; returns null when it cannot, so the caller falls back to the text splitter. */
export function splitHtml(html: string, _options: SplitOptions): PageAnalysis | null {
  const warnings: Warning[] = [];
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
  const boilerplate = findBoilerplate(doc.elements, text, titleElement ? [titleElement] : []);
  // Share buttons inside the <h1> are boilerplate: the headline is the text beside them.
  ({ title, items: boilerplate.items } = separateTitle(text, title, boilerplate.items));
  const excluded = new Set<Element>([...found.regions, ...boilerplate.elements]);
  const content = findContent(doc.elements, text, excluded);
  let body = bodyOf(content?.paragraphs ?? [], text, titleElement, found.comments, [...(title ? [title] : []), ...boilerplate.items]);
  let comments = found.comments;
  // No comments in the markup: a script may load them, or the text may still show them.
  if (comments.length === 0) {
    const providers = scriptCommentProviders(doc);
    if (providers.length) warnings.push(scriptWarning(providers));
    const forms = doc.elements.filter((e) => e.tag === 'form' || e.tokens.some((t) => /^(?:respond|reply|commentform|comment-form|comment-respond)$/.test(t)));
    const fallback = textFallback(text, body, found.regions, [...forms, ...found.pingbacks, ...pingbackElements(doc.elements)]);
    if (fallback.comments.length || (!body && fallback.body)) {
      comments = fallback.comments;
      body = body ?? fallback.body;
      warnings.push({
        code: 'html-fallback-to-text',
        message: 'The markup has no comment structure; comments were found in the rendered text instead.',
      });
    }
  }
  warnings.push(...structureWarnings(doc, body));
  return {
    schemaVersion: '',
    inputType: 'html',
    text,
    title,
    body,
    comments,
    // An item around comments is the thread's wrapper (Blogger's "widget" class), not boilerplate.
    boilerplate: apart([...boilerplate.items.filter((item) => !insideComments(item, comments)), ...found.pingbacks].sort((a, b) => a.start - b.start), comments.flatMap((c) => (c.header ? [c.header, c] : [c]))),
    warnings,
  };
}

function span(text: string, start: number, end: number): Segment {
  return { text: text.slice(start, end), start, end };
}

/** The body runs from the first to the last article block; the headline and comments stay out. */
function bodyOf(blocks: Block[], text: string, title: Element | null, comments: Comment[], leaves: Segment[]): Body | null {
  const first = comments[0];
  const firstComment = first ? Math.min(first.start, first.header?.start ?? Infinity) : Infinity;
  let kept = blocks
    .filter((block) => block.element !== title && !(title && block.start >= title.start && block.end <= title.end))
    .filter((block) => !comments.some((c) => block.start < c.end && block.end > c.start));
  // An article that starts before the comments ends there: what follows them is page furniture.
  if (kept.some((block) => block.end <= firstComment)) kept = kept.filter((block) => block.end <= firstComment);
  // Text the headline or a widget inside a paragraph already holds is cut out, never counted twice.
  const paragraphs = carve(text, kept.map((block) => span(text, block.start, block.end)), leaves);
  if (paragraphs.length === 0) return null;
  const start = paragraphs[0]!.start;
  const end = paragraphs[paragraphs.length - 1]!.end;
  return { ...span(text, start, end), paragraphs };
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
function textFallback(text: string, body: Body | null, sections: Element[], forms: { start: number; end: number }[]): { comments: Comment[]; body: Body | null } {
  // Its comments would be dropped outside a comment section: skip the work when there is none.
  if (body && !sections.some((s) => s.end > s.start)) return { comments: [], body: null };
  const page = splitText(text);
  const after = body ? body.end : 0;
  const inSection = (c: Comment) => sections.some((s) => s.end - s.start > 0 && c.start >= s.start && c.end <= s.end);
  // Comment forms ("Name *", "Email *"), pingbacks and "0 comments" notices sit in the same sections.
  const inForm = (c: Comment) => forms.some((f) => f.end > f.start && c.start < f.end && c.end > f.start);
  // Four words a reader wrote, not counting notice lines (feed links, counts, "Leave a reply").
  const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const notice = (value: string) => NOTICE.test(value) || FEED_LABEL.test(value);
  const wordy = (c: Comment) => !NOTICE.test(c.text) && c.paragraphs.reduce((sum, p) => sum + (notice(p.text) ? 0 : words(p.text)), 0) >= 4;
  const comments = page.comments.filter((comment) => comment.start >= after && inSection(comment) && !inForm(comment) && wordy(comment));
  return { comments: renumber(comments), body: page.body };
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

function structureWarnings(doc: ParsedDocument, body: Body | null): Warning[] {
  const warnings: Warning[] = [];
  if (doc.maxDepth > DEEP_NESTING) {
    warnings.push({ code: 'deep-nesting', message: `Elements nest ${doc.maxDepth} deep; the page may be malformed.` });
  }
  if (doc.truncated) {
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
