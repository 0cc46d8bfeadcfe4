/**
 * When the markup shows no comment structure, the plain-text splitter reads the rendered text. Its
 * comments are kept only inside a comment section the markup names and after the DOM body: pages
 * without comments are the common case, and the text splitter alone sees comments in every list
 * of dated links.
 */
import type { Body, Comment, Segment } from '../../../schema/index.js';
import { splitText } from '../../text/index.js';
import { bodyOfParagraphs } from '../body/index.js';
import type { Element, ParsedDocument } from '../dom.js';
import { scriptCommentProviders } from '../embeds.js';
import { carve, type Range } from '../leaves.js';
import { pingbackElements } from '../comments/not-comments.js';
import { containmentTest, overlapTest } from '../ranges.js';

/** What the text fallback needs from the markup, as plain ranges: nothing here keeps the tree alive. */
export interface FallbackEvidence {
  /** Comment systems that load by script, named for the warning. */
  providers: string[];
  /** Comment sections: the only places fallback comments may come from. */
  sections: Range[];
  /** Comment forms and pingbacks: never comments. */
  forms: Range[];
}

export function fallbackEvidence(doc: ParsedDocument, sections: Element[], pingbacks: Range[]): FallbackEvidence {
  const forms = doc.elements.filter((e) => e.tag === 'form' || e.tokens.some((t) => /^(?:respond|reply|commentform|comment-form|comment-respond)$/.test(t)));
  return {
    providers: scriptCommentProviders(doc),
    sections: sections.map(rangeOf),
    forms: [...forms, ...pingbacks, ...pingbackElements(doc.elements)].map(rangeOf),
  };
}

function rangeOf(range: Range): Range {
  return { start: range.start, end: range.end };
}

/** Notices that sit where comments would: counts, login prompts, feed links. */
const NOTICE = /^\W*(?:(?:\d+|no)\s+(?:comments?|responses?)\b|(?:log ?in|sign ?in|register)\b.{0,20}\b(?:comment|reply)|comments? feed|leave a (?:comment|reply)|pingback:|trackback:)/i;
/** A paragraph that is only a feed or subscription label. */
const FEED_LABEL = /^\W*(?:(?:rss|atom)(?: feed)?|subscribe(?: to (?:the )?comments)?|comments? feed)\W*$/i;

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
