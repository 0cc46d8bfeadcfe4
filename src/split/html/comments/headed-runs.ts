/**
 * Posts with no element of their own: a chat or mailing-list archive prints each message as a
 * heading line ("Aino Lehtonen (Feb 13 2024 at 09:12):") followed by its paragraphs, all of them
 * siblings in one container; a table-layout forum (InvisionFree, ZetaBoards, phpBB 2) prints each
 * post as a header row ("Name | Posted: Mar 3 2011, 08:12 PM | #1") and the rows after it (the
 * profile and the words, the signature, the post's buttons), all rows of one table. Before
 * rendering, each heading of such a run is wrapped with the blocks up to the next one in an element
 * of its own, which the item finder then reads as it reads any post: a header line with the name
 * and the date, then the text.
 */
import type { Element, Node, ParsedDocument } from '../dom.js';
import { DATE_TEXT } from '../dates.js';

/** Headings a run is made of; an `<h1>` is the page's headline. */
const HEADING = /^h[2-6]$/;
/** Where a table's rows are siblings. */
const ROW_PARENT = new Set(['table', 'tbody', 'thead', 'tfoot']);
/**
 * A post's number on its header row ("#3", "Post #12", "No. 4"), no part of the name; a handle's
 * own digits ("fan77") are, so "fan1" and "fan2" stay two posters.
 */
const POST_NUMBER = /(?<![\p{L}\p{N}_])(?:post\s*|no\.\s*)?#?\d+\b/giu;
/**
 * A header row marks its post: a posting word or the post's number ("Posted: Mar 3 2011", "#4",
 * "Reply #2 on:"). A data table's rows show a name and a date too (a fixtures list, a rota, where
 * a team or a stall comes back as a poster does), and mark no post.
 */
const POST_MARK = /\b(?:posted|wrote|replied|reply)\b|(?<![\p{L}\p{N}_])#\d+\b/iu;
/** How many dated headings make a run. */
const MIN_RUN = 3;
/** A header line is short: a name, a date and a mark or two. */
const MAX_HEADER_CHARS = 120;
/** A name: a handle or a person's name, a few words. */
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 4;
/** Words and marks around the name on a header line: "Name wrote on (date):", "by Name | date". */
const HEADER_WORDS = /\b(?:said|says|wrote|writes|posted|by|on|at|from)\b|[()[\]|:•·,—–-]/gi;
/**
 * A message's header introduces what follows: it ends in a colon ("Name (date):") or says so
 * ("Name wrote on date"). A liveblog's "Update (date, time)" or a section label with its date also
 * comes back like a poster's name, but introduces nothing.
 */
const INTRODUCES = /:\s*$|\b(?:said|says|wrote|writes)\b/i;
/** Blocks that end a run's last post: page furniture, a form, a rule below the thread. */
const RUN_END = new Set(['hr', 'footer', 'nav', 'aside', 'form', 'h1']);

/** The wrappers made, so the item finder knows them (no class a page could carry says so). */
const made = new WeakSet<Element>();

export function isHeadedPost(element: Element): boolean {
  return made.has(element);
}

/** Each wrapper's heading: the post's header line, whatever share of it the date takes. */
const headingOf = new WeakMap<Element, Element>();

/** The header line of a wrapped post, or null for any other element. */
export function headedPostHeading(element: Element): Element | null {
  return headingOf.get(element) ?? null;
}

/** Wraps every run of headed posts on the page; returns how many posts it wrapped. */
export function wrapHeadedPosts(doc: ParsedDocument): number {
  let wrapped = 0;
  for (const element of doc.elements) {
    if (element.hidden || element.children.length < 2 * MIN_RUN) continue;
    for (const run of headedRuns(element)) wrapped += wrapRun(element, run);
  }
  if (wrapped) renumber(doc);
  return wrapped;
}

/** Per heading shape among the children, the headings of a run: each a dated name line with text after it. */
function headedRuns(parent: Element): Element[][] {
  const byShape = new Map<string, Element[]>();
  const rows = ROW_PARENT.has(parent.tag);
  for (const child of parent.children) {
    if (child.kind !== 'element' || child.hidden || !(rows ? child.tag === 'tr' : HEADING.test(child.tag))) continue;
    const shape = `${child.tag}.${child.tokens.filter((t) => !/\d/.test(t)).sort().join('.')}`;
    let group = byShape.get(shape);
    if (!group) byShape.set(shape, (group = []));
    group.push(child);
  }
  const runs: Element[][] = [];
  for (const shaped of byShape.values()) {
    if (shaped.length < MIN_RUN) continue;
    // A heading of the same shape with no name line (the topic's own heading) is no post; it ends the one before it.
    const headings: Element[] = [];
    const names: string[] = [];
    for (const heading of shaped) {
      const name = rows ? rowName(heading) : headerName(heading);
      if (name === null) continue;
      headings.push(heading);
      names.push(name);
    }
    if (headings.length < MIN_RUN) continue;
    // People answer each other: a name comes back, and more than one person speaks. A list of
    // dated headlines repeats no headline; release notes repeat one word throughout.
    const counts = new Map<string, number>();
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    if (counts.size < 2 || ![...counts.values()].some((count) => count > 1)) continue;
    const posts = postsOf(parent, headings);
    if (posts.every((post) => post.nodes.slice(post.heading + 1).some(hasText))) runs.push(headings);
  }
  return runs;
}

/** The name on a dated header line, or null when the line shows no date, no short name, or introduces nothing. */
function headerName(heading: Element): string | null {
  const line = rawText(heading, MAX_HEADER_CHARS + 1).replace(/\s+/g, ' ').trim();
  if (line.length > MAX_HEADER_CHARS || !INTRODUCES.test(line)) return null;
  const date = DATE_TEXT.exec(line);
  if (!date) return null;
  const name = `${line.slice(0, date.index)} ${line.slice(date.index + date[0].length)}`.replace(HEADER_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS || !/\p{L}/u.test(name) || /[.!?]$/.test(name)) return null;
  if (name.split(' ').length > MAX_NAME_WORDS) return null;
  return name.toLowerCase();
}

/**
 * The name on a table row that heads a post: a short row showing a date and a post mark, whose
 * other words are a name ("Dennis_H  Posted: Mar 3 2011, 08:12 PM  #1"). A row says nothing of
 * introducing what follows: the rows after it are the post's by the table's layout. A profile
 * row ("Group: Members Posts: 211 Joined: Aug 14, 2008") is more words than a name, and the words
 * of a post, more chars than a header.
 */
function rowName(row: Element): string | null {
  const line = rawText(row, MAX_HEADER_CHARS + 1, false, true).replace(/\s+/g, ' ').trim();
  if (line.length > MAX_HEADER_CHARS || !POST_MARK.test(line)) return null;
  const date = DATE_TEXT.exec(line);
  if (!date) return null;
  const rest = `${line.slice(0, date.index)} ${line.slice(date.index + date[0].length)}`;
  const name = rest.replace(POST_NUMBER, ' ').replace(HEADER_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS || !/\p{L}/u.test(name) || /[.!?]$/.test(name)) return null;
  if (name.split(' ').length > MAX_NAME_WORDS) return null;
  return name.toLowerCase();
}

/** One post of a run: the children it takes, from `from`, and where its heading is among them. */
interface Post {
  from: number;
  nodes: Node[];
  heading: number;
}

/**
 * Each heading's post: the blocks with no text just before it (its `<a name>` anchor), the
 * heading, and the siblings after it up to the next heading of the run, a heading as high as it,
 * or the furniture ending the thread. One pass over the children, however long the run.
 */
function postsOf(parent: Element, run: Element[]): Post[] {
  const runSet = new Set(run);
  // A row run ends with its table; a heading run also at a heading as high as its own.
  const level = run[0]!.tag === 'tr' ? 0 : Number(run[0]!.tag[1]);
  const children = parent.children;
  const posts: Post[] = [];
  let current: Post | null = null;
  // Blocks with no text since the last one with text: they lead into the next heading.
  let lead: number | null = null;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.kind === 'element' && runSet.has(child)) {
      const from = lead ?? i;
      if (current) current.nodes.length -= i - from;
      current = { from, nodes: [...children.slice(from, i + 1)], heading: i - from };
      posts.push(current);
      lead = null;
      continue;
    }
    const ends = child.kind === 'element' && (RUN_END.has(child.tag) || (HEADING.test(child.tag) && Number(child.tag[1]) <= level));
    if (ends) current = null;
    if (ends || hasText(child)) lead = null;
    else lead ??= i;
    if (current) current.nodes.push(child);
  }
  return posts;
}

/** Wraps each heading of the run with its post, in one pass over the parent's children. */
function wrapRun(parent: Element, run: Element[]): number {
  const posts = postsOf(parent, run);
  const children: Node[] = [];
  let next = 0;
  for (const post of posts) {
    for (; next < post.from; next++) children.push(parent.children[next]!);
    const wrapper: Element = {
      kind: 'element',
      tag: 'div',
      attrs: {},
      children: post.nodes,
      parent,
      order: 0,
      depth: parent.depth + 1,
      tokens: [],
      start: 0,
      end: 0,
      hidden: parent.hidden,
    };
    made.add(wrapper);
    headingOf.set(wrapper, post.nodes[post.heading] as Element);
    for (const node of post.nodes) {
      node.parent = wrapper;
      if (node.kind === 'element') deepen(node);
    }
    children.push(wrapper);
    next = post.from + post.nodes.length;
  }
  for (; next < parent.children.length; next++) children.push(parent.children[next]!);
  parent.children = children;
  return posts.length;
}

/** One level deeper, with everything inside. */
function deepen(element: Element): void {
  const stack = [element];
  while (stack.length) {
    const current = stack.pop()!;
    current.depth++;
    for (const child of current.children) if (child.kind === 'element') stack.push(child);
  }
}

/** Document order again, the wrappers in their place. */
function renumber(doc: ParsedDocument): void {
  doc.elements.length = 0;
  const stack: Element[] = [];
  const push = (element: Element) => {
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  };
  push(doc.root);
  while (stack.length) {
    const element = stack.pop()!;
    element.order = doc.elements.length + 1;
    doc.elements.push(element);
    if (element.depth > doc.maxDepth) doc.maxDepth = element.depth;
    push(element);
  }
}

function hasText(node: Node): boolean {
  return node.kind === 'text' ? /\S/.test(node.value) : !node.hidden && /\S/.test(rawText(node, Infinity, true));
}

/**
 * The text of the element's text nodes, unrendered (the parser decoded entities), up to `limit`
 * characters; with `any`, only until a character that is not whitespace shows it has text.
 */
function rawText(element: Element, limit = Infinity, any = false, spaced = false): string {
  let out = '';
  // With `spaced`, a space after each element: a row's cells ("Name" | "Posted: date" | "#1") are words apart.
  const stack: (Node | null)[] = [element];
  while (stack.length && out.length < limit) {
    const node = stack.pop()!;
    if (node === null) out += ' ';
    else if (node.kind === 'text') {
      out += node.value;
      if (any && /\S/.test(node.value)) break;
    } else if (!node.hidden) {
      if (spaced) stack.push(null);
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return out;
}
