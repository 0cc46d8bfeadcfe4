/**
 * A shop's or a publisher's recommendations, read by the label over them rather than by class:
 * "You may also like", "Customers also bought", "Frequently bought together", "Recently viewed",
 * "Related articles", "Customer Reviews". Themes name these boxes in words the class vocabulary
 * knows (`related`, `upsell`, `reviews`) or in obfuscated classes it cannot read (`c3m3un1`); the
 * label a reader sees is the same either way. The label is no line of the page's own content, and
 * as a heading it titles a grid of other products or stories, or the readers' reviews: its section
 * goes with it, up to the next heading of its rank or higher, or a paragraph of prose (a related
 * box set into an article, whose text resumes under it with no heading of its own).
 */
import { headingRank } from './headings.js';
import type { Block } from './blocks.js';
import type { Element } from '../dom.js';
import { endsSentence } from '../../text/article.js';

/**
 * Labels of recommendation and review sections, the whole line (a sentence that mentions them is
 * prose). Seen on WCXB tune pages as `without` snippets: "You may also like", "YOU MIGHT ALSO
 * LIKE:", "This is what customers who viewed this product bought", "People who viewed this item
 * also viewed", "Related products", "Recommended for You", "Customer Reviews", "Keep exploring
 * AirPods". A bare "Reviews" stays: a repair guide or a docs page titles its own text so.
 */
const RECOMMENDATION_LABEL = new RegExp(
  String.raw`^(?:you (?:may|might|will|could) (?:also )?(?:like|love|enjoy|be interested(?: in)?)` +
    String.raw`|(?:customers|people|shoppers)(?: who (?:bought|viewed)[\p{L}\s]*?)? also (?:bought|viewed|purchased|liked|like)` +
    String.raw`|(?:this is )?what (?:other )?customers (?:who )?(?:viewed|bought)[\p{L}\s]*` +
    String.raw`|frequently bought together|complete the (?:look|set)|similar (?:products|items)` +
    String.raw`|related (?:products|items|articles|posts|stories|content|reading)|recently viewed(?: (?:products|items))?` +
    String.raw`|recommended (?:for you|products|items)|more from (?:this|the) (?:shop|seller|brand|store)|keep exploring[\p{L}\s]*` +
    String.raw`|customer reviews?|ratings? (?:&|and) reviews|reviews \(\d+\)|write a review)\s*(?:\(\d+\))?[:.!]?$`,
  'iu',
);
/** A label is a line: a longer block is a sentence that happens to start with the words. */
const LABEL_CHARS = 80;
/**
 * A paragraph of prose ends a label's section: the article resumes. Mostly outside links, and a
 * sentence of SENTENCE_CHARS (a news paragraph of one sentence) or a block of PROSE_CHARS.
 */
const SENTENCE_CHARS = 80;
const PROSE_CHARS = 200;
const PROSE_LINK_SHARE = 0.3;

export function isRecommendationLabel(line: string): boolean {
  const squeezed = line.replace(/\s+/g, ' ').trim();
  return squeezed.length <= LABEL_CHARS && RECOMMENDATION_LABEL.test(squeezed);
}

/**
 * The blocks without recommendation labels, and without the section under such a label when it is
 * a heading: up to the next heading of its rank or higher, a paragraph of prose, or the end of the
 * element the label opens (a `<section>` around "Customer reviews" and its list), so the article's
 * own lower headings after that element ("Verdict" in an <h3> under an <h2> label) stay.
 */
export function withoutRecommendations(blocks: Block[], text: string): Block[] {
  let cut = 0;
  let sectionEnd = Infinity;
  let changed = false;
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const rank = block.element ? headingRank(block.element.tag) : 0;
    if (cut && ((rank > 0 && rank <= cut) || block.start >= sectionEnd || isProse(block, text))) cut = 0;
    if (cut) {
      changed = true;
      continue;
    }
    if (block.end - block.start <= 4 * LABEL_CHARS && isRecommendationLabel(text.slice(block.start, block.end))) {
      changed = true;
      cut = rank;
      sectionEnd = rank && block.element ? openedSectionEnd(block.element, blocks[i - 1], blocks[i + 1]) : Infinity;
      continue;
    }
    kept.push(block);
  }
  return changed ? kept : blocks;
}

/**
 * Where the element a label heading opens ends: its outermost ancestor that holds none of the
 * blocks before it, when that ancestor holds the next block too (a section of label and list).
 * A heading set flat among the article's blocks opens no element: Infinity, its rank bounds the cut.
 */
function openedSectionEnd(heading: Element, previous: Block | undefined, next: Block | undefined): number {
  let section: Element = heading;
  for (let up = heading.parent; up && up.tag !== 'body' && up.tag !== '#root'; up = up.parent) {
    if (previous && up.start <= previous.start && up.end >= previous.end) break;
    section = up;
  }
  return next && section !== heading && next.start >= section.start && next.end <= section.end ? section.end : Infinity;
}

function isProse(block: Block, text: string): boolean {
  const length = block.end - block.start;
  const own = length - block.linkChars;
  if (block.linkChars >= PROSE_LINK_SHARE * length || own < SENTENCE_CHARS) return false;
  return own >= PROSE_CHARS || endsSentence(text.slice(block.start, block.end).trim());
}
