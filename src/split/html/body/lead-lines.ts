/**
 * A post's or an issue's header lines at the top of its body: the poster's line ("Owen Kettering
 * @owen_k Mar 14", "#1 2024-03-01 21:14"), their rank and counts ("Member", "Posts: 87"), an issue
 * tracker's field list ("Status: Open", "Priority:" / "Normal") and the "Description" heading after
 * it. They are a run of short lines that end no sentence, shown before the first line of prose;
 * the run is a header only when the markup or the poster's line says so: field lines the page
 * marks up as fields (a label element of its own, "<th>Status:</th>", a <dl> of counts), or above
 * a thread's opening post a line that is mostly a date. Plain "Prep time: 10 minutes", "Step 1:",
 * "Q:" paragraphs, a greeting or a line that mentions a date are the text's own. An article's own
 * "by Jo Pell on July 7, 2012" line stays: Dragnet's gold (tune pages) counts it as the article's.
 */
import type { Segment } from '../../../schema/index.js';
import { endsSentence } from '../../text/article.js';
import { DATE_TEXT, isDateText } from '../dates.js';
import type { Element } from '../dom.js';

/** A header line is shorter than a sentence of prose. */
const HEADER_LINE = 60;
/** A date line may run longer ("Added by Jo Pell 9 months ago. Updated 8 days ago."). */
const DATE_LINE = 80;
/** The first line of prose after the header: a sentence at least. */
const PROSE = 80;
/** "Status: Open", "Priority:", "Affects Version/s: 3.6.1": a field's label, then maybe its value. */
const FIELD = /^\p{L}[\p{L}\p{N} /()'-]{0,30}:(?:\s|$)/u;
/** Field labels it takes to call a run a field list. */
const FIELDS = 2;
/**
 * A poster's profile counts in a forum's user panel, printed as lines of the opening post's cell
 * (vBulletin's postbit: "Join Date: Aug 2008", "Location: SIN", "Posts: 1,077"): the label and a
 * date or a number, two of them in the short lines before the first prose. A "Location: Boston"
 * line is no count, and an article opens with no list of its poster's counts.
 */
const PROFILE_COUNT = /^(?:join(?:ed)?(?: date)?|registered|member since|posts|messages|threads|reputation|reaction score|points|thanks)\s*:\s*(?:\d[\d.,]*\s*[kKmM]?$|.*\b\d{4}\b)/i;

const squeezed = (segment: Segment) => segment.text.replace(/\s+/g, ' ').trim();

/** Elements that show a field of a list: a definition list's or a table header's cell. */
const FIELD_CELL = new Set(['dt', 'dd', 'th']);
/** A label alone in its element: "Status:", "Affects Version/s:". */
const LABEL_ALONE = /^\p{L}[\p{L}\p{N} /()'-]{0,30}:$/u;

/** Which lines the page marks up as fields: a predicate over paragraphs, from the elements they come from. */
export function markedFields(roots: Element[], text: string): (line: Segment) => boolean {
  const ranges: { start: number; end: number }[] = [];
  const stack = [...roots];
  const seen = new Set<Element>();
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (seen.has(element) || element.hidden || element.end <= element.start) continue;
    seen.add(element);
    if (FIELD_CELL.has(element.tag) || (element.end - element.start <= 32 && LABEL_ALONE.test(text.slice(element.start, element.end)))) ranges.push(element);
    for (const child of element.children) if (child.kind === 'element') stack.push(child);
  }
  ranges.sort((a, b) => a.start - b.start);
  return (line) => {
    // The first range starting at or after the line's start, and the one before it (which may hold the line).
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.start < line.start) lo = mid + 1;
      else hi = mid;
    }
    return (lo < ranges.length && ranges[lo]!.start < line.end) || (lo > 0 && ranges[lo - 1]!.end > line.start);
  };
}

/** A poster's line: a date with at most a name, a handle or a post number beside it, not a sentence that mentions one. */
function isPosterDate(line: string): boolean {
  const match = DATE_TEXT.exec(line);
  if (!match) return false;
  const rest = line.slice(0, match.index) + line.slice(match.index + match[0].length);
  return (rest.match(/[\p{L}\p{N}_@#]+/gu) ?? []).length <= 3;
}

/**
 * How many of the paragraphs open the body as header lines (0 when they are no header).
 * @param post whether the paragraphs are a thread's opening post, whose poster line is its header
 * @param marked whether the page marks a line up as a field (see markedFields); none is by default
 */
export function headerLineCount(paragraphs: Segment[], post: boolean, marked: (line: Segment) => boolean = () => false): number {
  let dated = false;
  let fields = 0;
  // A poster's profile counts (above an opening post, or a thread page read as an article), and the line after the last of them.
  let counts = 0;
  let afterCounts = 0;
  let run = 0;
  for (; run < paragraphs.length; run++) {
    const line = squeezed(paragraphs[run]!);
    const date = line.length <= DATE_LINE && DATE_TEXT.test(line);
    if (!date && (line.length > HEADER_LINE || endsSentence(line))) break;
    if (PROFILE_COUNT.test(line)) {
      counts++;
      afterCounts = run + 1;
    }
    if (FIELD.test(line)) fields += marked(paragraphs[run]!) ? 1 : 0;
    else if (date && isPosterDate(line)) dated = true;
  }
  // The poster's panel ends at its last count: the post's subject or its own short lines ("Hi all,") follow it.
  if (counts >= FIELDS && afterCounts < paragraphs.length) return afterCounts;
  const next = paragraphs[run];
  if (run === 0 || !next || squeezed(next).length < PROSE) return 0;
  if ((post && dated) || fields >= FIELDS) return run;
  // Above an opening post, the poster's own field list (a <dl> of rank and counts) is its header.
  let profile = 0;
  while (post && profile < run && marked(paragraphs[profile]!)) profile++;
  return profile;
}

/**
 * The engine's edit note: "Last edited by Jo (2024-03-04 19:40)", "Last edit: 18 Jan 2024 19:31 by Jo.",
 * or "Edited" and a date alone ("Edited 2 hours ago"). A poster's own "EDIT: solved on 12/03" is the post's.
 */
const EDIT_NOTE = /^last\s+edit(?:ed)?(?:\s+(?:by|on)\b|\s*:)/i;
const EDITED_AT = /^edited\s+(.+)$/i;
/** A forum's presence line under a post. */
const PRESENCE = /^(?:online|offline|away)$/i;

/**
 * A Q&A engine's poster card under the post ("asked 2023-03-06 19:47", then the name and the
 * reputation on short lines): the post's signature, not its text. Its date line is the verb and a
 * date with hardly a word more ("asked 2 hours ago", "posted Mar 3 by jo"), not a sentence that
 * opens with the verb ("Asked 12 May 2020 whether she would return:").
 */
const CARD_LINE = /^(?:asked|answered|posted|edited|modified|updated)\b/i;
/** Under a question read as an article (no thread found around it), only a Q&A card's own words: "Posted" ends many a blog post's text. */
const QA_CARD_LINE = /^(?:asked|answered)\b/i;
/** The card's lines after its date line are a name and counts: shorter than this. */
const CARD_DETAIL = 40;
/** How many lines the card may hold after its date line. */
const CARD_LINES = 4;

export function cardStart(paragraphs: Segment[], post = true): number {
  for (let at = paragraphs.length - 1; at >= Math.max(1, paragraphs.length - 1 - CARD_LINES); at--) {
    const line = squeezed(paragraphs[at]!);
    if (line.length <= DATE_LINE && (post ? CARD_LINE : QA_CARD_LINE).test(line) && isPosterDate(line)) return paragraphs.slice(at + 1).every((after) => squeezed(after).length < CARD_DETAIL) ? at : paragraphs.length;
  }
  return paragraphs.length;
}

/** Where a post's footer lines begin: its poster card, its edit note and its poster's presence, after the text. */
export function footerLineStart(paragraphs: Segment[]): number {
  let end = cardStart(paragraphs);
  while (end > 1) {
    const line = squeezed(paragraphs[end - 1]!);
    if (!PRESENCE.test(line) && !isEditNote(line)) break;
    end--;
  }
  return end;
}

function isEditNote(line: string): boolean {
  if (line.length > DATE_LINE) return false;
  if (EDIT_NOTE.test(line)) return DATE_TEXT.test(line);
  const at = EDITED_AT.exec(line);
  return !!at && isDateText(at[1]!);
}
