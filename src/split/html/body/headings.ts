/**
 * A heading titles what follows it. When what followed it was taken out of the body (a related
 * grid under "You might like", a form under "Join our newsletter", a bio under "Written by …"), the
 * heading is left with nothing under it: it belongs to the box that was removed, not to the article.
 */
import type { Block } from './blocks.js';

const HEADING = /^h([1-6])$/;
/** Characters of page text left out after a heading that make a removed box, not a link line. */
const REMOVED_BOX = 200;

/** A heading tag's rank (1 for <h1>), or 0 for a tag that is no heading. */
export function headingRank(tag: string): number {
  const match = HEADING.exec(tag);
  return match ? Number(match[1]) : 0;
}

/** A block's heading rank (1 for <h1>), or 0 for a block that is no heading. */
function rank(block: Block): number {
  return block.element ? headingRank(block.element.tag) : 0;
}

/** Whether a block is a heading (<h1> to <h6>). */
export const isHeading = (block: Block): boolean => rank(block) > 0;

/**
 * Drops headings whose section is empty in the body: the body's last blocks when they are headings,
 * and a heading the next kept block outranks or equals when a box's worth of page text was left out
 * between them.
 * @param text the rendered text the blocks index.
 */
export function withoutOrphanHeadings(blocks: Block[], text: string): Block[] {
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const level = rank(block);
    if (level > 0 && orphaned(block, level, blocks[i + 1], text)) continue;
    kept.push(block);
  }
  // A body of headings alone (a table of contents) keeps them: they are all it has.
  return kept.length > 0 ? kept : blocks;
}

function orphaned(heading: Block, level: number, next: Block | undefined, text: string): boolean {
  if (!next) return true;
  const nextLevel = rank(next);
  if (nextLevel === 0 || nextLevel > level) return false;
  // Two headings in a row are a title and its subtitle, or a listing's headlines with a meta line
  // between them; only a box's worth of text left out between them was the first one's section.
  return text.slice(heading.end, next.start).replace(/\s+/g, ' ').length >= REMOVED_BOX;
}
