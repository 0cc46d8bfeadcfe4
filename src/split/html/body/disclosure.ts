/**
 * An affiliate or sponsorship disclosure over the article ("This post may contain affiliate links.
 * Please read my disclosure policy.", "As an Amazon Associate I earn from qualifying purchases."):
 * a notice the site sets above every post, not a line of the post. Recipe and review blogs print it
 * as the first paragraph in the post's own container, so no class tells it apart: its words do.
 * A "Disclaimer:" or "Disclosure:" label alone is no notice ("Disclaimer: I am not a doctor" is the
 * author's own opening): the words after it name links, commissions or a sponsor.
 */
import type { Block } from './blocks.js';

const DISCLOSURE = /^(?:(?:this|the)\s+(?:post|article|page|content|site|recipe|review)\s+(?:may\s+)?(?:contains?|includes?|has)\s+(?:\w+\s+){0,2}(?:affiliate|sponsored|referral)\s+links?|(?:disclosure|disclaimer)\s*:.*\b(?:affiliate|commissions?|sponsor(?:ed|ship)?|paid\s+(?:links?|partnership|promotion)|associate|referral)\b|as\s+an\s+amazon\s+associate\b|this\s+(?:post|article)\s+is\s+sponsored\b|(?:affiliate|sponsored)\s+links?\s+disclosure\b)/i;
/** A notice is a line or two, not a paragraph of the article. */
const NOTICE_CHARS = 300;
/** How many blocks from the top a notice may sit (after a kicker or a date line). */
const LEAD_BLOCKS = 3;
/** A kicker or date line above the notice is a line, not a paragraph of prose. */
const LEAD_LINE = 100;

/**
 * The blocks without a disclosure notice among the first few, when prose follows it. The notice
 * is over the post, so the short lines above it (a kicker, a date) are the header's too: the body
 * is a span from its first block, and dropping only the notice would leave it inside.
 */
export function withoutLeadDisclosure(blocks: Block[], text: string): Block[] {
  const lineOf = (block: Block) => text.slice(block.start, block.end).replace(/\s+/g, ' ').trim();
  for (let i = 0; i < Math.min(LEAD_BLOCKS, blocks.length - 1); i++) {
    const line = lineOf(blocks[i]!);
    if (line.length > NOTICE_CHARS || !DISCLOSURE.test(line)) continue;
    const linesAbove = blocks.slice(0, i).every((above) => lineOf(above).length <= LEAD_LINE);
    return linesAbove ? blocks.slice(i + 1) : blocks.filter((_, at) => at !== i);
  }
  return blocks;
}
