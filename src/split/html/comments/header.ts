/**
 * Reading a comment's header: the author's name and the date text, from author/date elements or
 * from header lines such as "Posted by: Name | date", "Name said:" or "On <date>, Name said...".
 */
import { childIndex, descendants, type Element, type TextNode } from '../dom.js';
import { CLOCK_ONLY, DATE_TEXT, isDateText, labelShowsDate } from '../dates.js';
import { Fact, type PageFacts } from '../facts.js';
import { isDate, isScreenReaderOnly } from '../vocabulary.js';
import { RESPONSE_LABEL } from '../../text/headers.js';

export { DATE_TEXT } from '../dates.js';

/** Longer "names" are sentences picked up by mistake. */
export const MAX_AUTHOR_CHARS = 60;
/** A header line naming the writer after the date is one short line. */
const MAX_HEADER_LINE = 150;
/** "On October 29, 2012 at 2:35am, Rosa said..." as a paragraph of its own. */
export const SAID_PARAGRAPH = /^(?:on\s+([^\n]{4,40}?),\s*)?([^\n]{1,60}?)\s+(?:said|says|wrote|writes|replied|responded)\s*(?:\.\.\.|…|:)?$/i;
/** "Response from Ridgeline Customer Care" over a shop's answer to a review: the name in the second group, as in SAID_PARAGRAPH. */
export const RESPONSE_FROM = new RegExp(`^()${RESPONSE_LABEL}\\s+([^\\n]{1,60})$`, 'iu');

/** "Gumba Masta said:" as an element's whole text. */
export const SAID_LINE = /^\S.{0,60}?\s+(?:said|says|wrote|writes|replied|responded)\s*(?:\.\.\.|…|:)?$/i;

/** "Posted by: Name | date", "by name on date", "Name says: date": the name. */
export function authorFromLine(line: string): string | null {
  const said = /^(\S.{0,60}?)\s+(?:said|says|wrote|writes)\s*(?:\.\.\.|…|:)?$/i.exec(line.trim());
  if (said) return said[1]!.trim();
  // Drupal: "Fri, 2012-11-09 18:05 — Jeff Moore (not verified)"; a date then "by" in the page's
  // language: "1. Le dimanche 6 octobre 2024, 11:40 par Margaux L.", "On March 3, 2024 by Ken".
  const date = DATE_TEXT.exec(line);
  if (date && date.index < 15) {
    const rest = line.slice(date.index + date[0].length);
    const after = /^\s*[—–-]\s*(?:by\s+)?(.{1,60}?)(?:\s*\(not verified\))?\s*$/i.exec(rest) ?? DATE_BY_NAME.exec(rest);
    if (after?.[1]) return after[1].trim();
  }
  const match = /^(?:posted\s+by|written\s+by|comment\s+by|by)\s*:?\s*(.{1,60}?)\s*(?:\||\bon\b|\bat\b|\bsays\b|[-–—,]|$)/im.exec(line.trim());
  return match?.[1]?.trim() || null;
}

/** "by" in the languages comment pages come in, between a date and its writer's name. */
// Not 'da': Italian and Portuguese for 'from' as much as 'by' ("12 marzo 2024 da Roma").
const DATE_BY_NAME = /^\s*[,·|]?\s*(?:by|par|von|por|door|av|przez|di)\s+(\S.{0,59}?)\s*$/i;

/**
 * The writer of a one-line header that holds a date and a name after it ("Le 6 octobre 2024, 11:40
 * par Margaux L.", "Fri, 2012-11-09 18:05 — Jeff Moore"), or null. What follows the date is a name
 * only when no word of it is a number: "12 March 2024 - Version 2.1" heads a changelog entry.
 */
export function writerOfDatedLine(value: string): string | null {
  const line = value.trim();
  if (line.length > MAX_HEADER_LINE || line.includes('\n') || !DATE_TEXT.test(line)) return null;
  const name = authorFromLine(line);
  return name && !NUMBER_WORD.test(name) ? name : null;
}
/** A number as a word of its own: "2.1", "3", "2024". */
const NUMBER_WORD = /(?:^|\s)v?\d[\d.,]*(?=\s|$)/i;

/** The first name-like run in a header line: not a number, a URL or a separator. */
export function authorFromHeaderNodes(nodes: TextNode[], text: string): string | null {
  for (const node of nodes) {
    const value = text
      .slice(node.start, node.end)
      .replace(/^[#\d.\s]+/, '')
      .replace(/\s*(?:says|said|wrote|[|:–—-])\s*$/i, '')
      .trim();
    if (!value || value.length > MAX_AUTHOR_CHARS || /^(?:https?:|www\.)/i.test(value) || !/\p{L}/u.test(value)) continue;
    return value;
  }
  return null;
}

export function authorOf(element: Element | null, text: string, facts: PageFacts): string | null {
  if (!element) return null;
  if ((facts.is(element, Fact.commentChrome) || facts.is(element, Fact.date)) && !facts.is(element, Fact.author)) return authorFromLine(text.slice(element.start, element.end));
  // A header line no class names ("Le 6 octobre 2024, 11:40 par Margaux L.") holds its name after the date.
  if (!facts.is(element, Fact.author) && element.end - element.start <= MAX_HEADER_LINE) {
    const named = writerOfDatedLine(text.slice(element.start, element.end));
    if (named) return named;
  }
  // A vcard or header often holds the avatar, name and date; the fn/cite/link inside is the name.
  const target = nameWithin(element, text, facts);
  // What the page shows: screen-reader text inside the name ("Joe" of "Joe (original poster)") is none of it.
  let value = visibleText(target, text).split('\n')[0]!.trim();
  value = value
    .replace(/^(?:posted\s+by|written\s+by|comment\s+by|by|from)\s*:?\s+/i, '')
    // The Disqus WordPress plugin prints the commenter's website before the name.
    .replace(/^(?:https?:\/\/|www\.)\S+\s+(?=\S)/i, '')
    .replace(/\s*(?:says|said|wrote|writes|responds|responded|replied|commented)\s*(?:\.\.\.|…|:)?\s*$/i, '')
    .replace(/(?:\s+(?:on|at)|\s*[|•·,-])\s*$/i, '')
    // A bare number in brackets after the name is the account's id (Slashdot's "name ( 1022394 )").
    .replace(/\s*\(\s*#?\d[\d,]*\s*\)$/, '')
    // Drupal core marks a name an anonymous commenter typed in: "Ken (not verified)".
    .replace(/\s*\(not verified\)$/i, '')
    // A mail archive shows the sender's address after the name: "Ken Lo <ken@example.org>".
    .replace(/\s*[<(]\s*[^\s@<>()]+@[^\s@<>()]+\s*[>)]$/, '')
    .trim();
  value = withoutHandle(value);
  const date = DATE_TEXT.exec(value);
  if (date && date.index > 0) value = nameBeforeDate(value, date);
  if (!value || value.length > MAX_AUTHOR_CHARS) return null;
  return value;
}

/** "Mia Wong, 2024-03-02", "Ken on March 3", "Ken (March 3)": the text before the date, without the word or mark joining them. */
export function nameBeforeDate(line: string, date: RegExpExecArray): string {
  return line
    .slice(0, date.index)
    .replace(/(?:\s+(?:on|at)|\s*[|•·,([-])\s*$/i, '')
    // "Lucinda Ferris | Posted 22 June 2016": the label before the date is no part of the name.
    .replace(/\s*[|•·,-]\s*(?:posted|published|updated|written)\s*:?$/i, '')
    .trim();
}

const HANDLE = /^@[\p{L}\p{N}_.-]+(?:@[\p{L}\p{N}_.-]+)?$/u;

/** A full fediverse address rendered flush against the display name: "Maya Okafor@drmaya@mastodon.social". */
const GLUED_ADDRESS = /(?<=[\p{L}\p{N}.)])@[\p{L}\p{N}_.-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
/** Longer lines are no name with an address: the address regex stays off them. */
const MAX_HANDLE_LINE = 160;

/** "Maya Okafor @drmaya@mastodon.social": the display name is the author, the handle its address. */
function withoutHandle(value: string): string {
  const glued = value.length <= MAX_HANDLE_LINE ? GLUED_ADDRESS.exec(value) : null;
  if (glued && glued.index > 0) return value.slice(0, glued.index).trimEnd();
  let cut = value.length - 1;
  while (cut > 0 && !/\s/.test(value[cut]!)) cut--;
  if (cut <= 0 || !HANDLE.test(value.slice(cut + 1))) return value;
  return value.slice(0, cut).trimEnd();
}

/**
 * An element showing one character at most names nobody: a profile link drawn as the name's
 * initial (XenForo, Discourse avatars), or an empty one. Characters are counted without spaces,
 * and text only a screen reader reads does not count: NodeBB's avatar link shows "M" and tells
 * screen readers "Offline"; "Jo" beside ", author" for the screen reader is a name.
 */
export function showsNoName(element: Element, text: string): boolean {
  const all = visibleChars(text.slice(element.start, element.end));
  if (all <= 1) return true;
  if (all > SHORT_LABEL) return false;
  return visibleChars(visibleText(element, text)) <= 1;
}

function visibleChars(value: string): number {
  return value.replace(/\s+/g, '').length;
}

/** An element's text without what only a screen reader reads ("Jo" of "Jo, author"). */
export function visibleText(element: Element, text: string): string {
  const unread: Element[] = [];
  const stack = element.children.filter((child): child is Element => child.kind === 'element');
  while (stack.length) {
    const inner = stack.pop()!;
    if (isScreenReaderOnly(inner)) unread.push(inner);
    else for (const child of inner.children) if (child.kind === 'element') stack.push(child);
  }
  if (unread.length === 0) return text.slice(element.start, element.end);
  unread.sort((a, b) => a.start - b.start);
  let shown = '';
  let at = element.start;
  for (const inner of unread) {
    shown += text.slice(at, inner.start);
    at = Math.max(at, inner.end);
  }
  return shown + text.slice(at, element.end);
}

/** Longer text is a name whatever a screen reader is told besides it. */
const SHORT_LABEL = 24;

/**
 * The element naming the person inside an author block, by how surely it names one: microdata
 * name, then hCard fn or <cite>, then a link to a profile, then a class saying name or user (not
 * a date or time line such as Stack Exchange's "user-action-time"), then any author-classed element
 * inside: a wrapper named for the author (`rev__author-wrapper`) also holds the location or flair
 * beside the name, which its inner `rev__author` leaves out.
 */
/** An author-classed part that labels the name rather than being it ("author-prefix": "Posted by", "author-role": "Member"). */
const AUTHOR_LABEL = /prefix|label|role|rank|title|badge|status|level|group/;

export function nameWithin(element: Element, text: string, facts: PageFacts): Element {
  const tests: ((inner: Element) => boolean)[] = [
    (inner) => inner.attrs.itemprop === 'name',
    (inner) => inner.tokens.includes('fn') || inner.tag === 'cite',
    (inner) => inner.tag === 'a' && facts.is(inner, Fact.author),
    (inner) => inner.tokens.some((t) => /name|nick|user/.test(t) && !/time|date|action|avatar|badge|flair|title|stats/.test(t)),
    // Only where the name comes first: a later author-classed part is the poster's statistics (MyBB's `author_statistics`).
    (inner) => facts.is(inner, Fact.author) && !inner.tokens.some((t) => AUTHOR_LABEL.test(t)) && text.slice(element.start, inner.start).trim() === '',
  ];
  for (const test of tests) {
    for (const inner of descendants(element)) if (test(inner) && !showsNoName(inner, text)) return inner;
  }
  return element;
}

/**
 * A <time> holding the same moment twice ("April 2, 2024" and "1 yr", one of them hidden by the
 * page's stylesheet) renders both glued together: the first rendering is the date.
 */
function firstRendering(time: Element, text: string): string | null {
  const shown = time.children.filter((child): child is Element => child.kind === 'element' && child.end > child.start);
  if (shown.length < 2) return null;
  return text.slice(shown[0]!.start, shown[0]!.end).trim() || null;
}

/** An element other than <time> that carries its moment in a datetime attribute, as web components do. */
const isTimeElement = (element: Element) => element.tag.includes('-') && 'datetime' in element.attrs;

export function dateOf(element: Element | null, author: Element | null, text: string): string | null {
  const sources = [element, author].filter((e): e is Element => !!e && e.end > e.start);
  for (const source of sources) {
    const value = text.slice(source.start, source.end);
    if (source.tag === 'time' && value.length <= 60) return withoutPreposition(firstRendering(source, text) ?? value.trim());
    // A custom time element (<relative-time datetime>, <local-time datetime>) shows its whole text as the date, zone included.
    if (isTimeElement(source) && value.length <= 60 && isDateText(value.trim())) return value.trim();
    // A short label standing for the full date in its title ("5 Dec" titled "5 Dec 2026 7:58am") is the date as shown.
    if (value.trim().length <= 30 && isDateText(source.attrs.title ?? '') && !DATE_TEXT.test(value) && labelShowsDate(value)) return withAgo(source, value.trim(), text);
    const inner = dateElementWithin(source, text);
    if (inner) return dateOf(inner, null, text);
    const match = DATE_TEXT.exec(value);
    if (match) return withClockAfter(source, match[0].trim(), text);
  }
  return null;
}

const HAS_CLOCK = /\d:\d{2}/;

/** "on 2024-04-27" shown in a `<time>` (Launchpad): the date is what follows the preposition. */
function withoutPreposition(shown: string): string {
  const rest = /^(?:on|at)\s+(\S[^]*)$/i.exec(shown)?.[1];
  return rest && isDateText(rest) ? rest : shown;
}

/**
 * A day with no time, and the time in the next element after only a space (UBB.threads'
 * `<span class=date>04/02/24</span> <span class=time>09:02 PM</span>`): the date as shown is both.
 * Only a time element or one classed as a date or time: a score, a duration or a video's length looks like a clock too.
 */
function withClockAfter(source: Element, date: string, text: string): string {
  if (HAS_CLOCK.test(date)) return date;
  const siblings = source.parent?.children ?? [];
  const at = childIndex(source);
  const next = siblings[at + 1] ?? null;
  const after = next?.kind === 'text' && !next.value.trim() ? siblings[at + 2] : next;
  if (!after || after.kind !== 'element' || after.hidden || !isDate(after) || !CLOCK_ONLY.test(text.slice(after.start, after.end).trim())) return date;
  if (text.slice(source.end, after.start).trim() !== '') return date;
  return `${date} ${text.slice(after.start, after.end).trim()}`;
}

/** The most characters an element inside a header line may have to be the line's date element. */
const DATE_ELEMENT = 60;
/** The most characters a comment's header line may have (an article's header line is shorter: body/header.ts). */
const COMMENT_HEADER_LINE = 300;

/**
 * A header line's own date element, the first one inside it whose text is mostly a date: the
 * line's subject ("Hearing on January 21", a heading before it) may name a day first.
 */
function dateElementWithin(line: Element, text: string): Element | null {
  // A line, not a block: a long element is no header line, and the bound keeps reading linear.
  // A line that is mostly a date is the date itself (its clock may sit in a span of its own).
  if (line.end - line.start > COMMENT_HEADER_LINE || isDateText(text.slice(line.start, line.end).trim())) return null;
  for (const inner of descendants(line)) {
    const length = inner.end - inner.start;
    if (inner.hidden || length === 0 || length > DATE_ELEMENT) continue;
    if (isDateText(text.slice(inner.start, inner.end))) return inner;
  }
  return null;
}

/** An age shown as a link ("9 months", titled with the full date) and "ago" after it: the date as shown is both. */
const AGE = /^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?$/i;
const AGO_AFTER = /^\s*ago\b/i;

function withAgo(source: Element, shown: string, text: string): string {
  const after = AGO_AFTER.exec(text.slice(source.end, source.end + 8));
  return after && AGE.test(shown) ? text.slice(source.start, source.end + after[0].length).trim() : shown;
}
