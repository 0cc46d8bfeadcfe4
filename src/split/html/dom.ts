/**
 * A light DOM built from htmlparser2's tokenizer events (through ./parser.ts, which closes
 * implied elements as browsers do, in linear time). Building it ourselves keeps it small (no DomHandler node classes)
 * and iterative: a stack of open elements, never recursion, so a 10,000-deep page parses in
 * linear time without growing the call stack.
 */
import { TreeParser } from './parser.js';
import { isCommentSection } from './vocabulary.js';

export interface TextNode {
  kind: 'text';
  value: string;
  parent: Element;
  /** Range of this node's rendered text in the page text (set by render). */
  start: number;
  end: number;
}

export interface Element {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: Element | null;
  /** Position in document order, for stable sorting and ids. */
  order: number;
  depth: number;
  /** Lowercased class tokens plus the id, the vocabulary the detectors read. */
  tokens: string[];
  /** Rendered range in the page text, whitespace-trimmed (set by render). */
  start: number;
  end: number;
  /** True when the element (or an ancestor) renders nothing: script, hidden, head... */
  hidden: boolean;
}

export type Node = Element | TextNode;

export interface ParsedDocument {
  root: Element;
  /** Every element in document order (pre-order). */
  elements: Element[];
  /** Raw contents of <script> elements, for embed detection and JSON-LD; capped. */
  scripts: { type: string; src: string; text: string }[];
  maxDepth: number;
  /** True when the input ended with elements still open (beyond html/body). */
  truncated: boolean;
}

/** Elements whose contents are never rendered text. */
const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'textarea', 'canvas', 'audio', 'video', 'map', 'frameset', 'noframes', 'button',
  // Browsers never draw a <title>, even one misplaced in <body>; the headline logic reads it instead.
  'title',
]);
const MAX_SCRIPT_CHARS = 200_000;
/** Elements whose end tag HTML lets authors omit; open at the end is normal for them. */
const IMPLIED_CLOSE = new Set(['p', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'dd', 'dt', 'option', 'head']);

/**
 * Elements deeper than this are folded into their ancestor at the limit: their text stays, their
 * tags go. Real pages nest a few dozen deep; without a cap, every ancestor walk on a malformed
 * 100,000-deep page costs O(depth) and the page takes minutes.
 */
const MAX_DEPTH = 256;

export function parseHtml(html: string): ParsedDocument {
  const root = makeElement('#root', {}, null, 0);
  const elements: Element[] = [];
  const scripts: ParsedDocument['scripts'] = [];
  let current = root;
  let maxDepth = 0;
  let scriptChars = 0;
  let script: { type: string; src: string; text: string } | null = null;
  // Tags opened beyond MAX_DEPTH: counted so that their closing tags are skipped too.
  let folded = 0;

  const parser = new TreeParser(
    {
      onopentag(name, attrs) {
        if (current.depth >= MAX_DEPTH && name !== 'script') {
          folded++;
          maxDepth++;
          return;
        }
        const element = makeElement(name, attrs, current, elements.length + 1);
        element.hidden = current.hidden || (INVISIBLE.has(name) && !isNameButton(name, element.tokens)) || isHiddenByAttribute(attrs);
        adopt(current, element);
        elements.push(element);
        current = element;
        if (element.depth > maxDepth) maxDepth = element.depth;
        if (name === 'script') script = { type: attrs.type ?? '', src: attrs.src ?? '', text: '' };
      },
      ontext(value) {
        if (script) {
          if (scriptChars < MAX_SCRIPT_CHARS) {
            script.text += value;
            scriptChars += value.length;
          }
          return;
        }
        const last = current.children[current.children.length - 1];
        // htmlparser2 may deliver one text run in several chunks; keep it one node.
        if (last?.kind === 'text') last.value += value;
        else adopt(current, { kind: 'text', value, parent: current, start: 0, end: 0 });
      },
      onclosetag(name) {
        if (folded > 0 && name !== 'script') {
          folded--;
          return;
        }
        if (name === 'script' && script) {
          scripts.push(script);
          script = null;
        }
        // The parser closes implied and mismatched tags itself; follow it up to the named element.
        let element: Element | null = current;
        while (element && element !== root && element.tag !== name) element = element.parent;
        if (element && element !== root) current = element.parent ?? root;
      },
    },
    // Kept from the htmlparser2 Parser options used before: `<div/>` closes itself.
    { recognizeSelfClosing: true },
  );
  parser.write(html);
  // Count what is still open before end() closes it: many open elements mean a cut-off page.
  let open = 0;
  for (let element: Element | null = current; element && element !== root; element = element.parent) {
    if (element.tag !== 'html' && element.tag !== 'body' && !IMPLIED_CLOSE.has(element.tag)) open++;
  }
  parser.end();
  return { root, elements, scripts, maxDepth, truncated: open > 2 };
}

/**
 * Children of an element that has none yet: shared and frozen. The first child gets an array of
 * exactly one slot, since `push` on an empty array reserves seventeen, and a hostile page has a
 * million leaf elements.
 */
const NO_CHILDREN: Node[] = Object.freeze([]) as unknown as Node[];

function adopt(parent: Element, child: Node): void {
  if (parent.children === NO_CHILDREN) parent.children = [child];
  else parent.children.push(child);
}

/** Shared by every element without class or id (most of a hostile page): one array, not a million. */
const NO_TOKENS: string[] = Object.freeze([]) as unknown as string[];

function makeElement(tag: string, attrs: Record<string, string>, parent: Element | null, order: number): Element {
  return {
    kind: 'element',
    tag,
    attrs,
    children: NO_CHILDREN,
    parent,
    order,
    depth: parent ? parent.depth + 1 : 0,
    tokens: classTokens(attrs),
    start: 0,
    end: 0,
    hidden: false,
  };
}

function classTokens(attrs: Record<string, string>): string[] {
  const cls = attrs.class;
  const id = attrs.id;
  if (!cls && !id) return NO_TOKENS;
  const tokens: string[] = [];
  if (cls) for (const token of cls.toLowerCase().split(/\s+/)) if (token) tokens.push(token);
  if (id) tokens.push(id.toLowerCase());
  return tokens;
}

/**
 * Buttons are left out of the text (their words are "Reply", "Share", "Load more"), except a button
 * that shows a commenter's name: Coral and Viafoura render the name as a button opening a profile.
 * Here by its class; name-buttons.ts shows the others by their markup. Every button shown is taken
 * as a comment's author (vocabulary.ts `isAuthor`), so any other rule showing buttons must show names only.
 */
function isNameButton(tag: string, tokens: string[]): boolean {
  return tag === 'button' && tokens.some((token) => /(?:^|[-_])(?:username|user-?name|author|author-?name|display-?name|commenter)(?:$|[-_])/.test(token));
}

export function isHiddenByAttribute(attrs: Record<string, string>): boolean {
  if ('hidden' in attrs) return true;
  if (attrs['aria-hidden'] === 'true') return false; // often icons next to visible text; keep
  const style = attrs.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when `ancestor` contains `node` (or is it). Walks parents: O(depth). */
export function contains(ancestor: Element, node: Node): boolean {
  for (let current: Element | null = node.kind === 'text' ? node.parent : node; current; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}

/** Pre-order descendants of an element, iteratively. */
export function* descendants(element: Element): Generator<Element> {
  const stack: Element[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (child.kind === 'element') stack.push(child);
  }
  while (stack.length) {
    const next = stack.pop()!;
    yield next;
    for (let i = next.children.length - 1; i >= 0; i--) {
      const child = next.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/** Pre-order text nodes under an element, iteratively. */
export function* textNodes(element: Element): Generator<TextNode> {
  const stack: Node[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i]!);
  while (stack.length) {
    const next = stack.pop()!;
    if (next.kind === 'text') {
      yield next;
      continue;
    }
    for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
}

/** A CSS path from the document root: tag, #id when present, else :nth-of-type. */
export function cssPath(element: Element): string {
  const parts: string[] = [];
  for (let current: Element | null = element; current && current.tag !== '#root'; current = current.parent) {
    const id = current.attrs.id;
    if (id && /^[A-Za-z][\w-]*$/.test(id)) {
      parts.push(`${current.tag}#${id}`);
      break;
    }
    const { index, same } = typePosition(current);
    parts.push(same > 1 ? `${current.tag}:nth-of-type(${index})` : current.tag);
  }
  return parts.reverse().join(' > ');
}

/** Position among same-tag element siblings (1-based) and how many there are. */
interface TypePosition {
  index: number;
  same: number;
}
const NO_SIBLINGS: TypePosition = { index: 1, same: 0 };
/**
 * Filled for all children of a parent at once, the first time one of them is asked about:
 * 50,000 sibling comments would otherwise cost 50,000 sibling scans each.
 */
const typePositions = new WeakMap<Element, TypePosition>();

function typePosition(element: Element): TypePosition {
  const parent = element.parent;
  if (!parent) return NO_SIBLINGS;
  const known = typePositions.get(element);
  if (known) return known;
  const counts = new Map<string, number>();
  const positions: [Element, number][] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    const index = (counts.get(sibling.tag) ?? 0) + 1;
    counts.set(sibling.tag, index);
    positions.push([sibling, index]);
  }
  for (const [sibling, index] of positions) typePositions.set(sibling, { index, same: counts.get(sibling.tag)! });
  return typePositions.get(element) ?? NO_SIBLINGS;
}

/**
 * Index of a node in its parent's children, filled per parent on first use, for the same reason.
 * Trees are not changed after parsing, so the cache stays true.
 */
const childIndexes = new WeakMap<Node, number>();

export function childIndex(node: Node): number {
  const parent = node.parent;
  if (!parent) return -1;
  const known = childIndexes.get(node);
  if (known !== undefined) return known;
  parent.children.forEach((child, index) => childIndexes.set(child, index));
  return childIndexes.get(node) ?? -1;
}

/**
 * A page built by script and saved without running it often shows nothing but its `<noscript>`
 * (Discourse and Flarum put the whole thread there for crawlers). When the text inside `<noscript>`
 * outweighs everything else the page shows by four to one, the page is read as a browser without
 * scripts shows it: those `<noscript>` elements render. Returns whether it did.
 */
export function revealNoscriptPage(doc: ParsedDocument): boolean {
  // Elements hidden only because they sit in a <noscript> that is itself not inside hidden markup.
  const inNoscript = new Uint8Array(doc.elements.length + 1);
  let inside = 0;
  let outside = 0;
  for (const element of doc.elements) {
    const parent = element.parent;
    const parentIn = parent && parent.order > 0 ? inNoscript[parent.order] === 1 : false;
    const opens = element.tag === 'noscript' && !parent?.hidden;
    if (opens || (parentIn && !INVISIBLE.has(element.tag) && !isHiddenByAttribute(element.attrs))) inNoscript[element.order] = 1;
    for (const child of element.children) {
      if (child.kind !== 'text') continue;
      const length = visibleLength(child.value);
      if (inNoscript[element.order]) inside += length;
      else if (!element.hidden) outside += length;
    }
  }
  if (inside < 200 || inside < 4 * outside) return false;
  for (const element of doc.elements) if (inNoscript[element.order]) element.hidden = false;
  return true;
}

/**
 * React's streamed server rendering sends each late part of the page as `<div hidden id="S:n">`
 * at the end of the body, and a script swaps it into the `<template id="B:n">` (or `"P:n"`) it stands for: a
 * browser shows it, a reader without scripts sees only the placeholder. Such parts render, where
 * they are (the text order then differs from the screen's). Returns how many it revealed.
 */
export function revealStreamedParts(doc: ParsedDocument): number {
  const placeholders = new Set<string>();
  for (const element of doc.elements) {
    const id = element.attrs.id;
    // `B:n` stands for a boundary's content, `P:n` for a segment's: both arrive as `S:n`.
    if (element.tag === 'template' && (id?.startsWith('B:') || id?.startsWith('P:'))) placeholders.add(id.slice(2));
  }
  if (placeholders.size === 0) return 0;
  return revealSubtrees(doc, (element) => isStreamedPart(element, placeholders) && !element.parent?.hidden);
}

/**
 * Shows each element `opens` picks, and inside it every element hidden only because an ancestor
 * was (one hidden by its own tag or attributes stays hidden). Returns how many it opened.
 */
export function revealSubtrees(doc: ParsedDocument, opens: (element: Element) => boolean): number {
  // Elements shown again, parents before children (document order).
  const shown = new Set<Element>();
  let opened = 0;
  for (const element of doc.elements) {
    const parent = element.parent;
    if (parent && shown.has(parent)) {
      // Hidden by its own tag or attributes, it stays hidden unless it is itself one `opens` picks
      // (a collapsed answer inside a collapsed tab).
      const ownHidden = (INVISIBLE.has(element.tag) && !isNameButton(element.tag, element.tokens)) || isHiddenByAttribute(element.attrs);
      element.hidden = ownHidden && !opens(element);
      if (ownHidden && !element.hidden) opened++;
    } else if (opens(element)) {
      element.hidden = false;
      opened++;
    } else continue;
    if (!element.hidden) shown.add(element);
  }
  return opened;
}

/**
 * A collapsed accordion or an inactive tab hides its panel with `display:none` or `hidden` until
 * its control is pressed; the panel is still the page's content (FAQ answers, the steps of a
 * guide, a product's details), and a reader of the page opens it. A panel is an element hidden by
 * its own attributes that a control names in `aria-controls` and that says it is a panel
 * (`role="region"` or `"tabpanel"`, or labelled by its control): a hidden menu or dialog, which
 * controls name too, stays hidden, and so does a box holding a form (a login or sign-up modal).
 * Tabs are alternative views of one place: a tab panel beside a panel already shown ("Newest" and
 * "Top" listing the same comments) stays hidden, while accordion regions are distinct content.
 * Nothing inside a comment section is opened: its panels are sorts and pages of the same thread.
 * Returns how many panels it revealed.
 */
export function revealCollapsedPanels(doc: ParsedDocument): number {
  const controlled = new Set<string>();
  // Panels a tab control names: tab panels even when they carry no role.
  const tabbed = new Set<string>();
  for (const element of doc.elements) {
    const ids = element.attrs['aria-controls'];
    if (!ids) continue;
    for (const id of ids.split(/\s+/)) {
      if (!id) continue;
      controlled.add(id);
      if (element.attrs.role === 'tab') tabbed.add(id);
    }
  }
  if (controlled.size === 0) return 0;
  const isTabPanel = (element: Element) => element.attrs.role === 'tabpanel' || (!!element.attrs.id && tabbed.has(element.attrs.id));
  return revealSubtrees(
    doc,
    (element) =>
      element.hidden &&
      !element.parent?.hidden &&
      isCollapsedPanel(element, controlled) &&
      !(isTabPanel(element) && hasShownSiblingTab(element, isTabPanel)) &&
      !insideCommentSection(element) &&
      !holdsForm(element),
  );
}

const PANEL_ROLE = new Set(['region', 'tabpanel']);

function isCollapsedPanel(element: Element, controlled: Set<string>): boolean {
  const id = element.attrs.id;
  if (!id || !controlled.has(id) || INVISIBLE.has(element.tag)) return false;
  return PANEL_ROLE.has(element.attrs.role ?? '') || (!element.attrs.role && 'aria-labelledby' in element.attrs);
}

/** A sibling tab panel its own attributes leave shown: the active view of the same tab set. */
function hasShownSiblingTab(element: Element, isTabPanel: (element: Element) => boolean): boolean {
  for (const sibling of element.parent?.children ?? []) {
    if (sibling === element || sibling.kind !== 'element') continue;
    if (isTabPanel(sibling) && !isHiddenByAttribute(sibling.attrs)) return true;
  }
  return false;
}

function insideCommentSection(element: Element): boolean {
  for (let current = element.parent; current; current = current.parent) if (isCommentSection(current)) return true;
  return false;
}

function holdsForm(element: Element): boolean {
  for (const inner of descendants(element)) if (inner.tag === 'form') return true;
  return false;
}

function isStreamedPart(element: Element, placeholders: Set<string>): boolean {
  const id = element.attrs.id;
  return element.tag === 'div' && 'hidden' in element.attrs && !!id?.startsWith('S:') && placeholders.has(id.slice(2));
}

/** Characters a text node shows once whitespace runs collapse, without trimming allocations. */
function visibleLength(value: string): number {
  let length = 0;
  let space = true;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
    if (!isSpace) length++;
    else if (!space) length++;
    space = isSpace;
  }
  return length;
}
