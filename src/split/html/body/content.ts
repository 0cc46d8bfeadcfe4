/**
 * Main-content detection in the Readability tradition: paragraphs vote for their ancestors by
 * length and commas, votes are discounted by link density and weighed by class vocabulary, and
 * the winner plus its strong siblings is the article. Comment sections and boilerplate never vote.
 */
import type { Element } from '../dom.js';
import type { PageFacts } from '../facts.js';
import { NEGATIVE, POSITIVE } from '../vocabulary.js';

const ALWAYS_BLOCK = new Set(['p', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH_TAGS = new Set(['td', 'th', 'blockquote', 'li', 'dd', 'dt']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'font', 'span']);
const BLOCK_CHILD = new Set([
  'p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'aside', 'nav', 'figure', 'main', 'li', 'tr', 'td',
]);
const MIN_PARAGRAPH_CHARS = 25;

export interface Content {
  /** The winning container and the siblings merged with it, in document order. */
  containers: Element[];
  /** Text blocks of the article, in document order, none inside excluded parts. */
  paragraphs: Block[];
}

/**
 * @param excluded elements whose subtrees are not article: comment sections, boilerplate.
 */
export function findContent(elements: Element[], text: string, excluded: Set<Element>, facts: PageFacts): Content | null {
  // Per-element flags live in arrays indexed by document order, not in Sets: a hostile page has
  // a million elements, and a Set entry per element is most of the time and the garbage.
  const size = orderBound(elements);
  const isExcluded = excludedTest(elements, excluded, size);
  const linkChars = (element: Element) => facts.linkChars(element);
  const scores = new Map<Element, number>();
  const blocks: Block[] = [];
  const vote = (block: Block) => {
    const length = block.end - block.start;
    if (length < MIN_PARAGRAPH_CHARS || block.linkChars / length > 0.5) return;
    const weight = 1 + countCommas(text.slice(block.start, block.end)) + Math.min(Math.floor(length / 100), 3);
    let ancestor: Element | null = block.parent;
    for (let level = 0; ancestor && level < 3 && ancestor.tag !== '#root'; level++, ancestor = ancestor.parent) {
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + weight / (level === 0 ? 1 : level * 2));
    }
  };
  // Pre-order: a parent's answer is known before its children ask.
  const insideBlock = new Uint8Array(size);
  const isBlock = new Uint8Array(size);
  const holdsBlock = blockHolders(elements, size);
  for (const element of elements) {
    const parent = element.parent;
    if (parent && (insideBlock[parent.order] || isBlock[parent.order])) insideBlock[element.order] = 1;
    if (insideBlock[element.order] || element.hidden || isExcluded(element)) continue;
    if (isTextBlock(element)) {
      if (element.end <= element.start) continue;
      const block = { start: element.start, end: element.end, parent: element.parent ?? element, element, linkChars: linkChars(element) };
      blocks.push(block);
      isBlock[element.order] = 1;
      vote(block);
      continue;
    }
    // Text loose between block children (old blogs: text and <br>s beside a <div>) forms blocks too.
    for (const run of looseRuns(element, linkChars, holdsBlock)) {
      blocks.push(run);
      vote(run);
      // The run owns its inline children: a <span> or <font> in it is no block of its own.
      for (const child of run.covers) insideBlock[child.order] = 1;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [candidate, raw] of scores) {
    if (isExcluded(candidate)) continue;
    const length = Math.max(1, candidate.end - candidate.start);
    const score = (raw + classWeight(candidate)) * (1 - Math.min(1, linkChars(candidate) / length));
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
  const containers = mergeSiblings(best, bestScore, scores, facts, text, isExcluded);
  // Loose runs were found when their container was visited: put everything back in page order.
  // Membership by marking the containers, so 50,000 merged <p> siblings are not scanned per block.
  const isContainer = new Uint8Array(size);
  for (const container of containers) isContainer[container.order] = 1;
  const paragraphs = blocks.filter((block) => isInsideMarked(block.element ?? block.parent, isContainer)).sort((a, b) => a.start - b.start);
  return { containers, paragraphs: dropChrome(paragraphs) };
}

/** One more than the largest document-order number among the elements and their ancestors. */
function orderBound(elements: Element[]): number {
  let max = 0;
  for (const element of elements) if (element.order > max) max = element.order;
  return max + 1;
}

/** A stretch of article text: a text element, or a run of loose inline content inside a container. */
export interface Block {
  start: number;
  end: number;
  /** The element whose ancestors the block votes for. */
  parent: Element;
  /** The block's own element; absent for loose runs. */
  element?: Element;
  linkChars: number;
}

/** Elements with a block element somewhere inside: an inline element holding a <p> is no inline run. */
function blockHolders(elements: Element[], size: number): Uint8Array {
  const holders = new Uint8Array(size);
  // Reverse pre-order: every child is settled before its parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (element.parent && (BLOCK_CHILD.has(element.tag) || holders[element.order])) holders[element.parent.order] = 1;
  }
  return holders;
}

/**
 * Runs of text and inline elements between an element's block children, split at blank lines.
 * An inline child holding blocks (a <span> around a <p>) splits runs too: its blocks are its own.
 */
function looseRuns(element: Element, linkChars: (element: Element) => number, holdsBlock: Uint8Array): (Block & { covers: Element[] })[] {
  const runs: (Block & { covers: Element[] })[] = [];
  let hasBlockChild = false;
  for (const child of element.children) if (child.kind === 'element' && BLOCK_CHILD.has(child.tag)) hasBlockChild = true;
  if (!hasBlockChild) return runs;
  let run: (Block & { covers: Element[] }) | null = null;
  let breaks = 0;
  const close = () => {
    if (run && run.end > run.start) runs.push(run);
    run = null;
  };
  for (const child of element.children) {
    if (child.kind === 'element' && (BLOCK_CHILD.has(child.tag) || holdsBlock[child.order] || child.hidden)) {
      if (BLOCK_CHILD.has(child.tag) || (holdsBlock[child.order] && !child.hidden)) close();
      continue;
    }
    if (child.kind === 'element' && child.tag === 'br') {
      if (++breaks >= 2) close();
      continue;
    }
    if (child.end <= child.start) continue;
    breaks = 0;
    const links = child.kind === 'element' ? linkChars(child) : 0;
    if (!run) run = { start: child.start, end: child.end, parent: element, linkChars: links, covers: [] };
    else {
      run.end = child.end;
      run.linkChars += links;
    }
    if (child.kind === 'element') run.covers.push(child);
  }
  close();
  return runs;
}

/** The text blocks: p, pre and headings always; other containers when they hold only inline content. */
function isTextBlock(element: Element): boolean {
  if (ALWAYS_BLOCK.has(element.tag)) return true;
  if (!PARAGRAPH_TAGS.has(element.tag) && !CONTAINER_TAGS.has(element.tag)) return false;
  for (const child of element.children) if (child.kind === 'element' && BLOCK_CHILD.has(child.tag)) return false;
  return true;
}

/**
 * Whether an element is inside an excluded one (or is one), settled for all elements in one
 * pre-order pass: parents come before their children in `elements`.
 */
function excludedTest(elements: Element[], excluded: Set<Element>, size: number): (element: Element) => boolean {
  if (excluded.size === 0) return () => false;
  const flags = new Uint8Array(size);
  for (const element of elements) {
    const parent = element.parent;
    if (excluded.has(element) || (parent && (flags[parent.order] || (parent.tag === '#root' && excluded.has(parent))))) flags[element.order] = 1;
  }
  return (element) => (element.order < size ? flags[element.order] === 1 : excluded.has(element));
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

function isInsideMarked(node: Element, marked: Uint8Array): boolean {
  for (let current: Element | null = node; current; current = current.parent) if (marked[current.order]) return true;
  return false;
}

/** Link lists and one-word blocks between paragraphs are navigation, not article. */
function dropChrome(paragraphs: Block[]): Block[] {
  return paragraphs.filter((block) => {
    const length = block.end - block.start;
    if (length <= 0) return false;
    return block.linkChars / length < 0.8 || length > 200;
  });
}
