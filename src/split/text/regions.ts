/**
 * Where the page's parts lie: the title block, the comment section's first block, and the footer's
 * first block. Indexes are into the classified block list.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { matchBoilerplate } from './boilerplate.js';
import { isJsWhitespace } from './blocks.js';
import type { ClassifiedBlock } from './classify.js';
import { commentLikeness } from './style.js';

export interface Regions {
  title: number | null;
  /** First block of the comment section, or blocks.length when the page has none. */
  section: number;
  /** First block of the trailing footer, or blocks.length. */
  footer: number;
  /** Kinds for footer blocks that no furniture rule named (tag runs, related-link lists). */
  footerKinds: Map<number, BoilerplateKind>;
  /** The section was found by style and blank-line rhythm only. */
  guessed: boolean;
  /** Headerless comments were found before the first header. */
  headerlessLead: boolean;
  /** Author-name lines that behave like comment headers; other name-shaped lines are text. */
  nameHeaders: Set<number>;
}

const TITLE_MAX = 300;

export function findRegions(blocks: ClassifiedBlock[]): Regions {
  const title = findTitle(blocks);
  const firstBody = blocks.findIndex((block, i) => i > (title ?? -1) && isArticleParagraph(block));
  // The footer never reaches back over the title or the first paragraph.
  const { footer, footerKinds } = findFooter(blocks, Math.max(firstBody, title ?? 0, 0));
  const nameHeaders = firstBody < 0 ? new Set<number>() : acceptedNameLines(blocks, firstBody, footer);
  let section = findSectionStart(blocks, firstBody, footer, nameHeaders);
  let guessed = false;
  let headerlessLead = false;
  if (section < footer && (blocks[section]!.role.kind === 'header' || nameHeaders.has(section))) {
    const lead = extendOverHeaderlessComments(blocks, section, firstBody);
    headerlessLead = lead < section;
    section = lead;
  }
  if (section >= footer && firstBody >= 0) {
    section = findSectionByRhythm(blocks, firstBody, footer);
    guessed = section < footer;
  }
  return { title, section, footer, footerKinds, guessed, headerlessLead, nameHeaders };
}

/**
 * The headline: the first one-line block of four or more words before the first article paragraph.
 * Mastheads, menus and section labels above it are shorter or are furniture.
 */
function findTitle(blocks: ClassifiedBlock[]): number | null {
  // Headlines can be sentence-shaped, so only a long or multi-sentence block ends the search.
  const firstParagraph = blocks.findIndex(
    (block) => isArticleParagraph(block) && !titleMetaLines(block) && (block.text.length >= 120 || /[.!?]["”’)]?\s+\p{Lu}/u.test(block.text)),
  );
  const limit = firstParagraph < 0 ? Math.min(blocks.length, 3) : firstParagraph;
  let fallback: number | null = null;
  for (let i = 0; i < limit; i++) {
    const block = blocks[i]!;
    if (!isTitleShaped(block)) continue;
    if (wordCount(block.firstLine) >= 4) return i;
    fallback ??= i;
  }
  return fallback;
}

function isTitleShaped(block: ClassifiedBlock): boolean {
  const kind = block.role.kind;
  if (kind !== 'prose' && kind !== 'name') return false;
  if (block.firstLine.length > TITLE_MAX) return false;
  return block.lines.length === 1 || titleMetaLines(block);
}

/** A headline may carry meta lines under it: a flair ("News"), or "412 points by x 9 hours ago | …". */
function titleMetaLines(block: ClassifiedBlock): boolean {
  if (block.lines.length === 1) return false;
  const rest = block.text.slice(block.firstLine.length).trim().split(/\n/u);
  return rest.length <= 3 && rest.every((line) => line.trim().split(/\s+/u).length <= 3 || /\s[|·•]\s|\bpoints? by\b|\bby\s+\S+\s+\d/u.test(line) || matchBoilerplate(line) !== null);
}

/** Runs of non-whitespace, counted in place: called on every block of a page. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsWhitespace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A paragraph of running text: long, or a full sentence of some length. */
export function isArticleParagraph(block: ClassifiedBlock): boolean {
  if (block.role.kind !== 'prose') return false;
  // A column of short lines is a menu or a list, however long it is in total.
  if (block.lines.length > 1 && block.text.length / block.lines.length < 40) return false;
  return block.text.length >= 120 || (/[.!?"”’)]$/u.test(block.text) && wordCount(block.text) >= 8);
}

/**
 * The first comment-section marker, strong header, or author-name line that behaves like one.
 * Anything before the first body paragraph is masthead, never comments.
 */
function findSectionStart(blocks: ClassifiedBlock[], firstBody: number, footer: number, nameLines: Set<number>): number {
  if (firstBody < 0) return blocks.length;
  const weakRules = countWeakHeaderRules(blocks, firstBody, footer);
  for (let i = firstBody + 1; i < footer; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture' && role.marker) return i;
    if (role.kind === 'header' && role.header.strong) return i;
    if (role.kind === 'name' && nameLines.has(i)) return i;
    if (role.kind === 'header' && role.header.author !== null && (weakRules.get(role.header.rule) ?? 0) >= 2) return i;
  }
  return blocks.length;
}

/**
 * Author-name lines count only when they behave like a comment thread: a name that recurs, or at
 * least three names each followed by one or two paragraphs. A sub-heading looks the same on its
 * own line but introduces several paragraphs, and is never repeated.
 */
function acceptedNameLines(blocks: ClassifiedBlock[], firstBody: number, footer: number): Set<number> {
  const candidates: number[] = [];
  for (let i = firstBody + 1; i < footer - 1; i++) {
    if (blocks[i]!.role.kind === 'name' && introducesSentences(blocks[i]!, blocks[i + 1]!)) candidates.push(i);
  }
  // A name right above a date or "In reply to" line is part of a printed header, whatever else.
  const inHeaders = candidates.filter((i) => blocks[i + 1]!.role.kind === 'header');
  // Each other name must introduce one or two paragraphs: a sub-heading introduces a whole section.
  const runs = candidates.map((start, k) => proseRun(blocks, start + 1, candidates[k + 1] ?? footer));
  const accepted = candidates.filter((i, k) => runs[k]! <= 2 && blocks[i + 1]!.role.kind === 'prose');
  if (accepted.length < 2) return new Set(inHeaders);
  const names = accepted.map((i) => blocks[i]!.text.toLowerCase());
  const repeated = new Set(names).size < names.length;
  // What follows the names must read like comments, not like staff bios or news teasers.
  const texts = accepted.map((i) => blocks[i + 1]!.text);
  const likeness = texts.reduce((sum, text) => sum + commentLikeness(text), 0) / texts.length;
  const sentences = texts.filter((text) => text.length >= 60 || /[.!?…"”)]$/u.test(text)).length / texts.length;
  // Two names are enough when two blank lines close their comments (SouthFront's rhythm).
  const closedByWideGap = accepted.some((i) => (blocks[i + 1 + proseRun(blocks, i + 1, footer)]?.gapBefore ?? 0) >= 2);
  const threadLike = (repeated || accepted.length >= 3 || closedByWideGap) && likeness >= 0 && sentences >= 0.5;
  return new Set(threadLike ? [...inHeaders, ...accepted] : inHeaders);
}

/** A comment under a name is written in sentences; a menu item's neighbour is another menu item. */
function introducesSentences(name: ClassifiedBlock, next: ClassifiedBlock): boolean {
  if (next.role.kind === 'header') return true;
  if (next.role.kind !== 'prose' || wordCount(next.firstLine) < 4) return false;
  // "Chuck Todd" above "Chuck Todd became NBC News' political director…" is a bio.
  if (next.text.startsWith(name.text)) return false;
  return next.lines.length === 1 || next.text.length / next.lines.length >= 40;
}

/** Paragraphs from `from` up to `to` or the first block that is not prose, whichever is first. */
function proseRun(blocks: ClassifiedBlock[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && blocks[i]!.role.kind === 'prose'; i++) {
    // Two blank lines close a comment in name-line layouts, whatever follows.
    if (count > 0 && blocks[i]!.gapBefore >= 2) break;
    count++;
  }
  return count;
}

/** Weak header layouts ("Name, City") count only when the page repeats them. */
function countWeakHeaderRules(blocks: ClassifiedBlock[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from + 1; i < to; i++) {
    const role = blocks[i]!.role;
    if (role.kind !== 'header' || role.header.strong || role.header.author === null) continue;
    counts.set(role.header.rule, (counts.get(role.header.rule) ?? 0) + 1);
  }
  return counts;
}

/**
 * Comment systems that print headers only for some comments (ZeroHedge) leave headerless comments
 * before the first header. Walk back over paragraphs that read like comments, and stop at the
 * first that reads like the article or at a block that is not prose.
 */
function extendOverHeaderlessComments(blocks: ClassifiedBlock[], section: number, firstBody: number): number {
  let start = section;
  for (let i = section - 1; i > firstBody; i--) {
    const block = blocks[i]!;
    if (block.role.kind !== 'prose' || commentLikeness(block.text) < 0.75) break;
    start = i;
  }
  // Headerless comments begin after a wider gap than the article's paragraphs use.
  while (start < section && blocks[start]!.gapBefore < 2) start++;
  return start;
}

/**
 * No markers and no headers: comments separated by blank-line rhythm alone. The section starts at
 * the first gap wider than the article's usual one after which most paragraphs read like comments.
 * Suffix counts and a running gap tally keep this linear on pages with thousands of blocks.
 */
function findSectionByRhythm(blocks: ClassifiedBlock[], firstBody: number, footer: number): number {
  const end = Math.min(footer, blocks.length);
  const proseAfter = new Array<number>(end + 1).fill(0);
  const commentLikeAfter = new Array<number>(end + 1).fill(0);
  for (let i = end - 1; i >= firstBody; i--) {
    const prose = blocks[i]!.role.kind === 'prose';
    proseAfter[i] = proseAfter[i + 1]! + (prose ? 1 : 0);
    commentLikeAfter[i] = commentLikeAfter[i + 1]! + (prose && commentLikeness(blocks[i]!.text) > 0 ? 1 : 0);
  }
  let narrowGaps = 0;
  let wideGaps = 0;
  for (let i = firstBody + 1; i < end; i++) {
    const block = blocks[i]!;
    const usualGap = wideGaps > narrowGaps ? 2 : 1;
    if (i >= firstBody + 2 && block.role.kind === 'prose' && block.gapBefore >= 2 && block.gapBefore > usualGap) {
      const rest = proseAfter[i]!;
      if (rest >= 2 && commentLikeAfter[i]! / rest >= 0.6) return i;
    }
    if (block.gapBefore >= 2) wideGaps++;
    else narrowGaps++;
  }
  return blocks.length;
}

const TAG_LIKE_MAX = 40;
const LINK_LIKE_MAX = 140;

/**
 * The footer is the trailing run of furniture, short tag-like lines and link-list headlines.
 * Headline-like lines only count when furniture (a "Related" label, a copyright line) or a run of
 * at least three of them vouches for them.
 */
function findFooter(blocks: ClassifiedBlock[], floor: number): { footer: number; footerKinds: Map<number, BoilerplateKind> } {
  const footerKinds = new Map<number, BoilerplateKind>();
  let footer = blocks.length;
  let pending: number[] = [];
  const commitPending = (kind: (i: number) => BoilerplateKind) => {
    for (const i of pending) footerKinds.set(i, kind(i));
    for (const i of pending) footer = Math.min(footer, i);
    pending = [];
  };
  for (let i = blocks.length - 1; i > floor; i--) {
    const block = blocks[i]!;
    if (block.role.kind === 'furniture') {
      const vouching = block.role.match.kind;
      commitPending(() => (vouching === 'tags' ? 'tags' : 'navigation'));
      if (block.role.marker && block.role.match.kind === 'comment-count') break;
      footer = i;
      continue;
    }
    if (block.role.kind === 'action') continue;
    // A sidebar widget's text ("About Me" then a bio) is footer when its label sits right above it.
    const label = blocks[i - 1];
    if (!isListItemLike(block) && !(label?.role.kind === 'furniture' && label.role.match.rule === 'section-label')) break;
    pending.push(i);
  }
  if (pending.length >= 3) commitPending((i) => (blocks[i]!.text.length <= TAG_LIKE_MAX ? 'tags' : 'navigation'));
  return { footer, footerKinds };
}

function isListItemLike(block: ClassifiedBlock): boolean {
  if (block.lines.length > 1 || block.text.length > LINK_LIKE_MAX) return false;
  if (block.role.kind === 'header') return false;
  return !/[.!?…"”)]$/u.test(block.text);
}
