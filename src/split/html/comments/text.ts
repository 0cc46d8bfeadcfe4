/**
 * A comment's kept text nodes made into segments: UI words dropped, paragraphs grouped, and the
 * author/date header line kept apart from the text.
 */
import type { Segment } from '../../../schema/index.js';
import type { Parts } from './parts.js';
import type { Element, TextNode } from '../dom.js';

/** UI words that sit in a comment but are not what the commenter wrote. */
const UI_TEXT =
  /^(?:leave a (?:reply|comment)|post a comment|add a comment|login to (?:leave a )?(?:comment|reply)|comments feed.*|no comments(?: yet)?\.?|be the first to comment\.?|reply|reply to|reply to this|reply to this comment|permalink|link|report|report abuse|report comment|flag|quote|like|unlike|dislike|edit|delete|share|says:?|said:?|wrote:?|responds?:?|[|•·:#-]|\d+ (?:likes?|points?|votes?|replies|reply)|\(?[+-]?\d+\)?|vote up|vote down|thumbs up|thumbs down|log in to reply|login to reply|recommend|recommended|in reply to.*)$/i;

export function isUiText(value: string, node: TextNode): boolean {
  if (value.length > 40) return false;
  // Short UI words are dropped wherever they are; inside links, anything short and link-only.
  return UI_TEXT.test(value.trim()) || (node.parent.tag === 'a' && /^(?:#|\[|\(|reply|permalink|link|report)/i.test(value));
}

/** Kept text nodes grouped into paragraphs: a line break between two nodes starts a new one. */
export function paragraphsOf(nodes: TextNode[], text: string): Segment[] {
  const paragraphs: Segment[] = [];
  let start = nodes[0]!.start;
  let end = nodes[0]!.end;
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    const gap = text.slice(end, node.start);
    if (gap.includes('\n') || gap.trim().length > 0) {
      paragraphs.push({ text: text.slice(start, end), start, end });
      start = node.start;
    }
    end = node.end;
  }
  paragraphs.push({ text: text.slice(start, end), start, end });
  return mergeInlineGaps(paragraphs, text);
}

/** Two runs separated only by spaces on one line are one paragraph (a dropped inline between). */
function mergeInlineGaps(paragraphs: Segment[], text: string): Segment[] {
  const merged: Segment[] = [];
  for (const paragraph of paragraphs) {
    const last = merged[merged.length - 1];
    if (last && !text.slice(last.end, paragraph.start).includes('\n') && paragraph.start - last.end < 200) {
      last.end = paragraph.end;
      last.text = text.slice(last.start, last.end);
      continue;
    }
    merged.push({ ...paragraph });
  }
  return merged;
}

export function headerOf(parts: Parts, textStart: number, text: string, nodes: TextNode[] = []): Segment | null {
  // A loop, not Math.min(...spans): a header line may hold 100,000 nodes, more than a call takes as arguments.
  let start = Infinity;
  let last = -Infinity;
  const take = (span: { start: number; end: number }) => {
    if (span.start >= textStart) return;
    if (span.start < start) start = span.start;
    if (span.end > last) last = span.end;
  };
  for (const element of [parts.author, parts.date]) if (element && element.end > element.start) take(element);
  for (const node of nodes) take(node);
  if (start === Infinity) return null;
  const end = Math.min(textStart, last);
  if (end <= start) return null;
  const trimmed = trimSpan(text, start, end);
  return trimmed.end > trimmed.start ? trimmed : null;
}

/** A badge beside the name ("Top fan", "Lives in Toledo, Ohio") is short; a first sentence is not. */
const BADGE_CHARS = 40;

/**
 * Kept nodes on the date's line, and short ones on the author's line ("Top fan" glued to the name),
 * when the comment text continues on later lines: they are the header, not what the commenter wrote.
 */
export function splitHeaderLines(nodes: TextNode[], date: Element | null, author: Element | null, text: string): { header: TextNode[]; rest: TextNode[] } {
  const byDate = splitHeaderLine(nodes, date, text);
  const byAuthor = splitHeaderLine(byDate.rest, author, text);
  const badge = byAuthor.header.reduce((sum, node) => sum + node.end - node.start, 0) <= BADGE_CHARS;
  const split = badge && byAuthor.header.length ? { header: [...byDate.header, ...byAuthor.header].sort((a, b) => a.start - b.start), rest: byAuthor.rest } : byDate;
  return splitAbove(splitBetween(split, author, date), author, date);
}

/** Characters the comment's own words below its header have at the least. */
const WORDS_BELOW = 15;

/**
 * Short text above both the name and the date, when the comment's words follow them: an avatar's
 * initials ("PR" over "Priya Raman / Created Sep 16"), a role line. The words never come above their
 * own header.
 */
function splitAbove(split: { header: TextNode[]; rest: TextNode[] }, author: Element | null, date: Element | null): { header: TextNode[]; rest: TextNode[] } {
  if (!author || !date) return split;
  const top = Math.min(author.start, date.start);
  const bottom = Math.max(author.end, date.end);
  const above = split.rest.filter((node) => node.end <= top);
  const chars = above.reduce((sum, node) => sum + node.end - node.start, 0);
  // The words must follow: a signed comment ("Agreed. Name (talk) 11:40", "words – name (date )")
  // keeps its words above the name, with only a bracket or a reply control after it.
  const below = split.rest.filter((node) => node.start >= bottom).reduce((sum, node) => sum + node.end - node.start, 0);
  if (above.length === 0 || chars > BADGE_CHARS || below < WORDS_BELOW) return split;
  return { header: [...split.header, ...above].sort((a, b) => a.start - b.start), rest: split.rest.filter((node) => !above.includes(node)) };
}

/**
 * A badge on a line of its own between the name and the date above the text ("Nadia Rahman /
 * Author / Mar 5, 2024"): short text the header holds, not the comment's first paragraph.
 */
function splitBetween(split: { header: TextNode[]; rest: TextNode[] }, author: Element | null, date: Element | null): { header: TextNode[]; rest: TextNode[] } {
  if (!author || !date || author.end > date.start) return split;
  const between = split.rest.filter((node) => node.start >= author.end && node.end <= date.start);
  const chars = between.reduce((sum, node) => sum + node.end - node.start, 0);
  if (between.length === 0 || chars > BADGE_CHARS || !split.rest.some((node) => node.start >= date.end)) return split;
  return { header: [...split.header, ...between].sort((a, b) => a.start - b.start), rest: split.rest.filter((node) => !between.includes(node)) };
}

/** Kept nodes on the line of `anchor` (a date), when the comment text continues on later lines. */
export function splitHeaderLine(nodes: TextNode[], date: Element | null, text: string): { header: TextNode[]; rest: TextNode[] } {
  if (!date || date.end <= date.start) return { header: [], rest: nodes };
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const newline = text.indexOf('\n', date.end);
  const lineEnd = newline < 0 ? text.length : newline;
  const header: TextNode[] = [];
  const rest: TextNode[] = [];
  for (const node of nodes) {
    if (node.start >= lineStart && node.end <= lineEnd) header.push(node);
    else rest.push(node);
  }
  const continues = rest.some((node) => node.start >= lineEnd);
  return continues && header.length ? { header, rest } : { header: [], rest: nodes };
}

function trimSpan(text: string, start: number, end: number): Segment {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}

