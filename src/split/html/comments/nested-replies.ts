/**
 * Replies drawn inside the comment they answer by another component than the comments: a shop's
 * answer at the foot of a product review ("Bramble & Oak replied: …" in a `jdgm-rev__reply`, a
 * `yotpo-comment-box` under a review), an author's answer boxed under a reader's comment. They
 * share no shape with the comments, so neither vocabulary nor repetition finds them; the block
 * names a reply, shows who wrote it and holds words of its own after the comment's own text.
 */
import { contains, descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { keptText, partsOf } from './parts.js';
import { RESPONSE_FROM, SAID_LINE } from './header.js';

/** A class token naming one reply or a box of them: `jdgm-rev__reply`, `yotpo-comment-box`, `pr-rd-merchant-response`. */
const REPLY_BLOCK = /(?:^|[-_])(?:reply|replies|response|comments?-box)$/;
/** Words of its own that make a block a reply rather than a name or a button. */
const MIN_REPLY_CHARS = 15;

/**
 * The reply blocks inside the found comments: innermost blocks named for a reply that hold an
 * author and words of their own, after at least a line of the comment's own words.
 */
export function repliesInside(items: Element[], text: string, facts: PageFacts): Element[] {
  const itemSet = new Set(items);
  const found: Element[] = [];
  for (const item of items) {
    const candidates: Element[] = [];
    for (const element of descendants(item)) {
      if (itemSet.has(element) || inNestedItem(element, item, itemSet)) continue;
      if (element.hidden || element.end <= element.start || !element.tokens.some((token) => REPLY_BLOCK.test(token))) continue;
      if (facts.is(element, Fact.commentChrome) || facts.is(element, Fact.replyList)) continue;
      candidates.push(element);
    }
    const replies = candidates.filter((element) => !candidates.some((other) => other !== element && contains(element, other)) && isReply(element, item, itemSet, text, facts));
    for (const reply of replies) {
      found.push(reply);
      itemSet.add(reply);
    }
  }
  return found;
}

function isReply(block: Element, item: Element, items: Set<Element>, text: string, facts: PageFacts): boolean {
  // Something of its own before the block: the comment's words come first, its reply below them.
  // The block joins the item set only while the comment's own text is read (no Set copied per candidate).
  items.add(block);
  const own = keptText(item, items, facts).filter((node) => node.end <= block.start);
  items.delete(block);
  if (own.reduce((sum, node) => sum + node.end - node.start, 0) < MIN_REPLY_CHARS) return false;
  const parts = partsOf(block, items, text, facts);
  if (parts.textChars < MIN_REPLY_CHARS || parts.linkChars >= 0.5 * parts.textChars) return false;
  // Who answers: a name element, or a "Response from X" or "X replied:" line opening the block.
  const first = firstLine(block, text);
  return !!parts.author || RESPONSE_FROM.test(first) || SAID_LINE.test(first);
}

function firstLine(block: Element, text: string): string {
  return text.slice(block.start, block.end).trim().split('\n')[0]!.trim();
}

/** Inside another comment nested in this one: that comment's blocks are its own. */
function inNestedItem(element: Element, item: Element, items: Set<Element>): boolean {
  for (let current = element.parent; current && current !== item; current = current.parent) if (items.has(current)) return true;
  return false;
}
