/**
 * An affiliate or sponsorship disclosure over the article ("This post may contain affiliate links.
 * Please read my disclosure policy.", "As an Amazon Associate I earn from qualifying purchases."):
 * a notice the site sets above every post, not a line of the post. Recipe and review blogs print it
 * as the first paragraph in the post's own container, so no class tells it apart: its words do.
 */
import type { Block } from './blocks.js';

const DISCLOSURE = /^(?:(?:this|the)\s+(?:post|article|page|content|site|recipe|review)\s+(?:may\s+)?(?:contains?|includes?|has)\s+(?:\w+\s+){0,2}(?:affiliate|sponsored|referral)\s+links?|(?:disclosure|disclaimer)\s*:|as\s+an\s+amazon\s+associate\b|this\s+(?:post|article)\s+is\s+sponsored\b|(?:affiliate|sponsored)\s+links?\s+disclosure\b)/i;
/** A notice is a line or two, not a paragraph of the article. */
const NOTICE_CHARS = 300;
/** How many blocks from the top a notice may sit (after a kicker or a date line). */
const LEAD_BLOCKS = 3;

/** The blocks without a disclosure notice among the first few, when prose follows it. */
export function withoutLeadDisclosure(blocks: Block[], text: string): Block[] {
  for (let i = 0; i < Math.min(LEAD_BLOCKS, blocks.length - 1); i++) {
    const block = blocks[i]!;
    const line = text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
    if (line.length <= NOTICE_CHARS && DISCLOSURE.test(line)) return blocks.filter((other) => other !== block);
  }
  return blocks;
}
