/**
 * One comment element read into what a reader sees: its header (author and date lines), its
 * paragraphs, the author's name and the date text. Pingbacks are read too, and handed back as
 * boilerplate; an element with no words of its own, or only the section's heading, gives nothing.
 */
import type { Boilerplate, Segment } from '../../../schema/index.js';
import type { Element, TextNode } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { DATE_TEXT, RESPONSE_FROM, SAID_PARAGRAPH, authorFromHeaderNodes, authorOf, dateOf } from './header.js';
import { isChangeLog, isPingback, isSectionHeading, pingbackBoilerplate } from './not-comments.js';
import { keptText, partsOf } from './parts.js';
import { headerOf, isUiText, paragraphsOf, splitHeaderLines } from './text.js';

export interface CommentReading {
  kind: 'comment';
  item: Element;
  header: Segment | null;
  paragraphs: Segment[];
  author: string | null;
  postedAt: string | null;
}

export type ItemReading = CommentReading | { kind: 'pingback'; item: Element; boilerplate: Boilerplate } | null;

/** @param items every comment element found, so nested ones are left to themselves */
export function readItem(item: Element, items: Set<Element>, text: string, facts: PageFacts): ItemReading {
  const parts = partsOf(item, items, text, facts);
  const kept = keptText(parts.body ?? item, items, facts, [parts.author, parts.date]).filter((node) => !isUiText(text.slice(node.start, node.end), node));
  // "1 Name url | date" on one line before the text: that line is the header, not the comment.
  const { header: headerNodes, rest: nodes } = splitHeaderLines(kept, parts.date, parts.author, text);
  if (nodes.length === 0 || !nodes.some((node) => /[\p{L}\p{N}]/u.test(text.slice(node.start, node.end)))) return null;
  const paragraphs = paragraphsOf(nodes, text);
  // The section's own "Discussion / 1 Comment" heading, when the section is itself an item.
  if (isSectionHeading(paragraphs.map((p) => p.text))) return null;
  // An issue tracker's field changes ("Status: New → Confirmed") drawn in a comment's frame.
  if (isChangeLog(paragraphs.map((p) => p.text))) return null;
  // "On October 29, 2012 at 2:35am, Rosa said..." as the first paragraph is a header in the text,
  // unless it heads a quote block ("Lager_Lou said:"), which is part of the reply.
  // The same holds for a "Name said:" line just above the quote block it introduces (Zulip's quote header).
  const saidHeader = paragraphs.length > 1 && !inQuote(nodes[0]!.parent, item, facts) && !headsQuote(paragraphs[1]!, nodes, item, facts) ? saidHeaderOf(paragraphs[0]!.text) : null;
  const headerParagraph = saidHeader ? paragraphs.shift()! : null;
  // A post's "Re: <topic>" subject heading above its text (PunBB's h4.entry-title) is the post's
  // title line, not what the poster wrote: an "@Name" opening the text comes after it.
  if (!headerParagraph && paragraphs.length > 1 && RE_SUBJECT.test(paragraphs[0]!.text) && inHeading(nodes[0]!.parent, item)) paragraphs.shift();
  const start = paragraphs[0]!.start;
  const end = paragraphs[paragraphs.length - 1]!.end;
  const header = headerParagraph ?? headerOf(parts, start, text, headerNodes);
  // Pingbacks and trackbacks are software notices of a link, not something a reader wrote.
  if (isPingback(item, items, parts.author, header, { start, end }, text, facts)) {
    return { kind: 'pingback', item, boilerplate: pingbackBoilerplate(text, Math.min(start, header?.start ?? start), end) };
  }
  return {
    kind: 'comment',
    item,
    header,
    paragraphs,
    author: authorOf(parts.author, text, facts) ?? authorFromHeaderNodes(headerNodes, text) ?? (saidHeader ? saidHeader[2]!.split(/,\s+/).pop()!.trim() : null),
    postedAt: dateOf(parts.date, parts.author, text) ?? (saidHeader ? (DATE_TEXT.exec(saidHeader[0])?.[0] ?? null) : dateInNodes(headerNodes, text)),
  };
}

/**
 * "Rosa says:", "On May 2, Rosa said...": a header line. With nothing after the verb it must read
 * as a name saying it, not a sentence ending in one ("Does what it says", a review's title): past
 * the first word, a name's words are capitalised, or small words of names and places ("van", "from").
 */
function saidHeaderOf(paragraph: string): RegExpExecArray | null {
  const response = RESPONSE_FROM.exec(paragraph);
  if (response) return response;
  const match = SAID_PARAGRAPH.exec(paragraph);
  if (!match || /(?:\.\.\.|…|:)$/.test(match[0])) return match;
  const words = match[2]!.split(/,\s+/).pop()!.trim().split(/\s+/);
  return words.slice(1).every((word) => !/^\p{Ll}/u.test(word) || NAME_PARTICLE.test(word)) ? match : null;
}

/** Lower-case words inside names and "Name from Place" lines. */
const NAME_PARTICLE = /^(?:van|von|der|den|de|da|di|du|le|la|del|bin|al|from|of|in)$/;

/** Date text in the header's loose text ("On October 29, 2012 at 2:35am, " before the name). */
function dateInNodes(nodes: { start: number; end: number }[], text: string): string | null {
  for (const node of nodes) {
    const match = DATE_TEXT.exec(text.slice(node.start, node.end));
    if (match) return match[0].trim();
  }
  return null;
}

/** Whether the paragraph after a "said:" line is quoted: the line then introduces the quote. */
function headsQuote(next: Segment, nodes: TextNode[], item: Element, facts: PageFacts): boolean {
  const first = nodes.find((node) => node.start >= next.start);
  return !!first && inQuote(first.parent, item, facts);
}

/** "Re: Cron job runs by hand", "RE: [SOLVED] …": a reply's subject line. */
const RE_SUBJECT = /^re:\s*\S[^\n]{0,200}$/i;

/** Inside a heading, or an element named for a post's title or subject, within the item. */
function inHeading(element: Element, item: Element): boolean {
  for (let current: Element | null = element; current && current !== item; current = current.parent) {
    if (/^h[1-6]$/.test(current.tag) || current.tokens.some((token) => /(?:^|[-_])(?:title|subject)$/.test(token))) return true;
  }
  return false;
}

function inQuote(element: Element, item: Element, facts: PageFacts): boolean {
  for (let current: Element | null = element; current && current !== item; current = current.parent) if (facts.is(current, Fact.quote)) return true;
  return false;
}
