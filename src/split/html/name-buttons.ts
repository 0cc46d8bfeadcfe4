/**
 * A commenter's name drawn as a button that opens their profile card (Coral, Viafoura and other
 * script-built comment systems): buttons are left out of the text, and with hashed or unknown
 * class names (dom.ts reads `username` classes) the name was lost, and with it the comment's
 * author and often the comment. The markup still says the button is a person: its label offers
 * their profile ("View profile of Mia Tanaka"), it opens a user card (`aria-controls="user-…"`),
 * or a control beside it names its text as the writer ("Reply to comment by EastgateMom").
 */
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
  const names = new Set<Element>();
  for (const button of candidates) {
    const name = shownName(button);
    if (name && namesAPerson(button, name)) names.add(button);
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

function namesAPerson(button: Element, name: string): boolean {
  const label = button.attrs['aria-label'] ?? button.attrs.title ?? '';
  // "View profile of Mia Tanaka": the label says more than the name, and says whose.
  if (label.length > name.length && label.includes(name) && PROFILE_LABEL.test(label)) return true;
  if (PERSON_CONTROLS.test(button.attrs['aria-controls'] ?? '')) return true;
  return namedAsWriter(button, name);
}

/**
 * A control or a label near the button naming its text as the writer: "Reply to comment by X",
 * "Report comment by X", a screen-reader heading "Comment from X, 5 hours ago".
 */
function namedAsWriter(button: Element, name: string): boolean {
  const byName = new RegExp(`\\b(?:by|from)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'iu');
  let top = button;
  for (let depth = 0; depth < CONTROL_REACH && top.parent; depth++) top = top.parent;
  const stack: Element[] = [top];
  while (stack.length) {
    const element = stack.pop()!;
    if (element === button) continue;
    if (byName.test(element.attrs['aria-label'] ?? '')) return true;
    for (const child of element.children) {
      if (child.kind === 'element') stack.push(child);
      else if (child.value.length <= MAX_LABEL_CHARS && byName.test(child.value)) return true;
    }
  }
  return false;
}

/** A label is a line, not a paragraph that happens to say "by X". */
const MAX_LABEL_CHARS = 80;
