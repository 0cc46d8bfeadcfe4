/**
 * Header layouts that end in a date ("Name · DATE", "Posted by: Name | DATE", "Name (DATE)"), read
 * without the date pattern inside each layout's regex (issue 17). DATE is about 8 KB of
 * case-insensitive alternatives; each layout that embedded it cost V8 20-50 ms to compile, in every
 * worker, and ran the whole pattern again on the same line. Here one regex finds where a date can
 * stand on a line, and each layout tests only what comes before and after it.
 *
 * The answer is the one the layout's whole regex gives: a layout matches when some date span
 * [p, q) is preceded by a whole `before` match on line[0, p) and followed by a whole `after` match
 * on line[q, end). When exactly one start p works, every path of the whole regex goes through it,
 * so its groups are those of `before` on line[0, p) (no lookaround in `before` reads past p). When
 * two starts work, or the ends that work after p trim to different spans, which one the whole
 * regex takes depends on its backtracking order: then the whole regex is made (once) and asked.
 */
import { once } from '../../memo.js';

export interface DatedLayout {
  /**
   * What precedes the date, to the date's start: anchored `^…$`, its groups those of the whole
   * layout before the date. It ends in a space, a separator or a bracket, or matches the empty
   * line: LineDates offers no date start right after a letter or a digit.
   */
  before: RegExp;
  /** What follows the date to the line's end, as a global lookahead `(?=…$)`; absent: the date ends the line. */
  after?: RegExp;
  /** The same layout without its date, when the date is optional ("Name says:"), anchored `^…$`. */
  undated?: RegExp;
  /** The date read case-sensitively: the layout has no `i` flag. */
  cased?: boolean;
  /** The group number of the date in the whole layout. */
  dateGroup: number;
  /** The whole layout, made on first need: asked only when the parts leave its answer open. */
  whole: () => RegExp;
  /**
   * The caller keeps the date's range as it is, whitespace and all: a date that may end at several
   * offsets (before and after a space the date pattern may take) is left to the whole regex, even
   * when the spans are the same once trimmed.
   */
  untrimmed?: boolean;
}

/** Group offsets as a `d`-flag match gives them (`indices[k]`), or null: the layout does not match. */
export type GroupRanges = ([number, number] | undefined)[];

/** A date pattern ending right before the subject's last character, made on first need. */
export interface DateBeforeLast {
  /** Case-insensitive and global: scans for starts. */
  caseless: () => RegExp;
  /** Case-sensitive and sticky: tries the caseless starts only (a cased match is a caseless one). */
  cased: () => RegExp;
}

/**
 * The regexes LineDates runs for a date pattern without lookbehind whose lookaheads read one
 * character at most (headers.ts's DATE: a letter, a digit, `,` or `:` after the date; `\b`): the
 * subject is the line up to the date's end plus the next character, or a line break at the line's
 * end, which reads to each of them as the end of the text does. Global: one scan finds the next
 * start from which some path of the pattern ends there.
 */
export function dateBeforeLast(date: string): DateBeforeLast {
  return {
    caseless: once(() => new RegExp(`(?:${date})(?=[^]$)`, 'giu')),
    cased: once(() => new RegExp(`(?:${date})(?=[^]$)`, 'uy')),
  };
}

/**
 * A date starts a word: every layout's `before` ends in a space, a separator or a bracket, or is
 * empty (the line opens with the date), so a start right after a letter or digit is never taken.
 */
const WORD_INSIDE = /[\p{L}\p{N}]/u;

/** The dates of one line, asked by each layout in turn: where a date ending at a given offset may start. */
export class LineDates {
  readonly #starts = new Map<number, number[]>();
  constructor(
    readonly line: string,
    readonly dates: DateBeforeLast,
  ) {}

  /** Offsets p (word starts) such that DATE matches line[p, end) exactly, in ascending order. */
  startsBefore(end: number, cased: boolean): number[] {
    const key = cased ? -1 - end : end;
    let starts = this.#starts.get(key);
    if (starts !== undefined) return starts;
    const line = this.line;
    const subject = line.slice(0, end) + (end < line.length ? line[end] : '\n');
    if (cased) {
      // A cased match is a caseless one, so only the caseless starts are tried; but an `iu` regex
      // reads 'ſ' and the Kelvin sign as word letters for `\b`: with one there, every word start is.
      const sticky = this.dates.cased();
      const tried = ODD_WORD_LETTER.test(subject) ? wordStarts(line, end) : this.startsBefore(end, false);
      starts = tried.filter((p) => {
        sticky.lastIndex = p;
        return sticky.test(subject);
      });
    } else {
      starts = everyStart(this.dates.caseless(), subject, 0).filter((p) => p === 0 || !WORD_INSIDE.test(line[p - 1]!));
    }
    this.#starts.set(key, starts);
    return starts;
  }
}

/** Letters `\b` reads as word characters under the `iu` flags only (they fold to 's' and 'k'). */
const ODD_WORD_LETTER = /[\u017f\u212a]/u;

/** Offsets before `end` that start a word: none right after a letter or digit. */
function wordStarts(line: string, end: number): number[] {
  const starts: number[] = [];
  for (let p = 0; p < end; p++) if (p === 0 || !WORD_INSIDE.test(line[p - 1]!)) starts.push(p);
  return starts;
}

/** The layout's groups on the line (as its whole regex with the `d` flag gives them), or null. */
export function matchDated(layout: DatedLayout, dates: LineDates): GroupRanges | null {
  const line = dates.line;
  const undated = layout.undated?.exec(line) ?? null;
  const dated = datedRanges(layout, dates);
  if (dated === 'open' || (undated && dated)) return wholeRanges(layout, line);
  if (dated) return dated;
  if (!undated) return null;
  // The whole regex's date group, unmatched.
  const ranges = rangesOf(undated);
  while (ranges.length <= layout.dateGroup) ranges.push(undefined);
  return ranges;
}

/** The groups when the date is there, null when no date span fits, 'open' when the parts cannot say which the whole regex takes. */
function datedRanges(layout: DatedLayout, dates: LineDates): GroupRanges | null | 'open' {
  const line = dates.line;
  const cased = layout.cased ?? false;
  const ends = layout.after ? endsBefore(layout.after, line) : [line.length];
  let found: { before: RegExpExecArray; start: number; ends: number[] } | null = null;
  const startsSeen = new Set<number>();
  for (const end of ends) {
    for (const start of dates.startsBefore(end, cased)) {
      if (startsSeen.has(start)) {
        if (found?.start === start) found.ends.push(end);
        continue;
      }
      startsSeen.add(start);
      const before = layout.before.exec(line.slice(0, start));
      if (!before) continue;
      if (found) return 'open';
      found = { before, start, ends: [end] };
    }
  }
  if (!found) return null;
  const spans = new Set(found.ends.map((end) => trimmedSpan(line, found.start, end).join()));
  if (spans.size > 1 || (layout.untrimmed && found.ends.length > 1)) return 'open';
  const ranges = rangesOf(found.before);
  ranges[layout.dateGroup] = [found.start, found.ends[0]!];
  return ranges;
}

/** Offsets where `after` (a global lookahead, `(?=…$)`) matches to the line's end, past the line's start. */
function endsBefore(after: RegExp, line: string): number[] {
  return everyStart(after, line, 1);
}

/**
 * Every offset from `from` on where a global regex matches, not only where its matches follow one
 * another: each scan begins one past the last match's start. A `u` regex moved into a surrogate
 * pair steps back to its start; none of these start on one (a date opens with an ASCII letter or
 * digit, a tail with a space, a separator or an ASCII letter), and a step back ends the scan.
 */
function everyStart(regex: RegExp, subject: string, from: number): number[] {
  const starts: number[] = [];
  regex.lastIndex = from;
  for (let match = regex.exec(subject); match !== null && match.index >= from; match = regex.exec(subject)) {
    starts.push(match.index);
    regex.lastIndex = from = match.index + 1;
  }
  return starts;
}

/** A span without the whitespace a date may take at either end (what the layouts' readers keep). */
function trimmedSpan(line: string, start: number, end: number): [number, number] {
  while (end > start && /\s/u.test(line[end - 1]!)) end--;
  while (start < end && /\s/u.test(line[start]!)) start++;
  return [start, end];
}

/** A `d`-flag match's group offsets, or null for no match. */
export function rangesOf(match: RegExpExecArray): GroupRanges;
export function rangesOf(match: RegExpExecArray | null): GroupRanges | null;
export function rangesOf(match: RegExpExecArray | null): GroupRanges | null {
  return match ? (match.indices ?? []).map((range) => (range ? [range[0], range[1]] : undefined)) : null;
}

function wholeRanges(layout: DatedLayout, line: string): GroupRanges | null {
  return rangesOf(layout.whole().exec(line));
}
