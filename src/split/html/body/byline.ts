/**
 * The article's byline: who wrote it and when, as the page shows them. Read from the author and
 * date elements between the headline and the first lines of the body (rel=author, itemprop,
 * byline classes, profile links; <time>, datePublished, date classes), never inside comments.
 * An "Updated" time is not the posting date. When no element is marked as the author, a name the
 * page declares (JSON-LD, meta author) counts where the page shows it: in the header's plain text
 * ("9 min · 1742 words · Sanna Lindholm") or a post footer's "Posted by".
 */
import { DATE_TEXT, titledDate } from '../dates.js';
import type { Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import type { Range } from '../leaves.js';
import { authorOf, dateOf, showsNoName } from '../comments/header.js';
import { lowestCommon } from '../comments/shapes.js';
import { headingRank } from './headings.js';

/** How far before the body a byline may sit when there is no headline to start from. */
const BEFORE_BODY = 1500;
/** How far above the headline a date header may sit. */
const ABOVE_TITLE = 80;
/** How far into the body a byline may sit (a dateline in the first paragraph's container). */
const INTO_BODY = 300;
const MAX_LINE = 120;
const UPDATED = /\b(?:updated|modified|edited|last\s+update)\b/i;
/** An "Updated:" label right before the date. */
const UPDATED_LABEL = /\b(?:updated|modified|edited|last\s+update)(?:\s+on)?\s*:?\s*$/i;
/** "Published", "Posted on:", a bare "on" before the date: a label, not part of it. */
const POSTED_LABEL = /^(?:(?:first\s+)?(?:published|posted|originally\s+published)(?:\s+(?:on|at))?|on)\s*:?\s+/i;
/**
 * The words a full date line is made of: "8:41 PM EDT, May 22, 2024", "Tue 14 May 2024 at 09:47 BST",
 * "5:47am Fri 5 Dec 2026", "Friday December 04, 2026 @10:30AM", "2026-11-27 09:14:22 +01:00".
 */
const DATE_WORD = /^(?:\d{1,4}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2}|@?\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|at|of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/i;
/** A time zone: "EDT", "BST", "UTC", "+01:00". */
const ZONE = /^(?:[A-Z]{2,4}|[+-]\d{2}:?\d{2})$/;
const MAX_DATE_LINE = 48;
/** How far past the body's end a post footer's "Posted by" may sit. */
const AFTER_BODY = 600;

export interface Byline {
  author: string | null;
  postedAt: string | null;
}

/**
 * @param inComments whether an element lies inside the comment regions
 * @param declared the names the page declares (JSON-LD, meta author), read only when no element shows the author
 */
export function bylineOf(elements: Element[], text: string, facts: PageFacts, body: Range, title: Range | null, inComments: (element: Element) => boolean, declared: () => string[] = () => []): Byline {
  const authorFrom = title && title.start < body.start ? title.start : Math.max(0, body.start - BEFORE_BODY);
  // A date may sit just above the headline (Blogger's date header over the post title); a name there is the site's.
  const from = title && title.start < body.start ? Math.max(0, title.start - ABOVE_TITLE) : authorFrom;
  const to = body.start + INTO_BODY;
  let author: string | null = null;
  let postedAt: string | null = null;
  // A date the byline names an update ("last modified … on Mar 12, 2024"): the date when none other is shown.
  let updatedAt: string | null = null;
  // A date in the plain words of a byline line ("by Jo Pell · 9 March 2024 · 8 comments"): when no element marks one.
  let bylineDate: string | null = null;
  // The nearest name just above the headline, kept in case the posting date sits there with it (a social
  // post's poster card over the post's own heading); alone there it is the site's.
  let nameAbove: Element | null = null;
  let dateAbove: Element | null = null;
  for (const element of elements) {
    if (element.start < from || element.hidden || element.end <= element.start) continue;
    if (element.start >= to) break;
    if (element.end - element.start > MAX_LINE || inComments(element)) continue;
    const value = text.slice(element.start, element.end);
    // A heading is the post's title even when microdata calls it a name (Blogger's h3 itemprop=name).
    // Nor is a block around the headline a name (microformats' `p-name` titles an entry).
    const named = !author && facts.is(element, Fact.author) && headingRank(element.tag) === 0 && !value.trim().startsWith('@') && !showsNoName(element, text) && !overlaps(element, title);
    if (named && element.start >= authorFrom) author = nameOrNull(authorOf(element, text, facts), element, text);
    else if (named) nameAbove = element;
    if (!postedAt && isPostingDate(element, value, text, facts)) {
      postedAt = postingDate(element, value, text);
      if (element.start < authorFrom) dateAbove = element;
    }
    else if (!updatedAt && isUpdateDate(element, value, text, facts)) updatedAt = postingDate(element, value, text);
    if (!bylineDate && facts.is(element, Fact.author) && headingRank(element.tag) === 0 && !UPDATED.test(value)) bylineDate = DATE_TEXT.exec(value)?.[0].trim() ?? null;
    if (author && postedAt) break;
  }
  if (!author && nameAbove && dateAbove && posterCard(nameAbove, dateAbove, title)) author = nameOrNull(authorOf(nameAbove, text, facts), nameAbove, text);
  postedAt ??= bylineDate ?? updatedAt;
  // Engines that print the post's meta line under its text ("kettle_and_chain, 8 hours ago to cycling").
  // A Q&A engine's poster card under the question ("asked <date>", the name, the reputation) is the same line.
  if (!author) {
    const after = metaLineAfter(elements, text, facts, body, inComments);
    author = after.author;
    postedAt ??= after.postedAt;
  }
  const reaches: Range[] = [
    // Below the headline: a name is never shown in the headline's own words.
    { start: title && title.start < body.start ? Math.min(title.end, body.start) : authorFrom, end: to },
    { start: body.end, end: body.end + AFTER_BODY },
  ];
  return { author: author ?? footerAuthor(elements, text, facts, body, inComments) ?? shownName(declared(), text, reaches), postedAt };
}

/** The most characters a poster's card (name, date, a location or audience) above a post's heading holds. */
const POSTER_CARD = 160;

/** A name and a date in one small block before the headline: the post's poster card, not a site's links. */
function posterCard(name: Element, date: Element, title: Range | null): boolean {
  const card = lowestCommon(name, date);
  return !!card && card.end - card.start <= POSTER_CARD && (!title || card.end <= title.start);
}

function overlaps(element: Element, range: Range | null): boolean {
  return !!range && element.start < range.end && element.end > range.start;
}

/**
 * The author's name, without a colon the theme put after it ("Jo Pell:"). None when the element is a
 * field's label in a property list ("<strong class=name>Type:</strong> <span>Bug</span>"): a label
 * ending in ':' with its value after it, in the same parent.
 */
function nameOrNull(value: string | null, element: Element, text: string): string | null {
  if (!value || !/:\s*$/.test(value)) return value;
  const siblings = element.parent?.children ?? [];
  const valueAfter = siblings.slice(siblings.indexOf(element) + 1).some((node) => (node.kind === 'text' ? node.value.trim() !== '' : text.slice(node.start, node.end).trim() !== ''));
  return valueAfter ? null : value.replace(/\s*:\s*$/, '') || null;
}

/**
 * The post's meta line right under its text, nothing between: a short element that holds both an
 * author (a profile link, an author class) and a date element, as federated and link-aggregator
 * engines print "name, <time>8 hours ago</time> to community" below an entry rather than above it.
 */
function metaLineAfter(elements: Element[], text: string, facts: PageFacts, body: Range, inComments: (element: Element) => boolean): Byline {
  const none = { author: null, postedAt: null };
  const line = elements.find((element) => element.start >= body.end && !element.hidden && element.end > element.start);
  if (!line || text.slice(body.end, line.start).trim() !== '') return none;
  // The outermost element that starts the line and is still a line.
  let meta: Element = line;
  while (meta.parent && meta.parent.start === line.start && meta.parent.end - meta.parent.start <= MAX_LINE) meta = meta.parent;
  if (meta.end - meta.start > MAX_LINE || inComments(meta) || !facts.holds(meta, Fact.author) || !facts.holds(meta, Fact.date)) return none;
  let author: string | null = null;
  let postedAt: string | null = null;
  for (const element of elements) {
    if (element.start < meta.start || element.hidden || element.end <= element.start) continue;
    if (element.start >= meta.end) break;
    const value = text.slice(element.start, element.end);
    if (!author && facts.is(element, Fact.author) && !showsNoName(element, text)) author = nameOrNull(authorOf(element, text, facts), element, text);
    if (!postedAt && isPostingDate(element, value, text, facts)) postedAt = postingDate(element, value, text);
  }
  return author && postedAt ? { author, postedAt } : none;
}

/** "Posted by" before a name just after the post: the byline a blog theme prints in the post's footer. */
const POSTED_BY = /\b(?:posted|written|published)\s+by\s*:?\s*$/i;

function footerAuthor(elements: Element[], text: string, facts: PageFacts, body: Range, inComments: (element: Element) => boolean): string | null {
  const to = body.end + AFTER_BODY;
  for (const element of elements) {
    if (element.start < body.end || element.hidden || element.end <= element.start) continue;
    if (element.start >= to) break;
    if (element.end - element.start > MAX_LINE || inComments(element) || !facts.is(element, Fact.author)) continue;
    const label = text.slice(Math.max(0, element.start - 24), element.start);
    const value = text.slice(element.start, element.end);
    if (POSTED_BY.test(label) || POSTED_BY.test(value.split(/\s+/).slice(0, 2).join(' '))) return authorOf(element, text, facts);
  }
  return null;
}

/** A byline's label right before the name, opening the line or after a separator: "By", "Words:", "Written by". */
const NAME_LABEL = /(?:^|[·|•—–,;/]\s*)(?:by|words|author|authors|written\s+by|posted\s+by|text)\s*:?\s+$/i;
/** Any short label with a colon opening the line ("本文作者：", "Autor:"), when the name ends the line. */
const COLON_LABEL = /^\s*\p{L}+(?:\s+\p{L}+)?\s*[:：]\s*$/u;
/** The line's start or a separator ("4 min · ") before a name with no label. */
const NAME_EDGE = /(?:^|[·|•—–,;/]\s*)$/;
/** What may follow an unlabelled name: the line's end, a separator, or a date or another name after "and"/"on". */
const NAME_AFTER = /^(?:\s*$|\s*[·|•—–,;/(]|\s+(?:and|&|on|at|\d))/i;

/**
 * The first declared name the page shows as a byline does: a whole name on a short line of the
 * byline's reach (the header between the headline and the body's first lines, or just after the
 * post), right after a "By" or "Words:" label, or standing at the line's start or after a separator
 * and ending the line or followed by a separator. A name inside a word, a headline's words or a sentence of the article is no byline.
 */
function shownName(declared: string[], text: string, reaches: Range[]): string | null {
  for (const name of declared) {
    const wanted = name.trim();
    if (!wanted) continue;
    for (const reach of reaches) {
      const end = Math.min(text.length, reach.end);
      for (let at = text.indexOf(wanted, reach.start); at >= 0 && at + wanted.length <= end; at = text.indexOf(wanted, at + 1)) {
        const lineStart = text.lastIndexOf('\n', at - 1) + 1;
        const lineEnd = text.indexOf('\n', at + wanted.length);
        const line = { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
        if (line.end - line.start > MAX_LINE) continue;
        const before = text.slice(line.start, at);
        const after = text.slice(at + wanted.length, line.end);
        if (NAME_LABEL.test(before) || (COLON_LABEL.test(before) && after.trim() === '') || (NAME_EDGE.test(before) && NAME_AFTER.test(after))) return name;
      }
    }
  }
  return null;
}

/** The date as the byline writes it, without its "Published" label; a whole short date line when it is one. */
function postingDate(element: Element, value: string, text: string): string | null {
  // A short label standing for the date in its title ("9 months", titled "03/02/2024 02:17 PM"): as shown, with its "ago".
  if (!DATE_TEXT.test(value)) return dateOf(element, null, text);
  const line = value.trim().replace(POSTED_LABEL, '');
  const words = line.split(/[\s,]+/).filter(Boolean);
  if (line.length <= MAX_DATE_LINE && words.length > 1 && words.every((word) => DATE_WORD.test(word) || ZONE.test(word))) return line;
  return dateOf(element, null, text)?.replace(POSTED_LABEL, '') ?? null;
}

/** A date the markup or the words before it name an update or an edit. */
function isUpdateDate(element: Element, value: string, text: string, facts: PageFacts): boolean {
  const marked = facts.is(element, Fact.date) || element.attrs.itemprop === 'dateModified' || facts.is(element, Fact.dateText);
  return marked && DATE_TEXT.test(value) && !isPostingDate(element, value, text, facts);
}

function isPostingDate(element: Element, value: string, text: string, facts: PageFacts): boolean {
  const marked = facts.is(element, Fact.date) || element.attrs.itemprop === 'datePublished' || facts.is(element, Fact.dateText);
  if (!marked || !(DATE_TEXT.test(value) || titledDate(element, text))) return false;
  // "Updated 11:02 a.m." beside the posting time, in the element, its class or the words just before it.
  if (UPDATED.test(value) || element.tokens.some((t) => /updated|modified/.test(t)) || element.attrs.itemprop === 'dateModified') return false;
  return !UPDATED_LABEL.test(text.slice(Math.max(0, element.start - 24), element.start));
}
