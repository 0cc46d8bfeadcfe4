/**
 * Comments signed at the end of their own last line: "text – Name Mar 3 at 14:20" (Stack
 * Exchange comments under a question or an answer). The tail is the comment's header; the line's
 * head is its text. Learned from repetition: one paragraph ending "— Name, March 3" is a
 * quotation's attribution, not a thread.
 */
import { wordCount } from './article.js';
import type { ClassifiedBlock } from './classify.js';
import { CLOCK, DATE, RELATIVE } from './headers.js';
import { isNameShaped, readsAsSentence } from './names.js';

/** Tails on a page before any is read as a signature: a thread signs every comment the same way. */
const MIN_TAILS = 2;

/** Words of text before the tail: a signed comment says something; "Edited – Jo 3h" is a header's label. */
const MIN_TEXT_WORDS = 2;

/** " – Name date" closing a line: a spaced dash, one to four name words, a date (a clock may follow it). */
const SIGNED_TAIL = new RegExp(`\\s[–—-]\\s+([^\\s,]+(?:\\s[^\\s,]+){0,3}?)(,?)\\s+(${DATE}(?:,?\\s+at\\s+\\d{1,2}:\\d{2})?)$`, 'du');

/**
 * A relative date: "3 hours ago", "yesterday". Any other date signs a tail only with its clock
 * ("Mar 3 at 14:20"): "– Jane Doe, March 3, 2019" is a quotation's or a poem's attribution.
 */
const RELATIVE_DATE = new RegExp(`^(?:${RELATIVE})$`, 'iu');
const ENDS_WITH_CLOCK = new RegExp(`${CLOCK}$`, 'u');

/**
 * After a comma, only a short relative date signs: "— Ruth, 3h", "— Ruth, 5 mins ago" (a thread's
 * fresh stamp); "— Maria Lopez, 2 days ago" and "— Tom Byrne, yesterday" read as attributions.
 */
const SHORT_RELATIVE = /^(?:just now|\d+\s*[smh]|\d+\s*(?:mins?|hrs?)|(?:\d+|an?|one|two|few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\.?)(?:\s+ago)?$/iu;

/**
 * Wiki talk pages sign each post "Name (talk) 10:02, 12 January 2026 (UTC) Reply", often after a
 * dash or "Preceding unsigned comment added by": the "(talk)" link and the zone make it a signature.
 */
const WIKI_TAIL = /\s(?:[–—-]\s*)?(?:preceding unsigned comment added by\s+)?([^\s()]+(?:\s[^\s()]+){0,3}?)\s+\((?:talk|discuss|disc)(?:\s*[·•|]\s*contribs)?\)\s*(\d{1,2}:\d{2},\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+\(\p{Lu}{2,5}\))(?:\s+reply)?$/dgiu;

/** What WIKI_TAIL cannot match without, with its flags (a Kelvin sign is a "k" to /iu). */
const TALK_LINK = /\((?:talk|disc)/iu;

/** Characters at a line's end that can hold a tail: a dash, four name words and a date with its clock. */
const TAIL_WINDOW = 120;

interface Tail {
  /** Page offsets of the spaced dash, the name and the date. */
  dash: number;
  author: [number, number];
  postedAt: [number, number];
  /** A wiki talk page's signature: its replies are indented with colons. */
  wiki?: boolean;
}

/**
 * Cuts each signed prose block into its text and its signature, when the page signs at least two
 * comments that way; other pages are returned as they are.
 */
export function splitSignedTails(text: string, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const tails = new Map<number, Tail>();
  for (let i = 0; i < blocks.length; i++) {
    const tail = signedTail(text, blocks[i]!);
    if (tail) tails.set(i, tail);
  }
  if (tails.size < MIN_TAILS) return blocks;
  if (proseFollowsLastTail(blocks, Math.max(...tails.keys()))) return blocks;
  const out: ClassifiedBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const tail = tails.get(i);
    if (tail) out.push(...cut(text, blocks[i]!, tail));
    else out.push(blocks[i]!);
  }
  return out;
}

function signedTail(text: string, block: ClassifiedBlock): Tail | null {
  if (block.role.kind !== 'prose') return null;
  const last = block.lines[block.lines.length - 1]!;
  // Only the end of the last line is read: a tail is short, and a page of long lines stays linear.
  const from = Math.max(last.contentStart, last.contentEnd - TAIL_WINDOW);
  const line = text.slice(from, last.contentEnd);
  const wiki = wikiSignature(line);
  if (wiki) return wikiTail(text, block, from, wiki);
  const match = SIGNED_TAIL.exec(line);
  if (!match) return null;
  const name = match[1]!;
  if (!isNameShaped(name) || readsAsSentence(name)) return null;
  const date = match[3]!;
  if (match[2] === ',' ? !SHORT_RELATIVE.test(date) : !RELATIVE_DATE.test(date) && !ENDS_WITH_CLOCK.test(date)) return null;
  const dash = from + match.index;
  const head = text.slice(block.start, dash).trim();
  if (wordCount(head) < MIN_TEXT_WORDS) return null;
  const [nameStart, nameEnd] = match.indices![1]!;
  const [dateStart, dateEnd] = match.indices![3]!;
  return { dash, author: [from + nameStart, from + nameEnd], postedAt: [from + dateStart, from + dateEnd] };
}

/** An unregistered editor signs with an address: "203.0.113.7 (talk)", "2A02:C7C:1F0A::9 (talk)". */
const IP_ADDRESS = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{1,4}(?::[0-9a-f]{0,4}){2,7})$/iu;

/** The rightmost reading whose name is a name: the leftmost match would take the text's last words into it. */
function wikiSignature(line: string): RegExpExecArray | null {
  // The "(talk" or "(disc" link is in every signature: most lines lack it, and the full pattern is slow to fail.
  if (!TALK_LINK.test(line)) return null;
  WIKI_TAIL.lastIndex = 0;
  for (let match = WIKI_TAIL.exec(line); match; match = WIKI_TAIL.exec(line)) {
    if (IP_ADDRESS.test(match[1]!) || (isNameShaped(match[1]!) && !readsAsSentence(match[1]!))) return match;
    WIKI_TAIL.lastIndex = match.index + 1;
  }
  return null;
}

function wikiTail(text: string, block: ClassifiedBlock, from: number, match: RegExpExecArray): Tail | null {
  const dash = from + match.index;
  if (wordCount(text.slice(block.start, dash)) < MIN_TEXT_WORDS) return null;
  const [nameStart, nameEnd] = match.indices![1]!;
  const [dateStart, dateEnd] = match.indices![2]!;
  return { dash, author: [from + nameStart, from + nameEnd], postedAt: [from + dateStart, from + dateEnd], wiki: true };
}

/**
 * Article prose after the last tail, before any header, name, action row or furniture line: the
 * tails sit inside the article (quotations, a poem's stanzas before an editor's note), not under it.
 */
function proseFollowsLastTail(blocks: ClassifiedBlock[], last: number): boolean {
  for (let i = last + 1; i < blocks.length; i++) {
    const kind = blocks[i]!.role.kind;
    if (kind === 'prose' && isArticleProse(blocks[i]!.text)) return true;
    if (kind === 'header' || kind === 'name' || kind === 'action' || kind === 'furniture') return false;
  }
  return false;
}

/** Words in a paragraph of article prose: "Your Answer" or "Required, but never shown" is a form's label. */
const ARTICLE_PROSE_WORDS = 8;

/** A paragraph: several words closed by a sentence's end. */
function isArticleProse(text: string): boolean {
  return wordCount(text) >= ARTICLE_PROSE_WORDS && /[.!?…]["'”’)]?$/u.test(text.trim());
}

/** The deepest reply a wiki talk page indents with colons, and the colons with the space after them. */
const MAX_COLONS = 12;
const REPLY_COLONS = new RegExp(`^(:{1,${MAX_COLONS}})\\s+`, 'u');
/** Room after the colons for the spaces before the text. */
const COLON_SPACE = 8;

/** The text part keeps the block's lines up to the dash; the signature, dash and all, is a header block of its own. */
function cut(text: string, block: ClassifiedBlock, tail: Tail): ClassifiedBlock[] {
  let textEnd = tail.dash;
  while (textEnd > block.start && /\s/u.test(text[textEnd - 1]!)) textEnd--;
  // Wiki talk pages indent a reply with colons (":", "::"): the depth, not the text.
  // Only on a wiki, and only before a space: ":) Do you heat it" opens with a smiley.
  const colons = tail.wiki ? REPLY_COLONS.exec(text.slice(block.start, Math.min(textEnd, block.start + MAX_COLONS + COLON_SPACE))) : null;
  const start0 = block.start + (colons && colons[0].length < textEnd - block.start ? colons[0].length : 0);
  const indent = block.indent + (start0 > block.start ? colons![1]!.length * 2 : 0);
  const lines = block.lines.map((line, i) => {
    const contentStart = i === 0 ? start0 : line.contentStart;
    const contentEnd = i === block.lines.length - 1 ? textEnd : line.contentEnd;
    return contentStart === line.contentStart && contentEnd === line.contentEnd ? line : { ...line, contentStart, contentEnd, text: text.slice(contentStart, contentEnd) };
  });
  const head: ClassifiedBlock = {
    ...block,
    start: start0,
    end: textEnd,
    indent,
    lines,
    text: text.slice(start0, textEnd),
    firstLine: lines[0]!.text,
  };
  const start = tail.dash + 1;
  const end = tail.postedAt[1];
  const last = block.lines[block.lines.length - 1]!;
  const signature: ClassifiedBlock = {
    start,
    end,
    lines: [{ start, contentStart: start, contentEnd: end, indent: last.indent, text: text.slice(start, end) }],
    gapBefore: 0,
    indent,
    text: text.slice(start, end),
    firstLine: text.slice(start, end),
    role: {
      kind: 'header',
      header: { rule: 'header:signed-tail', author: [tail.author[0] - start, tail.author[1] - start], postedAt: [tail.postedAt[0] - start, tail.postedAt[1] - start], strong: true },
    },
  };
  return [head, signature];
}

/** The signature cut from the end of the block before it: that block is its comment's whole text. */
export function isSignedTail(block: ClassifiedBlock | undefined): boolean {
  return block?.role.kind === 'header' && block.role.header.rule === 'header:signed-tail';
}
