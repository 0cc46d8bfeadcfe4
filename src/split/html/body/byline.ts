/**
 * The article's byline: who wrote it and when, as the page shows them. Read from the author and
 * date elements between the headline and the first lines of the body (rel=author, itemprop,
 * byline classes, profile links; <time>, datePublished, date classes), never inside comments.
 * An "Updated" time is not the posting date.
 */
import { DATE_TEXT } from '../dates.js';
import type { Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import type { Range } from '../leaves.js';
import { authorOf, dateOf } from '../comments/header.js';

/** How far before the body a byline may sit when there is no headline to start from. */
const BEFORE_BODY = 1500;
/** How far above the headline a date header may sit. */
const ABOVE_TITLE = 80;
/** How far into the body a byline may sit (a dateline in the first paragraph's container). */
const INTO_BODY = 300;
const MAX_LINE = 120;
const HEADING = /^h[1-6]$/;
const UPDATED = /\b(?:updated|modified|edited|last\s+update)\b/i;
/** An "Updated:" label right before the date. */
const UPDATED_LABEL = /\b(?:updated|modified|edited|last\s+update)(?:\s+on)?\s*:?\s*$/i;

export interface Byline {
  author: string | null;
  postedAt: string | null;
}

/**
 * @param inComments whether an element lies inside the comment regions
 */
export function bylineOf(elements: Element[], text: string, facts: PageFacts, body: Range, title: Range | null, inComments: (element: Element) => boolean): Byline {
  const authorFrom = title && title.start < body.start ? title.start : Math.max(0, body.start - BEFORE_BODY);
  // A date may sit just above the headline (Blogger's date header over the post title); a name there is the site's.
  const from = title && title.start < body.start ? Math.max(0, title.start - ABOVE_TITLE) : authorFrom;
  const to = body.start + INTO_BODY;
  let author: string | null = null;
  let postedAt: string | null = null;
  for (const element of elements) {
    if (element.start < from || element.hidden || element.end <= element.start) continue;
    if (element.start >= to) break;
    if (element.end - element.start > MAX_LINE || inComments(element)) continue;
    const value = text.slice(element.start, element.end);
    // A heading is the post's title even when microdata calls it a name (Blogger's h3 itemprop=name).
    if (!author && element.start >= authorFrom && facts.is(element, Fact.author) && !HEADING.test(element.tag) && !value.trim().startsWith('@')) author = authorOf(element, text, facts);
    if (!postedAt && isPostingDate(element, value, text, facts)) postedAt = dateOf(element, null, text);
    if (author && postedAt) break;
  }
  return { author, postedAt };
}

function isPostingDate(element: Element, value: string, text: string, facts: PageFacts): boolean {
  const marked = facts.is(element, Fact.date) || element.attrs.itemprop === 'datePublished' || facts.is(element, Fact.dateText);
  if (!marked || !DATE_TEXT.test(value)) return false;
  // "Updated 11:02 a.m." beside the posting time, in the element, its class or the words just before it.
  if (UPDATED.test(value) || element.tokens.some((t) => /updated|modified/.test(t)) || element.attrs.itemprop === 'dateModified') return false;
  return !UPDATED_LABEL.test(text.slice(Math.max(0, element.start - 24), element.start));
}
