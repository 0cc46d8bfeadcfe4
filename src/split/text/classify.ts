/**
 * Gives every block a role: comment header, author-name line, action line, furniture or prose.
 * Multi-line blocks are first cut at header and action lines, because many comment systems print
 * "Name • 3h" directly above the text with no blank line between.
 */
import { memoize } from '../../memo.js';
import {
  ANSWER_BADGE,
  isActionLine,
  isCommentSectionMarker,
  isSectionLabel,
  isShareTarget,
  matchBoilerplate,
  matchFurnitureLines,
  matchListBlock,
  SHARE_ROW,
  type BoilerplateMatch,
} from './boilerplate.js';
import { isSignOff } from './sign-offs.js';
import { profileStacksOverDates } from './profile-stacks.js';
import { AFFILIATION_LINE, HeaderFold, headerLinesAllowed, headerPartOf, isForumStat, isStatLabelAlone, matchHeaderBlock, matchReplyTo, MAX_HEADER_LINES, partOfLine, USER_HEADLINE_MAX, type HeaderPart } from './header-block.js';
import { wordCount } from './article.js';
import { lineBlocks, type Block } from './blocks.js';
import { datedLine, matchHeader, SCORE_LINE, type HeaderMatch } from './headers.js';
import { looksLikeName, readsAsSentence, STATUS_WORDS } from './names.js';
import { learnTemplates, shapeOf, templateHeader, type Shape, type Templates } from './templates.js';

export { looksLikeName } from './names.js';

export type Role =
  | { kind: 'header'; header: HeaderMatch }
  /** A name line; `range` (within the block) when the name is only part of it: "#12 Anna Berg", a name over its flair. */
  | { kind: 'name'; range?: [number, number] }
  | { kind: 'action' }
  | { kind: 'furniture'; match: BoilerplateMatch; marker: boolean }
  | { kind: 'prose' };

export interface ClassifiedBlock extends Block {
  role: Role;
}

/**
 * `unspaced`: the page prints no blank lines (innerText of divs), so its blocks say nothing: a
 * headline under a menu line is no part of the menu.
 */
export function classifyBlocks(text: string, blocks: Block[], unspaced: boolean): ClassifiedBlock[] {
  // Header templates are the page's own: shapes that recur above text.
  const templates = learnTemplates(text, blocks);
  const out: ClassifiedBlock[] = [];
  for (const block of blocks) {
    // Most blocks are one line and are never cut: no part list to build for them.
    if (block.lines.length === 1) {
      out.push(classified(block, roleOf(block, text, templates)));
      continue;
    }
    // innerText prints one line per element: a headline, a byline and a paragraph arrive without
    // blank lines between them. Only a hard-wrapped paragraph, a header, a signature or furniture
    // without a paragraph in it is one unit over several lines; the rest is read line by line, and
    // short lines that together make a comment header are then put back together.
    const pieces: { block: Block; role: Role | null }[] = [];
    for (const part of cutAtStructuralLines(text, block, templates)) {
      const role = roleOf(part, text, templates);
      // Header lines are regrouped below, where a header may take in the line after the part.
      const whole =
        part.heading || part.signature || role.kind === 'action' || role.kind === 'name' ||
        (role.kind === 'furniture' && (part.lines.length <= 3 || !hasParagraphLine(text, part, unspaced) || isSectionLabel(part.firstLine)) && !opensWithHeader(text, part, templates) && !(role.match.rule === 'copyright' && hasStraySentence(text, part))) ||
        isWrappedParagraph(text, part);
      if (part.lines.length === 1 || (whole && !isHeaderParts(text, part, role, templates))) pieces.push({ block: part, role });
      else for (const line of lineBlocks(text, part)) pieces.push({ block: line, role: null });
    }
    for (const piece of headerGroups(text, pieces, templates)) out.push(classified(piece.block, piece.role ?? roleOf(piece.block, text, templates)));
  }
  return profileStacksOverDates(text, repeatedChrome(chromeOverHeaders(text, templates, labelledReplyTargets(text, addressedUnderNames(text, namesInTheirSlot(namesOverDates(headersInMenuLists(text, templates, repeatedDates(markLinkLists(shareRunButtons(quoteIntros(answerBadges(labelledDatesAtTextEnd(shortYearDates(out)))))))))))))));
}

const TELLING_PARTS: ReadonlySet<string> = new Set(['level', 'reply-to', 'date', 'header', 'position']);

/**
 * "Lena H. / 3 tim / text", "night_reader / 4 мар в 09:15 / text": a short line of a number and a
 * word or two, printed under each name line and over each comment's text, is the header's date in
 * the site's own language, whatever its words. Three at the same place make it the thread's date line;
 * a count ("7 kudos") sits between the name and the date, not over the text.
 */
function repeatedDates(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const counts = new Map<string, number>();
  const keys = blocks.map((block, i) => (isUnderHeaderOverText(blocks, i) ? dateShapeKey(block) : null));
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  if (counts.size === 0) return blocks;
  return blocks.map((block, i) => {
    const key = keys[i] ?? null;
    if (key === null || counts.get(key)! < CHROME_REPEATS) return block;
    const header: HeaderMatch = { rule: 'header:date-only', author: null, postedAt: [0, block.text.length], strong: false };
    return { ...block, role: { kind: 'header', header } };
  });
}

function isUnderHeaderOverText(blocks: ClassifiedBlock[], i: number): boolean {
  const above = blocks[i - 1]?.role.kind;
  return blocks[i + 1]?.role.kind === 'prose' && (above === 'name' || above === 'header');
}

/** A number (or a clock) with at most three short words, nothing else: "3 tim", "vor 2 Std.", "4 мар в 09:15". */
const DATE_SHAPE = /^(?=.*\d)(?:(?:\d{1,4}(?::\d{2})?|\p{L}{1,12}\.?)(?:\s+|$)){2,4}$/u;
const DATE_SHAPE_WORDS = 3;

function dateShapeKey(block: ClassifiedBlock): string | null {
  if (block.lines.length !== 1 || (block.role.kind !== 'prose' && block.role.kind !== 'name')) return null;
  return dateKeyOf(block.text);
}

function dateKeyOf(line: string): string | null {
  if (line.length > CHROME_MAX || !DATE_SHAPE.test(line) || (line.match(/\p{L}+/gu)?.length ?? 0) > DATE_SHAPE_WORDS) return null;
  return relativeTimeKey(line.toLowerCase().replace(/\d+/gu, '#'));
}

/**
 * "Гост / преди 1 час / thanks, did not know that / Отговори …" printed without blank lines reads
 * as a menu (short unpunctuated lines); when its first line is a name and its second the thread's
 * own date line (`repeatedDates`), it is a comment like the others, read line by line.
 */
function headersInMenuLists(text: string, templates: Templates, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const dates = new Set<string>();
  for (const block of blocks) {
    if (block.role.kind === 'header' && block.role.header.rule === 'header:date-only' && block.lines.length === 1) {
      const key = dateKeyOf(block.text.trim());
      if (key !== null) dates.add(key);
    }
  }
  if (dates.size === 0) return blocks;
  return blocks.flatMap((block) => {
    if (block.role.kind !== 'furniture' || block.role.match.rule !== 'menu-list' || block.lines.length < 3) return [block];
    const [name, date, ...rest] = lineBlocks(text, block);
    const key = dateKeyOf(date!.text.trim());
    if (key === null || !dates.has(key) || headerPartOf(name!.text).kind !== 'name') return [block];
    const header: HeaderMatch = { rule: 'header:date-only', author: null, postedAt: [0, date!.text.length], strong: false };
    return [classified(name!, NAME), classified(date!, { kind: 'header', header }), ...rest.map((line) => classified(line, roleOf(line, text, templates)))];
  });
}

/**
 * "for # timer siden", "for # time siden", "acum # ore", "acum # de minute": the words after the
 * number change with the time ("hours", "hour", "minutes"); the phrase's frame does not. A line
 * with words before its number is keyed by them; else the unit is left out when a word follows it
 * ("# hours ago", "# minutes ago").
 */
function relativeTimeKey(key: string): string {
  const words = key.split(/\s+/u);
  const at = words.findIndex((word) => word.includes('#'));
  if (at > 0) return words.slice(0, at + 1).join(' ');
  return at === 0 && words.length >= 3 ? [words[0], ...words.slice(2)].join(' ') : key;
}

/**
 * "Tomas, IP: 78.56.xxx.xxx / 2026-12-07 09:31 / text": a short line printed right above each
 * date-only header line, in one shape throughout (the name and the site's fields after it), is the
 * header's name line, whatever its fields say. Its name is the line's first word run. Three in that
 * place make it the thread's layout; a byline over the article's date is there once.
 */
function namesOverDates(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const keys = blocks.map((block, i) => (isOverDateOverText(blocks, i) ? nameLineShape(block) : null));
  const counts = new Map<string, number>();
  for (const shape of keys) if (shape) counts.set(shape.key, (counts.get(shape.key) ?? 0) + 1);
  if (counts.size === 0) return blocks;
  return blocks.map((block, i) => {
    const shape = keys[i];
    if (!shape || counts.get(shape.key)! < CHROME_REPEATS) return block;
    // "Sandra W, Kendal": a place after the comma is part of the name as shown (fixtures/ANNOTATING.md);
    // a labelled field, a number or an address is the site's.
    if (shape.symbols.every((symbol) => symbol.kind === 'W' || symbol.kind === ',')) return { ...block, role: NAME };
    const name = shape.symbols[0]!;
    return { ...block, role: { kind: 'name', range: [name.start, name.end] } };
  });
}

function isOverDateOverText(blocks: ClassifiedBlock[], i: number): boolean {
  const below = blocks[i + 1]?.role;
  return blocks[i]!.role.kind === 'prose' && below?.kind === 'header' && below.header.author === null && below.header.postedAt !== null && blocks[i + 2]?.role.kind === 'prose';
}

/** A name line's shape: one short line opening with a name, its fields after a separator ("Name, IP: …", "Name | Riga"). */
function nameLineShape(block: ClassifiedBlock): Shape | null {
  if (block.lines.length !== 1 || block.text.length > NAME_LINE_MAX || /[.!?…:;]$/u.test(block.text)) return null;
  const shape = shapeOf(block.text);
  if (!shape || shape.anchored || shape.symbols[0]?.kind !== 'W' || !NAME_FIELD_SEPARATORS.has(shape.symbols[1]?.kind ?? '')) return null;
  return shape;
}

const NAME_LINE_MAX = 60;
const NAME_FIELD_SEPARATORS: ReadonlySet<string> = new Set([',', '|', '·', '•', '–', '—', '(']);

/**
 * "Like · Reply · 5 · 1d / KVRN 8 News / Hi Linda, …": where the thread prints each writer's name
 * between the button row above and the text below, a short line in that place is a name too,
 * whatever its words.
 */
function namesInTheirSlot(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const inSlot = (i: number) => blocks[i - 1]?.role.kind === 'action' && blocks[i + 1]?.role.kind === 'prose' && blocks[i]!.lines.length === 1;
  let named = 0;
  for (let i = 1; i < blocks.length; i++) if (blocks[i]!.role.kind === 'name' && inSlot(i)) named++;
  if (named < CHROME_REPEATS) return blocks;
  return blocks.map((block, i) => (block.role.kind === 'prose' && inSlot(i) && isSlotSized(block.text) ? { ...block, role: NAME } : block));
}

/** A name's size: a few words, no sentence's end. */
function isSlotSized(line: string): boolean {
  return line.length <= CHROME_MAX && line.split(/\s+/u).length <= SLOT_WORDS && !/[.!?…:;,]$/u.test(line);
}
const SLOT_WORDS = 4;

/**
 * "Dana Reyes / Lou Marsh fair point": a short line under a name that opens with the name of a
 * writer above and goes on is a reply addressed to that writer, not the name's flair or place.
 */
function addressedUnderNames(text: string, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const writers = new Set<string>();
  return blocks.flatMap((block) => {
    const name = block.role.kind === 'name' ? block.text.slice(...(block.role.range ?? [0, block.lines[0]!.contentEnd - block.start])).toLowerCase() : writerOf(block);
    const second = block.role.kind === 'name' && block.lines.length === 2 ? block.lines[1]!.text.toLowerCase() : null;
    const addressed = second !== null && opensWithWriter(second, writers);
    if (name !== null) writers.add(name);
    if (!addressed) return [block];
    const [top, line] = lineBlocks(text, block);
    return [classified(top!, NAME), classified(line!, PROSE)];
  });
}

/** The line opens with a writer's name and goes on: each word boundary is looked up once, whatever the number of writers. */
function opensWithWriter(line: string, writers: ReadonlySet<string>): boolean {
  for (let at = line.indexOf(' '); at > 0; at = line.indexOf(' ', at + 1)) if (writers.has(line.slice(0, at))) return true;
  return false;
}

/**
 * "Marek K. · 1 godz. temu / odpowiedź do: wrzeszczanin_84": a short label and a colon, then the
 * name of a commenter above, on the line right under a header, is the header's reply-to line in the
 * site's own words: only a name the thread has already printed as a writer counts.
 */
function labelledReplyTargets(text: string, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const writers = new Set<string>();
  const out: ClassifiedBlock[] = [];
  // The site prints its label on every reply; a reader's "Thanks to: name" is one of a kind.
  const labels = new Map<string, number>();
  for (const block of blocks) {
    const label = block.role.kind === 'prose' && block.lines.length === 1 ? labelOf(block.text) : null;
    if (label !== null) labels.set(label, (labels.get(label) ?? 0) + 1);
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const above = out[out.length - 1];
    const target = block.role.kind === 'prose' && block.lines.length === 1 && block.gapBefore === 0 && above?.role.kind === 'header' && above.role.header.replyTo === undefined ? LABELLED_TARGET.exec(block.text) : null;
    if (target && writers.has(target[1]!.toLowerCase()) && (labels.get(labelOf(block.text)!) ?? 0) >= LABEL_REPEATS && above!.role.kind === 'header') {
      const merged = mergeLines(text, [above!, block]);
      const [start, end] = target.indices![1]!;
      const shift = block.start - merged.start;
      out[out.length - 1] = classified(merged, { kind: 'header', header: { ...above!.role.header, replyTo: [start + shift, end + shift] } });
      continue;
    }
    out.push(block);
    const writer = writerOf(block);
    if (writer !== null) writers.add(writer);
  }
  return out;
}

/** The label of a labelled reply-to line, case-folded ("odpowiedź do"); null for any other line. */
function labelOf(line: string): string | null {
  return LABELLED_TARGET.test(line) ? line.slice(0, line.indexOf(':')).trim().toLowerCase() : null;
}

const LABEL_REPEATS = 2;

/** One to three words and a colon, then a name or a handle alone: "odpowiedź do: ania_g", "Svar till: Lena H.". */
const LABELLED_TARGET = /^\p{L}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,2}\s?:\s+@?([\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’ -]{0,38}[\p{L}\p{N}_.])$/du;

/**
 * "Reply / night_reader / 4 мар в 09:15": a line printed at the top of most of the page's
 * multi-line headers, the same each time, is the button row between comments, not anybody's name.
 * It is cut off as an action line and the rest read again as the header. So is the top line of the
 * thread's first header when it is one line longer than the header the thread prints every time
 * ("Коментарі 5" over the first name): the section's label, glued to the first header.
 */
function chromeOverHeaders(text: string, templates: Templates, blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const tops = new Map<string, number>();
  const sizes = new Map<number, number>();
  let stacks = 0;
  let first = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.role.kind !== 'header' || block.lines.length < 2) continue;
    stacks++;
    if (first < 0) first = i;
    tops.set(block.firstLine, (tops.get(block.firstLine) ?? 0) + 1);
  }
  // A printed nesting level ("level 1"), a reply target or a date says something, however often.
  const chrome = new Set([...tops].filter(([line, count]) => count >= CHROME_REPEATS && count * 2 > stacks && !TELLING_PARTS.has(headerPartOf(line).kind)).map(([line]) => line));
  // The header's usual size, without a button line cut from its top.
  for (const block of blocks) {
    if (block.role.kind !== 'header' || block.lines.length < 2) continue;
    const size = block.lines.length - (chrome.has(block.firstLine) ? 1 : 0);
    sizes.set(size, (sizes.get(size) ?? 0) + 1);
  }
  const usual = [...sizes].find(([, count]) => count >= CHROME_REPEATS && count * 2 > stacks)?.[0];
  // The section's label counts the comments ("Коментарі 5"); a line of no number over a name is the
  // first writer's flair or place ("Marcus Webb / Local Guide / March 3").
  const labelled = first >= 0 && !chrome.has(blocks[first]!.firstLine) && blocks[first]!.lines.length === (usual ?? 0) + 1 && /\p{N}/u.test(blocks[first]!.firstLine) ? first : -1;
  if (chrome.size === 0 && labelled < 0) return blocks;
  return blocks.flatMap((block, i) => {
    if (block.role.kind !== 'header' || block.lines.length < 2 || (i !== labelled && !chrome.has(block.firstLine))) return [block];
    const [top, ...rest] = lineBlocks(text, block);
    const header = rest.length === 1 ? rest[0]! : mergeLines(text, rest);
    const role = roleOf(header, text, templates);
    // The line cut, the rest must still be a header that names its writer: "wax_and_wane / May 1"
    // at the top of most stacks is a poster who posts most.
    if (role.kind !== 'header' || role.header.author === null) return [block];
    return [classified(top!, ACTION), classified(header, role)];
  });
}

/**
 * A short line the page prints again and again ("Svar", "Like 3", "more_horiz", "Flag
 * this comment") is the site's chrome around each comment, in whatever language: no
 * commenter writes the same short line three times. A name-shaped one is chrome only when it makes
 * up more than half of the page's name and header lines: a commenter's name recurs only with that
 * person's comments, a button with everybody's. Numbers are read as one ("Like 3", "Like 12"),
 * and only repeats at the same place in the thread count (`placeOf`).
 *
 * Readers repeat short lines too ("+1", "Cheers", a frequent writer's sign-off). What a reader
 * writes is the same words each time and comes from some writers only; a button row either shows
 * the site's own shape (several buttons on one line, or a count that changes from comment to
 * comment: "Reply  Helpful (12)", "+24", "+7") or comes back under most comments. A line that is
 * the same words every time, from one writer only or under half the comments or fewer, is text.
 */
function repeatedChrome(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const seen = new Map<string, Repeat>();
  let headers = 0;
  let names = 0;
  let writer: string | null = null;
  // Each block's key read once: the count compares it with the block above, and the marking below reads it again.
  const keys = blocks.map(chromeKey);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.role.kind === 'name') names++;
    const key = keys[i]!;
    // Amounts or options listed one under another ("£10", "£25", "£50") are one list, not a line per comment.
    if (key !== null && (i === 0 || keys[i - 1] !== key)) {
      const placed = `${key}\n${placeOf(blocks, i)}`;
      const repeat = seen.get(placed) ?? { count: 0, texts: new Set<string>(), writers: new Set<string | null>() };
      repeat.count++;
      repeat.texts.add(block.text.toLowerCase());
      repeat.writers.add(writer);
      seen.set(placed, repeat);
    }
    if (block.role.kind === 'header') {
      headers++;
      writer = writerOf(block);
    } else if (block.role.kind === 'name') writer = block.text.toLowerCase();
  }
  // A page with no comment headers has no buttons to repeat: a poem's refrain is its text.
  if (seen.size === 0 || headers + names < CHROME_REPEATS) return blocks;
  return blocks.map((block, i) => {
    // An action line's key counts the rows the rules missed, but the line itself is already chrome.
    const key = block.role.kind === 'action' ? null : keys[i]!;
    const repeat = key === null ? undefined : seen.get(`${key}\n${placeOf(blocks, i)}`);
    const count = repeat?.count ?? 0;
    // A signature comes back under one writer's comments; a button row under a good share of everybody's.
    if (count < CHROME_REPEATS || count * CHROME_SHARE < headers || UNDER_HEADER.has(placeOf(blocks, i))) return block;
    if (block.role.kind === 'name' && count * 2 <= headers + names) return block;
    if (!isRowShaped(repeat!) && (count * 2 <= headers || isOneWritersLine(repeat!))) return block;
    return { ...block, role: ACTION };
  }).map((block, i, all) => (isLongerRow(block, seen, placeOf(all, i)) ? { ...block, role: ACTION } : block));
}

/**
 * "Like · Reply · 33 · 2d · Edited" under a thread of "Like · Reply · 14 · 3d": the page's button
 * row with one more field at its end is the same row.
 */
function isLongerRow(block: ClassifiedBlock, seen: ReadonlyMap<string, Repeat>, place: string): boolean {
  if (block.role.kind !== 'prose' || block.lines.length !== 1) return false;
  const last = [...block.text.matchAll(ROW_SEPARATORS)].pop();
  if (last === undefined || last.index === 0) return false;
  const key = keyOfRow(block.text.slice(0, last.index));
  const repeat = key === null ? undefined : seen.get(`${key}\n${place}`);
  return repeat !== undefined && repeat.count >= CHROME_REPEATS && isRowShaped(repeat);
}

const ROW_SEPARATORS = /\s+[·•|]\s+/gu;

/** Where a short line recurs: how often, its texts as printed, and the writers of the comments it sits in (null: unknown). */
interface Repeat {
  count: number;
  texts: Set<string>;
  writers: Set<string | null>;
}

/**
 * The site's own row shape: buttons side by side ("Reply  Notify me", "Odpowiedz · Zgłoś") or a
 * count that differs between comments ("+24" here, "+7" there). "+1" printed the same each time is
 * a reader's word.
 */
function isRowShaped(repeat: Repeat): boolean {
  const texts = [...repeat.texts];
  if (texts.some((text) => ROW_SEPARATOR.test(text))) return true;
  return texts.some((text) => /\d/u.test(text)) && repeat.texts.size > 1;
}

/** Buttons printed side by side: a middle dot, a bullet or a bar between them, or a run of spaces or a tab. */
const ROW_SEPARATOR = /\S(?:\s+[·•|]\s+|\s{2,}|\t)\S/u;

/** Every copy under comments of one named writer: that writer's sign-off. */
function isOneWritersLine(repeat: Repeat): boolean {
  return repeat.writers.size === 1 && !repeat.writers.has(null);
}

/** The author a comment header names, case-folded; null when it names none. */
function writerOf(block: ClassifiedBlock): string | null {
  if (block.role.kind !== 'header' || block.role.header.author === null) return null;
  const [start, end] = block.role.header.author;
  return block.text.slice(start, end).toLowerCase();
}

/**
 * A line right under a header is no button row: a flair or an app's line there ("via the Hivecraft
 * app") belongs to the header, and a reader's opening there ("same here") to the text.
 */
const UNDER_HEADER: ReadonlySet<string> = new Set(['header', 'name']);

/**
 * Where a line sits, by the role of the line above it: a button sits at the same place in every
 * comment (under its text); a site's name printed in its masthead, over its own reply and in its
 * footer sits somewhere else each time.
 */
function placeOf(blocks: ClassifiedBlock[], i: number): string {
  return blocks[i - 1]?.role.kind ?? '';
}

/**
 * A one-line prose or name block short enough to be a button or a label, as a key; null for any
 * other block. Action lines count too, so a row the rules missed once ("11mo  Reply  ♥")
 * repeats the rows they read ("2y  Reply  ♥ 3"). Counts and ages ("12", "(4)", "+24", "11mo") read
 * as one, and counts at the row's end as none.
 */
function chromeKey(block: ClassifiedBlock): string | null {
  const kind = block.role.kind;
  if (block.lines.length !== 1 || (kind !== 'prose' && kind !== 'name' && kind !== 'action') || block.heading) return null;
  return keyOfRow(block.text);
}

function keyOfRow(text: string): string | null {
  if (text.length > CHROME_MAX || /[.!…:;,]$/u.test(text) || (text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) > CHROME_WORDS) return null;
  const key = text.toLowerCase().split(/\s+/u).map((word) => (COUNT_WORD.test(word) ? '#' : word)).join(' ').replace(/(?: #)+$/u, '');
  // A vote count alone ("+24", "12") under each comment's text is a row too; a rule ("–", "***")
  // between a comment's paragraphs is not.
  if (key === '') return '#';
  return /[\p{L}#]/u.test(key) ? key : null;
}

/** A count or an age in a button row: "12", "(4)", "+24", "−3", "11mo", "2y". */
const COUNT_WORD = /^[([]?[+\-−]?\d[\d,.]*(?:[\p{L}]{1,3})?[)\]]?$/u;

/** Times a short line must recur to be read as the page's chrome, and the share of the page's dated and printed headers it must match (one in three). */
const CHROME_REPEATS = 3;
const CHROME_SHARE = 3;
const CHROME_MAX = 40;
const CHROME_WORDS = 5;

/**
 * "Visited on: DATE" closes a review's text: it sits under a line of text and over the
 * review's buttons ("Helpful 3 · Report"), the next header or the page's end. With a sentence under
 * it ("Edit: yesterday", then what changed), or as a comment's only line, it is what the reader wrote.
 */
function labelledDatesAtTextEnd(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.role !== DATED_LABEL) continue;
    const above = blocks[i - 1];
    const below = blocks[i + 1];
    if (above?.role.kind !== 'prose' || (below?.role.kind === 'prose' && readsAsSentence(below.firstLine))) blocks[i] = classified(block, PROSE);
  }
  return blocks;
}

/** "Nov '24", "May ’68": a month and a two-digit year, the date forum software prints for older posts. */
const SHORT_YEAR_DATE = /^\p{L}{3,9}\.?\s+['’]\d{2}$/u;

/**
 * A month with a two-digit year dates a post only beside a name line or a comment header (or the
 * thread's "created" / "last reply" labels); alone between paragraphs it is an essay's subheading ("May '68").
 */
function shortYearDates(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  const beside = (block: ClassifiedBlock | undefined) =>
    block !== undefined && (block.role.kind === 'header' || block.role.kind === 'name' || STATUS_WORDS.has(block.text.trim().toLowerCase()));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.role.kind !== 'header' || block.role.header.author !== null || block.lines.length !== 1 || !SHORT_YEAR_DATE.test(block.text.trim())) continue;
    if (!beside(blocks[i - 1]) && !beside(blocks[i + 1])) blocks[i] = classified(block, PROSE);
  }
  return blocks;
}

/**
 * "Solution" directly under a comment's text (a header, then the text, then the badge) is the
 * forum's badge; anywhere else it is a how-to's subheading or the opening of a comment's text.
 */
const ANSWER_PARAGRAPHS = 8;

function answerBadges(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  for (let i = 2; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.lines.length !== 1 || !ANSWER_BADGE.test(block.text.trim())) continue;
    // The text may run over a few paragraphs (a page printed one line per paragraph).
    let above = i - 1;
    while (above > 0 && i - above <= ANSWER_PARAGRAPHS && blocks[above]!.role.kind === 'prose') above--;
    if (above < i - 1 && blocks[above]!.role.kind === 'header') blocks[i] = classified(block, ACTION);
  }
  return blocks;
}

const QUOTE_INTRO = /^\S.{0,60}?\s(?:wrote|schrieb|escribió|a écrit|ha scritto|schreef)\b/u;

/**
 * "Post by X » DATE" and, right under it, "Y wrote: ↑DATE": the second line opens a quote inside
 * X's post, not a post of Y's.
 */
function quoteIntros(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const above = blocks[i - 1]!.role;
    if (block.role.kind !== 'header' || block.gapBefore !== 0 || above.kind !== 'header' || !above.header.strong || above.header.author === null) continue;
    if (QUOTE_INTRO.test(block.firstLine)) blocks[i] = classified(block, PROSE);
  }
  return blocks;
}

/**
 * "Share on Facebook / Tweet / Email", one line each on a page printed without blank lines: the
 * "Email" under share buttons is one more button, not a comment form's field label (which would
 * open the comment section in the middle of the article).
 */
function shareRunButtons(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i]!;
    const above = blocks[i - 1]!.role;
    if (block.gapBefore !== 0 || block.role.kind !== 'furniture' || !block.role.marker) continue;
    if (above.kind === 'furniture' && above.match.rule === 'share-buttons' && isShareTarget(block.text)) blocks[i] = classified(block, SHARE_BUTTON_ROLE);
  }
  return blocks;
}

const SHARE_BUTTON_ROLE: Role = { kind: 'furniture', match: SHARE_ROW, marker: false };

/**
 * A byline of header parts only ("#2 / Posted by Mags_W"): read line by line, so that the place
 * and date lines under it join it as one comment header.
 */
function isHeaderParts(text: string, block: Block, role: Role, templates: Templates): boolean {
  if (role.kind !== 'furniture' || role.match.kind !== 'byline') return false;
  const templateOf = templateOfLine(templates);
  let named = false;
  for (const line of block.lines) {
    const part = partOfLine(line.text, templateOf);
    if (part.kind === 'none' || part.kind === 'flair' || part.kind === 'stop') return false;
    named ||= part.kind === 'header' && part.match.rule === 'header:posted-by-line';
  }
  return named;
}

/** A block whose first lines make a comment header ("@handle" / "1 year ago" / text): never a menu. */
function opensWithHeader(text: string, block: Block, templates: Templates): boolean {
  const templateOf = templateOfLine(templates);
  const fold = new HeaderFold();
  for (let i = 0; i < Math.min(block.lines.length - 1, HEADER_GROUP_MAX); i++) {
    const line = block.lines[i]!;
    const content = line.text;
    if (!fold.add(partOfLine(content, templateOf), 0, content.length, content)) return false;
    if (i >= 1 && fold.result() !== null) return true;
  }
  return false;
}

/** A line of running text as long as an article's paragraphs: newsletter boxes and captions have shorter ones. */
function hasParagraphLine(text: string, block: Block, unspaced: boolean): boolean {
  return block.lines.some((line) => line.contentEnd - line.contentStart >= 120 || (unspaced && wordCount(line.text) >= HEADLINE_WORDS));
}

/**
 * A line of a furniture block that is a sentence and no furniture of its own: "About time too.\n©
 * 2024 The Courier" is a comment's last line over the footer, not one footer of two lines.
 */
function hasStraySentence(text: string, block: Block): boolean {
  if (block.lines.length < 2) return false;
  return block.lines.some((line) => {
    const content = line.text;
    if (matchBoilerplate(content) !== null || isActionLine(content)) return false;
    const words = wordCount(content);
    return words >= HEADLINE_WORDS || (words >= STRAY_SENTENCE_WORDS && /[.!?…]["”’)]?$/u.test(content));
  });
}

/** Words that, with a sentence's end, make a line of a furniture block a stray sentence ("Sundays at last, thanks."). */
const STRAY_SENTENCE_WORDS = 4;

/** Words in a line that make it a headline or a sentence, never a menu entry. */
const HEADLINE_WORDS = 8;

/** Blank lines part fewer than one line in twenty: the page prints none, or nearly none. */
export function isUnspaced(blocks: readonly Block[]): boolean {
  let lines = 0;
  for (const block of blocks) lines += block.lines.length;
  return (blocks.length - 1) * 20 < lines;
}

/**
 * A paragraph a text scraper wrapped at a fixed width: every line but the last is of a similar,
 * moderate length, and most of them stop mid-sentence.
 */
/** A numbered or bulleted list item's marker: "1. ", "2) ", "- ", "• ". */
export const LIST_MARKER = /^(?:\d{1,3}[.)]\s|[-•*▪►]\s)/u;

function isWrappedParagraph(text: string, block: Block): boolean {
  const lines = block.lines;
  // Two lines are a headline and its subtitle as often as a wrapped paragraph: the second must go on mid-sentence.
  if (lines.length === 2) {
    const first = lines[0]!;
    const second = text.charAt(lines[1]!.contentStart);
    // A first line that ends its sentence is not cut by a wrapper: a lower-case handle may follow it ("carlos_m").
    const ended = /[.!?…]["”’)]?$/u.test(text.slice(Math.max(first.contentStart, first.contentEnd - 2), first.contentEnd));
    return first.contentEnd - first.contentStart >= 60 && !ended && second.toLowerCase() === second && second.toUpperCase() !== second;
  }
  let midSentence = 0;
  let shortest = Infinity;
  let longest = 0;
  // A wrapper never prints a row of fields: a headline over its byline row ("Name | 7 Dec 2026 |
  // 4 min read") or over "Thread starter X  Start date Y" lines up to the same width by chance.
  if (lines.some((line) => isFieldRow(line.text))) return false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A numbered or bulleted list is a list, however its lines end.
    if (LIST_MARKER.test(text.slice(line.contentStart, Math.min(line.contentEnd, line.contentStart + 4)))) return false;
    if (i === lines.length - 1) break;
    const length = line.contentEnd - line.contentStart;
    if (length < 40 || length > 110) return false;
    shortest = Math.min(shortest, length);
    longest = Math.max(longest, length);
    if (!/[.!?:;"”’)]$/u.test(text.slice(line.contentEnd - 1, line.contentEnd))) midSentence++;
  }
  // A wrapper fills every line to about the same width.
  return midSentence * 2 >= lines.length - 1 && longest - shortest <= 30;
}

/** A gap between fields: a bar, a middle dot, a tab or a run of spaces that does not follow a sentence's end. */
const FIELD_GAP = /\s+[|·•]\s+|\s*\t\s*|(?<=[^\s.!?:;"”’)]) {2,}(?=\S)/gu;
/** Words (with a letter) a field holds: "Posted by harbour_desk", "Last updated Dec 4, 2026"; a sentence cut by a stray gap runs longer on one side. */
const FIELD_WORDS = 4;

/**
 * A line of short fields set apart by gaps ("Mara Quint | 7 Dec 2026 | 4 min read"). A gap a scraper
 * left mid-sentence ("… carried more␣␣passengers") has a sentence's run of words on one side.
 */
function isFieldRow(line: string): boolean {
  const fields = line.split(FIELD_GAP);
  return fields.length >= 2 && fields.every((field) => (field.match(/\S*\p{L}\S*/gu)?.length ?? 0) <= FIELD_WORDS);
}

/** The block with its role, built field by field: one object shape for every block on the page. */
function classified(part: Block, role: Role): ClassifiedBlock {
  const block: ClassifiedBlock = {
    start: part.start,
    end: part.end,
    lines: part.lines,
    gapBefore: part.gapBefore,
    indent: part.indent,
    text: part.text,
    firstLine: part.firstLine,
    role,
  };
  if (part.heading !== undefined) block.heading = part.heading;
  if (part.signature !== undefined) block.signature = part.signature;
  return block;
}

/** Roles without details are shared: nothing changes a role in place, blocks only get a new one. */
const PROSE: Role = { kind: 'prose' };
const NAME: Role = { kind: 'name' };
const ACTION: Role = { kind: 'action' };

/** Rules of a list's label: "Related Articles", "Read more", a label line over links. The splitter's other stages ask the same. */
export const LIST_HEADS: ReadonlySet<string> = new Set(['section-label', 'read-more', 'link-list']);

/**
 * Headlines under "Related" or "You may also like" are links, even one per block: short single
 * lines that follow the label until something else (a header, a paragraph) interrupts.
 */
const LINK_LIST: Role = { kind: 'furniture', match: { kind: 'navigation', rule: 'link-list' }, marker: false };

function markLinkLists(blocks: ClassifiedBlock[]): ClassifiedBlock[] {
  let inList = false;
  // Topics under "Topics" or "Themen" print like names ("Open source"): right under such a label,
  // a run of them is its list. Names further down a list of headlines stay names.
  let inTopics = false;
  for (const [i, block] of blocks.entries()) {
    const role = block.role;
    if (role.kind === 'furniture') {
      // A breadcrumb trail ("Home / Events / This week") leads to the page's own heading, not to more links.
      inList = LIST_HEADS.has(role.match.rule) || (inList && role.match.kind === 'navigation' && !isTrail(block));
      inTopics = role.match.rule === 'section-label';
      continue;
    }
    if (inList && role.kind === 'prose' && isHeadlineShaped(block)) {
      block.role = LINK_LIST;
      inTopics = false;
      continue;
    }
    // A name that opens a comment has its text or header below it; a listed topic, another entry
    // or the list's end.
    if (inTopics && role.kind === 'name' && isListedAfter(blocks[i + 1])) {
      block.role = LINK_LIST;
      inList = false;
      continue;
    }
    // A listed link with its date ("Library hours cut again / February 3, 2019") reads like a
    // comment header; in a list it is one more entry.
    if (inList && role.kind === 'header' && isListedAfter(blocks[i + 1])) {
      block.role = LINK_LIST;
      inTopics = false;
      continue;
    }
    inList = false;
    inTopics = false;
  }
  return blocks;
}

/** A breadcrumb trail: crumbs parted by separators, "Home / Events / This week", "Garden › Tools". */
function isTrail(block: ClassifiedBlock): boolean {
  return block.role.kind === 'furniture' && block.role.match.rule === 'breadcrumb' && block.lines.length === 1 && /\S\s*[›»>/|]\s*\S/u.test(block.text);
}

/** What follows a listed link's date: another entry (a headline or a label), not a comment's sentences. */
function isListedAfter(block: ClassifiedBlock | undefined): boolean {
  if (!block) return true;
  if (block.role.kind === 'furniture' || block.role.kind === 'name') return true;
  return block.role.kind === 'prose' && isHeadlineShaped(block) && !/[.!?…]["”’)]?$/u.test(block.text);
}

/** A link in a list: a headline, or a short label such as a forum or channel name ("r/LeagueTwo"). */
function isHeadlineShaped(block: Block): boolean {
  const words = block.text.split(/\s+/u).length;
  return block.lines.length === 1 && block.text.length <= 140 && words <= 20;
}

/** Header, action and score lines stand alone; the prose lines around them stay together. */
function cutAtStructuralLines(text: string, block: Block, templates: Templates, leading = true): Block[] {
  if (block.lines.length === 1) return [block];
  // A whole header printed over several lines ("level 2 / name / · 7h") stays one block.
  if (leading && matchHeaderBlock(block, text, templateOfLine(templates)) !== null) return [block];
  const singles = lineBlocks(text, block);
  // A name over its flair ("night_owl_42" / "Bike commuter since 2009") stays one name block.
  if (leading && nameOverFlair(singles.map((line) => line.text)) !== null) return [block];
  // Only a block's own first line may be a name or heading cut off its text: no recursion chains.
  const glued = leading && isGluedHeading(singles) && matchBoilerplate(block.text) === null;
  // A template line with a name stands alone; a date-only one only under a name ("Marie" / "Nov 1, 2012").
  const isStructural = (line: string, above?: Block) => {
    // "Messages" / "611": a stat's value under its label reads as a vote count, but belongs to the profile.
    if (above !== undefined && isStatLabelAlone(headerPartOf(above.text))) return false;
    if (isStructuralLine(line)) return true;
    const header = templateHeader(templates, line);
    return header !== null && (header.strong || (above !== undefined && looksLikeName(above.text)));
  };
  // Each line is asked twice, whether to cut and then where: its answer is kept by index.
  const structuralAt: (boolean | undefined)[] = [];
  const structuralLine = (i: number) => (structuralAt[i] ??= isStructural(singles[i]!.text, singles[i - 1]));
  const structural = singles.some((line, i) => structuralLine(i) || SIGNATURE_RULE.test(line.text));
  if (!structural && !glued) return [block];
  if (leading && isFacebookStyle(singles)) return [singles[0]!, ...cutAtStructuralLines(text, mergeLines(text, singles.slice(1)), templates, false)];
  if (glued) {
    const heading: Block = { ...singles[0]!, heading: true };
    return [heading, ...cutAtStructuralLines(text, mergeLines(text, singles.slice(1)), templates, false)];
  }
  const parts: Block[] = [];
  let run: Block[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const last = run[run.length - 1]!;
    parts.push({
      ...first,
      end: last.end,
      lines: run.flatMap((line) => line.lines),
      text: text.slice(first.start, last.end),
    });
    run = [];
  };
  let afterHeader = false;
  let inSignature = false;
  for (const [i, line] of singles.entries()) {
    // Forum signatures: a rule of underscores, then the signature, up to the next action line.
    if (SIGNATURE_RULE.test(line.text) || (inSignature && !isStructural(line.text))) {
      if (!inSignature) flush();
      inSignature = true;
      run.push(line);
      continue;
    }
    if (inSignature) {
      flush();
      parts[parts.length - 1]!.signature = true;
      inSignature = false;
    }
    // A date line directly under a cut header is part of it ("Name says:" / "March 3, 2019 at 4:12 pm").
    const structural: boolean = structuralLine(i) || (afterHeader && isDateLine(line.text));
    afterHeader = structural && (matchHeader(line.text) ?? templateHeader(templates, line.text)) !== null;
    if (structural) {
      // A name on the line above a date-only line or a badge is that header's, not the end of the
      // text above it ("12 Comments" / "Sort by" / "river_rat" / "1 day ago"; "3 Comments" / "Anna
      // Berg" / "Top fan").
      // Over a badge the name must be a person's or a handle, and the line before it end a
      // comment's text or open the comments ("3 Comments"): a menu's entries are short labels.
      const above = run[run.length - 1]?.text ?? '';
      const before = run[run.length - 2]?.text ?? '';
      const headsName = isDateOnlyLine(line.text, templates) ||
        (AFFILIATION_LINE.test(line.text) && (isPersonName(above) || /[\d_]/u.test(above)) && (/[.!?…]["”’)]*$/u.test(before) || isCommentSectionMarker(matchBoilerplate(before))));
      const name = run.length > 1 && headsName && headerPartOf(above).kind === 'name' ? run.pop()! : null;
      flush();
      if (name) parts.push(name);
      parts.push(line);
    } else {
      run.push(line);
    }
  }
  flush();
  if (inSignature) parts[parts.length - 1]!.signature = true;
  return parts;
}

const SIGNATURE_RULE = /^(?:_{5,}|-- ?)$/u;

function isDateOnlyLine(line: string, templates: Templates): boolean {
  const header = matchHeader(line) ?? templateHeader(templates, line);
  return header !== null ? header.author === null && header.postedAt !== null : isDateLine(line);
}

/**
 * Facebook-style plugins print name, optional affiliation, text and "Like · Reply · 2y" with no
 * blank lines. The trailing action line is what makes a leading name line safe to cut.
 */
function isFacebookStyle(singles: Block[]): boolean {
  const last = singles[singles.length - 1]!.text;
  const first = singles[0]!.text;
  return singles.length >= 3 && looksLikeName(first) && matchHeader(first) === null && isActionLine(last);
}

/** "Notes" or "Ingredients" printed right above its paragraph, with no blank line between. */
function isGluedHeading(singles: Block[]): boolean {
  const first = singles[0]!.text;
  const next = singles[1]!.text;
  const paragraph = next.length >= 50 && /[.!?]["”’)]?$/u.test(next);
  return paragraph && first.length <= 30 && /^\p{Lu}[\p{L}' ]*$/u.test(first) && first.split(' ').length <= 3 && matchHeader(first) === null && !isSectionLabel(first) && !isPersonName(first);
}

/** Lines a header group may hold: a name, a badge, stars, a date, "in reply to X", "level 2". */
const HEADER_GROUP_MAX = MAX_HEADER_LINES;
const LONG_PART_MAX = 160;
/** A rating opens with its score or its stars: "5.0 out of 5 stars …", "★★★★☆ …". */
const RATING_START = /^[\d★☆]/u;

/**
 * Lines read one by one, except that a run of short lines that together make a comment header
 * ("Amy B." / "★★★★★" / "March 3, 2024 at 4:12 pm") is kept as one header block. The longest run
 * that reads as a header wins; runs start only at short lines, so text lines cost one length test.
 */
function headerGroups<T extends { block: Block; role: Role | null }>(text: string, pieces: T[], templates: Templates): { block: Block; role: Role | null }[] {
  const out: { block: Block; role: Role | null }[] = [];
  const templateOf = templateOfLine(templates);
  // A longer line may sit inside a header when it says nothing of who or when: a star rating with
  // the review's title, a user's headline under a badge (the fold decides; text never folds in).
  // Any other part is at most as long as a user's headline ("VP People at … | Speaker | …").
  // Each piece's part and action reading, asked once: a run is read from every start it may have,
  // so a line was read up to HEADER_GROUP_MAX times over (a third of the text splitter's line lookups).
  const parts: (HeaderPart | undefined)[] = [];
  const partAt = (k: number) => (parts[k] ??= partOfLine(pieces[k]!.block.text, templateOf));
  const actions: (boolean | undefined)[] = [];
  const actionAt = (k: number) => (actions[k] ??= isActionLine(pieces[k]!.block.text));
  const isPart = (k: number) => {
    const piece = pieces[k];
    return piece !== undefined && piece.block.lines.length === 1 && !piece.block.heading && (piece.block.text.length <= USER_HEADLINE_MAX || (piece.block.text.length <= LONG_PART_MAX && RATING_START.test(piece.block.text) && partAt(k).kind === 'skip'));
  };
  for (let i = 0; i < pieces.length; ) {
    // The longest run of header-part lines from here, folded once: adding parts never undoes a header.
    const fold = new HeaderFold();
    let longest = 1;
    // A run that ends in a flair over text is read here: read again alone, it would not know the text is there.
    let overText: HeaderMatch | null = null;
    // Stat labels printed alone over their values lengthen the run the header may take.
    let labels = 0;
    for (let length = 1; length <= headerLinesAllowed(labels) && isPart(i + length - 1); length++) {
      const line = pieces[i + length - 1]!.block;
      const below = pieces[i + length]?.block;
      const textBelow = below !== undefined && below.gapBefore === 0 && partAt(i + length).kind === 'none';
      const actionBelow = below !== undefined && below.gapBefore === 0 && below.lines.length === 1 && actionAt(i + length);
      const profileBelow = below !== undefined && below.gapBefore === 0 && isPart(i + length) && partAt(i + length).kind === 'profile';
      if (!fold.add(partAt(i + length - 1), line.start - pieces[i]!.block.start, line.text.length, line.text, textBelow, actionBelow, profileBelow)) break;
      if (isStatLabelAlone(partAt(i + length - 1))) labels++;
      const result = length >= 2 ? fold.result() : null;
      if (result !== null) {
        longest = length;
        overText = fold.flairOverText ? result : null;
      }
    }
    // "Leah Tan" / "@leahtan · Maker": a name over its handle is one name line, whatever follows.
    if (longest === 1 && isNameOverHandle(pieces[i]!.block, pieces[i + 1]?.block)) longest = 2;
    // A sign-off glued under a comment's last line ("Cheers, Tom", "– Marta") ends that comment:
    // it never opens the next comment's header, whose name is under it. Over a date alone it is
    // that header's name ("Love Andersson" / "January 3, 2027"), a closing word in its first name.
    if (i > 0 && isSignOffUnderText(pieces[i - 1]!.block, pieces[i]!.block) && !(longest >= 2 && isDateOnly(partAt(i + 1)))) {
      out.push({ block: pieces[i]!.block, role: PROSE });
      i++;
      continue;
    }
    out.push(longest === 1 ? pieces[i]! : { block: mergeLines(text, pieces.slice(i, i + longest).map((piece) => piece.block)), role: overText ? { kind: 'header', header: overText } : null });
    i += longest;
  }
  return out;
}

/** A header part that dates the post and names nobody. */
function isDateOnly(part: ReturnType<typeof partOfLine>): boolean {
  return part.kind === 'date' || (part.kind === 'header' && part.match.author === null);
}

/** A sign-off line right under a line of text (no blank line between): the end of that text. */
function isSignOffUnderText(above: Block, line: Block): boolean {
  return line.gapBefore === 0 && line.lines.length === 1 && isSignOff(line.text) && above.text.length >= 20 && /[.!?…)"”]$/u.test(above.text);
}

/** A handle alone, or with a badge of a few words: "@leahtan", "@dmitri_k · Maker", a fediverse one with its instance: "@wrenh@toot.garden". */
const HANDLE_LINE = /^@[\p{L}\p{N}_.-]{2,40}(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?(?:\s+[·•|]\s+\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2})?$/u;

function isNameOverHandle(name: Block, handle: Block | undefined): boolean {
  if (!handle || handle.gapBefore !== 0 || name.lines.length !== 1 || handle.lines.length !== 1 || !HANDLE_LINE.test(handle.text)) return false;
  return headerPartOf(name.text).kind === 'name' && !name.text.startsWith('@');
}

/** "Anna Berg" over her comment: a name of two or more capitalised words, not a section heading. */
function isPersonName(line: string): boolean {
  return line.includes(' ') && looksLikeName(line);
}

function mergeLines(text: string, singles: Block[]): Block {
  const first = singles[0]!;
  const last = singles[singles.length - 1]!;
  return { ...first, end: last.end, lines: singles.flatMap((line) => line.lines), text: text.slice(first.start, last.end) };
}

function isAffiliation(line: string): boolean {
  return AFFILIATION_LINE.test(line) || matchReplyTo(line) !== null;
}

function isStructuralLine(line: string): boolean {
  if (line.length > 120) return false;
  if (isActionLine(line) || SCORE_LINE.test(line) || isAffiliation(line)) return true;
  const header = matchHeader(line);
  return header !== null && header.strong;
}

function isDateLine(line: string): boolean {
  const header = matchHeader(line);
  return header !== null && header.author === null;
}

function roleOf(block: Block, text: string, templates: Templates): Role {
  if (block.signature) return { kind: 'furniture', match: { kind: 'other', rule: 'signature' }, marker: false };
  if (block.lines.length === 1) return block.heading ? PROSE : lineRole(block.text, templates);
  const header = matchHeaderBlock(block, text, templateOfLine(templates));
  if (header) return { kind: 'header', header };
  const whole = matchBoilerplate(block.text) ?? captionBlock(block);
  if (whole) return { kind: 'furniture', match: whole, marker: isCommentSectionMarker(whole) };
  const lines = block.lines.map((line) => line.text);
  const byLine = matchFurnitureLines(lines);
  if (byLine) return { kind: 'furniture', match: byLine, marker: byLine.marker };
  const list = matchListBlock(lines);
  // The comment section's label over its form's fields and sort row ("Reader comments (9)" /
  // "Write a comment" / "Your name" / "Send", in the site's language): the list marks the section.
  const label = list && matchBoilerplate(lines[0]!);
  if (label && label.kind === 'comment-count') return { kind: 'furniture', match: label, marker: true };
  if (list) return { kind: 'furniture', match: list, marker: false };
  return nameOverFlair(lines) ?? PROSE;
}

/** Words a flair or user title under a name may have: "Bike commuter since 2009", "Local resident". */
const FLAIR_WORDS = 6;

/**
 * A name line over one or two short label lines (a flair, a user title, a place): a name whose
 * header says nothing about when. Whether it heads a comment is the thread's call (repetition).
 */
function nameOverFlair(lines: string[]): Role | null {
  if (lines.length > 3) return null;
  const first = headerPartOf(lines[0]!);
  if (first.kind !== 'name') return null;
  const labels = lines.slice(1).every((line) => line.length <= 60 && line.split(/\s+/u).length <= FLAIR_WORDS && !/[.!?…:;,]$/u.test(line));
  if (!labels) return null;
  const range = first.range ?? [0, lines[0]!.length];
  return { kind: 'name', range };
}

/** The page's template reading of a line, or null when the page has no templates. */
function templateOfLine(templates: Templates): ((line: string) => HeaderMatch | null) | null {
  return templates.size === 0 ? null : (line) => templateHeader(templates, line);
}

/** A header layout the rules know by name wins; a line of one of the page's header templates comes next. */
function lineRole(line: string, templates: Templates): Role {
  const role = roleOfLineText(line);
  // "replied to Ravi S.": the name is the parent's, however often the page prints the line.
  if (role.kind === 'header' && (role.header.author !== null || role.header.replyTo !== undefined)) return role;
  if (isForumStat(line)) return role;
  const header = templateHeader(templates, line);
  return header ? { kind: 'header', header } : role;
}

/**
 * A one-line block's role depends on its text alone (a heading cut from its paragraph is content,
 * never an author line, and is settled before this). Pages repeat lines ("Reply", names, dates),
 * so answers are kept per text; roles are never changed in place, so sharing them is safe.
 */
const roleOfLineText = memoize(20_000, (line: string): Role => {
  const header = matchHeader(line);
  if (header && header.author !== null) return { kind: 'header', header };
  if (isActionLine(line) || SCORE_LINE.test(line)) return ACTION;
  if (header) return { kind: 'header', header };
  if (isAffiliation(line)) return { kind: 'header', header: affiliationHeader(line) };
  const furniture = matchBoilerplate(line);
  if (furniture) return { kind: 'furniture', match: furniture, marker: isCommentSectionMarker(furniture) };
  // "Visited on: 2 May 2026", "Edited: 2 days ago": a labelled date says when, never
  // what; under a comment it closes the text above it, as other furniture does (only at the text's
  // end: see `labelledDatesAtTextEnd`).
  if (CAPITALISED.test(line) && labelledDate(line)) return DATED_LABEL;
  if (looksLikeName(line)) return NAME;
  // "#12 Anna Berg", "night_owl_42 (Leeds)": a name with its post number or its place.
  const part = headerPartOf(line);
  if (part.kind === 'name' && part.range) return { kind: 'name', range: part.range };
  return PROSE;
});

const DATED_LABEL: Role = Object.freeze({ kind: 'furniture', match: Object.freeze({ kind: 'other', rule: 'labelled-date' }), marker: false });
/**
 * A label of up to 31 letters, spaces, apostrophes and hyphens, a colon, a date and nothing else.
 * The date is matched in any case ("may 1"); the label must open with a capital (`CAPITALISED`,
 * apart because under /i `\\p{Lu}` matches any letter).
 */
const labelledDate = datedLine("^[\\p{L}'’ -]{1,31}:\\s*");
const CAPITALISED = /^\p{Lu}/u;

/** A short multi-line block whose later line is a photo credit is a caption with its credit. */
function captionBlock(block: Block): BoilerplateMatch | null {
  if (block.lines.length < 2 || block.text.length > 400) return null;
  const credit = /(?:^|\n)\s*(?:photo|image|picture|video|credit|source)s?\s*(?::|by|via|courtesy|provided|credit)\b/iu;
  return credit.test(block.text) ? { kind: 'caption', rule: 'caption:credit' } : null;
}

/** An affiliation or "In reply to Name" line: part of a header, never its author. */
function affiliationHeader(line: string): HeaderMatch {
  const range = matchReplyTo(line)?.range;
  return { rule: 'header:affiliation', author: null, postedAt: null, strong: false, ...(range ? { replyTo: [range[0], range[1]] as [number, number] } : {}) };
}
