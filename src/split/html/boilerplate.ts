/**
 * Boilerplate read from the markup (navigation, headers, footers, asides, share and related
 * widgets, cookie and newsletter boxes, contents boxes) and from a few short lines alone in their
 * element (ad labels). Outermost matches only, so nothing is listed twice.
 */
import type { Boilerplate, BoilerplateKind } from '../../schema/index.js';
import { descendants, type Element } from './dom.js';
import type { PageFacts } from './facts.js';
import { BOX_WORD, CONTROL_LINK_CHARS, PROMPT_BOX_WORD, isDisclosureLink } from './vocabulary.js';

/**
 * @param keep elements that must not be boilerplate even if their markup says so (the title,
 *   the article containers): a `<header>` that holds the headline is part of the article.
 */
export function findBoilerplate(elements: Element[], text: string, keep: Element[], facts: PageFacts): { items: Boilerplate[]; elements: Element[] } {
  const items: Boilerplate[] = [];
  const found: Element[] = [];
  const taken = new Set<Element>();
  const keepSet = new Set(keep);
  // Ancestors of kept elements may not be boilerplate; descendants of kept ones only by class.
  const holdsKept = new Set<Element>();
  for (const kept of keep) for (let current: Element | null = kept; current; current = current.parent) holdsKept.add(current);
  const insideKept = new Set<Element>();
  // A block holding most of the page is the page, whatever its class says (ASP.NET wraps all in a form).
  const tooBig = Math.max(2000, text.length * 0.5);
  const signUpBoxes = signUpBoxesOf(elements, text);
  const contentsBoxes = contentsBoxesOf(elements, text, facts);
  const toggled = toggledIds(elements);
  for (const element of elements) {
    if (element.parent && (keepSet.has(element.parent) || insideKept.has(element.parent))) insideKept.add(element);
    if (element.hidden || element.end <= element.start) continue;
    if (element.parent && taken.has(element.parent)) {
      taken.add(element);
      continue;
    }
    const match = facts.boilerplateKind(element) ?? controlKind(element) ?? (signUpBoxes.has(element) ? SIGN_UP : null) ?? (contentsBoxes.has(element) ? CONTENTS : null) ?? adLabelKind(element, text) ?? contentsLabelKind(element, text);
    if (!match || holdsKept.has(element) || (insideKept.has(element) && isStructural(element))) continue;
    if (match[1] === 'tag-form' && postsNowhere(element) && !hasField(element) && wrapsProse(element, facts)) continue;
    if (match[1] === 'tag-nav' && isAnswerPanel(element, facts, toggled)) continue;
    // Consent dialogs are prose too, about cookies, and may outweigh the page: their names are trusted.
    const trusted = PROSE_BOILERPLATE.has(match[1]) && element.tag !== 'body' && element.tag !== 'html';
    const pageFooter = !trusted && (element.end - element.start > tooBig || match[1].startsWith('class-')) && isPageFooter(element);
    if (element.end - element.start > tooBig && !trusted && !pageFooter) continue;
    // A class like "widget blog" (Blogger) can wrap the post itself: long prose is never boilerplate.
    if (match[1].startsWith('class-') && !trusted && !pageFooter && isProse(element, facts)) continue;
    if (match[1] === 'class-box-word' && isPromptBoxOnly(element) && holdsProseParagraph(element, facts)) continue;
    taken.add(element);
    found.push(element);
    items.push({ text: text.slice(element.start, element.end), start: element.start, end: element.end, kind: match[0], rule: match[1] });
  }
  return { items, elements: found };
}

/**
 * A link styled as a button ("Add to cart", "Book a demo", "Sign up now"): a control on the page,
 * not something its author wrote (`<button>` elements render no text here at all). A disclosure
 * link (a FAQ question that opens its answer) says `aria-expanded` and is content; a long link is
 * prose, whatever its class.
 */
const BUTTON_CLASS = /(?:^|[-_])(?:button|btn|cta)(?:$|[-_])/;

function controlKind(element: Element): [BoilerplateKind, string] | null {
  if (element.tag !== 'a' || element.end - element.start > CONTROL_LINK_CHARS || isDisclosureLink(element)) return null;
  return element.tokens.some((token) => BUTTON_CLASS.test(token)) ? ['widget', 'class-button-link'] : null;
}

/**
 * A table of contents ("Table of Contents", "On this page", "Jump to:"): a box of links that
 * nearly all jump to places on the page itself (`#section`). Its links name the headings the
 * article already shows, and the box's label is no part of the article either (on WCXB tune
 * pages the gold leaves the label out on 32 of 39 pages whose body kept one). The outermost such
 * box, so its label goes with it; a box of mostly prose (footnotes with back links) is no contents.
 */
const CONTENTS: [BoilerplateKind, string] = ['navigation', 'table-of-contents'];
const CONTENTS_MIN_LINKS = 3;
/** Share of its links that jump within the page, and of its text inside links. */
const CONTENTS_JUMPS = 0.8;
const CONTENTS_LINK_TEXT = 0.7;
/** Text outside its links a box may show whatever its size: its label ("Table of Contents [hide]"). */
const CONTENTS_LABEL_CHARS = 40;
/** A run of text outside links this long is a sentence, no label or entry number. */
const CONTENTS_PROSE_CHARS = 80;
const HAS_LETTER = /\p{L}/u;
const NEVER_CONTENTS = new Set(['html', 'body', 'main', 'article', '#root']);

function contentsBoxesOf(elements: Element[], text: string, facts: PageFacts): Set<Element> {
  const boxes = new Set<Element>();
  // Indexed by document order, as PageFacts sizes its arrays.
  const size = elements.length + 1;
  const jumps = new Uint32Array(size);
  const links = new Uint32Array(size);
  let anyJump = false;
  const hiddenIds = new Set<string>();
  for (const element of elements) if (element.hidden && element.attrs.id) hiddenIds.add(element.attrs.id);
  for (const element of elements) {
    // Hidden links count: a collapsed contents box shows its label alone.
    if (element.tag !== 'a' || element.attrs.href === undefined) continue;
    links[element.order] = 1;
    if (isJump(element.attrs.href) && !opensDisclosure(element, hiddenIds) && namesSection(element, text)) {
      jumps[element.order] = 1;
      anyJump = true;
    }
  }
  if (!anyJump) return boxes;
  // A sentence of prose outside the links (an intro paragraph beside the list) is the article's.
  const prose = new Uint8Array(size);
  const inLink = new Uint8Array(size);
  for (const element of elements) {
    if (element.tag === 'a' || (element.parent && inLink[element.parent.order])) inLink[element.order] = 1;
    else if (element.children.some((child) => child.kind === 'text' && child.end - child.start > CONTENTS_PROSE_CHARS && text.slice(child.start, child.end).trim().length > CONTENTS_PROSE_CHARS)) prose[element.order] = 1;
  }
  // Reverse document order: children are summed before their parent.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (!element.parent) continue;
    jumps[element.parent.order]! += jumps[element.order]!;
    links[element.parent.order]! += links[element.order]!;
    prose[element.parent.order]! |= prose[element.order]!;
  }
  // Pre-order: the outermost box is met first, and what is inside it is not asked.
  const inside = new Uint8Array(size);
  for (const element of elements) {
    if (element.parent && (inside[element.parent.order] || boxes.has(element.parent))) inside[element.order] = 1;
    if (inside[element.order] || NEVER_CONTENTS.has(element.tag) || element.tag === 'a') continue;
    const count = jumps[element.order]!;
    if (count < CONTENTS_MIN_LINKS || count < CONTENTS_JUMPS * links[element.order]! || prose[element.order]) continue;
    const length = element.end - element.start;
    if (length > 0 && length - facts.linkChars(element) <= Math.max(CONTENTS_LABEL_CHARS, (1 - CONTENTS_LINK_TEXT) * length)) boxes.add(element);
  }
  return boxes;
}

/**
 * A contents box's label alone in its element ("Table of Contents", "On this page [hide]"): its
 * links were taken as a contents box or a link list, or a script fills them in, and the label
 * names no part of the article (on WCXB tune pages the gold leaves it out on 11 of 13 pages whose
 * output kept one).
 */
const CONTENTS_LABEL = /^(?:table of contents|on this page|in this article)\s*(?:\[?\s*(?:hide|show|toggle)\s*\]?)?\s*:?$/i;

function contentsLabelKind(element: Element, text: string): [BoilerplateKind, string] | null {
  if (element.end - element.start > CONTENTS_LABEL_CHARS) return null;
  return CONTENTS_LABEL.test(text.slice(element.start, element.end).trim()) ? CONTENTS_LABEL_RULE : null;
}
const CONTENTS_LABEL_RULE: [BoilerplateKind, string] = ['navigation', 'table-of-contents-label'];

/**
 * A contents entry names a section as a heading does: one line of words. Line numbers beside code
 * ("12"), reference back-links ("a", "b"), review counts ("487") and whole cards that jump to a
 * carousel slot are no entries. A collapsed box's hidden entries show nothing to read and count.
 */
const ENTRY_CHARS = { min: 8, max: 150 };

function namesSection(link: Element, text: string): boolean {
  if (link.end <= link.start) return link.hidden;
  const value = text.slice(link.start, link.end).trim();
  return value.length >= ENTRY_CHARS.min && value.length <= ENTRY_CHARS.max && !value.includes('\n') && HAS_LETTER.test(value);
}

/**
 * A FAQ question links to its own answer and opens it: the link says so (`aria-expanded`,
 * `aria-controls`) or its target is hidden until then. A contents entry jumps to a heading the
 * reader already sees.
 */
function opensDisclosure(link: Element, hiddenIds: Set<string>): boolean {
  if (isDisclosureLink(link)) return true;
  return hiddenIds.has(link.attrs.href!.trim().slice(1));
}

/** A link to a place on the same page: `#section`, not a bare `#` (a script's button). */
function isJump(href: string): boolean {
  const value = href.trim();
  return value.length > 1 && value.startsWith('#') && !value.startsWith('#!') && !value.startsWith('#/');
}

/**
 * The label a page prints over an ad slot or a paid card ("Advertisement", "Sponsored", "Article
 * continues below"), alone in its element: the slot's script fills the rest, the label is all a
 * reader without it sees. On WCXB tune pages 39 of 40 such lines are outside the gold's content.
 */
const AD_LABEL = /^(?:advertisements?|sponsored|(?:story|article|content) continues below(?: advertisement)?|continue reading below|(?:advertisement\W*)?scroll to continue(?: with content)?)\W*$/i;
const AD_LABEL_CHARS = 60;

function adLabelKind(element: Element, text: string): [BoilerplateKind, string] | null {
  if (element.end - element.start > AD_LABEL_CHARS) return null;
  return AD_LABEL.test(text.slice(element.start, element.end).trim()) ? ['advertisement', 'ad-label'] : null;
}

/**
 * A sign-up box set into an article ("Get the Ledger in your inbox", an email field, "Sign up"),
 * whatever its classes: the outermost short block around a form that asks for an email address
 * and holds no text area (a comment form asks for an email too, beside its text area).
 */
const SIGN_UP: [BoilerplateKind, string] = ['widget', 'sign-up-form'];
const SIGN_UP_BOX_CHARS = 400;
const FIELD_DEPTH = 12;
const SIGN_UP_HEADING = /^h[2-5]$/;

function signUpBoxesOf(elements: Element[], text: string): Set<Element> {
  const forms = new Set<Element>();
  const withTextArea = new Set<Element>();
  for (const element of elements) {
    const isEmail = element.tag === 'input' && element.attrs.type?.toLowerCase() === 'email';
    if (!isEmail && element.tag !== 'textarea') continue;
    let form: Element | null = element.parent;
    // A field sits a few levels inside its form; the bound keeps deeply nested fields linear.
    for (let up = 0; form && form.tag !== 'form' && up < FIELD_DEPTH; up++) form = form.parent;
    if (form?.tag !== 'form') continue;
    (isEmail ? forms : withTextArea).add(form);
  }
  const boxes = new Set<Element>();
  for (const form of forms) {
    if (withTextArea.has(form)) continue;
    boxes.add(headedBoxOf(form, text));
  }
  return boxes;
}

/** Words of subscribing: a box that says them offers a letter, whatever else its form asks. */
const SUBSCRIBING = /\b(?:newsletters?|subscri(?:be|bed|bers?|ption|bing)|sign(?:ing)?[\s-]*up|inbox(?:es)?|updates|mailing\s+list|digest|unsubscribe)\b/i;
/** Inputs a bare sign-up form holds beside its email field (a consent box among them). */
const BARE_INPUT = new Set(['email', 'hidden', 'submit', 'button', 'image', 'checkbox']);

/**
 * The short block around the form that heads it ("Get our letter"); the form alone when none does, so a card the form sits in stays.
 * The heading goes with the form only when the box speaks of subscribing or the form asks for nothing but an email address:
 * a contact box ("Write to the council", an email field and a choice of office) keeps its heading and words.
 */
function headedBoxOf(form: Element, text: string): Element {
  for (let box: Element | null = form.parent, up = 0; box && box.tag !== 'body' && box.end - box.start <= SIGN_UP_BOX_CHARS && up < FIELD_DEPTH; box = box.parent, up++) {
    if (!box.children.some((child) => child.kind === 'element' && SIGN_UP_HEADING.test(child.tag))) continue;
    return SUBSCRIBING.test(text.slice(box.start, box.end)) || asksOnlyEmail(form) ? box : form;
  }
  return form;
}

/** Whether a form's fields are an email address and a submit, nothing else (no choice, no name, no text). */
function asksOnlyEmail(form: Element): boolean {
  const stack: Element[] = [form];
  for (let seen = 0; stack.length && seen < 400; seen++) {
    const element = stack.pop()!;
    if (element.tag === 'select' || element.tag === 'textarea') return false;
    if (element.tag === 'input' && !BARE_INPUT.has((element.attrs.type ?? 'text').toLowerCase())) return false;
    for (const child of element.children) if (child.kind === 'element') stack.push(child);
  }
  return stack.length === 0;
}

/**
 * Whether a form has any control: a text area, a choice, a button, an input that is not hidden
 * (an add-to-cart button counts). A form of hidden inputs around prose only wraps what it shows
 * (old Reddit's `form.usertext` around a post's text, for the edit it allows its author): that is
 * no widget. Around a grid of linked cards (a "compare" form over a product list) it stays one.
 */
function hasField(form: Element): boolean {
  const stack: Element[] = [form];
  for (let seen = 0; stack.length && seen < 2000; seen++) {
    const element = stack.pop()!;
    if (element.tag === 'textarea' || element.tag === 'select' || element.tag === 'button') return true;
    if (element.tag === 'input' && (element.attrs.type ?? 'text').toLowerCase() !== 'hidden') return true;
    for (const child of element.children) if (child.kind === 'element') stack.push(child);
  }
  // A form too big to walk is taken as one that asks.
  return stack.length > 0;
}

/**
 * A form that posts nowhere (no action, an empty one, or `#`, as old Reddit's `form.usertext`) is
 * a wrapper its script uses. One that posts somewhere (a subscribe, comment or search endpoint) is
 * a widget whose visible controls a script mounts, whatever prose it shows.
 */
function postsNowhere(form: Element): boolean {
  const action = form.attrs.action?.trim();
  return action === undefined || action === '' || action === '#';
}

/** Link share under which a control-less form's text is prose (a post), not a grid of linked cards. */
const WRAPPED_PROSE_LINKS = 0.25;

function wrapsProse(form: Element, facts: PageFacts): boolean {
  return facts.linkChars(form) < WRAPPED_PROSE_LINKS * Math.max(1, form.end - form.start);
}

/**
 * A `<nav>` a toggle opens and labels that holds a paragraph of prose and few links: a page
 * builder's dropdown used as a FAQ answer (Webflow's `nav.w-dropdown-list` under each question),
 * content and no menu. The toggle names the nav in `aria-controls` (as `revealCollapsedPanels`
 * reads a panel); a nav a heading labels ("About us" over a footer's links) is still navigation.
 */
function isAnswerPanel(nav: Element, facts: PageFacts, toggled: Set<string>): boolean {
  return 'aria-labelledby' in nav.attrs && !!nav.attrs.id && toggled.has(nav.attrs.id) && holdsProseParagraph(nav, facts) && wrapsProse(nav, facts);
}

/** The ids that controls name in `aria-controls`: the panels a toggle opens. */
function toggledIds(elements: Element[]): Set<string> {
  const ids = new Set<string>();
  for (const element of elements) for (const id of (element.attrs['aria-controls'] ?? '').split(/\s+/)) if (id) ids.add(id);
  return ids;
}

/** Rules whose boxes are boilerplate however much prose they hold, and however large. */
const PROSE_BOILERPLATE = new Set(['class-consent', 'role-dialog']);

/** Long text mostly outside links: an article or a post, whatever its class says. */
export function isProse(element: Element, facts: PageFacts): boolean {
  const length = element.end - element.start;
  if (length < 500) return false;
  // Link text inside it, not counting the element itself when it is a link.
  const linkChars = facts.linkChars(element) - (element.tag === 'a' && !element.hidden ? length : 0);
  return linkChars / length < 0.25;
}

/** Characters outside links that make a paragraph prose rather than a prompt ("Already a subscriber? Log in"). */
const PROSE_PARAGRAPH = 80;

/** Whether only a prompt's class word (paywall, feedback, likes) names the box, no other box word. */
function isPromptBoxOnly(element: Element): boolean {
  return element.tokens.some((token) => PROMPT_BOX_WORD.test(token)) && !element.tokens.some((token) => BOX_WORD.test(token));
}

/** A paragraph of prose in the box: the article's text, which a prompt or a likes row never holds. */
function holdsProseParagraph(element: Element, facts: PageFacts): boolean {
  for (const inner of [element, ...descendants(element)]) {
    if (inner.hidden || (inner.tag !== 'p' && inner.tag !== 'blockquote')) continue;
    if (inner.end - inner.start - facts.linkChars(inner) >= PROSE_PARAGRAPH) return true;
  }
  return false;
}

/** Elements whose presence in a footer says it holds the page itself (markup left unclosed above it). */
const PAGE_PARTS = new Set(['main', 'article', 'h1']);

/**
 * The page's own footer (`<footer>` or `contentinfo` outside any article or main area) is the
 * site's however much text it holds: a local business lists every city and zip code it serves
 * there, more words than the page's content. One holding a main area, an article or the headline
 * is the page, wrapped in a footer by unclosed markup, and the size and prose guards keep it.
 */
function isPageFooter(element: Element): boolean {
  if (element.tag !== 'footer' && element.attrs.role !== 'contentinfo') return false;
  for (let current = element.parent; current; current = current.parent) if (current.tag === 'main' || current.tag === 'article' || current.attrs.role === 'main') return false;
  for (const inner of descendants(element)) if (PAGE_PARTS.has(inner.tag) || inner.attrs.role === 'main') return false;
  return true;
}

/** Tags that only mean boilerplate at page level; inside an article a <header> is its heading. */
function isStructural(element: Element): boolean {
  return element.tag === 'header' || element.tag === 'form';
}
