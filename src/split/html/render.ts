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

  // Stack entries: a node to open, or an element to close (marked by `close`).
  const stack: { node: Node; close: boolean }[] = [];
  for (let i = doc.root.children.length - 1; i >= 0; i--) stack.push({ node: doc.root.children[i]!, close: false });
  while (stack.length) {
    const { node, close } = stack.pop()!;
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
    stack.push({ node: element, close: true });
    for (let i = element.children.length - 1; i >= 0; i--) stack.push({ node: element.children[i]!, close: false });
  }
  const text = out.join('');
  trimRanges(doc, text);
  return { text };
}

function firstCell(cell: Element): Element | null {
  for (const sibling of cell.parent!.children) if (sibling.kind === 'element' && CELL.has(sibling.tag)) return sibling;
  return null;
}

/** Element ranges were taken before pending breaks were written: tighten them to their text. */
function trimRanges(doc: ParsedDocument, text: string): void {
  for (const element of doc.elements) {
    let { start, end } = element;
    if (end > text.length) end = text.length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    element.start = start;
    element.end = end;
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
