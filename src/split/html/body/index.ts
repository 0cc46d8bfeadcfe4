/**
 * The article body, as steps: the page's text blocks outside comments and boilerplate; the main
 * region the page labels, else the article core the scorer finds; its blocks without link lists;
 * then the span, without the headline, the comments or what follows the comments, and with the
 * text of leaves inside it (the headline, widgets) cut out, so nothing is counted twice.
 */
import type { Body, Boilerplate, Comment, Segment } from '../../../schema/index.js';
import { descendants, type Element } from '../dom.js';
import type { PageFacts } from '../facts.js';
import { carve, type Range } from '../leaves.js';
import { overlapTest } from '../ranges.js';
import { findBlocks, proseMass, type Block, type PageBlocks } from './blocks.js';
import { mainRegion, wholePageRegion } from './region.js';
import { productDescription } from './product.js';
import { withoutLeadDisclosure } from './disclosure.js';
import { servicePanels } from './service-panels.js';
import { withoutRecommendations } from './recommendations.js';
import { articleCore } from './score.js';
import { isHeading, pictureWall, withoutOrphanHeadings } from './headings.js';
import { beforeClosingFurniture } from './tail.js';
import { afterByline, fromHeadline } from './header.js';
import { beforeAuthorBox } from './author-box.js';
import { cardStart, footerLineStart, headerLineCount, markedFields } from './lead-lines.js';
import { endsSentence } from '../../text/article.js';
import { isHiddenByClass, isMenu } from '../vocabulary.js';
import { isProse } from '../boilerplate.js';
import { lowerBound } from '../../../text/view.js';

export interface BodyInput {
  elements: Element[];
  text: string;
  facts: PageFacts;
  /** Comment regions and boilerplate: never body. */
  excluded: Set<Element>;
  /** The headline's element, when a heading is the headline. */
  title: Element | null;
  comments: Comment[];
  /** The comment thread's container: the article ends where the comment section around it begins. */
  thread: Element | null;
  /** Leaves already taken (headline, boilerplate): cut out of the body's paragraphs. */
  leaves: Segment[];
  /** Boilerplate found by markup: a share row or author box inside the span can end the article. */
  boilerplate: Boilerplate[];
  /** Whether the page declares a product (JSON-LD, microdata, og:type): its description is then the body. */
  declaresProduct?: boolean;
  /** Whether the page sells something (a basket control, offers): a shop's page, declared or not. */
  sells?: boolean;
}

export function findBody(input: BodyInput): Body | null {
  const { elements, text, facts } = input;
  // Text blocks outside comment regions and boilerplate; on a shop's page, outside its service panels too.
  const shop = (input.declaresProduct ?? false) || (input.sells ?? false);
  const panels = servicePanels(elements, text, shop);
  const page = findBlocks(elements, withHiddenByClass(input.excluded, elements, facts, panels), facts);
  // The main area the page labels, else the article core by paragraph votes, unless it holds
  // too little of the page's prose to be its main content.
  // Block text outside links, summed up the tree once: what the region, the widening and the share weigh.
  const mass = proseMass(elements, page);
  // A product page's description, when the page declares a product and names the element.
  const region = productDescription(elements, mass, input.declaresProduct ?? false) ?? mainRegion(elements, page, mass);
  const containers = region ? [region] : coreOrWholePage(widened(articleCore(page, text, facts) ?? [], page, facts, input.comments, mass), elements, page, mass);
  // Its blocks in page order, link lists and one-word links between paragraphs left out, unless
  // the links are what the page lists (a category's members, a board's postings).
  // On a page declaring a product, the reviews widget inside the region is the readers', not the shop's.
  const inRegion = blocksInside(page.blocks, containers, page.size);
  // Recommendation and review sections go by the label a reader sees over them, whatever their classes.
  const blocks = withoutRecommendations(dropChrome(input.declaresProduct ? outsideReviewWidgets(inRegion, elements, page.size) : inRegion, text, inPageLinks(elements), shop), text);
  // An article that starts before the comment section ends there: the furniture below sees only the article's side.
  const article = beforeCommentSection(blocks, input.comments, input.thread, input.title);
  // It ends at a share row or author box that hardly any prose follows: the rest is the page's.
  // A disclosure notice over the post ("This post may contain affiliate links") is the site's, not the article's.
  const furnished = beforeClosingFurniture(withoutLeadDisclosure(fromHeadline(afterByline(article, elements, facts, text, input.title), text, input.title), text), input.boilerplate);
  // Or at an author box no markup names ("About the author", a name line, "Jo Pell is a writer …").
  const ended = beforeAuthorBox(furnished, text);
  // Headings whose section was taken out (a related grid, a newsletter form) went with it.
  // A panel inside a block of inline content (a <details> in a theme's <div>) is cut out of its block like a leaf.
  const leaves = panels.length ? [...input.leaves, ...panels.map((panel) => span(text, panel.start, panel.end))] : input.leaves;
  return bodyOf(withoutOrphanHeadings(ended, text, pictureWall(elements)), text, input.title, input.comments, leaves);
}

/**
 * The exclusions plus what a class hides (a closed dialog, a popup, a not-yet-shown price), unless
 * it holds prose: a theme may hide a whole article that its script then fades in; and a shop's
 * service panels (`servicePanels`). Only the body
 * leaves them out: a comment list collapsed by a class is still the readers' (Slashdot).
 */
function withHiddenByClass(excluded: Set<Element>, elements: Element[], facts: PageFacts, panels: Element[]): Set<Element> {
  const hidden = elements.filter((element) => !element.hidden && element.end > element.start && isHiddenByClass(element) && !isProse(element, facts));
  return hidden.length === 0 && panels.length === 0 ? excluded : new Set([...excluded, ...hidden, ...panels]);
}

/**
 * Class words of a product's reviews widget: the plural names the box of many reviews
 * (`product-reviews`, `judgeme_product_reviews`, `reviews-summary`), a rating summary its header
 * (`ratings-overview`). A review article's own wrapper says `review`, singular, and stays.
 */
const REVIEWS_WIDGET = /(?:^|[-_])(?:reviews|ratings?-(?:overview|summary))(?:$|[-_])/;

/** A section's heading inside: a reviews section ("Customer Reviews"), not a rating line in the buy box. */
function holdsHeading(element: Element): boolean {
  for (const inner of descendants(element)) if (/^h[1-6]$/.test(inner.tag) && !inner.hidden && inner.end > inner.start) return true;
  return false;
}

/**
 * The blocks outside a reviews widget (REVIEWS_WIDGET with a heading of its own). The widget is a
 * part beside the shop's text, never around it: an element holding the region's first prose wraps
 * the page (a `reviews-enabled` flag on <html>, a review post's `category-reviews`, a wrapper around
 * the description and then its reviews), and only widgets inside it are looked for.
 */
function outsideReviewWidgets(blocks: Block[], elements: Element[], size: number): Block[] {
  const opening = blocks.find((block) => !isHeading(block) && block.end > block.start);
  if (!opening) return blocks;
  const widgets: Element[] = [];
  for (const element of elements) {
    // Pre-order: a widget's own parts (`reviews-header`, `reviews-list`) go with it.
    const last = widgets[widgets.length - 1];
    if (last && element.start >= last.start && element.end <= last.end && element.order > last.order) continue;
    if (element.hidden || (element.start <= opening.start && element.end >= opening.end) || !element.tokens.some((token) => REVIEWS_WIDGET.test(token))) continue;
    if (holdsHeading(element)) widgets.push(element);
  }
  if (widgets.length === 0) return blocks;
  return blocksOutside(blocks, widgets, size);
}

/**
 * Share of the page's prose (block text outside links) the article core must hold to be the main
 * content. A service or product page, a listing or a docs page has no one article: its sections,
 * cards and specs each hold a little, the scorer's winner is one of them, and the main content is
 * the smallest element holding most of the page's prose, as on a page that labels its furniture.
 */
const CORE_SHARE = 0.3;
/**
 * A core of more prose than this (a few paragraphs) is an article whatever else the page holds: an
 * old blog's unlabelled sidebars and blog roll can outweigh a short post (Dragnet tune pages).
 */
const ARTICLE_PROSE = 600;

function coreOrWholePage(core: Element[], elements: Element[], page: PageBlocks, mass: Float64Array): Element[] {
  // No core at all (a listing, a forum index, search results): the old no-core path keeps the
  // whole page's blocks, link-heavy rows included; the densest region would drop them as chrome.
  if (core.length === 0) return core;
  const root = elements[0]?.parent;
  if (!root) return core;
  const coreMass = core.reduce((sum, element) => sum + mass[element.order]!, 0);
  if (coreMass > ARTICLE_PROSE) return core;
  // Teasers of a rail of cards beside the core (a linked headline, then a sentence) are a listing
  // next to the article, not prose the article is part of: they do not count against the core.
  if (coreMass >= CORE_SHARE * (mass[root.order]! - railTeasers(core, page))) return core;
  const whole = wholePageRegion(elements, mass);
  return whole ? [whole] : core;
}

/** Cards it takes to make a rail: fewer linked headlines with a sentence each are an article's own. */
const RAIL_CARDS = 3;

/**
 * The prose of teasers outside the core: blocks right after a linked heading (a card's headline),
 * when there are RAIL_CARDS of them and the core holds none (a core that is itself a card is one
 * item of a listing, whose cards are the page's content).
 */
function railTeasers(core: Element[], page: PageBlocks): number {
  const inCore = new Uint8Array(page.size);
  for (const element of core) inCore[element.order] = 1;
  const insideCore = (node: Element) => {
    for (let current: Element | null = node; current; current = current.parent) if (inCore[current.order]) return true;
    return false;
  };
  const blocks = [...page.blocks].sort((a, b) => a.start - b.start);
  let cards = 0;
  let prose = 0;
  for (let i = 1; i < blocks.length; i++) {
    const headline = blocks[i - 1]!;
    const teaser = blocks[i]!;
    if (!isHeading(headline) || !isLinkBlock(headline) || isHeading(teaser) || isLinkBlock(teaser) || teaser.end <= teaser.start) continue;
    if (insideCore(teaser.element ?? teaser.parent)) return 0;
    cards++;
    prose += Math.max(0, teaser.end - teaser.start - teaser.linkChars);
  }
  return cards >= RAIL_CARDS ? prose : 0;
}

/** An ancestor holding this many times the core's prose holds more of the same article. */
const MORE_PROSE = 2;
/** Link text an ancestor may hold, as a share of its text, and still be article rather than a page of links. */
const ARTICLE_LINK_SHARE = 0.2;

/**
 * A page builder puts each section of an article in its own module (Beaver Builder's `fl-module`,
 * Elementor's widgets): the scorer's core is one module, and the article is the column around it.
 * The core grows to the lowest ancestor that holds at least twice its prose, while that ancestor
 * is mostly prose rather than links, is not page furniture and holds no comment.
 */
function widened(core: Element[], page: PageBlocks, facts: PageFacts, comments: Comment[], mass: Float64Array): Element[] {
  const first = core[0];
  if (!first || !first.parent) return core;
  const holdsComment = commentTest(comments);
  const coreMass = core.reduce((sum, element) => sum + mass[element.order]!, 0);
  for (let ancestor: Element | null = first.parent; ancestor && ancestor.tag !== 'body' && ancestor.tag !== '#root'; ancestor = ancestor.parent) {
    // The article never reaches into the comments below it.
    if (page.isExcluded(ancestor) || facts.boilerplateKind(ancestor) || holdsComment(ancestor)) return core;
    const length = Math.max(1, ancestor.end - ancestor.start);
    if (facts.linkChars(ancestor) / length > ARTICLE_LINK_SHARE) return core;
    if (mass[ancestor.order]! >= MORE_PROSE * coreMass) return moreOfTheSame(ancestor, first, mass) ? [ancestor] : core;
  }
  return core;
}

/** Whether an element holds a comment: a binary search in the comments, which are in page order. */
function commentTest(comments: Comment[]): (element: Element) => boolean {
  return (element) => {
    let low = 0;
    let high = comments.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (comments[mid]!.start < element.start) low = mid + 1;
      else high = mid;
    }
    const next = comments[low];
    return next !== undefined && next.end <= element.end;
  };
}

/**
 * The ancestor's added prose sits in siblings built like the branch holding the core (the builder's
 * next module, the next `<section>`), not in blocks of another kind (a comment list below the post).
 */
function moreOfTheSame(ancestor: Element, core: Element, mass: Float64Array): boolean {
  let branch = core;
  while (branch.parent && branch.parent !== ancestor) branch = branch.parent;
  let same = 0;
  let other = 0;
  for (const child of ancestor.children) {
    if (child.kind !== 'element' || child === branch) continue;
    if (builtAlike(child, branch)) same += mass[child.order]!;
    else other += mass[child.order]!;
  }
  return same >= other;
}

function builtAlike(a: Element, b: Element): boolean {
  if (a.tag !== b.tag) return false;
  if (a.tag === 'section' || a.tag === 'article' || a.tokens.length === 0 || b.tokens.length === 0) return true;
  return a.tokens.some((token) => b.tokens.includes(token));
}

/** Membership by marking the containers, so 50,000 merged <p> siblings are not scanned per block. */
function blocksInside(blocks: Block[], containers: Element[], size: number): Block[] {
  const inside = insideTest(containers, size);
  // Loose runs were found when their container was visited: put everything back in page order.
  return blocks.filter((block) => inside(block.element ?? block.parent)).sort((a, b) => a.start - b.start);
}

function blocksOutside(blocks: Block[], containers: Element[], size: number): Block[] {
  const inside = insideTest(containers, size);
  return blocks.filter((block) => !inside(block.element ?? block.parent));
}

function insideTest(containers: Element[], size: number): (node: Element) => boolean {
  const marked = new Uint8Array(size);
  for (const container of containers) marked[container.order] = 1;
  return (node) => {
    for (let current: Element | null = node; current; current = current.parent) if (marked[current.order]) return true;
    return false;
  };
}

/**
 * Link lists and one-word blocks between paragraphs are navigation, not article. A heading that is
 * all link is kept only as an item's title: on a page of headlines, or where its teaser follows it
 * in the same item (a listing's story); otherwise it is link furniture ("read also" headlines
 * between an article's paragraphs). When the links are the page's content (isLinkList), every
 * link block stays but those in a menu.
 * @param shop whether the page declares a product or sells something: its service promises are the store's.
 */
function dropChrome(blocks: Block[], text: string, inPage: number[], shop: boolean): Block[] {
  const listing = isListing(blocks);
  const links = isLinkList(blocks, text);
  // A store's offer is furniture on a shop's pages only: an article's "Free shipping is over" is its heading.
  const store = shop || listing;
  return blocks.filter((block, i) => {
    if (block.end <= block.start || isTallyLine(text.slice(block.start, block.end)) || isPlaceholderLine(text.slice(block.start, block.end)) || (store && isServicePromise(text.slice(block.start, block.end))) || isLinkRow(block, text, inPage)) return false;
    if (!isLinkBlock(block)) return true;
    // In a list of links the entries are content; links in a menu the region holds are still its furniture.
    if (links && !inMenu(block)) return true;
    // A heading is a section's or an item's title even when it links to it (a listing's headlines).
    return isHeading(block) && (listing || teaserFollows(block, blocks[i - 1], blocks[i + 1]));
  });
}

/**
 * A result count or pager line over a list ("Showing 24 of 291 results", "Displaying 1-20 of 85",
 * "Page 1 of 8"): the list's controls, not its content. A bare "1-30 of 154 products" stays: the
 * WCXB tune gold keeps it as the category's header on three shop pages and never lists it unwanted.
 */
const TALLY_LINE = /^(?:(?:showing|displaying|viewing)\s+(?:results?\s+)?\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\s+of\s+\d[\d,]*(?:\s+[\p{L}]+)?|page\s+\d+\s+of\s+\d+)\.?$/iu;

function isTallyLine(line: string): boolean {
  return line.length <= 60 && TALLY_LINE.test(line.replace(/\s+/g, ' ').trim());
}

/**
 * What a script shows until it fills the element in ("Loading...", "Loading paragraph…"): left
 * in the static page, it is no line of the page's text.
 */
const PLACEHOLDER_LINE = /^loading(?:\s+\p{L}+)?\s*(?:\.{3}|…)$/iu;

function isPlaceholderLine(line: string): boolean {
  return line.length <= 40 && PLACEHOLDER_LINE.test(line.replace(/\s+/g, ' ').trim());
}

/**
 * A shop's service promise in its buy box or USP bar ("FREE SHIPPING over $100", "Pick Up in
 * Store", "Returns & exchanges accepted", "Ships by March 10th"): a short line that ends no
 * sentence. The store's offer, not the product's or the article's text; a sentence about shipping
 * stays. On the WCXB tune pages products' `without` rate falls 0.091 -> 0.073; the gold keeps such
 * a line on two pages (3039, 4351: `with` 0.7645 -> 0.7641).
 */
const SERVICE_PROMISE = /\b(?:free (?:standard |fast |express |2-day |next[- ]day )?(?:shipping|delivery|returns?)|ships? (?:by|in|within|free|today)|pick[- ]?up in[- ]store|returns? (?:&|and) exchanges?|flat rate)\b/i;

function isServicePromise(line: string): boolean {
  if (line.length > 200) return false;
  const squeezed = line.replace(/\s+/g, ' ').trim();
  return squeezed.length <= 60 && !/[.!?]$/.test(squeezed) && SERVICE_PROMISE.test(squeezed);
}

/** Share of the text that linked headings hold on a listing: its headlines are what it says. */
const LISTING_HEADLINES = 0.25;

/** A page of headlines: linked headings hold a quarter of the text, where an article's "read also" box holds a sliver. */
function isListing(blocks: Block[]): boolean {
  let headlines = 0;
  let all = 0;
  for (const block of blocks) {
    const length = Math.max(0, block.end - block.start);
    all += length;
    if (isHeading(block) && isLinkBlock(block)) headlines += length;
  }
  return all > 0 && headlines >= LISTING_HEADLINES * all;
}

/** Share of the text that link blocks hold in a list of links: the page's content is its links. */
const LINK_LIST_SHARE = 0.5;
/** Entries it takes to make a list: a short post's three links below its two lines are no index. */
const LINK_LIST_ENTRIES = 8;
/**
 * Text outside links a block needs to be a paragraph of prose. A post of a few such paragraphs
 * (ARTICLE_PROSE) beside a blog roll or an archive of links is an article, whatever its links weigh.
 */
const PARAGRAPH_CHARS = 120;
/** Text outside links a block that ends a sentence needs to be one (a news paragraph of one sentence). */
const SENTENCE_CHARS = 40;
/**
 * Sentences a short article holds beside the box of links under it (a "more stories" grid, a list
 * of topics), as a share of the links' text: an article's few sentences weigh as much as half its
 * box, a list's intro a sliver of its entries (at most 0.31 on the WCXB tune pages that are lists).
 */
const SENTENCES_BESIDE_LINKS = 0.4;

/**
 * A list of links as the main content (a wiki category's members, a job board's postings, a shop's
 * product names, an index of papers): at least LINK_LIST_ENTRIES different link blocks holding
 * most of the text, and little prose beside them, where an article's link rows hold a sliver; a
 * short article's sentences are not outweighed by the related grid under it (SENTENCES_BESIDE_LINKS).
 * On WCXB tune pages this lifts listings from 0.649 to 0.688 and collections from 0.651 to 0.691.
 */
function isLinkList(blocks: Block[], text: string): boolean {
  let links = 0;
  const entries = new Set<string>();
  let all = 0;
  let prose = 0;
  let sentences = 0;
  for (const block of blocks) {
    const length = Math.max(0, block.end - block.start);
    all += length;
    const words = text.slice(block.start, block.end).trim();
    if (length > 0 && isLinkBlock(block)) {
      links += length;
      // Entries name different things: one caption link repeated under every picture is no list.
      if (words) entries.add(words);
      continue;
    }
    const own = length - block.linkChars;
    if (own >= PARAGRAPH_CHARS) prose += length;
    if (own >= SENTENCE_CHARS && endsSentence(words)) sentences += own;
  }
  return entries.size >= LINK_LIST_ENTRIES && links >= LINK_LIST_SHARE * all && prose < ARTICLE_PROSE && sentences < SENTENCES_BESIDE_LINKS * links;
}

/** Links a row of them holds: "Guidelines | FAQ | API | Contact", a site's header or footer menu. */
const LINK_ROW_ITEMS = 4;
/** Characters an item of a link row holds at most: menu words, not an entry's headline. */
const LINK_ROW_ITEM = 25;

/**
 * A row of short links set apart by separators ("new | past | comments | ask", "Terms · Privacy ·
 * Help"): a menu written inline, with no list markup a menu test could see, on any page (a
 * list's entries are one link each). A row whose links lead into the page itself is the article's
 * own: its table of contents or a run of citations ("Background · Costs · Outlook", "[1] | [2]").
 * @param inPage sorted text offsets of the links to the page's own anchors (`href="#…"`).
 */
function isLinkRow(block: Block, text: string, inPage: number[]): boolean {
  // A menu row is a line; a long block is read no further (a 20 MB page's one block).
  if (block.end - block.start > 1000) return false;
  const items = text.slice(block.start, block.end).split(/[|·•]/).map((item) => item.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (items.length < LINK_ROW_ITEMS || items.some((item) => item.length > LINK_ROW_ITEM)) return false;
  const anchors = lowerBound(inPage, (at) => at >= block.end) - lowerBound(inPage, (at) => at >= block.start);
  if (2 * anchors >= items.length) return false;
  // The links hold the items' words: the separators and the spaces around them are all the rest.
  return block.linkChars >= 0.8 * items.reduce((sum, item) => sum + item.length, 0);
}

/** Text offsets of the shown links to the page's own anchors, in order: a contents row's or a citation's. */
function inPageLinks(elements: Element[]): number[] {
  return elements.filter((e) => e.tag === 'a' && !e.hidden && (e.attrs.href ?? '').startsWith('#') && (e.attrs.href ?? '').length > 1).map((e) => e.start).sort((a, b) => a - b);
}

/** How far up a link block looks for the menu it sits in. */
const MENU_REACH = 8;

function inMenu(block: Block): boolean {
  let current: Element | null = block.element ?? block.parent;
  for (let up = 0; current && up < MENU_REACH && current.tag !== 'body' && current.tag !== 'main'; current = current.parent, up++) {
    if (isMenu(current)) return true;
  }
  return false;
}

function isLinkBlock(block: Block): boolean {
  const length = block.end - block.start;
  return block.linkChars / length >= 0.8 && length <= 200;
}

/**
 * The block after a linked heading is its teaser: prose, not a heading or links, inside the item
 * the heading opens: the heading's container (past wrappers holding nothing else) that holds the
 * next block but not the one before the heading.
 */
function teaserFollows(heading: Block, previous: Block | undefined, next: Block | undefined): boolean {
  if (!next || isHeading(next) || isLinkBlock(next) || next.end <= next.start) return false;
  let item = heading.element!.parent;
  while (item && item.children.filter((child) => child.kind === 'element').length === 1 && item.parent) item = item.parent;
  if (!item || next.start < item.start || next.end > item.end) return false;
  return !previous || previous.end <= item.start || previous.start >= item.end;
}

/** The body runs from the first to the last article block; the headline and comments stay out. */
/** The blocks before the comment section, when the article starts before it: what follows the comments is page furniture. */
function beforeCommentSection(blocks: Block[], comments: Comment[], thread: Element | null, title: Element | null): Block[] {
  const first = comments[0];
  const firstComment = sectionStart(blocks, thread, first ? Math.min(first.start, first.header?.start ?? Infinity) : Infinity, title);
  return blocks.some((block) => block.end <= firstComment) ? blocks.filter((block) => block.end <= firstComment) : blocks;
}

function bodyOf(blocks: Block[], text: string, title: Element | null, comments: Comment[], leaves: Segment[]): Body | null {
  const overlapsComment = overlapTest(comments);
  const kept = blocks
    .filter((block) => block.element !== title && !(title && block.start >= title.start && block.end <= title.end))
    .filter((block) => !overlapsComment(block));
  // Text the headline or a widget inside a paragraph already holds is cut out, never counted twice.
  // A loose run's parent holds its markup (a table row's <th>); each element is read once however many blocks share it.
  const elements = kept.map((block) => block.element ?? block.parent);
  return bodyOfParagraphs(carve(text, kept.map((block) => span(text, block.start, block.end)), leaves), text, false, markedFields(elements, text));
}

/** A thread's opening post as the body, its author and date with it. */
export function openingBody(post: { item: Element; paragraphs: Segment[]; author: string | null; postedAt: string | null }, text: string, leaves: Segment[], title: Segment | null = null): Body | null {
  // The thread title inside the post's markup (Hacker News' story row) is the headline, not body;
  // the poster's signature under the text is theirs, not the post's.
  const carved = carve(text, post.paragraphs, [...leaves, ...signatures(post.item)]);
  const author = withoutGluedHandle(post.author);
  const body = bodyOfParagraphs(withoutStandfirst(withoutSubjectLine(carved, title), text, author), text, true, markedFields([post.item], text));
  return body && { ...body, author, postedAt: post.postedAt };
}

/** A fediverse handle the display name's element runs into ("Jo Pell 🪼@jo@coastal.science"): the name is the part before it. */
const GLUED_HANDLE = /^(.*[^\s@])@[\w.-]+@[\w-]+(?:\.[\w-]+)+$/u;

function withoutGluedHandle(author: string | null): string | null {
  const name = author && GLUED_HANDLE.exec(author)?.[1]?.trim();
  return name || author;
}

/** A standfirst is a line of summary: longer than a header line, shorter than a paragraph. */
const STANDFIRST = { min: 40, max: 200 };

/**
 * A post that opens with a standfirst over its poster's byline (a blog platform's subtitle, then
 * "Jo Pell · Follow · 7 min read", taken out as the post's header): the standfirst is the header's
 * too. Only a line that ends no sentence, with the poster's name between it and the text.
 */
function withoutStandfirst(paragraphs: Segment[], text: string, author: string | null): Segment[] {
  const [first, second] = paragraphs;
  if (!first || !second || !author || paragraphs.length < 3) return paragraphs;
  const line = first.text.replace(/\s+/g, ' ').trim();
  if (line.length < STANDFIRST.min || line.length > STANDFIRST.max || /[.!?…:;,]["'”’)]*$/.test(line)) return paragraphs;
  return text.slice(first.end, second.start).includes(author) ? paragraphs.slice(1) : paragraphs;
}

/** A post's subject: the thread's title, with a reply's "Re:" or not. */
const REPLY_PREFIX = /^(?:re|aw|sv|vs|odp)\s*:\s*/i;
const squeezedWords = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A forum prints each post's subject over its text (PunBB's `h4.entry-title`, "Re: …" on replies);
 * on the opening post it repeats the headline and is no line of the post.
 */
function withoutSubjectLine(paragraphs: Segment[], title: Segment | null): Segment[] {
  const first = paragraphs[0];
  if (!first || !title || paragraphs.length < 2) return paragraphs;
  const headline = squeezedWords(title.text);
  return headline && squeezedWords(first.text).replace(REPLY_PREFIX, '') === headline ? paragraphs.slice(1) : paragraphs;
}

/**
 * A signature block under a forum post (FluxBB's `postsignature`, phpBB's `signature`, vBulletin's
 * `signaturecontainer`), also as the last word of a longer class (e107's `forum-viewtopic-post-signature`).
 */
const SIGNATURE = /(?:^|[-_])(?:post-?)?sig(?:nature)?(?:-?container)?$|^signature/;

function signatures(item: Element): Range[] {
  return [...descendants(item)]
    .filter((element) => element.end > element.start && element.tokens.some((t) => SIGNATURE.test(t)))
    .map(({ start, end }) => ({ start, end }));
}

/**
 * Where the comment section begins: the outermost element around the thread that starts after the
 * article does and holds none of its blocks, so "12 Comments", "Sort by" and the comment form
 * before the first comment stay out of the body.
 */
const SECTION_PREAMBLE = 1500;
/** Characters outside links that make a block the article's first paragraph rather than a label or byline. */
const FIRST_PROSE = 80;

function sectionStart(blocks: Block[], thread: Element | null, firstComment: number, title: Element | null): number {
  // The article starts at its first paragraph of prose: a post's wrapper that holds its headline
  // and byline, its text and then its replies (Elgg's full listing) is the post, not the section.
  // The headline is no paragraph, even as a <span> inside the <h1> (Launchpad's editable title).
  const inTitle = (block: Block) => !!title && block.start >= title.start && block.end <= title.end;
  const firstBlock = blocks.find((block) => !isHeading(block) && !inTitle(block) && block.end - block.start - block.linkChars >= FIRST_PROSE) ?? blocks[0];
  if (!thread || !firstBlock || thread.start > firstComment || firstComment === Infinity) return firstComment;
  // A comment section's preamble is short (a count, "Sort by", a form, a guidelines line); article
  // text before the comments in the same container is not.
  const preamble = (element: Element) => blocks.reduce((sum, block) => sum + (block.start >= element.start && block.end <= firstComment ? block.end - block.start : 0), 0);
  let section: Element | null = null;
  for (let current: Element | null = thread; current && current.start > firstBlock.start; current = current.parent) {
    if (preamble(current) > SECTION_PREAMBLE) break;
    section = current;
  }
  return section ? Math.min(section.start, firstComment) : firstComment;
}

/** What a post's stats row counts: "214 boosts · 389 favorites", "12 likes", "1 reply", "3.4k views". */
const COUNTED = String.raw`(?:[\d.,]+\s*[kKmM]?\s*)?(?:boosts?|reblogs?|favou?rites?|likes?|repl(?:y|ies)|reposts?|retweets?|quotes?|shares?|comments?|views?|votes?|points?|bookmarks?|reactions?|upvotes?|stars?|forks?)`;
const STATS_ROW = new RegExp(String.raw`^${COUNTED}(?:\s*[·|•,]?\s*${COUNTED})*$`, 'i');
/** "4.5 stars", "8 points" alone: a review's rating or a score, the post's own verdict; beside other counts, a stats row. */
const RATING = /^[\d.,]+\s*(?:stars?|points?)$/i;

/** A row of counts (made of counted words and numbers, one number at least): the post's stats, not its text. */
function isStatsRow(paragraph: Segment): boolean {
  const line = paragraph.text.replace(/\s+/g, ' ').trim();
  return line.length <= 80 && /\d/.test(line) && STATS_ROW.test(line) && !RATING.test(line);
}

/**
 * @param post whether the paragraphs are a thread's opening post
 * @param marked whether the page marks a paragraph up as a field ("<th>Status:</th>"), for the header lines
 */
export function bodyOfParagraphs(all: Segment[], text: string, post = false, marked?: (line: Segment) => boolean): Body | null {
  // A stats row under the post ("214 boosts · 389 favorites") ends no article: its text ended before it.
  let end = post ? footerLineStart(all) : cardStart(all, false);
  while (end > 1 && isStatsRow(all[end - 1]!)) end--;
  // The poster's line, their counts or an issue's field list above the first line of prose are its header.
  const paragraphs = all.slice(headerLineCount(all.slice(0, end), post, marked), end);
  if (paragraphs.length === 0) return null;
  return { ...span(text, paragraphs[0]!.start, paragraphs[paragraphs.length - 1]!.end), paragraphs };
}

export function span(text: string, start: number, end: number): Segment {
  return { text: text.slice(start, end), start, end };
}
