/**
 * The page's text blocks: paragraphs, headings, list items and cells that hold only inline content,
 * and runs of loose text between block children (old blogs: text and <br>s beside a <div>). Found
 * once, outside comment regions and boilerplate; the scorer, the region finder and the body read them.
 */
import type { Element } from '../dom.js';
import type { PageFacts } from '../facts.js';

const ALWAYS_BLOCK = new Set(['p', 'pre', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH_TAGS = new Set(['td', 'th', 'blockquote', 'li', 'dd', 'dt']);
const CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'center', 'font', 'span']);
const BLOCK_CHILD = new Set([
  'p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'aside', 'nav', 'figure', 'main', 'li', 'tr', 'td',
]);

/** A stretch of text: a text element, or a run of loose inline content inside a container. */
export interface Block {
  start: number;
  end: number;
  /** The element whose ancestors the block votes for. */
  parent: Element;
  /** The block's own element; absent for loose runs. */
  element?: Element;
  linkChars: number;
}

export interface PageBlocks {
  /** In document order of their element (loose runs where their container is). */
  blocks: Block[];
  /** Whether an element is inside a comment region or boilerplate (or is one). */
  isExcluded: (element: Element) => boolean;
  /** One more than the largest document-order number: the size of per-element arrays. */
  size: number;
}

/**
 * @param excluded elements whose subtrees are not article: comment regions, boilerplate.
 */
export function findBlocks(elements: Element[], excluded: Set<Element>, facts: PageFacts): PageBlocks {
  // Per-element flags live in arrays indexed by document order, not in Sets: a hostile page has
  // a million elements, and a Set entry per element is most of the time and the garbage.
  const size = orderBound(elements);
  const isExcluded = excludedTest(elements, excluded, size);
  const linkChars = (element: Element) => facts.linkChars(element);
  const blocks: Block[] = [];
  // Pre-order: a parent's answer is known before its children ask.
  const insideBlock = new Uint8Array(size);
  const isBlock = new Uint8Array(size);
  const holdsBlock = blockHolders(elements, size);
  for (const element of elements) {
    const parent = element.parent;
    if (parent && (insideBlock[parent.order] || isBlock[parent.order])) insideBlock[element.order] = 1;
    if (insideBlock[element.order] || element.hidden || isExcluded(element)) continue;
    if (isTextBlock(element, holdsBlock)) {
      if (element.end <= element.start) continue;
      blocks.push({ start: element.start, end: element.end, parent: element.parent ?? element, element, linkChars: linkChars(element) });
      isBlock[element.order] = 1;
      continue;
    }
    for (const run of looseRuns(element, linkChars, holdsBlock)) {
      blocks.push(run);
      // The run owns its inline children: a <span> or <font> in it is no block of its own.
      for (const child of run.covers) insideBlock[child.order] = 1;
    }
  }
  return { blocks, isExcluded, size };
}

/**
 * Characters of block text per element, its descendants' blocks included, counted by `weigh`:
 * one pass over the blocks, one reverse pass over the elements.
 */
export function blockMass(elements: Element[], page: PageBlocks, weigh: (block: Block) => number): Float64Array {
  const mass = new Float64Array(page.size);
  for (const block of page.blocks) mass[(block.element ?? block.parent).order]! += weigh(block);
  // Reverse document order: children are summed before their parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (element.parent) mass[element.parent.order]! += mass[element.order]!;
  }
  return mass;
}

/** Each element's block text outside links: link lists weigh nothing, whatever their length. */
export function proseMass(elements: Element[], page: PageBlocks): Float64Array {
  return blockMass(elements, page, (block) => Math.max(0, block.end - block.start - block.linkChars));
}

/** One more than the largest document-order number among the elements. */
function orderBound(elements: Element[]): number {
  let max = 0;
  for (const element of elements) if (element.order > max) max = element.order;
  return max + 1;
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

/**
 * The text blocks: p, pre and headings always; other containers when they hold only inline content.
 * A web component's custom element that holds blocks is no inline content either (Shopify's
 * `<product-info>` around the price, the form and the description): it is a container.
 */
function isTextBlock(element: Element, holdsBlock: Uint8Array): boolean {
  if (ALWAYS_BLOCK.has(element.tag)) return true;
  if (!PARAGRAPH_TAGS.has(element.tag) && !CONTAINER_TAGS.has(element.tag)) return false;
  for (const child of element.children) if (child.kind === 'element' && (BLOCK_CHILD.has(child.tag) || (child.tag.includes('-') && holdsBlock[child.order]))) return false;
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
