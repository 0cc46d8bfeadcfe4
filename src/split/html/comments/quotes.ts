/**
 * Which earlier post a post quotes. Forums quote the post a reply answers in a block at its start:
 * the block names the quoted author in an attribute (XenForo `data-quote`, Invision
 * `data-ipsquote-username`, Discourse `data-username`) or in its header line ("Old Bill wrote:",
 * "Originally Posted by X", "On 2/9/2024 at 7:40 PM, Kestrel said:"), and often links to the quoted
 * post by its number.
 */
import { descendants, type Element } from '../dom.js';
import { DATE_TEXT } from '../dates.js';
import { Fact, type PageFacts } from '../facts.js';
import { nameBeforeDate } from './header.js';

export interface QuotedPost {
  /** The quote block, as evidence. */
  block: Element;
  /** Who the quote names, most likely first: the caller keeps the first that is an author. */
  names: string[];
  /** Numbers the quote's links or attributes give for the quoted post. */
  postIds: string[];
}

const NAME_ATTRIBUTES = ['data-quote', 'data-ipsquote-username', 'data-username', 'data-author', 'data-user'];
const POST_ATTRIBUTES = ['data-post', 'data-post-id', 'data-ipsquote-contentcommentid', 'data-content', 'data-source'];
/** "X wrote:", "X said:", "Originally Posted by X", "Quote from X", "On <date>, X said:". */
const HEADER = [
  /^\s*(?:originally\s+posted\s+by|quote\s+from|quoting|posted\s+by)\s*:?\s*([^\n]{1,60}?)\s*(?:[:;,]|\bon\b|$)/im,
  /^\s*(?:on\s+[^\n]{4,60}?,\s*)?([^\n]{1,60}?)\s+(?:wrote|said|says|writes)\b/i,
];
const POST_NUMBER = /(?:#p|[?&]p=|post[-_]?|posts\/|comment[-_]?|#c)(\d{3,})/gi;

/** The first quote block in the item (outside nested items), with what it says about its source. */
export function quotedPost(item: Element, items: Set<Element>, text: string, facts: PageFacts): QuotedPost | null {
  const block = firstQuote(item, items, facts);
  if (!block) return null;
  let name: string | null = null;
  let names: string[] = [];
  const postIds: string[] = [];
  for (const element of [block, ...descendants(block)]) {
    for (const attribute of NAME_ATTRIBUTES) name ??= cleanName(element.attrs[attribute]);
    for (const attribute of POST_ATTRIBUTES) {
      const value = element.attrs[attribute];
      if (value && /\d{3,}|^\d+$/.test(value)) postIds.push(...(value.match(/\d+/g) ?? []));
    }
    for (const match of `${element.attrs.href ?? ''} ${element.attrs.cite ?? ''}`.matchAll(POST_NUMBER)) postIds.push(match[1]!);
  }
  if (!name) {
    const header = text.slice(block.start, Math.min(block.end, block.start + 160));
    for (const pattern of HEADER) {
      const match = pattern.exec(header);
      if (match?.[1]) {
        name = cleanName(match[1]);
        break;
      }
    }
    if (!name) names = namesBeforeDate(header);
  }
  if (name) names = [name];
  // A quote naming nobody is still a quote: its words may say whose post it is.
  return { block, names, postIds };
}

function firstQuote(item: Element, items: Set<Element>, facts: PageFacts): Element | null {
  const stack: Element[] = [];
  const push = (element: Element) => {
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  };
  push(item);
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element) || element.hidden) continue;
    if (facts.is(element, Fact.quote) && element.end > element.start) return element;
    push(element);
  }
  return null;
}

/**
 * A header line of a name, maybe one word of posting ("posted", "发表于"), then the date: "Mia Wong
 * 2024-03-02 10:15", "lin_qiao 发表于 2026-10-02 08:05". Only a short first line counts. The
 * names it may give, whole line first: "Mia Wong" is a name, "Kit posted" a name and a word of
 * posting; the caller keeps the one that is an author of the thread.
 */
function namesBeforeDate(header: string): string[] {
  const line = header.split('\n')[0]!.trim();
  if (line.length > 80) return [];
  const date = DATE_TEXT.exec(line);
  if (!date || date.index === 0 || line.length - (date.index + date[0].length) > 2) return [];
  const whole = cleanName(nameBeforeDate(line, date).replace(/:$/, ''));
  if (!whole) return [];
  const words = whole.split(/\s+/);
  // One word of posting between the name and the date: no digits, and not the whole of what is left.
  const posting = words.length > 1 && /^[^\d\s]{1,12}$/.test(words[words.length - 1]!);
  const named = posting ? cleanName(words.slice(0, -1).join(' ').replace(/[,:]$/, '')) : null;
  return named ? [whole, named] : [whole];
}

function cleanName(value: string | undefined): string | null {
  const name = value?.replace(/^@/, '').replace(/,\s*(?:post|member):.*$/i, '').trim();
  return name && name.length <= 60 ? name : null;
}

/**
 * Numbers in the ids of an item and of the anchors at its top (`div#p48790`, `<a name="post123">`,
 * XenForo's `data-content="post-604919"`): what quotes of it link to. Quote blocks inside it are
 * skipped, since their links name the post they quote.
 */
export function postNumbers(item: Element, facts: PageFacts): string[] {
  const numbers: string[] = [];
  const take = (element: Element, attributes: string[]) => {
    for (const attribute of attributes) {
      const value = element.attrs[attribute];
      if (value) numbers.push(...(value.match(/\d{3,}/g) ?? []));
    }
  };
  take(item, ['id', 'name', 'data-content']);
  const stack: Element[] = [];
  for (const child of item.children) if (child.kind === 'element') stack.push(child);
  for (let seen = 0; stack.length && seen < 40; seen++) {
    const element = stack.shift()!;
    if (facts.is(element, Fact.quote)) continue;
    take(element, ['id', 'name']);
    for (const child of element.children) if (child.kind === 'element') stack.push(child);
  }
  return numbers;
}
