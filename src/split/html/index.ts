/**
 * Splits an HTML page using its structure: comment containers, author and date elements and reply
 * nesting come from the markup, and every span indexes the rendered visible text. Each step hands
 * the next a typed result; the per-element facts are read once into a table they all share.
 */
import type { Boilerplate, Body, Comment, PageAnalysis, Segment, Warning } from '../../schema/index.js';
import type { SplitOptions } from '../options.js';
import { findBoilerplate } from './boilerplate.js';
import { bylineOf } from './body/byline.js';
import { findBody, openingBody } from './body/index.js';
import { findComments } from './comments/index.js';
import { wrapHeadedPosts } from './comments/headed-runs.js';
import { commentsFromJsonLd } from './comments/jsonld.js';
import { parseHtml, revealCollapsedPanels, revealNoscriptPage, revealStreamedParts, type Element } from './dom.js';
import { revealNameButtons } from './name-buttons.js';
import { declaredAuthors, declaresProduct, declaresThread, jsonLdComments, sellsOnPage } from './embeds.js';
import { PageFacts } from './facts.js';
import { fallbackEvidence, textFallback, type FallbackEvidence } from './fallback/index.js';
import { leavesOf, outsideComments, separateTitle } from './leaves.js';
import { render } from './render.js';
import { placeTitle } from './title.js';
import { fallbackWarning, scriptWarning, structureWarnings } from './warnings.js';

export { textFallback } from './fallback/index.js';
export { containmentTest, overlapTest } from './ranges.js';

/** Splits an HTML page; returns null when it cannot, so the caller falls back to the text splitter. */
export function splitHtml(html: string, _options: SplitOptions): PageAnalysis | null {
  const warnings: Warning[] = [];
  // Everything the markup decides, read while the tree lives; the tree is garbage once it returns,
  // so the text splitter below never runs with a million parsed elements still on the heap.
  const page = readMarkup(html);
  const { text, title } = page;
  let body = page.body;
  let comments = page.comments;
  // No comments in the markup: a script may load them, or the text may still show them.
  if (page.fallback) {
    const { providers, sections, forms } = page.fallback;
    if (providers.length) warnings.push(scriptWarning(providers));
    const fallback = textFallback(text, body, sections, forms, title, page.boilerplate);
    if (fallback.comments.length || (!body && fallback.body)) {
      comments = fallback.comments;
      body = body ?? fallback.body;
      warnings.push(fallbackWarning());
    }
  }
  for (const warning of structureWarnings(page.maxDepth, page.truncated, body)) warnings.push(warning);
  return {
    schemaVersion: '',
    inputType: 'html',
    text,
    title,
    body,
    comments,
    boilerplate: leavesOf(page.boilerplate, page.pingbacks, comments),
    warnings,
  };
}

/** What the markup says, as plain ranges: nothing here keeps the parsed tree alive. */
interface MarkupReading {
  text: string;
  title: Segment | null;
  body: Body | null;
  comments: Comment[];
  boilerplate: Boilerplate[];
  pingbacks: Boilerplate[];
  /** Set when the markup has no comments: what the text fallback needs from it. */
  fallback: FallbackEvidence | null;
  maxDepth: number;
  truncated: boolean;
}

function readMarkup(html: string): MarkupReading {
  // Parse into a light tree, iteratively: truncated and deeply nested input parse too.
  const doc = parseHtml(html);
  // A script-built page saved without running it is read as a browser without scripts shows it.
  revealNoscriptPage(doc);
  // Parts a streaming server sent late, hidden until its script swaps them in, are shown too.
  revealStreamedParts(doc);
  // Collapsed accordion and tab panels are content a reader opens: FAQ answers, a guide's steps.
  revealCollapsedPanels(doc);
  // A commenter's name drawn as a button opening their profile card is text a reader sees.
  revealNameButtons(doc);
  // Posts with no element of their own (a chat archive's "Name (date):" headings, each followed by
  // its paragraphs) get one, so the comment finder reads them as it reads any post.
  wrapHeadedPosts(doc);
  // Render the visible text once; every element learns its span in it.
  const rendered = render(doc).text;
  // The headline first, since a declared <title> no heading shows is put in front and shifts all spans.
  const placed = placeTitle(doc, rendered);
  const { text, element: titleElement } = placed;
  // Class, id and attribute vocabulary and link text per element, read once for every step below.
  const facts = new PageFacts(doc.elements, text);
  // Navigation, footers, share and related widgets, by markup.
  const boilerplate = findBoilerplate(doc.elements, text, titleElement ? [titleElement] : [], facts);
  // Comments next: their sections are then kept out of the body. The headline and furniture
  // before a thread are no article, so they never keep its opening post from being the body.
  const found = findComments(doc.elements, text, facts, [...boilerplate.items, ...(placed.title ? [placed.title] : [])], () => declaresThread(doc));
  // JSON-LD comment arrays count when their text is shown on the page (spans must index it).
  if (found.comments.length === 0) found.comments = commentsFromJsonLd(jsonLdComments(doc), text);
  // A heading inside a comment is the commenter's, never the page's headline.
  let title = outsideComments(text, placed.title, found.comments);
  // Share buttons inside the <h1> are boilerplate: the headline is the text beside them.
  ({ title, items: boilerplate.items } = separateTitle(text, title, boilerplate.items));
  // A social post has no headline: a heading that only names its poster (a status page's
  // "Name (@handle@host)") is the byline's, and the page has no title.
  if (title && found.opening?.author && namesOnly(title.text, found.opening.author)) title = null;
  // Boilerplate around the whole opening post holds the thread, not a widget: it is no leaf either,
  // or the body's paragraphs would overlap it.
  if (found.opening) boilerplate.items = boilerplate.items.filter((item) => !wraps(item, found.opening!.item));
  // The body: a thread's opening post, else the main region or article core, outside comments and
  // boilerplate, and outside the labels the headline's heading holds beside it.
  const headline = [...(title ? [title] : []), ...placed.labels];
  const body = found.opening
    ? openingBody(found.opening, text, [...headline, ...boilerplate.items], title)
    : findBody({
        elements: doc.elements,
        text,
        facts,
        excluded: new Set<Element>([...found.regions, ...boilerplate.elements]),
        title: titleElement,
        comments: found.comments,
        thread: found.container,
        leaves: [...headline, ...boilerplate.items],
        boilerplate: boilerplate.items,
        declaresProduct: declaresProduct(doc),
        sells: sellsOnPage(doc),
      });
  // Who wrote the article and when, from its byline (a thread's opening post brought its own).
  // A name the page declares (JSON-LD, meta author) counts where the byline's reach shows it.
  const dated = body && !found.opening ? { ...body, ...bylineOf(doc.elements, text, facts, body, title, insideAny(found.regions), () => declaredAuthors(doc)) } : body;
  return {
    text,
    title,
    body: dated,
    comments: found.comments,
    boilerplate: boilerplate.items,
    pingbacks: found.pingbacks,
    // What the text fallback needs, read now while the tree is alive.
    fallback: found.comments.length === 0 ? fallbackEvidence(doc, found.regions, found.pingbacks) : null,
    maxDepth: doc.maxDepth,
    truncated: doc.truncated,
  };
}

/** Whether a line is the poster's name alone, with their @handle or not. */
function namesOnly(line: string, author: string): boolean {
  const squeezed = line.replace(/\s+/g, ' ').trim();
  // An author read with the handle glued on ("Jo Pell@jo@host") names the same poster.
  const name = author.replace(/\s+/g, ' ').replace(/@[^\s@]+(?:@[^\s@]+)?$/, '').trim();
  return !!name && squeezed.startsWith(name) && /^(?:\(?@[^\s()]+\)?)?$/.test(squeezed.slice(name.length).trim());
}

/** Boilerplate around the whole opening post (a forum's moderation form) wraps the thread: it is no widget inside the post. */
function wraps(item: Boilerplate, post: Element): boolean {
  return item.start <= post.start && item.end >= post.end;
}

/** Whether an element lies inside one of the regions (or is one). */
function insideAny(regions: Element[]): (element: Element) => boolean {
  const set = new Set(regions);
  return (element) => {
    for (let current: Element | null = element; current; current = current.parent) if (set.has(current)) return true;
    return false;
  };
}
