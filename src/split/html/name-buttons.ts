/**
 * A commenter's name drawn as a button that opens their profile card (Coral, Viafoura and other
 * script-built comment systems): buttons are left out of the text, and with hashed or unknown
 * class names (dom.ts reads `username` classes) the name was lost, and with it the comment's
 * author and often the comment. The markup still says the button is a person: its label offers
 * their profile ("View profile of Mia Tanaka"), it opens a user card (`aria-controls="user-…"`),
 * or a control beside it names its text as the writer ("Reply to comment by EastgateMom").
 */
import { lowerBound } from '../../text/view.js';
import { isHiddenByAttribute, revealSubtrees, textNodes, type Element, type ParsedDocument } from './dom.js';

/** A name is short: a handle or a name of a few words, with a letter. */
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 4;
/** A label offering a person's profile or card. */
const PROFILE_LABEL = /\b(?:profile|user|member|author|commenter)\b/i;
/** A popup a button opens that is a person's card. */
const PERSON_CONTROLS = /(?:^|[-_\s])(?:user|profile|member|author)(?:$|[-_\s])/i;
/** How far up the button the controls naming it as the writer are looked for: the comment's header and its action bar. */
const CONTROL_REACH = 5;

/** Shows the buttons that show a commenter's name. Returns how many it revealed. */
export function revealNameButtons(doc: ParsedDocument): number {
  const candidates = doc.elements.filter((element) => element.tag === 'button' && element.hidden && !element.parent?.hidden && !isHiddenByAttribute(element.attrs));
  if (candidates.length === 0) return 0;
  // The lines naming a writer are read once for the page, not once per button.
  let lines: WriterLines | undefined;
  const names = new Set<Element>();
  for (const button of candidates) {
    const name = shownName(button);
    if (name && namesAPerson(button, name, () => (lines ??= writerLines(doc.elements)))) names.add(button);
  }
  return names.size ? revealSubtrees(doc, (element) => names.has(element)) : 0;
}

/** The button's own words when they read as a name, else null. */
function shownName(button: Element): string | null {
  let value = '';
  for (const node of textNodes(button)) value += node.value;
  const name = value.replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > MAX_NAME_CHARS || !/\p{L}/u.test(name) || name.split(' ').length > MAX_NAME_WORDS) return null;
  return name;
}

function namesAPerson(button: Element, name: string, lines: () => WriterLines): boolean {
  const label = button.attrs['aria-label'] ?? button.attrs.title ?? '';
  // "View profile of Mia Tanaka": the label says more than the name, and says whose.
  if (label.length > name.length && label.includes(name) && PROFILE_LABEL.test(label) && !leadsAsAction(label, name)) return true;
  if (PERSON_CONTROLS.test(button.attrs['aria-controls'] ?? '')) return true;
  return namedAsWriter(button, name, lines());
}

/**
 * The button's word opens its label as a verb on the person ("Follow user", "Block this member"),
 * not as whose profile it is ("Mia Tanaka's profile").
 */
function leadsAsAction(label: string, name: string): boolean {
  return label.startsWith(name) && !/^['’]s(?![\p{L}\p{N}_])/u.test(label.slice(name.length));
}

/**
 * A line naming a post's writer: "Reply to comment by X", "Report comment by X", a screen-reader
 * heading "Comment from X, 5 hours ago", "Posted by X". A bare "by"/"from" names no writer
 * ("Sort by Newest", "Photo from Reuters").
 */
const WRITER_LINE = /(?<![\p{L}\p{N}_])(?:comment|post|reply|message|review|answer|posted|written|sent)\s+(?:by|from)\s+/giu;
/** A label is a line, not a paragraph that happens to say "by X". */
const MAX_LABEL_CHARS = 80;
const NAME_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every name a writer line may give (each way of ending it at a word's end, up to a name's length),
 * with the document-order positions of the elements saying it, ascending; and where each element's subtree ends.
 */
interface WriterLines {
  holders: Map<string, number[]>;
  subtreeEnd: number[];
}

function writerLines(elements: Element[]): WriterLines {
  const holders = new Map<string, number[]>();
  const add = (holder: Element, line: string) => {
    for (const match of line.matchAll(WRITER_LINE)) {
      const from = match.index + match[0].length;
      for (let end = from + 2; end <= Math.min(line.length, from + MAX_NAME_CHARS); end++) {
        if ((end < line.length && NAME_CHAR.test(line[end]!)) || /\s/.test(line[end - 1]!)) continue;
        const name = line.slice(from, end);
        const orders = holders.get(name);
        if (!orders) holders.set(name, [holder.order]);
        else if (orders[orders.length - 1] !== holder.order) orders.push(holder.order);
      }
    }
  };
  for (const element of elements) {
    const label = element.attrs['aria-label'];
    if (label) add(element, label);
    for (const child of element.children) if (child.kind === 'text' && child.value.length <= MAX_LABEL_CHARS) add(element, child.value);
  }
  // Document order is pre-order: a subtree ends where its last child's subtree ends.
  const subtreeEnd: number[] = [];
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    let end = element.order;
    for (let c = element.children.length - 1; c >= 0; c--) {
      const child = element.children[c]!;
      if (child.kind === 'element') {
        end = subtreeEnd[child.order] ?? child.order;
        break;
      }
    }
    subtreeEnd[element.order] = end;
  }
  return { holders, subtreeEnd };
}

/**
 * A control or a label near the button naming its text as the writer: "Reply to comment by X",
 * "Report comment by X", a screen-reader heading "Comment from X, 5 hours ago". Near is within the
 * element a few levels up (the comment's header and its action bar), outside the button itself.
 */
function namedAsWriter(button: Element, name: string, lines: WriterLines): boolean {
  const orders = lines.holders.get(name);
  if (!orders) return false;
  let top = button;
  for (let depth = 0; depth < CONTROL_REACH && top.parent; depth++) top = top.parent;
  // The document's root is no element of the list: its subtree is the whole page.
  const topEnd = top.parent === null ? Infinity : (lines.subtreeEnd[top.order] ?? top.order);
  const buttonEnd = lines.subtreeEnd[button.order] ?? button.order;
  let at = lowerBound(orders, (order) => order >= top.order);
  if (at < orders.length && orders[at]! >= button.order && orders[at]! <= buttonEnd) at = lowerBound(orders, (order) => order > buttonEnd);
  return at < orders.length && orders[at]! <= topEnd;
}

