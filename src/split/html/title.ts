/**
 * The headline: the visible heading that best matches the page's declared title (og:title or
 * <title>), so a sidebar heading never wins; the first <h1> when nothing matches; and when the
 * headline is not rendered at all, the declared title itself, to be put in front of the text.
 */
import type { Segment } from '../../schema/index.js';
import type { Element, ParsedDocument } from './dom.js';
import { shiftRanges } from './render.js';
import { isScreenReaderOnly } from './vocabulary.js';

export type TitleChoice = { element: Element } | { declared: string } | null;

const HEADING = new Set(['h1', 'h2', 'h3']);
/** The score at which a heading shows the declared title. */
const MATCH = 0.5;
const TITLE_CLASS = /^(?:entry-title|post-title|posttitle|article-title|headline|story-title|page-title|title|storytitle|post-heading|entry_title|post_title|article-headline)$/;

export function chooseTitle(doc: ParsedDocument, text: string): TitleChoice {
  const declared = declaredTitles(doc);
  const words = new Set(declared.flatMap(tokens));
  let best: Element | null = null;
  let bestScore = 0;
  let bestH1: Element | null = null;
  let bestH1Score = 0;
  let firstH1: Element | null = null;
  for (const element of doc.elements) {
    if (element.hidden || element.end <= element.start) continue;
    const isHeading = HEADING.has(element.tag) || element.tokens.some((t) => TITLE_CLASS.test(t));
    // A heading only a screen reader reads (an `sr-only` <h1> naming the site's home) is none the page shows.
    if (!isHeading || element.end - element.start > 300 || isSiteLogo(element) || linksHome(element) || isScreenReaderOnly(element)) continue;
    if (!firstH1 && element.tag === 'h1') firstH1 = element;
    const headingWords = tokens(text.slice(element.start, element.end));
    if (headingWords.length === 0 || words.size === 0) continue;
    const shared = headingWords.filter((w) => words.has(w)).length;
    // Share of the heading found in the declared title, favouring longer, higher-level headings,
    // and those that show more of it: a blog's name in an <h1> above the post's own <h3> title.
    const score = (shared / headingWords.length) * Math.min(1, shared / 3) + (element.tag === 'h1' ? 0.05 : 0) + 0.2 * (shared / words.size);
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
    // Only an <h1> that shows most of the declared title: a site name in an <h1> shows a little.
    if (element.tag === 'h1' && score > bestH1Score && shared >= 0.5 * words.size) {
      bestH1 = element;
      bestH1Score = score;
    }
  }
  // The page's <h1> that matches its declared title is the headline, even when a section heading
  // below it ("FAQs about X") shares a larger part of its fewer words with that title; a heading
  // that shows part of that <h1> (its link, without the vote count beside it) is the closer fit.
  if (bestH1 && bestH1Score >= MATCH && !(best && showsPartOf(best, bestH1, text))) return { element: bestH1 };
  if (best && bestScore >= MATCH) return { element: inner(best) };
  // No heading shows the declared title, but a line of the page shows it whole (a forum's topic
  // subject in a table cell, whatever its class): that line is the headline, where an <h1> that
  // shows none of it names the site: a link to the site above the topic's line. An <h1> below
  // the line, or one that links nowhere, is the page's own headline under a <title> that puts
  // the site's name first ("Site Name - Headline"), the line showing it the masthead or footer.
  const shown = showsDeclared(doc, text, declared);
  if (shown && (!firstH1 || (firstH1.start < shown.start && soleLink(firstH1)))) return { element: shown };
  if (firstH1) return { element: firstH1 };
  // No heading shows the declared title, which a social post's page makes of its poster and first
  // words ("Name: \"Our town library…\""): the name the entry's microformats give it is its title.
  const named = entryName(doc);
  if (named) return { element: named };
  const fallback = shownWhole(doc, text) ?? declared[0];
  return fallback ? { declared: fallback } : null;
}

/** The most characters an entry's name may have to be its title. */
const ENTRY_NAME_CHARS = 200;

/**
 * The title microformats give a post: the `p-name` of an `h-entry` (the first, outside any `h-card`,
 * whose `p-name` is a person's), shown as a heading or holding one.
 */
function entryName(doc: ParsedDocument): Element | null {
  for (const element of doc.elements) {
    if (element.hidden || element.end <= element.start || element.end - element.start > ENTRY_NAME_CHARS || !element.tokens.includes('p-name')) continue;
    if (!HEADING_TAG.test(element.tag) && ![...element.children].some((child) => child.kind === 'element' && HEADING_TAG.test(child.tag))) continue;
    for (let current = element.parent; current; current = current.parent) {
      if (current.tokens.includes('h-card')) break;
      if (current.tokens.includes('h-entry')) return inner(element, HEADING_TAG);
    }
  }
  return null;
}
const HEADING_TAG = /^h[1-6]$/;

/** The most characters a line showing the declared title may have. */
const SHOWN_TITLE_CHARS = 200;

/**
 * The first visible element whose whole text is the front of the <title> and holds a declared
 * title ("Woody lavender - prune or replace? · Board" is cut at its dash, and the cell shows
 * both halves), neither inside a link nor mostly one (a breadcrumb's last link and a "next topic"
 * link show titles too).
 */
function showsDeclared(doc: ParsedDocument, text: string, declared: string[]): Element | null {
  const wanted = declared.map((title) => tokens(title).join(' ')).filter((words) => words.split(' ').length >= 3);
  if (wanted.length === 0) return null;
  const whole = ` ${tokens(titleText(doc)).join(' ')} `;
  // The front of the <title>: a site's name and its tagline come last ("Post | Blog — tagline").
  const fits = (words: string) => words.split(' ').length >= 3 && whole.startsWith(` ${words} `) && wanted.some((title) => ` ${words} `.includes(` ${title} `));
  for (const element of doc.elements) {
    if (element.hidden || element.end <= element.start || element.end - element.start > SHOWN_TITLE_CHARS || element.tag === 'title') continue;
    if (!fits(tokens(text.slice(element.start, element.end)).join(' ')) || insideLink(element)) continue;
    return inner(element);
  }
  return null;
}

/** The <title>'s text, as written. */
function titleText(doc: ParsedDocument): string {
  const title = doc.elements.find((element) => element.tag === 'title' && !inForeignContent(element));
  let value = '';
  for (const child of title?.children ?? []) if (child.kind === 'text') value += child.value;
  return value;
}

/** Inside a link, or mostly one link: a breadcrumb's "> Topic" item. */
function insideLink(element: Element): boolean {
  for (let current: Element | null = element; current; current = current.parent) if (current.tag === 'a') return true;
  const length = element.end - element.start;
  return element.children.some((child) => child.kind === 'element' && child.tag === 'a' && child.end - child.start >= 0.5 * length);
}

/**
 * The whole <title>, when no og:title is declared and the page shows the whole of it in its text (a
 * forum's breadcrumb and post subject "Peco code 75 points - live or insulated frog"): its parts
 * are then the title's own words, not a title and a site name.
 */
function shownWhole(doc: ParsedDocument, text: string): string | null {
  if (doc.elements.some((element) => element.tag === 'meta' && /^og:title$/i.test(element.attrs.property ?? element.attrs.name ?? ''))) return null;
  const title = doc.elements.find((element) => element.tag === 'title' && !inForeignContent(element));
  if (!title) return null;
  let value = '';
  for (const child of title.children) if (child.kind === 'text') value += child.value;
  value = value.replace(/\s+/g, ' ').trim();
  return value && withoutSiteName(value) !== value && text.replace(/\s+/g, ' ').includes(value) ? value : null;
}

/** A heading holding the site's logo or name (DokuWiki's and many themes' `h1.logo`): the site's, never the page's. */
const LOGO = /^(?:logo|site-?logo|site-?title|site-?name|site-?branding|brand|navbar-brand)$/;

function isSiteLogo(element: Element): boolean {
  for (let current: Element | null = element, depth = 0; current && depth < 3; current = current.parent, depth++) {
    if (current.tokens.some((t) => LOGO.test(t))) return true;
  }
  return false;
}

/**
 * A heading that is all one link to the site's or the book's front page (`<h1><a href="/">Site</a></h1>`,
 * a docs set's `../index.html`) names the site above every page, never the page; a post's own title
 * links to the post.
 */
const HOME_HREF = /^(?:https?:\/\/[^/?#]+)?(?:\.{0,2}\/)*(?:index\.\w{3,4})?$/i;

function linksHome(heading: Element): boolean {
  const href = soleLink(heading)?.attrs.href?.trim() ?? '';
  return href !== '' && HOME_HREF.test(href);
}

/** The link a heading's whole text is, through wrappers around it, or null. */
function soleLink(heading: Element): Element | null {
  for (let current: Element = heading; ; ) {
    const shown = current.children.filter((child) => child.end > child.start);
    if (shown.length !== 1 || shown[0]!.kind !== 'element' || shown[0]!.start !== heading.start || shown[0]!.end !== heading.end) return null;
    current = shown[0]!;
    if (current.tag === 'a') return current;
  }
}

function showsPartOf(element: Element, h1: Element, text: string): boolean {
  return text.slice(h1.start, h1.end).includes(text.slice(element.start, element.end).trim());
}

/** A title-classed div holding the h1 is the h1. */
function inner(element: Element, headings: { test: (tag: string) => boolean } = { test: (tag) => HEADING.has(tag) }): Element {
  for (const child of element.children) {
    if (child.kind === 'element' && headings.test(child.tag) && child.start === element.start && child.end === element.end) return child;
  }
  return element;
}

/** og:title, then <title> with its site-name part dropped. */
function declaredTitles(doc: ParsedDocument): string[] {
  const out: string[] = [];
  for (const element of doc.elements) {
    if (element.tag === 'meta' && /^(?:og:title|twitter:title)$/i.test(element.attrs.property ?? element.attrs.name ?? '')) {
      const content = element.attrs.content?.trim();
      if (content) out.push(content);
    }
  }
  // An <svg> or <math> <title> is an icon's tooltip ("Facebook"), not the page's.
  const title = doc.elements.find((element) => element.tag === 'title' && !inForeignContent(element));
  if (title) {
    let value = '';
    for (const child of title.children) if (child.kind === 'text') value += child.value;
    value = value.replace(/\s+/g, ' ').trim();
    if (value) out.push(withoutSiteName(value));
  }
  return out;
}

function inForeignContent(element: Element): boolean {
  for (let current = element.parent; current; current = current.parent) if (current.tag === 'svg' || current.tag === 'math') return true;
  return false;
}

function withoutSiteName(title: string): string {
  // "page [Site Name]": a wiki's site name in brackets after the page's. Found by index, not a
  // regex: a lazy group before "\s+\[" backtracks quadratically over a title full of " [".
  const bracketed = siteNameInBrackets(title);
  if (bracketed) return bracketed;
  const parts = title.split(/\s+[|–—»«›‹·:]+\s+|\s+-\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * "Page [Site]" → "Page": what /^(.+?)\s+\[[^\]]+\]$/ would take, in one pass. The bracketed part
 * is the one from the first " [" after the last inner "]" to the closing "]".
 */
function siteNameInBrackets(title: string): string | null {
  const close = title.length - 1;
  if (title[close] !== ']') return null;
  for (let open = title.indexOf('[', Math.max(1, title.lastIndexOf(']', close - 1) + 1)); open > 0 && open < close - 1; open = title.indexOf('[', open + 1)) {
    if (!/\s/.test(title[open - 1]!)) continue;
    const page = title.slice(0, open).trimEnd();
    if (page) return page;
  }
  return null;
}

function tokens(value: string): string[] {
  return value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface PlacedTitle {
  /** The page text, with the declared title put in front when no heading shows it. */
  text: string;
  title: Segment | null;
  /** The heading element the title is, when it is one. */
  element: Element | null;
  /** Labels the heading holds beside the title's words ("#412", "[Help]"): neither title nor body. */
  labels: Segment[];
}

/**
 * The headline as a span of the text. Chosen before anything else reads spans: a declared title
 * that no heading shows is put in front of the text, and every recorded range moves with it.
 */
export function placeTitle(doc: ParsedDocument, text: string): PlacedTitle {
  const choice = chooseTitle(doc, text);
  if (choice && 'element' in choice) {
    const { element } = choice;
    const { start, end } = declaredPart(element, declaredTitles(doc), text) ?? { start: element.start, end: beforeTrailingBadge(element, text) };
    const labels = [trimmed(element.start, start, text), trimmed(end, element.end, text)].filter((label) => label.end > label.start).map((label) => ({ ...label, text: text.slice(label.start, label.end) }));
    return { text, title: { text: text.slice(start, end), start, end }, element, labels };
  }
  if (!choice) return { text, title: null, element: null, labels: [] };
  const prefix = `${choice.declared}\n\n`;
  shiftRanges(doc, prefix.length);
  return { text: prefix + text, title: { text: choice.declared, start: 0, end: choice.declared.length }, element: null, labels: [] };
}

/**
 * A badge after the headline's words inside its element ("Planned", "Solved", "New"): the thread's state,
 * not its title. A plain `label` or `tag` class is no state: "Release notes <span class=label>v2.0</span>".
 */
const BADGE = /(?:^|[-_])(?:status|badge|pill|flair|state)(?:$|[-_])/;

/** Where the headline's own words end: before a trailing badge child, when one ends the heading. */
function beforeTrailingBadge(heading: Element, text: string): number {
  const last = heading.children.filter((child): child is Element => child.kind === 'element' && child.end > child.start).at(-1);
  if (!last || text.slice(last.end, heading.end).trim() !== '' || !last.tokens.some((t) => BADGE.test(t))) return heading.end;
  const end = text.slice(heading.start, last.start).trimEnd().length + heading.start;
  return end > heading.start ? end : heading.end;
}

const TITLE_PARTS = /\s+[·|–—-]\s+/;
/** Class words of a thread's prefix label: "label", "prefix", "badge", "flair" and their BEM forms. */
const LABEL_CLASS = /(?:^|[-_])(?:label|prefix|badge|flair|pill)(?:$|[-_])/;
/**
 * A thread field's label in the heading's bare words: "Topic:", "Thread:", "Subject:" and their
 * forms in other forum languages. Only a field's name: a headline's own kicker ("Update:",
 * "Review:", "Breaking:") before a colon is the headline's.
 */
const FIELD_LABEL = /^(?:topic|thread|subject|title|question|discussion|re|thema|betreff|sujet|tema|asunto|onderwerp|argomento|discussione|tópico)\s*[:：]$/iu;

/** The most words a heading's child may have to be a label beside the headline: "#412", "[Help]", "(example.com)", "Question". */
const LABEL_WORDS = 3;

/**
 * The headline's own words when its heading also holds labels as child elements before or after
 * them (a thread's number, its category link, a state badge, the source's domain) and a declared
 * title shows the words without the labels: those children share no word with it.
 */
function declaredPart(heading: Element, declared: string[], text: string): { start: number; end: number } | null {
  const parts = heading.children.filter((child) => child.end > child.start && tokens(text.slice(child.start, child.end)).length > 0);
  // A wrapper holding all the heading's words (<h2><span class=story-title>…</span></h2>) is looked into.
  if (parts.length === 1 && parts[0]!.kind === 'element') return declaredPart(parts[0]!, declared, text);
  if (parts.length < 2 || parts.every((part) => part.kind !== 'element')) return null;
  // Beside bare words, a label leads the heading: a field's label in bare words ("Topic: <a>…</a>")
  // or an element classed as a label (XenForo's thread prefix `<span class=label>Help</span>`).
  // Other words beside a short element ("Planing end grain <em>again</em>") are the headline's.
  const bare = parts.some((part) => part.kind !== 'element');
  // A declared title's parts count alone too: "Title · Issue #412 · owner/repo" shows the label in another part.
  for (const title of declared.flatMap((value) => [value, ...value.split(TITLE_PARTS)])) {
    const words = new Set(tokens(title));
    const isLabel = (node: (typeof parts)[number]) => {
      if (node.kind === 'element' ? bare && !node.tokens.some((token) => LABEL_CLASS.test(token)) : !FIELD_LABEL.test(text.slice(node.start, node.end).trim())) return false;
      const own = tokens(text.slice(node.start, node.end));
      return own.length <= LABEL_WORDS && own.every((word) => !words.has(word));
    };
    let first = 0;
    let last = parts.length - 1;
    while (first < last && isLabel(parts[first]!)) first++;
    while (!bare && last > first && isLabel(parts[last]!)) last--;
    if (first === 0 && last === parts.length - 1) continue;
    const start = parts[first]!.start;
    const end = parts[last]!.end;
    const kept = tokens(text.slice(start, end));
    // The words left are the declared title's, all or nearly: the labels were all the heading added.
    if (kept.length >= 3 && kept.filter((word) => words.has(word)).length >= 0.8 * kept.length) return trimmed(start, end, text);
  }
  return null;
}

function trimmed(start: number, end: number, text: string): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
