/**
 * Where the page's parts lie: the title block, the comment section's first block, and the footer's
 * first block. Indexes are into the classified block list.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { matchBoilerplate } from './boilerplate.js';
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
}

const TITLE_MAX = 300;

export function findRegions(blocks: ClassifiedBlock[]): Regions {
  const title = findTitle(blocks);
  const firstBody = blocks.findIndex((block, i) => i > (title ?? -1) && isArticleParagraph(block));
  const { footer, footerKinds } = findFooter(blocks, Math.max(firstBody, 0));
  let section = findSectionStart(blocks, firstBody, footer);
  let guessed = false;
  let headerlessLead = false;
  if (section < footer && startsWithHeader(blocks[section]!)) {
    const lead = extendOverHeaderlessComments(blocks, section, firstBody);
    headerlessLead = lead < section;
    section = lead;
  }
  if (section >= footer && firstBody >= 0) {
    section = findSectionByRhythm(blocks, firstBody, footer);
    guessed = section < footer;
  }
  return { title, section, footer, footerKinds, guessed, headerlessLead };
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

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A paragraph of running text: long, or a full sentence of some length. */
export function isArticleParagraph(block: ClassifiedBlock): boolean {
  if (block.role.kind !== 'prose') return false;
  return block.text.length >= 120 || (/[.!?"”’)]$/u.test(block.text) && wordCount(block.text) >= 8);
}

function startsWithHeader(block: ClassifiedBlock): boolean {
  return block.role.kind === 'header' || block.role.kind === 'name';
}

/**
 * The first comment-section marker, strong header, or author-name line that behaves like one.
 * Anything before the first body paragraph is masthead, never comments.
 */
function findSectionStart(blocks: ClassifiedBlock[], firstBody: number, footer: number): number {
  if (firstBody < 0) return blocks.length;
  const nameLines = acceptedNameLines(blocks, firstBody, footer);
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
 * Author-name lines count when at least two of them introduce comment-like text: one short line
 * before a paragraph is as likely a sub-heading.
 */
function acceptedNameLines(blocks: ClassifiedBlock[], firstBody: number, footer: number): Set<number> {
  const accepted = new Set<number>();
  for (let i = firstBody + 1; i < footer - 1; i++) {
    if (blocks[i]!.role.kind !== 'name') continue;
    const next = blocks[i + 1]!;
    if (next.role.kind === 'prose' || next.role.kind === 'header') accepted.add(i);
  }
  return accepted.size >= 2 ? accepted : new Set();
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
 * Prefix and suffix counts keep this linear on pages with thousands of blocks.
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
    footer = Math.min(footer, ...pending);
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
