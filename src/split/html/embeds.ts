/**
 * Comment systems that load by script leave no comments in the markup, only their embed: a
 * placeholder div, a script, an iframe, or a "Load comments" button. Naming the provider tells
 * the user where the comments are, instead of an empty list that looks like "no comments".
 */
import type { Element, ParsedDocument } from './dom.js';
import { EMBED_PROVIDERS } from './vocabulary.js';

const LOAD_BUTTON = /^(?:load|show|view|see|read|open|display)\s+(?:all\s+)?(?:\d+\s+)?(?:the\s+)?comments?\b/i;

/** The provider names whose embeds are on the page; "a script" for an unnamed load button. */
export function scriptCommentProviders(doc: ParsedDocument): string[] {
  const found = new Set<string>();
  const test = (value: string) => {
    for (const [name, pattern] of EMBED_PROVIDERS) if (pattern.test(value)) found.add(name);
  };
  for (const element of doc.elements) {
    if (element.tag === 'fb:comments') found.add('Facebook comments');
    if (element.attrs.id === 'disqus_thread') found.add('Disqus');
    if (element.tokens.includes('fb-comments')) found.add('Facebook comments');
    if (element.tag === 'iframe' && element.attrs.src && /comment/i.test(element.attrs.src)) {
      test(element.attrs.src);
      if (found.size === 0) found.add('an iframe');
    }
    if ((element.tag === 'button' || element.tag === 'a') && isLoadButton(element)) found.add('a "load comments" script');
  }
  for (const script of doc.scripts) test(`${script.src} ${script.text.slice(0, 20_000)}`);
  return [...found];
}

function isLoadButton(element: Element): boolean {
  let value = '';
  for (const child of element.children) if (child.kind === 'text') value += child.value;
  return LOAD_BUTTON.test(value.trim());
}

/** A schema.org type naming a product. */
const PRODUCT_TYPE = /^(?:https?:\/\/schema\.org\/)?(?:Product|ProductGroup)$/;
const PRODUCT_ITEMTYPE = /schema\.org\/(?:Product|ProductGroup)\b/i;
/** Microdata properties under which a Product is still the page's own item (a WebPage's main entity). */
const MAIN_ITEMPROP = /^(?:mainEntity|mainEntityOfPage)$/;

/**
 * Whether the page says it sells a product: a JSON-LD or microdata Product stated as the page's
 * item (at the top, in a `@graph`, or as its main entity), or `og:type` product. A Product nested
 * under another item (a Review's `itemReviewed`, an offer list) is something the page talks about:
 * a review article is no product page.
 */
export function declaresProduct(doc: ParsedDocument): boolean {
  if (jsonLdBlocks(doc).some((block) => topItems(block).some((item) => typesOf(item).some((type) => PRODUCT_TYPE.test(type))))) return true;
  return doc.elements.some(
    (element) =>
      (PRODUCT_ITEMTYPE.test(element.attrs.itemtype ?? '') && (element.attrs.itemprop === undefined || MAIN_ITEMPROP.test(element.attrs.itemprop))) ||
      (element.tag === 'meta' && /^og:type$/i.test(element.attrs.property ?? '') && /^product\b/i.test(element.attrs.content ?? '')),
  );
}

/** A control that puts an item in a basket, by its label or its class (`add-to-cart`, `product-form`). */
const CART_LABEL = /^(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now)$/i;
const CART_CLASS = /(?:^|[-_])(?:add-?to-?(?:cart|bag|basket)|addtocart|addtobag|buy-?now|product-?form)(?:$|[-_])/;
/** A price or an offer stated as microdata (`itemprop="price"`), or offers in JSON-LD. */
const OFFER_ITEMPROP = /^(?:offers|price)$/;
/** Microdata properties under which an item is one the page talks about, not one it sells (a review's product). */
const MENTIONED_ITEMPROP = /^(?:itemReviewed|about|mentions)$/i;
/** A link's `rel` for another site's shop: an affiliate's or a partner's link. */
const OFFSITE_REL = /\b(?:sponsored|nofollow|external)\b/i;

/**
 * Whether the page sells something, declared or not: an add-to-cart or buy-now control, a price or
 * offer in microdata, offers on the page's own JSON-LD item. A shop's category page or a product
 * page that states no Product still has its basket; an article has none (a shop's blog keeps its
 * cart in the header, and its store furniture is the shop's there too). What an article talks
 * about is not for sale there, as in declaresProduct: offers or a price under a Review's
 * `itemReviewed`, and a "Buy now" link to another site (an affiliate's).
 */
export function sellsOnPage(doc: ParsedDocument): boolean {
  if (jsonLdBlocks(doc).some((block) => topItems(block).some((item) => item.offers !== undefined))) return true;
  const host = pageHost(doc);
  for (const element of doc.elements) {
    if (OFFER_ITEMPROP.test(element.attrs.itemprop ?? '') && !underMentionedItem(element)) return true;
    if (element.tag !== 'button' && element.tag !== 'a' && element.tag !== 'input' && element.tag !== 'form') continue;
    if (element.tag === 'a' && linksElsewhere(element, host)) continue;
    if (element.tokens.some((token) => CART_CLASS.test(token))) return true;
    if (element.tag === 'form' ? /\/cart(?:\/add)?\b/i.test(element.attrs.action ?? '') : CART_LABEL.test(labelOf(element))) return true;
  }
  return false;
}

/** Whether a microdata property sits inside an item the page only mentions (`itemprop="itemReviewed"`). */
function underMentionedItem(element: Element): boolean {
  for (let current = element.parent; current; current = current.parent) if (MENTIONED_ITEMPROP.test(current.attrs.itemprop ?? '')) return true;
  return false;
}

/** The page's own host, from its canonical link or `og:url`; null when it states neither. */
function pageHost(doc: ParsedDocument): string | null {
  for (const element of doc.elements) {
    const url =
      element.tag === 'link' && /\bcanonical\b/i.test(element.attrs.rel ?? '') ? element.attrs.href
      : element.tag === 'meta' && /^og:url$/i.test(element.attrs.property ?? '') ? element.attrs.content
      : undefined;
    const host = url ? hostOf(url) : null;
    if (host) return host;
  }
  return null;
}

/**
 * A link to another site's shop: marked sponsored or nofollow, or an absolute address on a host
 * other than the page's (any absolute address when the page names no host: a shop links its own
 * basket by path).
 */
function linksElsewhere(link: Element, host: string | null): boolean {
  if (OFFSITE_REL.test(link.attrs.rel ?? '')) return true;
  const target = hostOf(link.attrs.href ?? '');
  return target !== null && target !== host;
}

function hostOf(url: string): string | null {
  const match = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url.trim());
  return match ? (match[1] ?? '').toLowerCase().replace(/^www\./, '') : null;
}

/** A control's words: an input's value, else its text (a button's text renders nowhere else). */
function labelOf(element: Element): string {
  if (element.tag === 'input') return (element.attrs.value ?? '').trim();
  let value = '';
  const walk = (node: Element, depth: number) => {
    for (const child of node.children) {
      if (value.length > 40) return;
      if (child.kind === 'text') value += child.value;
      else if (depth < 4) walk(child, depth + 1);
    }
  };
  walk(element, 0);
  return value.replace(/\s+/g, ' ').trim();
}

/** The items a JSON-LD block states as the page's own: the block, an array's or a `@graph`'s members, and their main entities. */
function topItems(block: unknown): Record<string, unknown>[] {
  const items = (Array.isArray(block) ? block : [block]).filter(isObject);
  const graphs = items.flatMap((item) => (Array.isArray(item['@graph']) ? item['@graph'].filter(isObject) : []));
  return [...items, ...graphs].flatMap((item) => (isObject(item.mainEntity) ? [item, item.mainEntity] : [item]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function typesOf(item: Record<string, unknown>): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

/** A `"@type":` key in structured data, and the thread page types its value may name. */
const TYPE_KEY = /"@type"\s*:\s*/g;
const THREAD_PAGE_TYPE = /"(?:https?:\/\/schema\.org\/)?(?:DiscussionForumPosting|QAPage)"/g;
const THREAD_ITEMTYPE = /schema\.org\/(?:DiscussionForumPosting|QAPage)\b/i;

/**
 * Whether the page says it is a thread (schema.org DiscussionForumPosting or QAPage, as JSON-LD or
 * microdata): its posts are then the thread's, even in a section the forum names "comments".
 */
export function declaresThread(doc: ParsedDocument): boolean {
  for (const script of doc.scripts) if (/ld\+json/i.test(script.type) && namesThreadType(script.text)) return true;
  return doc.elements.some((element) => THREAD_ITEMTYPE.test(element.attrs.itemtype ?? ''));
}

/**
 * Whether a `"@type"` in the script names a thread page type, as its value or within its array (up
 * to the array's first `]`), read as text so that broken JSON still counts. Linear: the next `]`
 * and the next type name are found once and kept while the keys move past them, where a regex
 * looking from every `"@type":[` for a name before the `]` rescanned the rest of a script without
 * one (260 kB of `"@type":["x",` took 3.6 s).
 */
function namesThreadType(json: string): boolean {
  let close = -1;
  let name = -1;
  TYPE_KEY.lastIndex = 0;
  for (let key = TYPE_KEY.exec(json); key; key = TYPE_KEY.exec(json)) {
    const value = key.index + key[0].length;
    const opens = json[value] === '[';
    const from = opens ? value + 1 : value;
    if (name < from) {
      THREAD_PAGE_TYPE.lastIndex = from;
      name = THREAD_PAGE_TYPE.exec(json)?.index ?? Infinity;
    }
    if (!opens) {
      if (name === value) return true;
      continue;
    }
    if (close < from) {
      const found = json.indexOf(']', from);
      close = found < 0 ? Infinity : found;
    }
    if (name < close) return true;
  }
  return false;
}

export interface JsonLdComment {
  text: string;
  author: string | null;
}

/** `comment` arrays in JSON-LD blocks (schema.org Comment), read iteratively. */
export function jsonLdComments(doc: ParsedDocument): JsonLdComment[] {
  const out: JsonLdComment[] = [];
  for (const data of jsonLdBlocks(doc)) {
    const stack: unknown[] = [data];
    let visited = 0;
    while (stack.length && visited++ < 10_000) {
      const value = stack.pop();
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
        continue;
      }
      if (!value || typeof value !== 'object') continue;
      const record = value as Record<string, unknown>;
      const type = String(record['@type'] ?? '');
      if (/Comment/.test(type) && typeof record.text === 'string') {
        out.push({ text: record.text, author: authorName(record.author) });
      }
      for (const key of Object.keys(record)) if (typeof record[key] === 'object') stack.push(record[key]);
    }
  }
  return out;
}

/**
 * Each JSON-LD block the page holds, parsed; blocks that are not JSON are skipped. Parsed once per
 * document: the comment reader and the author reader both ask, and readers never change the values.
 */
function jsonLdBlocks(doc: ParsedDocument): unknown[] {
  let blocks = parsedJsonLd.get(doc);
  if (blocks === undefined) parsedJsonLd.set(doc, (blocks = parseJsonLdBlocks(doc)));
  return blocks;
}
const parsedJsonLd = new WeakMap<ParsedDocument, unknown[]>();

function parseJsonLdBlocks(doc: ParsedDocument): unknown[] {
  const blocks: unknown[] = [];
  for (const script of doc.scripts) {
    if (!/ld\+json/i.test(script.type)) continue;
    try {
      blocks.push(JSON.parse(script.text));
    } catch {
      // A broken block says nothing; the page's other evidence stands.
    }
  }
  return blocks;
}

function authorName(author: unknown): string | null {
  if (typeof author === 'string') return author;
  if (Array.isArray(author)) return authorName(author[0]);
  if (author && typeof author === 'object' && typeof (author as { name?: unknown }).name === 'string') {
    return (author as { name: string }).name;
  }
  return null;
}

const ARTICLE_TYPE = /Article|Posting|Report|WebPage|DiscussionForumPosting|QAPage|Question/;

/**
 * The names a page declares as its author: JSON-LD articles' `author`, then <meta name=author> and
 * article:author (URLs are profile links, not names). Evidence only: the byline reader keeps a name
 * only where the page also shows it.
 */
export function declaredAuthors(doc: ParsedDocument): string[] {
  const names: string[] = [];
  for (const data of jsonLdBlocks(doc)) {
    const records = Array.isArray(data) ? data : [data, ...graphOf(data)];
    for (const record of records.slice(0, 50)) {
      if (!record || typeof record !== 'object') continue;
      const { '@type': type, author } = record as Record<string, unknown>;
      const name = ARTICLE_TYPE.test(String(type ?? '')) ? authorName(author) : null;
      if (name) names.push(name);
    }
  }
  for (const element of doc.elements) {
    if (element.tag !== 'meta') continue;
    const key = element.attrs.name ?? element.attrs.property ?? '';
    const content = element.attrs.content?.trim() ?? '';
    if (/^(?:author|article:author)$/i.test(key) && content && !/^https?:|\//.test(content)) names.push(content);
  }
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1 && name.length <= 60))];
}

function graphOf(data: unknown): unknown[] {
  const graph = data && typeof data === 'object' ? (data as { '@graph'?: unknown })['@graph'] : null;
  return Array.isArray(graph) ? graph : [];
}
