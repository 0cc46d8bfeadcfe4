/**
 * A post's or an issue's header lines at the top of its body: the poster's line ("Owen Kettering
 * @owen_k Mar 14", "#1 2024-03-01 21:14"), their rank and counts ("Member", "Posts: 87"), an issue
 * tracker's field list ("Status: Open", "Priority:" / "Normal") and the "Description" heading after
 * it. They are a run of short lines that end no sentence, shown before the first line of prose;
 * the run is a header only when it says so by field labels or, above a thread's opening post, by
 * a date, so an article opening with a short heading or a greeting keeps it. An article's own
 * "by Jo Pell on July 7, 2012" line stays: Dragnet's gold (tune pages) counts it as the article's.
 */
import type { Segment } from '../../../schema/index.js';
import { DATE_TEXT } from '../dates.js';

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

const squeezed = (segment: Segment) => segment.text.replace(/\s+/g, ' ').trim();
const endsSentence = (line: string) => /[.!?…]["'”’)]*$/.test(line);

/**
 * How many of the paragraphs open the body as header lines (0 when they are no header).
 * @param post whether the paragraphs are a thread's opening post, whose dated line is its header
 */
export function headerLineCount(paragraphs: Segment[], post: boolean): number {
  let dated = false;
  let fields = 0;
  let run = 0;
  for (; run < paragraphs.length; run++) {
    const line = squeezed(paragraphs[run]!);
    const date = line.length <= DATE_LINE && DATE_TEXT.test(line);
    if (!date && (line.length > HEADER_LINE || endsSentence(line))) break;
    if (FIELD.test(line)) fields++;
    else if (date) dated = true;
  }
  const next = paragraphs[run];
  if (run === 0 || !next || squeezed(next).length < PROSE) return 0;
  return (post && dated) || fields >= FIELDS ? run : 0;
}

/** "Last edited by Jo (2024-03-04 19:40)", "Last edit: 18 Jan 2024 19:31 by Jo.", "Edited 2 hours ago". */
const EDIT_NOTE = /^(?:last\s+)?edit(?:ed)?\b/i;
/** A forum's presence line under a post. */
const PRESENCE = /^(?:online|offline|away)$/i;

/** Where a post's footer lines begin: its edit note and its poster's presence, after the text. */
export function footerLineStart(paragraphs: Segment[]): number {
  let end = paragraphs.length;
  while (end > 1) {
    const line = squeezed(paragraphs[end - 1]!);
    if (!PRESENCE.test(line) && !(line.length <= DATE_LINE && EDIT_NOTE.test(line) && DATE_TEXT.test(line))) break;
    end--;
  }
  return end;
}
