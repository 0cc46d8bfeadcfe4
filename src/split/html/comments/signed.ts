/**
 * Signed blocks: talk pages and old-style forums write a comment as a paragraph or an indented
 * item that ends with the writer's signature, a link to their profile and the time they signed
 * ("… I'll change it. Mirrormere (talk) 18:52, 4 March 2024 (UTC) [reply]"). No class names the
 * comment and the blocks differ in tag (`<p>` for a thread's first comment, `<dd>` or `<li>` for
 * indented replies), so repeated structure does not group them: the signature at the end does.
 */
import type { Element } from '../dom.js';
import { DATE_TEXT, dateMatches } from '../dates.js';
import { Fact, type PageFacts } from '../facts.js';

/** Blocks a signed comment is written as: a paragraph, an indented reply, a list item. */
const SIGNED_TAGS = new Set(['p', 'dd', 'li']);
/** Lists and quotes inside a block are replies or quoted words, not the block's own end. */
const NOT_OWN = new Set(['dl', 'ul', 'ol', 'blockquote', 'table']);
/** After the date, only a control may follow ("[reply]", "edit"). */
const MAX_AFTER_DATE = 20;
/** The name comes shortly before the date ("Name (talk · contribs)"). */
const MAX_NAME_TO_DATE = 120;
/** Letters of the comment before its signature: a short reply ("Agreed.", "Thanks!") has a few. */
const MIN_LETTERS_BEFORE = 3;
/** The shortest block worth reading: a word, a name and a time. */
const MIN_BLOCK_CHARS = 20;
/**
 * What introduces a byline's name, never a signature's: "By", "Posted by:", "from", "Author:" (a
 * meta line "By Name on date", a story card's "… By Name Dec. 3, 2025").
 */
const BYLINE_END = /(?:\b(?:by|from)\s*:?|\b\p{L}+\s*:)\s*$/iu;
/** A time written as plain text after the name (MediaWiki's `~~~~` without DiscussionTools) shows a year. */
const YEAR = /\b\d{4}\b/;
/** Fewer signed blocks than this are a signed article or a quote, not a discussion. */
const MIN_SIGNED = 3;

/** The blocks of the page that end with a profile link then a date, when at least MIN_SIGNED do. */
export function signedBlocks(elements: Element[], text: string, facts: PageFacts): Element[] {
  const found: Element[] = [];
  let headed: Set<Element> | undefined;
  for (const element of elements) {
    if (!SIGNED_TAGS.has(element.tag) || element.hidden || element.end - element.start < MIN_BLOCK_CHARS) continue;
    if (!facts.holds(element, Fact.author)) continue;
    // A block under a heading of its own is a card or a section, not one signed comment.
    if ((headed ??= headingHolders(elements)).has(element)) continue;
    if (endsWithSignature(element, text, facts)) found.push(element);
  }
  return found.length >= MIN_SIGNED ? found : [];
}

/** Every element holding a heading, found once per page (each walk up stops at a marked one). */
function headingHolders(elements: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const element of elements) {
    if (!/^h[1-6]$/.test(element.tag)) continue;
    for (let current: Element | null = element; current && !holders.has(current); current = current.parent) holders.add(current);
  }
  return holders;
}

/** The block's own content (not its nested lists) ends with a profile link, then a date, then at most a control. */
function endsWithSignature(block: Element, text: string, facts: PageFacts): boolean {
  let author: Element | null = null;
  let date: Element | null = null;
  let ownEnd = block.start;
  // Own text nodes, and whether each sits in a link: a list of linked titles, each with its
  // poster and date (a forum's topic list, a feed), is no discussion.
  const words: { start: number; end: number; linked: boolean }[] = [];
  const stack: [Element, boolean][] = [[block, false]];
  while (stack.length) {
    const [element, inLink] = stack.pop()!;
    if (element !== block && (NOT_OWN.has(element.tag) || element.hidden)) continue;
    const linked = inLink || element.tag === 'a';
    for (const child of element.children) {
      if (child.kind !== 'text' || child.end <= child.start || !/\S/.test(child.value)) continue;
      ownEnd = Math.max(ownEnd, child.end);
      words.push({ start: child.start, end: child.end, linked });
    }
    if (element !== block && element.end > element.start) {
      // A profile link first: an IP editor's name ("86.14.203.77") reads as a numeric date too.
      if (element.tag === 'a' && facts.is(element, Fact.author)) {
        if (!author || element.start > author.start) author = element;
      } else if (facts.is(element, Fact.date) || facts.is(element, Fact.dateText)) {
        if (DATE_TEXT.test(text.slice(element.start, element.end)) && (!date || element.start > date.start)) date = element;
      }
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') stack.push([child, linked]);
    }
  }
  if (!author) return false;
  if (date && author.end < date.start) {
    if (date.start - author.end > MAX_NAME_TO_DATE || ownEnd - date.end > MAX_AFTER_DATE) return false;
  } else if (!plainTextDate(author, ownEnd, text)) return false;
  const before = words.filter((word) => word.end <= author!.start);
  const chars = before.reduce((sum, word) => sum + word.end - word.start, 0);
  const linkedChars = before.reduce((sum, word) => sum + (word.linked ? word.end - word.start : 0), 0);
  const lead = text.slice(block.start, author.start);
  if (BYLINE_END.test(lead.slice(-40))) return false;
  const letters = lead.replace(/[^\p{L}\p{N}]+/gu, '');
  return letters.length >= MIN_LETTERS_BEFORE && linkedChars <= 0.5 * chars;
}

/**
 * A signature time written as text after the name ("(talk) 10:02, 3 May 2025 (UTC)"), not in an
 * element of its own: a dated match, starting within reach of the name and ending near the block's end.
 */
function plainTextDate(author: Element, ownEnd: number, text: string): boolean {
  if (ownEnd - author.end > MAX_NAME_TO_DATE + MAX_AFTER_DATE + 40) return false;
  const after = text.slice(author.end, ownEnd);
  for (const match of dateMatches(after)) {
    if (match.index > MAX_NAME_TO_DATE) break;
    if (YEAR.test(match[0]) && after.length - (match.index + match[0].length) <= MAX_AFTER_DATE) return true;
  }
  return false;
}
