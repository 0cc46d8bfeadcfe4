/**
 * Where the article ends when furniture sits inside its span: a share row, "Leave a comment", an
 * author box, tag and related-post lists. Posts built that way carry on in the same container
 * after the article (WordPress themes put the author box, the post navigation and "Recent posts"
 * after the share row), so the blocks around them all look like body. The article ends at the
 * first such item after which hardly any prose follows: what comes after it is page, not post.
 */
import type { Boilerplate, BoilerplateKind } from '../../../schema/index.js';
import type { Block } from './blocks.js';

/** Kinds that close an article. Captions, media and ads sit between its paragraphs as well. */
const CLOSING_KINDS = new Set<BoilerplateKind>(['widget', 'navigation', 'tags', 'comment-count', 'footer', 'byline', 'other']);
/**
 * Furniture that marks where a post ends (a share row, an author box, tags, a comment count, post
 * navigation, a footer): the article ends there when hardly any prose follows. Any other closing
 * item (a related-stories aside, a newsletter sign-up, a form) is also set into articles near their
 * end: it ends one when no prose block follows it, or when the little prose after it resumes past
 * further furniture (related teasers), never when that prose runs on to the next item or the end.
 */
const END_KINDS = new Set<BoilerplateKind>(['navigation', 'tags', 'comment-count', 'footer']);
const END_WIDGET_RULES = new Set(['class-share', 'class-author-box']);
/** Prose after an end marker, as a share of the prose before it, that still ends the article there. */
const TAIL_SHARE = 0.1;
/** A block shorter than this is a label ("Author", "Recent Posts", "Categories"), not prose. */
const PROSE_CHARS = 80;
/**
 * Prose an article holds before the item for the rule to apply: a product or listing page of
 * short cards has little, and its filter forms and "Shop now" buttons sit between its parts.
 */
const ARTICLE_PROSE = 2000;
/** Prose a short article holds before a share row or author box that no prose follows. */
const SHORT_ARTICLE_PROSE = 600;

/**
 * The blocks before the first closing item that ends the article (see END_KINDS); all of them when
 * there is none. A box set into the article near its end (a related-stories aside, a newsletter
 * sign-up) has the article's last paragraphs after it, so it ends nothing.
 */
export function beforeClosingFurniture(blocks: Block[], furniture: Boilerplate[]): Block[] {
  const first = blocks[0];
  const last = blocks[blocks.length - 1];
  if (!first || !last) return blocks;
  const inside = furniture.filter((item) => CLOSING_KINDS.has(item.kind) && item.start >= first.end && item.end <= last.start);
  if (inside.length === 0) return blocks;
  // Prose before each block, cumulated once: each item then asks in constant time after a search.
  const proseUpTo = cumulativeProse(blocks);
  // The first block no prose block follows: an item can end the article only before it.
  let end = blocks.length;
  while (end > 0 && !isProse(blocks[end - 1]!)) end--;
  const lastProse = end > 0 ? blocks[end - 1]! : null;
  const total = proseUpTo[blocks.length]!;
  const items = inside.sort((x, y) => x.start - y.start);
  let b = 0;
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    while (b < blocks.length && blocks[b]!.end <= item.start) b++;
    const before = proseUpTo[b]!;
    // A share row or author box no prose follows closes even a short article: only tables and link rows were left.
    if (b >= end && before >= SHORT_ARTICLE_PROSE && isEndMarker(item)) return blocks.slice(0, b);
    if (before < ARTICLE_PROSE) continue;
    if (b >= end) return blocks.slice(0, b);
    if (total - before > TAIL_SHARE * before) continue;
    if (isEndMarker(item)) return blocks.slice(0, b);
    // Any other box ends the article only when prose resumes past further furniture (teasers
    // between "Read more" links): prose that all comes before the next such item is the article's end.
    let next = k + 1;
    while (next < items.length && items[next]!.start < item.end) next++;
    if (next < items.length && lastProse && lastProse.start >= items[next]!.end) return blocks.slice(0, b);
  }
  return blocks;
}

/** Furniture that marks where a post ends: a share row, an author box, tags, post navigation, a footer. */
function isEndMarker(item: Boilerplate): boolean {
  return END_KINDS.has(item.kind) || (item.kind === 'widget' && END_WIDGET_RULES.has(item.rule));
}

/** A paragraph of prose: long enough, and mostly words rather than links. */
function isProse(block: Block): boolean {
  const length = block.end - block.start;
  return length >= PROSE_CHARS && block.linkChars * 2 < length;
}

/** Prose chars (a block's words besides its links, blocks of PROSE_CHARS or more) before each block index, and over all at the end. */
export function cumulativeProse(blocks: Block[]): Float64Array {
  const sums = new Float64Array(blocks.length + 1);
  blocks.forEach((block, i) => {
    const length = block.end - block.start;
    sums[i + 1] = sums[i]! + (length >= PROSE_CHARS ? Math.max(0, length - block.linkChars) : 0);
  });
  return sums;
}
