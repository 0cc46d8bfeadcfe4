/**
 * The article core in the Readability tradition: paragraphs vote for their ancestors by length
 * and commas, votes are discounted by link density and weighed by class vocabulary, and the winner
 * plus its strong siblings is the article. Comment regions and boilerplate never vote.
 */
import type { Element } from '../dom.js';
import type { PageFacts } from '../facts.js';
import { NEGATIVE, POSITIVE } from '../vocabulary.js';
import type { Block, PageBlocks } from './blocks.js';

const MIN_PARAGRAPH_CHARS = 25;

/** The winning container and the siblings merged with it, in document order; null when nothing voted. */
export function articleCore(page: PageBlocks, text: string, facts: PageFacts): Element[] | null {
  const { isExcluded } = page;
  const scores = new Map<Element, number>();
  for (const block of page.blocks) vote(block, text, scores);
  let best: Element | null = null;
  let bestScore = 0;
  for (const [candidate, raw] of scores) {
    if (isExcluded(candidate)) continue;
    const length = Math.max(1, candidate.end - candidate.start);
    const score = (raw + classWeight(candidate)) * (1 - Math.min(1, facts.linkChars(candidate) / length));
    scores.set(candidate, score);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best) return null;
  // A lone winning paragraph's parent holds the article; climb while the parent gains little.
  while (best.parent && best.parent.tag !== '#root' && best.parent.tag !== 'body' && isThinWrapper(best, scores, facts)) {
    best = best.parent;
  }
  return mergeSiblings(best, bestScore, scores, facts, text, isExcluded);
}

/** A block's vote for its parent and, halved and thirded, the two ancestors above. */
function vote(block: Block, text: string, scores: Map<Element, number>): void {
  const length = block.end - block.start;
  if (length < MIN_PARAGRAPH_CHARS || block.linkChars / length > 0.5) return;
  const weight = 1 + countCommas(text.slice(block.start, block.end)) + Math.min(Math.floor(length / 100), 3);
  let ancestor: Element | null = block.parent;
  for (let level = 0; ancestor && level < 3 && ancestor.tag !== '#root'; level++, ancestor = ancestor.parent) {
    scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight / (level === 0 ? 1 : level * 2));
  }
}

function countCommas(text: string): number {
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x3001 || c === 0xff0c || c === 0x060c) commas++;
  }
  return commas;
}

export function classWeight(element: Element): number {
  let weight = 0;
  for (const token of element.tokens) {
    if (NEGATIVE.test(token) && !/^(?:article|post|entry)-?(?:body|content|text)$/.test(token)) weight -= 25;
    else if (POSITIVE.test(token)) weight += 25;
  }
  if (element.tag === 'article' || element.tag === 'main') weight += 15;
  if (element.attrs.itemprop === 'articleBody' || element.attrs.itemprop === 'text') weight += 40;
  return Math.max(-50, Math.min(50, weight));
}

function isThinWrapper(best: Element, scores: Map<Element, number>, facts: PageFacts): boolean {
  const parent = best.parent!;
  const parentScore = scores.get(parent) ?? 0;
  const bestScore = scores.get(best) ?? 0;
  return best.end - best.start > 0.9 * (parent.end - parent.start) && parentScore >= bestScore * 0.8 && !facts.boilerplateKind(parent);
}

function mergeSiblings(
  best: Element,
  bestScore: number,
  scores: Map<Element, number>,
  facts: PageFacts,
  text: string,
  isExcluded: (element: Element) => boolean,
): Element[] {
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(10, bestScore * 0.2);
  const merged: Element[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element' || sibling.hidden) continue;
    if (sibling === best) {
      merged.push(sibling);
      continue;
    }
    if (isExcluded(sibling) || facts.boilerplateKind(sibling)) continue;
    const score = scores.get(sibling) ?? 0;
    const length = sibling.end - sibling.start;
    const linkDensity = length ? facts.linkChars(sibling) / length : 1;
    const paragraphLike = sibling.tag === 'p' && length > 80 && linkDensity < 0.25;
    const shortSentence = sibling.tag === 'p' && length > 0 && length <= 80 && linkDensity === 0 && /\.( |$)/.test(text.slice(sibling.start, sibling.end));
    if (score + classWeight(sibling) >= threshold || paragraphLike || shortSentence) merged.push(sibling);
  }
  return merged;
}
