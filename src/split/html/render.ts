/**
 * Renders the visible text the way a browser's innerText would lay it out, and records for every
 * element and text node where its text landed, so any element becomes a span of the page text.
 */
import type { Element, Node, ParsedDocument } from './dom.js';

/** Elements that start on their own line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption', 'option', 'optgroup', 'frame',
]);
/** Elements set off by a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
const CELL = new Set(['td', 'th']);
const WHITESPACE_RUN = /[ \t\n\r\f]+/g;

export interface Rendered {
  text: string;
}

/**
 * Walks the tree once with an explicit stack. Breaks are kept pending until the next text, so
 * runs of empty blocks collapse and the text never starts or ends with blank lines.
 */
export function render(doc: ParsedDocument): Rendered {
  const out: string[] = [];
  let length = 0;
  let pendingBreak = 0;
  let pendingSpace = false;
  let preDepth = 0;
  let lastChar = '';

  const emit = (chunk: string) => {
    if (!chunk) return;
    out.push(chunk);
    length += chunk.length;
    lastChar = chunk[chunk.length - 1]!;
  };
  const flush = () => {
    if (length > 0 && pendingBreak > 0) {
      // A <br> already ended the line: count it toward the break this block needs.
      const have = lastChar === '\n' ? 1 : 0;
      emit('\n'.repeat(Math.max(0, pendingBreak - have)));
    } else if (length > 0 && pendingSpace && lastChar !== '\n' && lastChar !== ' ' && lastChar !== '\t') {
      emit(' ');
    }
    pendingBreak = 0;
    pendingSpace = false;
  };
  const requestBreak = (n: number) => {
    if (n > pendingBreak) pendingBreak = n;
  };

  // Stack entries: a node to open, or an element to close (a 1 in the parallel `closing` stack).
  // Two flat arrays rather than an object per entry: a million-element page makes two million.
  const stack: Node[] = [];
  const closing: number[] = [];
  const closed: Element[] = [];
  for (let i = doc.root.children.length - 1; i >= 0; i--) {
    stack.push(doc.root.children[i]!);
    closing.push(0);
  }
  while (stack.length) {
    const node = stack.pop()!;
    const close = closing.pop() === 1;
    if (node.kind === 'text') {
      if (node.parent.hidden) {
        node.start = node.end = length;
        continue;
      }
      if (preDepth > 0) {
        flush();
        node.start = length;
        emit(node.value.replace(/\r\n?/g, '\n'));
        node.end = length;
        continue;
      }
      const collapsed = node.value.replace(WHITESPACE_RUN, ' ');
      if (collapsed === ' ' || collapsed === '') {
        if (collapsed === ' ') pendingSpace = true;
        node.start = node.end = length;
        continue;
      }
      const leading = collapsed.charCodeAt(0) === 32;
      const trailing = collapsed.charCodeAt(collapsed.length - 1) === 32;
      if (leading) pendingSpace = true;
      flush();
      node.start = length;
      emit(collapsed.slice(leading ? 1 : 0, trailing ? collapsed.length - 1 : collapsed.length));
      node.end = length;
      if (trailing) pendingSpace = true;
      continue;
    }
    const element = node;
    if (close) {
      element.end = length;
      closed.push(element);
      if (element.tag === 'pre') preDepth--;
      if (PARAGRAPH.has(element.tag)) requestBreak(2);
      else if (BLOCK.has(element.tag)) requestBreak(1);
      continue;
    }
    if (element.hidden) {
      element.start = element.end = length;
      continue;
    }
    if (element.tag === 'br') {
      // A forced line break: emitted now, even at the start of a block.
      pendingSpace = false;
      if (pendingBreak > 0) flush();
      if (length > 0) emit('\n');
      element.start = element.end = length;
      continue;
    }
    if (PARAGRAPH.has(element.tag)) requestBreak(2);
    else if (BLOCK.has(element.tag)) requestBreak(1);
    else if (CELL.has(element.tag) && element.parent && firstCell(element) !== element) {
      if (pendingBreak === 0) {
        flush();
        if (length > 0) emit('\t');
      }
    }
    if (element.tag === 'pre') preDepth++;
    element.start = length;
    stack.push(element);
    closing.push(1);
    for (let i = element.children.length - 1; i >= 0; i--) {
      stack.push(element.children[i]!);
      closing.push(0);
    }
  }
  const text = out.join('');
  trimRanges(doc, text, closed);
  return { text };
}

/** Each row's first cell, found once per row: a row of 50,000 cells would otherwise scan it 50,000 times. */
const firstCells = new WeakMap<Element, Element | null>();

function firstCell(cell: Element): Element | null {
  const row = cell.parent!;
  let first = firstCells.get(row);
  if (first === undefined) {
    first = null;
    for (const sibling of row.children) {
      if (sibling.kind === 'element' && CELL.has(sibling.tag)) {
        first = sibling;
        break;
      }
    }
    firstCells.set(row, first);
  }
  return first;
}

/**
 * Element ranges were taken before pending breaks were written: tighten them to their text.
 * Nested elements often share one whitespace run (a <pre> of blank lines under 200 open tags), so
 * each scan is remembered: starts are visited in page order (pre-order) and ends backwards in
 * the order elements closed, and a position inside the whitespace run scanned last gets that
 * scan's answer. Empty ranges (hidden elements and everything inside them) stay as they are.
 *
 * @param closed the rendered elements in the order they closed, so with non-decreasing ends
 */
function trimRanges(doc: ParsedDocument, text: string, closed: Element[]): void {
  let scannedFrom = Infinity;
  let firstWord = 0;
  for (const element of doc.elements) {
    if (element.end > text.length) element.end = text.length;
    const start = element.start;
    if (start >= element.end) continue;
    if (start < scannedFrom || start > firstWord) {
      scannedFrom = start;
      firstWord = start;
      while (firstWord < text.length && isSpace(text.charCodeAt(firstWord))) firstWord++;
    }
    element.start = Math.min(firstWord, element.end);
  }
  let scannedTo = -1;
  let afterWord = 0;
  for (let i = closed.length - 1; i >= 0; i--) {
    const element = closed[i]!;
    const end = element.end;
    if (element.start >= end) continue;
    if (end > scannedTo || end < afterWord) {
      scannedTo = end;
      afterWord = end;
      while (afterWord > 0 && isSpace(text.charCodeAt(afterWord - 1))) afterWord--;
    }
    element.end = Math.max(afterWord, element.start);
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** Shifts every recorded range by `offset`, after a line is put in front of the text. */
export function shiftRanges(doc: ParsedDocument, offset: number): void {
  for (const element of doc.elements) {
    element.start += offset;
    element.end += offset;
    for (const child of element.children) {
      if (child.kind === 'text') {
        child.start += offset;
        child.end += offset;
      }
    }
  }
  for (const child of doc.root.children) {
    if (child.kind === 'text') {
      child.start += offset;
      child.end += offset;
    }
  }
}
