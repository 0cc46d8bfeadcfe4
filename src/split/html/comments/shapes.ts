/**
 * Repeated blocks of a comment system no vocabulary knows (a forum engine's `div#post_123`, a news
 * site's own `div.rc-post`): a run of same-shaped sibling blocks, each showing a short name and a
 * date at the same place and a text block of its own, is a list of posts even when no class says
 * "author" or "date". The name and date elements are given those roles in the facts table, so
 * the item finder, the readers and the threader treat them as they treat vocabulary-named ones.
 */
import { childIndex, descendants, type Element } from '../dom.js';
import { isDateText, showsMoment } from '../dates.js';
import { Fact, type PageFacts } from '../facts.js';
import { partsOf } from './parts.js';
import { namePlace, NOT_AN_ITEM, pathBetween, shapeOf, withModifiers } from './items.js';
import { isProfileHref } from '../vocabulary.js';

/** How far below a block its name, date and text block are looked for. */
const MAX_DEPTH = 16;
/** How many same-shaped siblings (or cousins) make a run. */
const MIN_RUN = 3;
/** Share of the blocks showing a name (or a date) at the same place. */
const MIN_SHARE = 0.6;
/** A name is short: a handle or a name with a place or role after it. */
const MAX_NAME_CHARS = 40;
const MAX_NAME_WORDS = 6;
/** Text of its own beyond the name and date line, as the item finder asks of every comment. */
const MIN_OWN_TEXT = 15;
/** Elements that run a name, a date and the text together on one line: an activity row. */
const LINE_TAGS = new Set(['span', 'p', 'a', 'em', 'small', 'b', 'strong', 'i', 'label', 'font']);

export interface LearnedRoles {
  /** The blocks whose roles were learned, each with the elements marked in it and their roles. */
  blocks: Map<Element, [Element, Fact][]>;
}

/**
 * Finds runs of same-shaped blocks missing a named author or date, and marks the element at the
 * place where most of them show a varying short name as the author, where most show a date as
 * the date, and where most keep the most text as the comment body.
 */
export function learnRepeatedRoles(elements: Element[], text: string, facts: PageFacts, sections: Element[], declaredThread: () => boolean): LearnedRoles {
  const blocks = new Map<Element, [Element, Fact][]>();
  let headlines: Set<Element> | undefined;
  // Asked at most once: reading the page's structured data is not cheap.
  let thread: boolean | undefined;
  const isThread = () => (thread ??= declaredThread());
  for (const members of repeatedShapes(elements, text)) {
    // An event list, a product grid or a gallery repeats a name, a date and a text too: only
    // blocks shown as posts by people (see byPeople) are learned from.
    const people = byPeople(members, text, (headlines ??= headlineHolders(elements)), sections, isThread);
    const needsAuthor = members.filter((m) => facts.holds(m, Fact.author)).length < MIN_SHARE * members.length;
    // Date text no class names is learned too, so every reader takes the same element as the date.
    const needsDate = members.filter((m) => facts.holds(m, Fact.date)).length < MIN_SHARE * members.length;
    if (!needsAuthor && !needsDate) continue;
    const set = new Set(members);
    const { names, dates, firstDate } = placesOf(members, set, text, facts);
    const date = needsDate ? best(dates, members.length) : null;
    // A label every block repeats ("Posted by", a rank) is no name: names vary.
    const name = needsAuthor ? best(names, members.length, varies) : null;
    if ((needsAuthor && !name) || (needsDate && !date)) continue;
    // Blocks whose writers answer one another by name ("@Mira Okonjo …") are posts by people too.
    if (!people && !(name && addressEachOther(name, members, text))) continue;
    const roles = new Map<Element, [Element, Fact][]>();
    for (const member of members) {
      const author = name?.at.get(member);
      const when = date ? (date.at.get(member) ?? firstDate.get(member)) : undefined;
      if (runsTogether(member, author ?? null, when ?? null) || ownText(member, set, [author, when]) < MIN_OWN_TEXT) continue;
      const marks: [Element, Fact][] = [];
      if (author) marks.push([author, Fact.author]);
      if (when) marks.push([when, Fact.date]);
      roles.set(member, marks);
    }
    if (roles.size < MIN_SHARE * members.length) continue;
    // The text block: the place holding the most text in most posts, apart from the name and date.
    const body = textBlock(roles, set);
    // A post is headed by its poster's name; a name after the text is a card's tag line ("FPS").
    if (name && body && [...roles.keys()].filter((post) => (name.at.get(post)?.start ?? 0) > (body.at.get(post)?.start ?? Infinity)).length >= (1 - MIN_SHARE) * roles.size) continue;
    const named = [...roles.keys()].some((post) => facts.holds(post, Fact.commentBody));
    for (const [post, element] of body && !named ? body.at : []) roles.get(post)!.push([element, Fact.commentBody]);
    for (const [post, marks] of roles) {
      for (const [element, fact] of marks) facts.learn(element, fact);
      blocks.set(post, marks);
    }
  }
  return { blocks };
}

/** Class or id words of a discussion: a comment, a post, a reply, a thread, a forum topic, a message. */
const DISCUSSION_WORD = /(?:^|[-_])(?:comments?|cmts?|posts?|postbit|postlist|repl(?:y|ies)|threads?|discussions?|forums?|topics?|messages?|msgs?|conversations?|responses?|guestbook)(?:$|[-_\d])/i;
/** Controls of a post: answering, quoting or reporting it, or linking to it. */
const POST_CONTROL = /^(?:reply|quote|answer|respond|report|flag|permalink)$/i;

/**
 * Positive evidence that the blocks are posts by people, which a list of events, products, search
 * results, photos or releases does not show: the run sits in a comment section or under a class or
 * id naming a discussion (the blocks' own included), the page declares itself a thread, or most
 * blocks carry a post's control (a reply, quote or report control, a permalink to the block) or a
 * link to a member's profile. Ancestors holding the headline (the article or the page wrapper,
 * WordPress's `article.post`, `body.single-post`) say what the page is, not what the run is.
 */
function byPeople(members: Element[], text: string, headlines: Set<Element>, sections: Element[], declaredThread: () => boolean): boolean {
  const set = new Set(sections);
  const first = members[0]!;
  if (discussionWords(first)) return true;
  for (let current = first.parent; current && current.tag !== 'body'; current = current.parent) {
    if (set.has(current)) return true;
    if (headlines.has(current)) break;
    if (discussionWords(current)) return true;
  }
  if (headedAsDiscussion(first, text, headlines)) return true;
  const memberSet = new Set(members);
  const controlled = members.filter((member) => {
    for (const inner of ownDescendants(member, memberSet)) if (isPostControl(inner, member, text)) return true;
    return false;
  });
  return controlled.length >= MIN_SHARE * members.length || declaredThread();
}

/**
 * A heading over the run that names what follows as readers' words ("What readers say", "12
 * Comments", "Comments (4)", "Join the discussion", "Kommentare"): a widget with no telling class
 * still titles itself. The discussion word is the heading's label, alone or after a count; a
 * headline that only uses the word ("Official responses to the budget") titles a story.
 */
const DISCUSSION_LABEL = String.raw`(?:comments?|repl(?:y|ies)|responses?|discussion|conversation|reactions?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|kommentarer|komentarze)`;
const DISCUSSION_HEADING = new RegExp(
  [
    // "Comments", "Reader comments (12)", "12 Comments", "3 Responses to “A second bridge”".
    String.raw`^\W*(?:(?:readers?['’]?|users?['’]?|your|visitor)\s+)?${DISCUSSION_LABEL}\W*(?:\(\d[\d,.]*\))?\W*$`,
    String.raw`^\W*\d[\d,.]*k?\s+(?:readers?['’]?\s+)?${DISCUSSION_LABEL}(?:\s+(?:to|on|about)\s[^\n]{1,80})?\W*$`,
    String.raw`^\W*(?:what (?:readers|you|people|others) (?:say|said|think)|readers?['’]?s?\s+(?:say|said|views|reactions|comments|letters)|join the (?:discussion|conversation)|have your say)\b[^\n]{0,30}$`,
  ].join('|'),
  'i',
);
/** "0 Comments", "No comments yet", "Comments are closed": the heading of a section with none. */
const NO_COMMENTS = /^\W*(?:0|no|zero)\s+(?:comments?|repl(?:y|ies)|responses?)\b|\b(?:comments?|discussion)\s+(?:are|is)\s+closed\b/i;
/** How many levels up, and how many siblings back at each, a run's heading is looked for. */
const HEADING_LEVELS = 3;
const HEADING_SIBLINGS = 3;

/** The nearest heading before the run, within a few siblings and levels, names readers' words. */
export function headedAsDiscussion(first: Element, text: string, headlines: Set<Element>): boolean {
  let current: Element | null = first;
  for (let level = 0; current && level < HEADING_LEVELS && !headlines.has(current); level++, current = current.parent) {
    const siblings = current.parent?.children ?? [];
    for (let i = childIndex(current) - 1, seen = 0; i >= 0 && seen < HEADING_SIBLINGS; i--) {
      const sibling = siblings[i]!;
      if (sibling.kind !== 'element' || sibling.hidden || sibling.end <= sibling.start) continue;
      seen++;
      if (!isHeading(sibling)) continue;
      // The nearest heading titles the run: one further back titles another part of the page.
      const heading = text.slice(sibling.start, sibling.end).trim();
      return DISCUSSION_HEADING.test(heading) && !NO_COMMENTS.test(heading);
    }
  }
  return false;
}

function isHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.tag) || element.attrs.role === 'heading';
}

/**
 * Whether a block's text "@mentions" the name another block shows: an event list or a product
 * grid never answers itself. Mentions are read once per block (one or two words after "@").
 */
function addressEachOther(name: Entry, members: Element[], text: string): boolean {
  const shown = new Map<string, Element>();
  for (const [member, element] of name.at) shown.set(text.slice(element.start, element.end).trim().toLowerCase(), member);
  for (const member of members) {
    const own = name.at.get(member);
    const words = text.slice(own ? own.end : member.start, member.end);
    for (const match of words.matchAll(MENTION)) {
      const [one, two] = [match[1]!.toLowerCase(), `${match[1]} ${match[2] ?? ''}`.trim().toLowerCase()];
      const named = shown.get(two) ?? shown.get(one);
      if (named && named !== member) return true;
    }
  }
  return false;
}

const MENTION = /@([\p{L}\p{N}_.-]*[\p{L}\p{N}_])(?:\s([\p{L}\p{N}_.-]*[\p{L}\p{N}_]))?/gu;

function discussionWords(element: Element): boolean {
  return element.tokens.some((token) => DISCUSSION_WORD.test(token)) || DISCUSSION_WORD.test(element.attrs.id ?? '');
}

/** Every element holding an `<h1>`: found once per page, so asking per run stays linear. */
export function headlineHolders(elements: Element[]): Set<Element> {
  const holders = new Set<Element>();
  for (const element of elements) {
    if (element.tag !== 'h1') continue;
    for (let current: Element | null = element; current && !holders.has(current); current = current.parent) holders.add(current);
  }
  return holders;
}

/** A reply, quote or report control, a permalink to the block, or a link to a member's profile. */
function isPostControl(element: Element, member: Element, text: string): boolean {
  if (element.tag === 'a' && isProfileHref(element.attrs.href ?? '')) return true;
  if (element.tag === 'a' && isPermalinkTo(element, member)) return true;
  if (element.tag !== 'a' && element.tag !== 'button' && element.attrs.role !== 'button') return isReplyLabel(element, text) || isReviewLabel(element, text);
  if (element.tokens.some((token) => POST_CONTROL.test(token.replace(/^(?:comment|post)[-_]|[-_](?:link|button|btn)$/g, '')))) return true;
  // A button's label may not be rendered text: its own text nodes are read, or its title (an icon button's).
  const own = element.children.map((child) => (child.kind === 'text' ? child.value : '')).join('');
  const label = element.attrs['aria-label'] ?? (own.trim() || (element.end - element.start <= 20 ? text.slice(element.start, element.end) : ''));
  // "Reply to comment by X", "Report comment by X": the control's word leads a longer label.
  return [label, element.attrs.title ?? ''].some((value) => POST_CONTROL.test(value.trim()) || LABELLED_CONTROL.test(value.trim()));
}

/** A control's label led by its action on the post it sits in. */
const LABELLED_CONTROL = /^(?:reply|quote|report|flag)\s+(?:to\s+)?(?:this\s+|the\s+)?(?:comment|post|message|reply|review)\b/i;

/**
 * What only a customer review shows: its helpfulness vote ("Was this review helpful?") or the
 * writer's purchase badge ("Verified Buyer"). A review is a post by a person; a product card is not.
 */
const REVIEW_LABEL = /^(?:was this (?:review|answer) helpful\??|verified (?:buyer|purchase|reviewer|owner|customer))$/i;
const REVIEW_LABEL_CHARS = 40;

function isReviewLabel(element: Element, text: string): boolean {
  if (element.end - element.start > REVIEW_LABEL_CHARS) return false;
  return REVIEW_LABEL.test(text.slice(element.start, element.end).trim());
}

/** The one control a script may hang on any element: answering the post. */
const REPLY_LABEL = /^(?:reply|respond)$/i;

/**
 * A "Reply" a script makes clickable on a plain element (HubSpot's `<p class="comment-reply-to">`):
 * an element holding nothing but that word.
 */
function isReplyLabel(element: Element, text: string): boolean {
  if (element.end - element.start > 10 || element.children.some((child) => child.kind === 'element')) return false;
  return REPLY_LABEL.test(text.slice(element.start, element.end).trim());
}

/**
 * A link to this very block: to its id as a fragment, or carrying its number (`#p48790`,
 * `goto=findpost&pid=1402231`). A bare `#` (a lightbox, a script) is none.
 */
function isPermalinkTo(link: Element, member: Element): boolean {
  const href = link.attrs.href ?? '';
  const id = member.attrs.id ?? '';
  if (id && href === `#${id}`) return true;
  const numbers = id.match(/\d{3,}/g) ?? [];
  return numbers.some((number) => new RegExp(`(?:^|\\D)${number}(?:\\D|$)`).test(href));
}

/**
 * Keeps the learned roles only inside the blocks taken as comments: elsewhere (a card grid the
 * item finder turned down) a learned name would read as an article's byline. Whether the items
 * found are the learned blocks (else they are to be dropped). An item may be a learned block or
 * the post around one (the item finder takes `div.post` where the blocks were its `div.content`),
 * as long as the block holds most of the post's words.
 */
export function keepLearned(learned: LearnedRoles, items: Element[], facts: PageFacts): boolean {
  if (learned.blocks.size === 0) return false;
  facts.forgetLearned();
  // Items of another shape that only hold learned parts (a card's meta line) were not what the
  // blocks showed: the learned pass found nothing.
  const taught = blocksTaking(learned, items);
  if (taught.size < 0.8 * items.length) return false;
  for (const blocks of taught.values()) for (const block of blocks) for (const [element, fact] of learned.blocks.get(block)!) facts.learn(element, fact);
  return true;
}

/** Share of a post's own words its learned block must hold for the post to be taken as that block. */
const BLOCK_SHARE = 0.5;

/**
 * Per item, the learned blocks it is or whose nearest item it is, kept when they hold at least
 * BLOCK_SHARE of the item's own words (replies nested in it left out of both).
 */
function blocksTaking(learned: LearnedRoles, items: Element[]): Map<Element, Element[]> {
  const itemSet = new Set(items);
  const nearestItem = (element: Element) => {
    for (let current: Element | null = element; current; current = current.parent) if (itemSet.has(current)) return current;
    return null;
  };
  // Replies nested in each item: the items whose nearest item above them is it.
  const replies = new Map<Element, Element[]>();
  for (const item of items) {
    const above = item.parent && nearestItem(item.parent);
    if (!above) continue;
    let list = replies.get(above);
    if (!list) replies.set(above, (list = []));
    list.push(item);
  }
  const ownChars = (element: Element, item: Element) =>
    (replies.get(item) ?? []).reduce((chars, reply) => chars - (holds(element, reply) ? reply.end - reply.start : 0), element.end - element.start);
  const taking = new Map<Element, Element[]>();
  for (const block of learned.blocks.keys()) {
    const item = nearestItem(block);
    if (!item || (block !== item && ownChars(block, item) < BLOCK_SHARE * ownChars(item, item))) continue;
    let list = taking.get(item);
    if (!list) taking.set(item, (list = []));
    list.push(block);
  }
  return taking;
}

/**
 * Names vary from post to post: a call to action ("Visit Website") or a label in most blocks, with
 * another text in one, is no name. Two people answering each other in three posts stay apart by
 * count: a text in more than 60% of the blocks needs two others beside it.
 */
function varies(entry: Entry): boolean {
  const texts = entry.texts;
  if (!texts || texts.size < 2) return false;
  let top = 0;
  for (const count of texts.values()) top = Math.max(top, count);
  return top <= MOST_BLOCKS * entry.count || texts.size >= 3;
}

/** The share of the blocks above which one text is a label, not a name, unless two other texts stand beside it. */
const MOST_BLOCKS = 0.6;

/** Per place (path from the block) the name-like and date-like elements the blocks show there. */
function placesOf(members: Element[], set: Set<Element>, text: string, facts: PageFacts) {
  const names = new Map<string, Entry>();
  const dates = new Map<string, Entry>();
  // A post that dates itself otherwise than most ("3 天前" where the others show a full date).
  const firstDate = new Map<Element, Element>();
  for (const member of members) {
    let rank = 0;
    for (const inner of ownDescendants(member, set)) {
      rank++;
      if (inner.hidden || inner.end <= inner.start) continue;
      const value = text.slice(inner.start, inner.end).trim();
      if (showsDate(inner, value, facts)) {
        note(dates, pathBetween(member, inner), member, inner, rank);
        if (!firstDate.has(member)) firstDate.set(member, inner);
      } else if (isNameLike(inner, value, member, facts)) {
        const entry = note(names, namePlace(member, inner), member, inner, rank);
        const texts = (entry.texts ??= new Map());
        if (entry.at.get(member) === inner) texts.set(value.toLowerCase(), (texts.get(value.toLowerCase()) ?? 0) + 1);
      }
    }
  }
  return { names, dates, firstDate };
}

/** One place in the blocks: how many show it, their summed rank in block order, the element in each. */
type Entry = { count: number; rank: number; at: Map<Element, Element>; chars?: number; texts?: Map<string, number> };

/**
 * Where most posts keep their words: the place (path from the post) whose element holds the most
 * text in total, holding neither the name nor the date, narrowed to the tightest element there
 * that still holds nearly all of it (Discuz's `td.t_f` inside `div.pct`).
 */
function textBlock(roles: Map<Element, [Element, Fact][]>, set: Set<Element>): Entry | null {
  const paths = new Map<string, Entry>();
  for (const [post, marks] of roles) {
    // Replies inside the post hold their own words: each inner element's text is counted without them.
    const nested = nestedMembers(post, set);
    let rank = 0;
    for (const inner of ownDescendants(post, set)) {
      rank++;
      if (inner.hidden || inner.end - inner.start < MIN_OWN_TEXT || marks.some(([part]) => holds(inner, part))) continue;
      const entry = note(paths, pathBetween(post, inner), post, inner, rank);
      let chars = inner.end - inner.start;
      for (const reply of nested) if (holds(inner, reply)) chars -= reply.end - reply.start;
      entry.chars = (entry.chars ?? 0) + chars;
    }
  }
  let chosen: [string, Entry] | null = null;
  for (const [path, entry] of paths) {
    if (entry.count < MIN_SHARE * roles.size) continue;
    if (!chosen || (entry.chars ?? 0) > (chosen[1].chars ?? 0)) chosen = [path, entry];
  }
  for (let deeper = chosen; deeper; ) {
    chosen = deeper;
    deeper = null;
    for (const [path, entry] of paths) {
      if (path.startsWith(`${chosen[0]}>`) && entry.count === chosen[1].count && holdsNearlyAll(entry, chosen[1], set)) deeper = [path, entry];
    }
  }
  return chosen?.[1] ?? null;
}

/**
 * Whether the inner place holds nearly all the words of the outer one in every post, not only in
 * total: a post's first paragraph is no text block, even where most posts are one paragraph long.
 */
function holdsNearlyAll(inner: Entry, outer: Entry, set: Set<Element>): boolean {
  if ((inner.chars ?? 0) < 0.9 * (outer.chars ?? 0)) return false;
  for (const [post, element] of outer.at) {
    const within = inner.at.get(post);
    if (!within || ownChars(within, set) < 0.9 * ownChars(element, set)) return false;
  }
  return true;
}

/** Characters of an element's rendered text outside the blocks of the group nested in it. */
function ownChars(element: Element, set: Set<Element>): number {
  let chars = element.end - element.start;
  for (const nested of nestedMembers(element, set)) chars -= nested.end - nested.start;
  return chars;
}

function note(paths: Map<string, Entry>, path: string, member: Element, inner: Element, rank: number): Entry {
  let entry = paths.get(path);
  if (!entry) paths.set(path, (entry = { count: 0, rank: 0, at: new Map() }));
  if (!entry.at.has(member)) {
    entry.at.set(member, inner);
    entry.count++;
    entry.rank += rank;
  }
  return entry;
}

/** The place most blocks share (at least MIN_SHARE of them), the earliest in the block on a tie. */
function best(paths: Map<string, Entry>, total: number, accept: (entry: Entry) => boolean = () => true): Entry | null {
  let chosen: [string, Entry] | null = null;
  for (const [path, entry] of paths) {
    if (entry.count < MIN_SHARE * total || !accept(entry)) continue;
    if (!chosen || entry.rank / entry.count < chosen[1].rank / chosen[1].count) chosen = [path, entry];
  }
  // The tightest element of that place: a wrapper holding only the name (or date) gives way to it.
  // Only an element inside the chosen one in every block: a wrapper of the name and a rank line
  // (`font > b > name`, `font > small > rank`) narrows to the name, never to the line after it.
  for (let deeper = chosen; deeper; ) {
    chosen = deeper;
    deeper = null;
    for (const [path, entry] of paths) if (path.startsWith(`${chosen[0]}>`) && entry.count === chosen[1].count && accept(entry) && insideEach(entry, chosen[1])) deeper = [path, entry];
  }
  return chosen?.[1] ?? null;
}

/** Whether each block's element at the inner place sits inside its element at the outer one. */
function insideEach(inner: Entry, outer: Entry): boolean {
  for (const [member, element] of inner.at) {
    const around = outer.at.get(member);
    if (!around || !holds(around, element)) return false;
  }
  return true;
}

/**
 * Groups of at least MIN_RUN elements of one shape where some parent (or grandparent, for blocks
 * each wrapped in their own list item) holds MIN_RUN of them: every element of that shape on the
 * page, nested replies included.
 */
function repeatedShapes(elements: Element[], text: string): Element[][] {
  const byShape = new Map<string, Element[]>();
  for (const element of elements) {
    if (element.hidden || element.end - element.start < MIN_OWN_TEXT || NOT_AN_ITEM.has(element.tag)) continue;
    if (element.tag === 'ul' || element.tag === 'ol' || element.tag === 'dl' || element.tag === 'table' || element.tag === 'tbody' || element.tag === 'body') continue;
    const shape = shapeOf(element);
    if (shape === null) continue;
    let group = byShape.get(shape);
    if (!group) byShape.set(shape, (group = []));
    group.push(element);
  }
  const runs: Element[][] = [];
  for (const group of withModifiers(byShape).values()) {
    if (group.length < MIN_RUN) continue;
    const siblings = new Map<Element, number>();
    const cousins = new Map<Element, number>();
    let run = false;
    for (const element of group) {
      const parent = element.parent;
      if (!parent) continue;
      const count = (siblings.get(parent) ?? 0) + 1;
      siblings.set(parent, count);
      const grand = parent.parent;
      const cousinCount = grand ? (cousins.get(grand) ?? 0) + 1 : 0;
      if (grand) cousins.set(grand, cousinCount);
      if (count >= MIN_RUN || cousinCount >= MIN_RUN) run = true;
    }
    // A wrapper of most of the page is no post, whatever shape it repeats.
    if (run) runs.push(group.filter((element) => element.end - element.start < 0.5 * text.length));
  }
  return runs;
}

/**
 * Descendants in document order, not entering other blocks of the group (nested replies), nor
 * deeper than MAX_DEPTH below the block: a post's name, date and text sit near its top, and the
 * cap keeps a deeply nested page linear.
 */
function* ownDescendants(member: Element, set: Set<Element>): Generator<Element> {
  const stack: Element[] = [];
  for (let i = member.children.length - 1; i >= 0; i--) {
    const child = member.children[i]!;
    if (child.kind === 'element') stack.push(child);
  }
  while (stack.length) {
    const element = stack.pop()!;
    if (set.has(element)) continue;
    yield element;
    if (element.depth - member.depth >= MAX_DEPTH) continue;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/** A date as shown, in a `<time>`, under a date class, or in a title the short label stands for ("5 Dec"). */
function showsDate(element: Element, value: string, facts: PageFacts): boolean {
  if (value.length > 60) return false;
  if (element.tag === 'time' || isDateText(element.attrs.title ?? '') || isDateText(element.attrs.datetime ?? '')) return true;
  // Date text alone must say it is a moment: a rating ("4.7/5") or a lamp life ("000 Hrs") reads as one too.
  return facts.is(element, Fact.dateText) && showsMoment(value);
}

/**
 * A short run of words with a letter, no sentence and no date: a handle, a name, a name with a
 * place. Links to a place on this page or to this block's own number (`#p48790`,
 * `goto=findpost&pid=1402231`) are permalinks, and chrome (reply, vote) is no name.
 */
function isNameLike(element: Element, value: string, member: Element, facts: PageFacts): boolean {
  if (value.length < 2 || value.length > MAX_NAME_CHARS || value.includes('\n') || !/\p{L}/u.test(value)) return false;
  // A sentence ends in a stop; a name may end in an initial's ("Harold P.").
  if (value.split(/\s+/).length > MAX_NAME_WORDS || (/[.!?:]$/.test(value) && !/(?:^|\s)\p{Lu}\.$/u.test(value)) || facts.is(element, Fact.commentChrome)) return false;
  if (facts.holds(element, Fact.dateText) || facts.holds(element, Fact.date) || isDateText(value)) return false;
  for (const inner of descendants(element)) if (isDateText(inner.attrs.title ?? '')) return false;
  // A heading, or a part of one, titles a card or a story ("(electrek.co)" after a headline): no name.
  for (let current: Element | null = element; current && current !== member; current = current.parent) if (isPermalink(current, member) || /^h[1-6]$/.test(current.tag)) return false;
  for (const inner of descendants(element)) if (isPermalink(inner, member) || /^h[1-6]$/.test(inner.tag)) return false;
  return true;
}

function isPermalink(element: Element, member: Element): boolean {
  if (element.tag !== 'a') return false;
  const href = element.attrs.href ?? '';
  if (href.startsWith('#') || href.startsWith('javascript:')) return true;
  const numbers = (member.attrs.id ?? '').match(/\d{3,}/g) ?? [];
  return numbers.some((number) => href.includes(number));
}

/**
 * A name, a date and a few words run together in one line ("pat_k added the wontfix label 3 days
 * ago"): an issue tracker's event row, a feed's activity line, not a post with a text block.
 */
export function isActivityRow(member: Element, set: Set<Element>, text: string, facts: PageFacts): boolean {
  const parts = partsOf(member, set, text, facts);
  return runsTogether(member, parts.author, parts.date);
}

/** The name and the date sit in one line element that holds most of the block's words. */
function runsTogether(member: Element, author: Element | null, date: Element | null): boolean {
  if (!author || !date) return false;
  const line = lowestCommon(author, date);
  if (!line || line === member || !LINE_TAGS.has(line.tag)) return false;
  return line.end - line.start >= 0.8 * (member.end - member.start);
}

/** Whether `outer`'s rendered range holds `inner`'s (an element inside it, or itself). */
function holds(outer: Element, inner: Element): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && inner.end > inner.start;
}

/** The lowest element holding both: for the first and last items in page order, it holds them all. */
export function lowestCommon(a: Element, b: Element): Element | null {
  const above = new Set<Element>();
  for (let current: Element | null = a; current; current = current.parent) above.add(current);
  for (let current: Element | null = b; current; current = current.parent) if (above.has(current)) return current;
  return null;
}

/** Characters of the block's rendered text outside nested blocks and outside the given parts. */
function ownText(member: Element, set: Set<Element>, parts: (Element | null | undefined)[]): number {
  let chars = member.end - member.start;
  for (const child of nestedMembers(member, set)) chars -= child.end - child.start;
  for (const part of parts) if (part) chars -= part.end - part.start;
  return chars;
}

/** The outermost blocks of the group inside this one. */
function nestedMembers(member: Element, set: Set<Element>): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (const child of member.children) if (child.kind === 'element') stack.push(child);
  while (stack.length) {
    const element = stack.pop()!;
    if (set.has(element)) {
      found.push(element);
      continue;
    }
    for (const child of element.children) if (child.kind === 'element') stack.push(child);
  }
  return found;
}
