/**
 * Which comment a comment answers: a link naming the answered post by its anchor first (an "@Name"
 * link opening the text, a "[Re: Name]" link), then DOM nesting (a comment inside another, or in a
 * reply list after it; a visible "replying to Name" line naming a later comment of the same branch
 * overrides it), then depth-N classes, parent links, fold sizes, reply lines and quotes on flat
 * lists, then a linked name or an "@Name" opener (the microblog addressee excepted, see
 * addresseeOf), and last, on a flat page only, a commenter addressed by name (addressedName).
 */
import type { Comment, Segment } from '../../../schema/index.js';
import { childIndex, contains, descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { isPlaceholderName, profileHandle } from '../vocabulary.js';
import { partsOf } from './parts.js';
import { ADDRESS, couldBeName, GREETING } from '../../text/replies.js';
import { postNumbers, quotedPost } from './quotes.js';

/** The characters of a handle or of one word of a mentioned name. */
const HANDLE = '[\\p{L}\\p{N}_.-]+';

/** "@Name" (one or two words) opening a comment. */
const OPENING_MENTION = new RegExp(`^@(${HANDLE}(?: ${HANDLE})?)`, 'u');

/** The names an "@Name" opening `text` may mean: the whole mention and its first word; null without one. */
function mentionNames(text: string): string[] | null {
  const mention = OPENING_MENTION.exec(text)?.[1];
  return mention ? [mention, mention.split(' ')[0]!] : null;
}

/** "@handle" after the opening one: a reply on a microblog names everyone in the conversation ("@ines @tomr Same here"). */
const MORE_MENTIONS = new RegExp(`^\\s+@(${HANDLE})`, 'u');

/** The "@handles" opening a comment after the first, lower-cased, each with where it ends in the text. */
function moreMentions(text: string, from: number): { name: string; end: number }[] {
  const found: { name: string; end: number }[] = [];
  for (let at = from, more = MORE_MENTIONS.exec(text.slice(at)); more; more = MORE_MENTIONS.exec(text.slice(at))) {
    at += more[0].length;
    found.push({ name: more[1]!.toLowerCase(), end: at });
  }
  return found;
}

/**
 * "@Name" opening a flat comment answers the latest earlier comment by Name, or by the handle its
 * author's profile link names. Of several handles opening it, the latest comment by any of them.
 * The thread's addressee (see addresseeOf) is named by replies to the post itself: her comment is
 * the one answered only when it answered the writer or someone else the reply names.
 */
export function linkMention(comment: Comment, earlier: Comment[], handles: Handles = new Map(), addressee: string | null = null): boolean {
  const names = mentionNames(comment.text)?.map((n) => n.toLowerCase());
  if (!names) return false;
  // The latest earlier comment whose author is a name, or starts with one and a space or "(".
  const byName = threadOf(earlier, handles).byName;
  const more = moreMentions(comment.text, 1 + names[1]!.length);
  const named = new Set([...mentionKeys(comment.author, handles.get(comment)), names[1]!, ...more.map((m) => m.name)]);
  const answerable = (index: number, name: string) => index >= 0 && (name !== addressee || answersOneOf(earlier[index]!, earlier, named, handles));
  let index = -1;
  let length = 0;
  for (const name of [names[0]!, names[1]!]) {
    const found = byName.get(name) ?? -1;
    if (found > index && answerable(found, name)) [index, length] = [found, 1 + mentionLength(names, earlier[found]!, handles)];
  }
  for (const mention of more) {
    const found = byName.get(mention.name) ?? -1;
    if (found > index && answerable(found, mention.name)) [index, length] = [found, mention.end];
  }
  if (index < 0) return false;
  const candidate = earlier[index]!;
  comment.parentId = candidate.id;
  comment.depth = candidate.depth + 1;
  comment.replyEvidence = mentionEvidence(comment, length, 'at-mention');
  return true;
}

/** "Great news, thanks Tomás!": a commenter thanked by name in the first clause (the name capitalised: no `i` flag, under which \p{Lu} takes any letter). */
const THANKED = /^[^.!?\n]{0,60}\b(?:[Tt]hanks|[Tt]hank you),? (\p{Lu}[\p{L}'’-]+)(?=[!.,]|$)/u;

/** An opening sentence about the piece itself ("Great article, thanks Sarah!"): it addresses the article's writer, not a commenter. */
const ABOUT_THE_ARTICLE = /^[^.!?\n]{0,100}\b(?:article|piece|story|column|write-?up|report(?:ing)?|interview|blog ?post|this post)\b/iu;

/** The matches of the address shapes in a comment's opening, capture 1 the name as written. */
function addressMatches(opening: string): RegExpExecArray[] {
  // GREETING is written for a lower-case greeting word ("Hi" as "hi") and a capitalised name.
  const greeting = opening.charAt(0).toLowerCase() + opening.slice(1);
  return [ADDRESS.exec(opening), GREETING.exec(greeting), THANKED.exec(opening)].filter((match): match is RegExpExecArray => !!match?.[1]);
}

/**
 * A comment on a flat page addressing an earlier commenter by name without "@" answers that
 * commenter's latest comment: the name before a comma or colon ("Anna, thank you for the patch",
 * the text splitter's ADDRESS), after a greeting ("Hi Sandy,", GREETING), or thanked in the first
 * clause (THANKED). Only names of earlier commenters count, never the comment's own author's; a
 * single word must pass the text splitter's couldBeName ("True, but …" names nobody, whoever goes
 * by "True Patriot"); the thread's addressee and a writer thanked for the article are the post's.
 */
function addressedName(comment: Comment, earlier: Comment[], handles: Handles, addressee: string | null): boolean {
  const opening = comment.text.slice(0, 100);
  if (ABOUT_THE_ARTICLE.test(opening)) return false;
  const byName = threadOf(earlier, handles).byName;
  const own = new Set(mentionKeys(comment.author, handles.get(comment)));
  for (const match of addressMatches(opening)) {
    const written = match[1]!;
    // "Tomás Ferreira" or only "Tomás": the whole name first, then its first word.
    for (const name of new Set([written, written.split(' ')[0]!])) {
      const key = name.toLowerCase();
      if (!name.includes(' ') && !couldBeName(name)) continue;
      const index = byName.get(key) ?? -1;
      if (index < 0 || own.has(key) || key === addressee) continue;
      const candidate = earlier[index]!;
      comment.parentId = candidate.id;
      comment.depth = candidate.depth + 1;
      comment.replyEvidence = spanEvidence(comment, match.index + match[0].lastIndexOf(written), name.length, 'name-address');
      return true;
    }
  }
  return false;
}

/** Whether the comment answers one whose author goes by one of the names. */
function answersOneOf(comment: Comment, earlier: Comment[], names: Set<string>, handles: Handles): boolean {
  if (!comment.parentId) return false;
  for (let i = earlier.length - 1; i >= 0; i--) {
    if (earlier[i]!.id !== comment.parentId) continue;
    return mentionKeys(earlier[i]!.author, handles.get(earlier[i]!)).some((key) => names.has(key));
  }
  return false;
}

/**
 * The name most replies open with on a microblog thread, where every reply names the original
 * poster ("@drmaya Congratulations!"): named by at least three comments and by at least half of
 * those opening with a mention. Null when no name is that common, or when the comments of that
 * name in the thread are not mostly replies themselves: a commenter who opened a topic of her own
 * ("Has anyone tried the new ferry?") and got many "@Name" answers is answered, not the post's poster.
 */
function addresseeOf(comments: Comment[], handles: Handles): string | null {
  const counts = new Map<string, number>();
  let mentioning = 0;
  for (const comment of comments) {
    const names = mentionNames(comment.text);
    if (!names) continue;
    mentioning++;
    const first = names[1]!.toLowerCase();
    for (const name of new Set([first, ...moreMentions(comment.text, 1 + first.length).map((m) => m.name)])) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let top: [string, number] | null = null;
  for (const entry of counts) if (!top || entry[1] > top[1]) top = entry;
  if (!top || top[1] < 3 || top[1] < 0.5 * mentioning) return null;
  let own = 0;
  let replies = 0;
  for (const comment of comments) {
    if (!mentionKeys(comment.author, handles.get(comment)).includes(top[0])) continue;
    own++;
    if (mentionNames(comment.text)) replies++;
  }
  return replies * 2 > own ? top[0] : null;
}

/**
 * A member's linked name opening the comment, no "@" before it (Jira, Confluence): the reply
 * answers the latest earlier comment by that member.
 */
function linkedMention(comment: Comment, item: Element, items: Set<Element>, text: string, facts: PageFacts, earlier: Comment[], handles: Handles): boolean {
  for (const element of ownElements(item, items)) {
    if (element.start > comment.start) break;
    if (element.tag !== 'a' || element.start !== comment.start || !facts.is(element, Fact.author)) continue;
    const name = text.slice(element.start, element.end).trim().toLowerCase();
    // "@name" links are read as written mentions, by linkMention.
    if (name.startsWith('@')) return false;
    const byName = threadOf(earlier, handles).byName;
    const handle = profileHandle(element.attrs.href ?? '');
    const index = byName.get(name) ?? (handle ? byName.get(handle) : undefined) ?? -1;
    if (index < 0) return false;
    const candidate = earlier[index]!;
    comment.parentId = candidate.id;
    comment.depth = candidate.depth + 1;
    comment.replyEvidence = mentionEvidence(comment, element.end - element.start, 'linked-mention');
    return true;
  }
  return false;
}

/**
 * How much of a mention names the author: both words when the author's name starts with them,
 * else the first (a handle is one word).
 */
function mentionLength(names: string[], comment: Comment, handles: Handles): number {
  const author = comment.author?.toLowerCase() ?? '';
  return (names.find((name) => author.startsWith(name) || handles.get(comment) === name) ?? names[1]!).length;
}

/** Per comment, the handle its author's profile link names (`/@tomr` gives `tomr`), when it shows one. */
type Handles = Map<Comment, string>;

/** The handle the item's author links to: a link around the author's name, or inside it. */
function handleOf(item: Element, items: Set<Element>, text: string, facts: PageFacts): string | null {
  const author = partsOf(item, items, text, facts).author;
  if (!author) return null;
  for (let current: Element | null = author; current && current !== item; current = current.parent) {
    if (current.tag === 'a') return profileHandle(current.attrs.href ?? '');
  }
  for (const inner of descendants(author)) if (inner.tag === 'a') return profileHandle(inner.attrs.href ?? '');
  return null;
}

/** The mention at the comment's start, `length` characters of its text, as reply evidence. */
function mentionEvidence(comment: Comment, length: number, rule: string) {
  return spanEvidence(comment, 0, length, rule);
}

/** `length` characters of the comment's text from `at`, as reply evidence. */
function spanEvidence(comment: Comment, at: number, length: number, rule: string) {
  return { text: comment.text.slice(at, at + length), start: comment.start + at, end: comment.start + at + length, rule };
}

/** Earlier comments read back for a sibling a reply names: a list of 50,000 replies stays linear. */
const SIBLINGS_READ = 50;

interface SiblingLink extends ParentLink {
  /** Where in the comment's text the words naming the sibling start, and how many characters they take. */
  at: number;
  length: number;
}

/**
 * Replies one level deep a page must show, none nesting deeper, before it says the engine nests one
 * level only: on a small page a nesting engine (WordPress without depth classes) shows no deeper
 * reply either, by chance.
 */
const ONE_LEVEL_REPLIES = 4;

/**
 * Whether the engine nests replies one level only (Isso's follow-ups, Valine's quote box) and puts
 * a reply to a reply beside it: at least ONE_LEVEL_REPLIES items sit inside an item, and none sits
 * inside an item that itself sits inside an item. Where any reply has replies nested in it, the
 * engine nests, and a reply left under the comment was put there.
 */
function nestsOneLevel(items: Set<Element>): boolean {
  // Each item's nearest item around it, from the ancestors' answers where known.
  const levels = new Map<Element, number>();
  const sorted = [...items].sort((a, b) => a.order - b.order);
  let replies = 0;
  for (const item of sorted) {
    let level = 0;
    for (let current = item.parent; current; current = current.parent) {
      if (!items.has(current)) continue;
      level = (levels.get(current) ?? 0) + 1;
      break;
    }
    if (level >= 2) return false;
    if (level === 1) replies++;
    levels.set(item, level);
  }
  return replies >= ONE_LEVEL_REPLIES;
}

/**
 * Replies under one comment are often a flat list (Stack Exchange comments under an answer,
 * Facebook replies under a comment): a reply that opens with "@Name", or with a sibling's name as
 * Facebook tags it, answers that sibling, not the comment the list hangs under. Engines that nest
 * one level only (Isso's follow-ups, see nestsOneLevel; items stating a depth never count) put a
 * reply to a reply beside it, built like it: there only "@Name" says so (`flat` false: no tagged names).
 */
function mentionedSibling(comment: Comment, parent: Comment, earlier: Comment[], handles: Handles, flat: boolean): SiblingLink | null {
  const opening = comment.text.slice(0, 80).toLowerCase();
  const mentioned = mentionNames(opening);
  const at = mentioned !== null;
  if (!at && !flat) return null;
  const names = mentioned ?? [];
  for (let i = earlier.length - 1, read = 0; i >= 0 && read < SIBLINGS_READ; i--, read++) {
    const sibling = earlier[i]!;
    if (sibling === parent) break;
    // A name that is the parent's own author's answers the parent itself.
    if (sibling.parentId !== parent.id || !sibling.author || sibling.author.toLowerCase() === parent.author?.toLowerCase()) continue;
    const author = sibling.author.toLowerCase();
    if (at) {
      const keys = mentionKeys(author, handles.get(sibling));
      if (names.some((name) => keys.includes(name))) return { comment: sibling, rule: 'at-mention', at: 0, length: 1 + mentionLength(names, sibling, handles) };
    } else if (taggedName(opening, author)) return { comment: sibling, rule: 'tagged-name', at: 0, length: author.length };
  }
  return null;
}

/**
 * A name tagged without "@" opens the reply: a handle (it holds a space, "_" or a digit) followed
 * by a space, comma or colon, or a plain word followed by a comma or colon, as one addresses a
 * person ("mark, ..."). A plain word then a space is an ordinary sentence ("Mark my words",
 * "Don't listen"), whoever in the thread shares the word as a name.
 */
function taggedName(opening: string, author: string): boolean {
  if (author.length < 3 || !opening.startsWith(author)) return false;
  const next = opening[author.length] ?? '';
  if (/[\s\d_]/u.test(author)) return next === ' ' || next === ',' || next === ':';
  return next === ',' || next === ':';
}

/**
 * What the reply rules ask of the earlier comments, kept up to date as the list grows, so each
 * question costs O(1) instead of a scan of every earlier comment (quadratic on 50,000 comments).
 */
interface Thread {
  /** How many comments of the list are indexed, and the last of them, to notice a changed list. */
  seen: number;
  last: Comment | undefined;
  /** Author names and their prefixes a mention could match, to the latest comment's index. */
  byName: Map<string, number>;
  /** Comments with no shallower comment after them, depths strictly rising: the open thread path. */
  path: Comment[];
}
const threads = new WeakMap<Comment[], Thread>();

function threadOf(earlier: Comment[], handles: Handles): Thread {
  let thread = threads.get(earlier);
  // The callers only append; anything else (a shorter or different list) is indexed afresh.
  if (!thread || earlier.length < thread.seen || (thread.seen > 0 && earlier[thread.seen - 1] !== thread.last)) {
    thread = { seen: 0, last: undefined, byName: new Map(), path: [] };
    threads.set(earlier, thread);
  }
  for (let i = thread.seen; i < earlier.length; i++) {
    const comment = earlier[i]!;
    for (const key of mentionKeys(comment.author, handles.get(comment))) thread.byName.set(key, i);
    while (thread.path.length && thread.path[thread.path.length - 1]!.depth >= comment.depth) thread.path.pop();
    thread.path.push(comment);
  }
  thread.seen = earlier.length;
  thread.last = earlier[earlier.length - 1];
  return thread;
}

/**
 * The names this author goes by, as a mention or a reply line names them: the handle of their
 * profile link, the whole name, or a prefix before a space, "," or "(" ("Jo Brennan, Night
 * editor" goes by "Jo Brennan" and "Jo"). A name is at most two words and has no "(" or ",", so
 * prefixes stop at the second space, a "(" or a ",".
 */
function mentionKeys(name: string | null | undefined, handle?: string): string[] {
  const keys = handle ? [handle] : [];
  if (!name) return keys;
  const author = name.toLowerCase();
  keys.push(author);
  // A writer shown by handle ("@yuki-ops", "@tomr@mastodon.social") is mentioned without the "@".
  if (author.startsWith('@')) keys.push(author.slice(1), author.slice(1).split('@')[0]!);
  let spaces = 0;
  for (let i = 0; i < author.length && spaces < 2; i++) {
    const char = author[i];
    if (char !== ' ' && char !== '(' && char !== ',') continue;
    keys.push(author.slice(0, i));
    if (char !== ' ') break;
    spaces++;
  }
  return keys;
}

/** The latest earlier comment at `depth`, unless a shallower one came after it. */
function latestAtDepth(earlier: Comment[], depth: number, handles: Handles): Comment | null {
  const path = threadOf(earlier, handles).path;
  // The last path entry no deeper than `depth` is the first such comment counting back.
  let low = 0;
  let high = path.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (path[mid]!.depth <= depth) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && path[found]!.depth === depth ? path[found]! : null;
}

export interface ParentLink {
  comment: Comment;
  rule: string;
  /** The words that say so, when they are not the comment's header (a link naming the post answered). */
  span?: Segment;
}

/**
 * The comment this one answers: the nearest enclosing comment, else a depth-N class.
 * @param topDepth the depth the thread's top-level comments carry (see topLevelDepth)
 */
export function parentOf(item: Element, items: Set<Element>, byElement: Map<Element, Comment>, earlier: Comment[], handles: Handles = new Map(), topDepth = 0, indents: Map<Element, number> = new Map()): ParentLink | null {
  for (let current = item.parent; current; current = current.parent) {
    if (!items.has(current)) continue;
    const comment = byElement.get(current);
    if (comment) return { comment, rule: 'dom-nesting' };
  }
  const sibling = precedingSiblingParent(item, items, byElement, earlier);
  if (sibling) return { comment: sibling, rule: 'dom-nesting' };
  const marked = depthClass(item) ?? depthAttribute(item);
  const depth = marked === null ? (indents.get(item) ?? null) : marked - topDepth;
  if (depth === null || depth < 1) return null;
  const candidate = latestAtDepth(earlier, depth - 1, handles);
  return candidate ? { comment: candidate, rule: marked === null ? 'indent' : 'depth-class' } : null;
}

/**
 * Replies kept in a list after the comment rather than inside it (Slashdot: the comment's div,
 * then a <ul> of replies): climbing from the reply, a preceding sibling of another kind that holds
 * a comment is the parent. Preceding siblings of the same tag are peers in one list, not parents,
 * unless the sibling is the comment itself and the reply sits in a block after it.
 */
function precedingSiblingParent(item: Element, items: Set<Element>, byElement: Map<Element, Comment>, earlier: Comment[]): Comment | null {
  for (let from: Element = item; from.parent && from.parent.tag !== 'body'; from = from.parent) {
    const siblings = from.parent.children;
    let index = childIndex(from);
    let peers = false;
    while (--index >= 0) {
      const sibling = siblings[index]!;
      if (sibling.kind !== 'element') continue;
      const first = firstItem(sibling, items);
      if (!first) continue;
      // A block of replies right after a comment (Medium's indented box after a response) hangs under it,
      // whatever its tag: the comment itself is the sibling, the block only holds comments, and it shows
      // they are replies. A wrapper around more top-level comments (a "load more" batch, a highlighted
      // one) is no reply block.
      const repliesAfter = first === sibling && !items.has(from) && holdsReplies(from, item, sibling);
      if (!repliesAfter && (sibling.tag === from.tag || items.has(from))) peers = true;
      else return byElement.get(first) ?? null;
      // Peers in one list answer the same comment: a talk page's second indented reply hangs
      // where the first one does, under the paragraph before their list.
      if (sibling === first) return peerParent(byElement.get(first), earlier);
      break;
    }
    if (peers) return null;
  }
  return null;
}

/** The comment a peer hangs under by the markup (nesting or a list after it), or null. */
function peerParent(peer: Comment | undefined, earlier: Comment[]): Comment | null {
  if (!peer?.parentId || peer.replyEvidence?.rule !== 'dom-nesting') return null;
  for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i]!.id === peer.parentId) return earlier[i]!;
  return null;
}

/** A block named for replies (`replies`, `children`, `nested`, `sub-comments`). */
const REPLY_BLOCK = /(?:^|[-_])(?:replies|reply|children|child|nested|subcomments?|sub-comments?)(?:$|[-_])/i;

/**
 * A utility class that indents a block at its start side (Tailwind's and Bootstrap's `ms-11`,
 * `ml-8`, `md:ml-6`): the left margin of a nested list, by class rather than by style.
 */
const INDENT_UTILITY = /^(?:[a-z]+:)?m[ls]-(?:[1-9]\d*(?:\.5)?|\[[^\]]+\])$/;

/**
 * Evidence that a block after a comment holds replies to it: the block is indented (by style or a
 * utility class) or named for replies (class, id, test id, or a label such as "Replies to Mia"),
 * or the comment in it is another component than the one before it (Medium's `replyItem` after a
 * `responseItem`).
 */
function holdsReplies(block: Element, reply: Element, comment: Element): boolean {
  if ((leftIndent(block)?.amount ?? 0) > 0 || depthClass(block) !== null || block.tokens.some((token) => INDENT_UTILITY.test(token))) return true;
  if (block.tokens.some((token) => REPLY_BLOCK.test(token)) || REPLY_BLOCK.test(block.attrs.id ?? '')) return true;
  if (REPLY_BLOCK.test(block.attrs['data-testid'] ?? '') || /^repl(?:y|ies)\b/i.test(block.attrs['aria-label'] ?? '')) return true;
  return componentOf(reply) !== componentOf(comment);
}

/** A comment's component: its test id, else its tag and classes without instance numbers. */
function componentOf(element: Element): string {
  const testId = element.attrs['data-testid'];
  if (testId) return `${element.tag}[${testId.replace(/\d+/g, '#')}]`;
  return `${element.tag}.${element.tokens.filter((token) => !/\d/.test(token)).sort().join('.')}`;
}

function firstItem(element: Element, items: Set<Element>): Element | null {
  if (items.has(element)) return element;
  for (const inner of descendants(element)) if (items.has(inner)) return inner;
  return null;
}

/**
 * `depth-2`, `level-3`, `comment-depth-2`, `indent-1`, BEM's `comment-level--2` and `depth_2`, as a
 * zero-based depth; null when absent.
 */
function depthClass(element: Element): number | null {
  for (const token of element.tokens) {
    const match = /(?:^|[-_])(?:depth|level|indent|nest)[-_]{0,2}(\d+)$/.exec(token);
    if (match) {
      const value = Number(match[1]);
      return token.includes('indent') ? value : value - 1;
    }
  }
  return null;
}

/**
 * The depth every comment's depth class or attribute counts from: the shallowest among them when
 * every comment carries one. An engine that numbers the post itself level 1 marks its top-level
 * comments `thread_level_2` (Friendica); they answer the post, not one another.
 */
function topLevelDepth(items: Element[]): number {
  let top = Infinity;
  for (const item of items) {
    const depth = depthClass(item) ?? depthAttribute(item);
    if (depth === null) return 0;
    if (depth < top) top = depth;
  }
  return top === Infinity ? 0 : top;
}

/** A left indent in an element's own style and its unit: `padding-left:24px`, `margin-left: 2em`, `padding-left:5%`. */
const INDENT_AMOUNT = /(?:margin|padding)-(?:left|inline-start)\s*:\s*(\d+(?:\.\d+)?)([a-z%]*)/i;

function leftIndent(element: Element): { amount: number; unit: string } | null {
  const match = INDENT_AMOUNT.exec(element.attrs.style ?? '');
  return match ? { amount: Number(match[1]), unit: match[2]!.toLowerCase() } : null;
}

/** Units an indent step is drawn in; a share of the width (`5%`) or of the viewport changes with the window. */
const STEP_UNITS = new Set(['', 'px', 'em', 'rem']);

/**
 * Depths from the comments' own left indents, when a flat list draws its thread by indenting
 * (Medium: `padding-left:0px` for responses, `24px` for replies, `48px` below): each distinct
 * indent one level, the smallest the top. Only when every comment shows an indent in one unit
 * and there are two or more: a lone indent is layout. And only when the indents draw a thread:
 * it starts at the top level and each comment goes at most one level deeper than the one before
 * (a reply cannot skip a level; `0px` then `48px` is layout, a padded first comment a highlight).
 */
function indentDepths(items: Element[]): Map<Element, number> {
  const amounts = new Map<Element, number>();
  let unit: string | null = null;
  for (const item of items) {
    const indent = leftIndent(item);
    if (!indent || !STEP_UNITS.has(indent.unit)) return new Map();
    const own = indent.unit || 'px';
    if (unit !== null && own !== unit && indent.amount !== 0) return new Map();
    if (indent.amount !== 0) unit = own;
    amounts.set(item, indent.amount);
  }
  const levels = [...new Set(amounts.values())].sort((a, b) => a - b);
  if (levels.length < 2) return new Map();
  const depths = new Map([...amounts].map(([item, amount]) => [item, levels.indexOf(amount)]));
  let previous = -1;
  for (const item of items) {
    const depth = depths.get(item)!;
    if (depth > previous + 1) return new Map();
    previous = depth;
  }
  return depths;
}

/** Zero-based attributes: `depth="2"` (Reddit), `indent="1"` on Hacker News' indent cell. */
const ZERO_BASED = ['depth', 'data-depth', 'indent', 'data-indent'];
/** One-based attributes: `aria-level="2"`, `data-level="2"`. */
const ONE_BASED = ['aria-level', 'data-level', 'level'];

/** Depth from an attribute of the item or of an element at its top (Hacker News: td.ind[indent]). */
function depthAttribute(item: Element): number | null {
  const read = (element: Element, names: string[], base: number) => {
    for (const name of names) if (/^\d+$/.test(element.attrs[name] ?? '')) return Number(element.attrs[name]) - base;
    return null;
  };
  const own = read(item, ZERO_BASED, 0) ?? read(item, ONE_BASED, 1);
  if (own !== null) return own;
  // Inside the item only an indent cell counts: an aria-level there is a heading's, not the comment's.
  let seen = 0;
  for (const element of descendants(item)) {
    if (++seen > 12) break;
    const depth = read(element, ZERO_BASED, 0);
    if (depth !== null) return depth;
  }
  return null;
}

export function evidence(rule: string, span: Segment) {
  return { text: span.text, start: span.start, end: span.end, rule };
}


/**
 * Sets every comment's parent, depth and reply evidence, in page order: the markup first (nesting,
 * reply lists, depth classes), else an "@Name" opener. `items[i]` is the element of `comments[i]`;
 * `itemSet` holds every item found, those that gave no comment (pingbacks, empty ones) too, since
 * they still mark where a list of peers is.
 */
export function threadComments(comments: Comment[], items: Element[], itemSet: Set<Element>, text: string, facts: PageFacts, opening: OpeningPost | null = null): void {
  const byElement = new Map<Element, Comment>();
  const elementOf = new Map<Comment, Element>();
  const byNumber = new Map<string, Comment>();
  const byAnchor = new Map<string, Comment>();
  const earlier: Comment[] = [];
  // Each earlier comment by id, and its index in `earlier`: a branch is walked up by them, not rebuilt per comment.
  const earlierById = new Map<string, Comment>();
  const earlierIndex = new Map<Comment, number>();
  // Comments known to hang under a comment (laterInBranch), valid while no earlier parent changes.
  const branchMembers = new Map<Comment, Set<Comment>>();
  const enclosing = enclosingBySubtreeSize(items, itemSet);
  const handles: Handles = new Map();
  comments.forEach((comment, i) => {
    const handle = handleOf(items[i]!, itemSet, text, facts);
    if (handle) handles.set(comment, handle);
  });
  const addressee = addresseeOf(comments, handles);
  const oneLevel = nestsOneLevel(itemSet);
  const topDepth = topLevelDepth(items);
  const indents = indentDepths(items);
  // Anchors of items that gave no comment: the opening post (the body), pingbacks.
  const commentItems = new Set(items);
  const postAnchors = new Set([...itemSet].filter((element) => !commentItems.has(element)).flatMap((element) => anchorsOf(element, itemSet)));
  // The addresses this page goes by, from comments' permalinks to their own anchors.
  const pageAddresses = new Set<string>();
  // Whether the markup puts any comment under another (nesting, a depth class or attribute past the
  // top level), and the comments no evidence placed: a name addressed without "@" is evidence only
  // on a flat page, where the markup says nothing of who answers whom. Every item at depth 1 (a
  // WordPress blog with threading off) is a flat page.
  let markupTree = false;
  const unplaced = new Set<Comment>();
  comments.forEach((comment, i) => {
    const item = items[i]!;
    // A link that names the post answered by its anchor ("@Name" opening the text, "[Re: Name]"
    // by the subject) outranks the markup: engines that nest one level put replies to replies beside them.
    const linked = anchoredReply(comment, item, itemSet, text, byAnchor, postAnchors);
    const nested = parentOf(item, itemSet, byElement, earlier, handles, topDepth, indents);
    const enclosed = enclosing[i] !== undefined ? { comment: comments[enclosing[i]!]!, rule: 'subtree-size' } : null;
    if (nested || enclosed || (depthClass(item) ?? 0) > topDepth || (depthAttribute(item) ?? 0) > topDepth || (indents.get(item) ?? 0) > 0) markupTree = true;
    // A link to the opening post answers the post: no other evidence is read.
    let parent =
      linked === 'post'
        ? null
        : (linked ??
          nested ??
          linkedParent(item, itemSet, text, byAnchor) ??
          enclosed ??
          inReplyTo(comment, item, itemSet, text, byAnchor, earlier, pageAddresses) ??
          quoteParent(item, itemSet, text, facts, byNumber, earlier) ??
          mailQuoteParent(comment, earlier));
    // A visible reply line naming a later comment in the same branch than the one the markup nests
    // it under ("↳ replying to Sophie" where replies stop nesting): the line says which it answers.
    // Links and labels (a reply button's "Reply to anna") do not override the markup.
    if (parent?.rule === 'dom-nesting') {
      const named = inReplyTo(comment, item, itemSet, text, byAnchor, earlier, pageAddresses, 'visible-line');
      if (named && laterInBranch(named.comment, parent.comment, earlierById, earlierIndex, branchMembers)) parent = named;
    }
    if (linked) {
      if (parent) setParent(comment, parent);
    } else if (parent) {
      // Inside a flat reply list, "@Name" or a tagged name opening the reply picks the sibling it
      // answers; in a list built like the comments, "@Name" does where the engine nests one level only.
      const flat = flatReplyList(parent, item, elementOf);
      const sibling =
        (flat || (parent.rule === 'dom-nesting' && oneLevel && depthClass(item) === null && depthAttribute(item) === null) ? mentionedSibling(comment, parent.comment, earlier, handles, flat) : null) ??
        (flat ? ownPostAnswer(comment, parent.comment.author, item, elementOf.get(parent.comment)!, earlier, elementOf) : null);
      const answered = sibling ?? parent;
      comment.parentId = answered.comment.id;
      comment.depth = answered.comment.depth + 1;
      comment.replyEvidence = sibling ? spanEvidence(comment, sibling.at, sibling.length, sibling.rule) : evidence(parent.rule, comment.header ?? comment.paragraphs[0]!);
    } else if (!linkedMention(comment, item, itemSet, text, facts, earlier, handles) && !linkMention(comment, earlier, handles, addressee)) {
      // Under the opening post (a question's comments), its writer naming nobody answers the comment before.
      const sibling = opening && isFlatUnder(opening.element, item) ? ownPostAnswer(comment, opening.author, item, opening.element, earlier, elementOf) : null;
      if (sibling) {
        setParent(comment, sibling);
        comment.replyEvidence = spanEvidence(comment, sibling.at, sibling.length, sibling.rule);
      } else unplaced.add(comment);
    }
    byElement.set(item, comment);
    elementOf.set(comment, item);
    for (const number of postNumbers(item, facts)) byNumber.set(number, comment);
    const anchors = anchorsOf(item, itemSet);
    for (const anchor of anchors) {
      byAnchor.set(anchor, comment);
      const tail = ANCHOR_TAIL.exec(anchor)?.[1];
      if (tail) byAnchor.set(tailKey(tail), comment);
    }
    for (const address of permalinkAddresses(item, itemSet, anchors)) pageAddresses.add(address);
    earlierById.set(comment.id, comment);
    earlierIndex.set(comment, earlier.length);
    earlier.push(comment);
  });
  if (markupTree || !unplaced.size) return;
  const before: Comment[] = [];
  for (const comment of comments) {
    if (unplaced.has(comment)) addressedName(comment, before, handles, addressee);
    before.push(comment);
  }
}

function setParent(comment: Comment, parent: ParentLink): void {
  comment.parentId = parent.comment.id;
  comment.depth = parent.comment.depth + 1;
  comment.replyEvidence = evidence(parent.rule, parent.span ?? comment.header ?? comment.paragraphs[0]!);
}

/** "Re: Name" as a link's whole text, in brackets or not (UBB.threads' "[Re: marta_k]"). */
const RE_LABEL = /^\[?\s*re:\s*\S[^\n]{0,60}\]?$/i;

/**
 * A link naming the post a reply answers by that post's anchor: an "@Name" link opening the
 * reply's text (Valine's `<a class="at" href="#id">@Ola_B</a>`), or a "Re: Name" link by its
 * subject (UBB.threads' flat mode). 'post' when it names the opening post or another item that is
 * no comment: the reply answers the post itself. The anchor says which post, however the replies
 * are nested, and wherever the link's address points before its "#" (a topic's permalink).
 */
function anchoredReply(comment: Comment, item: Element, items: Set<Element>, text: string, byAnchor: Map<string, Comment>, postAnchors: Set<string>): ParentLink | 'post' | null {
  let seen = 0;
  for (const element of ownElements(item, items)) {
    if (++seen > 60) break;
    if (element.tag !== 'a') continue;
    const fragment = fragmentOf(element.attrs.href ?? '');
    if (!fragment) continue;
    const label = text.slice(element.start, element.end).trim();
    const opensText = label.startsWith('@') && opensParagraph(comment, element.start, text);
    if (!opensText && !RE_LABEL.test(label)) continue;
    const answered = byAnchor.get(fragment);
    if (answered) return { comment: answered, rule: opensText ? 'at-mention' : 'in-reply-to', span: { text: text.slice(element.start, element.end), start: element.start, end: element.end } };
    if (postAnchors.has(fragment)) return 'post';
  }
  return null;
}

/** Whether `at` is where one of the comment's paragraphs starts its words. */
function opensParagraph(comment: Comment, at: number, text: string): boolean {
  const paragraph = comment.paragraphs.find((p) => p.start <= at && at < p.end);
  return !!paragraph && text.slice(paragraph.start, at).trim() === '';
}

/** The thread's opening post (the page's body), when its element holds comments of its own. */
export interface OpeningPost {
  element: Element;
  author: string | null;
}

/** A writer's note on a change to their own post: "Edit:", "Update -", "EDIT 2:", "UPD:", "P.S.". */
const EDIT_NOTE = /^\s*(?:edit(?:ed)?|update[d]?|upd|p\.\s?s\.?)(?:\s*\d+)?\s*[:\-–—]/i;

/**
 * In a flat list of comments under a post (a Q&A answer's or question's comments), a comment by
 * the post's own writer that names nobody answers the latest comment before it in that list by
 * someone else ("Which version?" … the asker's "9.8 on Ubuntu"): a writer does not comment on
 * their own post to the post, except to note a change to it ("Edit: added the stack trace").
 */
function ownPostAnswer(comment: Comment, postAuthor: string | null, item: Element, post: Element, earlier: Comment[], elementOf: Map<Comment, Element>): SiblingLink | null {
  const author = comment.author?.trim().toLowerCase();
  // "Guest" and "Anonymous" name nobody: two posts showing one are not one writer's.
  if (!author || author !== postAuthor?.trim().toLowerCase() || isPlaceholderName(author) || EDIT_NOTE.test(comment.text)) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i]!;
    const element = elementOf.get(before);
    if (!element || element.parent !== item.parent || !contains(post, element)) break;
    if (before.author && before.author.trim().toLowerCase() !== author) {
      const first = comment.paragraphs[0]!;
      return { comment: before, at: first.start - comment.start, length: first.end - first.start, rule: 'own-post-answer' };
    }
  }
  return null;
}

/** A comment in a list inside the post, drawn as another kind of block than the post. */
function isFlatUnder(post: Element, item: Element): boolean {
  return contains(post, item) && depthClass(item) === null && depthAttribute(item) === null && anotherKind(post, item);
}

/** The item is not built like the block it sits in: another tag or other kind classes. */
function anotherKind(outer: Element, item: Element): boolean {
  const [a, b] = [kindClasses(outer), kindClasses(item)];
  return !(outer.tag === item.tag && a.length === b.length && a.every((name) => b.includes(name)));
}

/**
 * A reply list with no nesting of its own: the reply sits inside the comment it hangs under, as
 * an item of another kind (Stack Exchange's li.comment under div.answer, Facebook's reply row under
 * a comment row of other classes), and states no depth. Where a reply is built exactly like the
 * comment it sits in, or its classes count its depth (WordPress' li.comment.depth-2), replies to
 * replies nest too, so the nesting already says which comment it answers; in-reply-to lines,
 * parent links and quotes name it outright.
 */
function flatReplyList(parent: ParentLink, item: Element, elementOf: Map<Comment, Element>): boolean {
  if (parent.rule !== 'dom-nesting') return false;
  const outer = elementOf.get(parent.comment);
  if (!outer || outer.start > item.start || outer.end < item.end) return false;
  if (depthClass(item) !== null || depthAttribute(item) !== null) return false;
  return anotherKind(outer, item);
}

/** The classes that say what kind of item an element is, not which one (`comment-1234`, `depth-2`, `odd`). */
function kindClasses(element: Element): string[] {
  return (element.attrs.class ?? '').split(/\s+/).filter((name) => name && !/\d$/.test(name) && !/^(?:odd|even|alt)$/.test(name));
}

/**
 * Hacker News' collapse toggle says how many comments it folds (`<a class="togg" n="3">`): the
 * comment and the replies under it, which follow it in page order. Each comment's parent is then
 * the nearest earlier comment whose fold still reaches it. Index of each comment's parent, or
 * undefined; used only when every comment states its count.
 */
function enclosingBySubtreeSize(items: Element[], itemSet: Set<Element>): (number | undefined)[] {
  const parents: (number | undefined)[] = [];
  const sizes = items.map((item) => subtreeSize(item, itemSet));
  if (items.length < 2 || sizes.some((size) => size === null)) return parents;
  // Comments whose fold is still open, innermost last, with the last index each one reaches.
  const open: { index: number; last: number }[] = [];
  sizes.forEach((size, i) => {
    while (open.length && open[open.length - 1]!.last < i) open.pop();
    parents[i] = open[open.length - 1]?.index;
    open.push({ index: i, last: i + size! - 1 });
  });
  return parents;
}

const FOLD_TOKEN = /^(?:togg|toggle|collapse)$/;

function subtreeSize(item: Element, items: Set<Element>): number | null {
  let seen = 0;
  for (const element of ownElements(item, items)) {
    if (++seen > 40) break;
    const n = element.attrs.n;
    if (n && /^\d+$/.test(n) && Number(n) >= 1 && element.tokens.some((token) => FOLD_TOKEN.test(token))) return Number(n);
  }
  return null;
}

/** A "parent" link to an earlier comment's anchor (Hacker News and old Reddit navigation: `<a href="#40112301">parent</a>`). */
function linkedParent(item: Element, items: Set<Element>, text: string, byAnchor: Map<string, Comment>): ParentLink | null {
  for (const element of ownElements(item, items)) {
    if (element.tag !== 'a') continue;
    const href = element.attrs.href ?? '';
    if (!href.startsWith('#') || href.length < 2) continue;
    const label = text.slice(element.start, element.end).trim().toLowerCase();
    if (label !== 'parent' && element.attrs['data-event-action'] !== 'parent' && element.attrs.rel !== 'parent') continue;
    const comment = byAnchor.get(href.slice(1));
    if (comment) return { comment, rule: 'parent-link' };
  }
  return null;
}

/**
 * Whether `comment` comes after `root` and hangs, through its parents, under it: the walk up from
 * `comment` goes through earlier comments from `root` on only (`byId` and `index` hold every
 * earlier comment; a page of many reply lines walked a copy of the branch per comment).
 */
function laterInBranch(comment: Comment, root: Comment, byId: ReadonlyMap<string, Comment>, index: ReadonlyMap<Comment, number>, members: Map<Comment, Set<Comment>>): boolean {
  if (comment === root) return false;
  const start = index.get(root);
  if (start === undefined) return false;
  // Comments already found under `root` end the walk: a chain of replies that each answer the one
  // before is one step deeper per reply, and walking it whole per reply was quadratic.
  let known = members.get(root);
  if (!known) members.set(root, (known = new Set()));
  const path: Comment[] = [];
  for (let current: Comment | undefined = comment; current; ) {
    if (current === root || known.has(current)) {
      for (const passed of path) known.add(passed);
      return true;
    }
    path.push(current);
    const parent: Comment | undefined = current.parentId ? byId.get(current.parentId) : undefined;
    current = parent !== undefined && index.get(parent)! >= start ? parent : undefined;
  }
  return false;
}

/** Words saying which comment a reply answers. */
const REPLY_PHRASE = String.raw`(?:in\s+reply\s+to|replying\s+to|replied\s+to|reply\s+to|in\s+response\s+to|responding\s+to)`;

/** "in reply to post 2 by @tobias_dev" (Discourse), "In reply to scrapyard_dan", "Replying to Mia", "replied to Dieter" (NodeBB). */
const IN_REPLY_TO = new RegExp(String.raw`^[\s\p{S}\p{P}]*${REPLY_PHRASE}\s+(?:post\s+#?(\d+)\s+by\s+)?@?([^\n]{1,60}?)\s*$`, 'iu');

/** Words right before a link to the comment answered. */
const REPLY_BEFORE_LINK = new RegExp(String.raw`${REPLY_PHRASE}\s*$`, 'i');

/**
 * A comment's own reply action (WordPress' `<a class="comment-reply-link" href="?replytocom=7#respond"
 * aria-label="Reply to anna">`, a "Reply to anna" button): it names the comment it sits on, not the
 * one answered.
 */
function isReplyAction(element: Element): boolean {
  if (element.tag === 'button') return true;
  const href = element.attrs.href ?? '';
  return /[?&]replytocom=|#respond$/.test(href) || element.tokens.some((token) => /^(?:comment-)?reply-(?:link|button)$/.test(token));
}

/**
 * Whether a link goes to this page: a bare "#fragment", or the page address a comment's own
 * permalink uses (Movable Type writes every link in full). A link to another page may carry the
 * same per-page numbering (`#comment-1`).
 */
function onThisPage(href: string, pageAddresses: Set<string>): boolean {
  return href.startsWith('#') || pageAddresses.has(href.replace(/#.*$/s, ''));
}

/** Whether `at` lies in the comment's text (its paragraphs), where a reply line is prose, not chrome. */
function inCommentText(comment: Comment, at: number): boolean {
  return comment.paragraphs.some((paragraph) => paragraph.start <= at && at < paragraph.end);
}

/** The fragment of a link (`…/post.html#comment-40231` gives `comment-40231`), or ''. */
function fragmentOf(href: string): string {
  const at = href.indexOf('#');
  return at < 0 ? '' : href.slice(at + 1);
}

/** Class of an element naming the comment answered. */
const REPLY_TO_TOKEN = /^(?:in-?reply-?to|reply-?to|replying-?to)$/;

/** Where a reply line is read: anywhere in the item, or (overriding nesting) only a visible line of text, no link or label. */
type ReplyLines = 'any' | 'visible-line';

/**
 * A reply line or label naming the comment answered, by post number or by name. A name the
 * comment's own author goes by is its own reply button's, not the one answered.
 */
function inReplyTo(comment: Comment, item: Element, items: Set<Element>, text: string, byAnchor: Map<string, Comment>, earlier: Comment[], pageAddresses: Set<string>, lines: ReplyLines = 'any'): ParentLink | null {
  let seen = 0;
  for (const element of ownElements(item, items)) {
    if (++seen > 60) break;
    if (isReplyAction(element)) continue;
    if (lines === 'visible-line') {
      const line = element.tag !== 'a' && element.end - element.start <= 80 && element.children.every((child) => child.kind === 'text') ? IN_REPLY_TO.exec(text.slice(element.start, element.end)) : null;
      const named = line && !namedBy(comment.author, line[2]!.toLowerCase()) ? latestNamed(earlier, line[2]!.toLowerCase()) : null;
      if (named) return { comment: named, rule: 'in-reply-to' };
      continue;
    }
    const labels = [element.attrs['aria-label'], element.attrs.title];
    // A link's text whatever its inner markup ("<i class=fa-reply></i><span>replied to</span> <span>Dieter</span>").
    if (element.end - element.start <= 80 && (element.tag === 'a' || element.children.every((child) => child.kind === 'text'))) labels.push(text.slice(element.start, element.end));
    // A link the markup names a reply-to link shows only the name ("▶ bernd", Discourse embeds).
    const marked = element.tokens.some((token) => REPLY_TO_TOKEN.test(token)) && element.end - element.start <= 80;
    if (marked) labels.push(`in reply to ${text.slice(element.start, element.end).replace(/^[^\p{L}\p{N}@]+/u, '')}`);
    // "replied to <a href="…#comment-40231">comment from Derek</a>" (Movable Type): the words
    // before a link to another comment's anchor on this page say it is the one answered, in the
    // comment's byline or footer; in its text they are prose ("nobody has replied to <a>this</a>").
    const href = element.attrs.href ?? '';
    const anchored = element.tag === 'a' && element.parent && onThisPage(href, pageAddresses) && !inCommentText(comment, element.start) ? byAnchor.get(fragmentOf(href)) : undefined;
    if (anchored && REPLY_BEFORE_LINK.test(text.slice(Math.max(element.parent!.start, element.start - 30), element.start))) return { comment: anchored, rule: 'in-reply-to' };
    for (const label of labels) {
      const match = label ? IN_REPLY_TO.exec(label) : null;
      if (!match) continue;
      const byNumber = match[1] ? anchorNumbered(byAnchor, match[1]) : null;
      if (byNumber) return { comment: byNumber, rule: 'in-reply-to' };
      // The link goes to the post answered (`/post/40118`, `/notice/AiQ4B1mT9vWcPe`): its number,
      // or its last path step, is that post's id, or the end of it (`status-AiQ4B1mT9vWcPe`).
      const href = element.tag === 'a' ? (element.attrs.href ?? '') : '';
      const linked = /(\d{3,})\D*$/.exec(href)?.[1];
      const step = lastStep(href);
      const byLink = (linked ? byAnchor.get(linked) : undefined) ?? (step ? (byAnchor.get(step) ?? byAnchor.get(tailKey(step))) : undefined);
      if (byLink) return { comment: byLink, rule: 'in-reply-to' };
      const name = match[2]!.toLowerCase();
      if (namedBy(comment.author, name)) continue;
      const named = latestNamed(earlier, name);
      if (named) return { comment: named, rule: 'in-reply-to' };
    }
  }
  return null;
}

/** An anchor's id after a word naming the kind of post (`status-AiQ4B1mT9vWcPe`, `post_40118`). */
const ANCHOR_TAIL = /^[a-z]+[-_]+([\p{L}\p{N}]{6,})$/iu;

/** The key a post's id tail is kept under beside the anchors themselves: a link's id is looked up apart from fragments. */
const tailKey = (tail: string) => `\u0000tail:${tail}`;

/** The last path step of a link to another post, when it is an id (letters and digits, with a digit): `/notice/AiQ4B1mT9vWcPe`. */
function lastStep(href: string): string | null {
  const step = /\/([\p{L}\p{N}]{6,})\/?(?:[?#].*)?$/su.exec(href)?.[1];
  return step && /\d/.test(step) ? step : null;
}

/** The latest earlier comment whose author goes by the name. */
function latestNamed(earlier: Comment[], name: string): Comment | null {
  for (let i = earlier.length - 1; i >= 0; i--) if (namedBy(earlier[i]!.author, name)) return earlier[i]!;
  return null;
}

/** Whether the author goes by the name (see mentionKeys), a handle aside. */
function namedBy(author: string | null | undefined, name: string): boolean {
  return !!author && mentionKeys(author).includes(name);
}

/** The comment whose anchor is post number `n`: `post_2`, `post-2`, `p2`. */
function anchorNumbered(byAnchor: Map<string, Comment>, n: string): Comment | null {
  for (const anchor of [`post_${n}`, `post-${n}`, `post${n}`, `p${n}`]) {
    const comment = byAnchor.get(anchor);
    if (comment) return comment;
  }
  return null;
}

/** The addresses before "#" of the item's links to its own anchors (its permalink): this page's. */
function permalinkAddresses(item: Element, items: Set<Element>, anchors: string[]): string[] {
  const addresses: string[] = [];
  let seen = 0;
  for (const element of ownElements(item, items)) {
    if (++seen > 60) break;
    const href = element.tag === 'a' ? (element.attrs.href ?? '') : '';
    const at = href.indexOf('#');
    if (at > 0 && anchors.includes(href.slice(at + 1))) addresses.push(href.slice(0, at));
  }
  return addresses;
}

const POST_ID_ATTRIBUTE = /^data-(?:pid|post-?id|comment-?id|id)$/;

/** The ids and anchor names that point at an item: its own id, and named anchors at its top. */
function anchorsOf(item: Element, items: Set<Element>): string[] {
  const anchors = item.attrs.id ? [item.attrs.id] : [];
  // A post's number kept in a data attribute (NodeBB's `data-pid="40118"`), for links that carry it.
  for (const [name, value] of Object.entries(item.attrs)) if (POST_ID_ATTRIBUTE.test(name) && /^\d{3,}$/.test(value)) anchors.push(value);
  let seen = 0;
  for (const element of ownElements(item, items)) {
    if (++seen > 20) break;
    if (element.tag === 'a' && element.attrs.name) anchors.push(element.attrs.name);
  }
  return anchors;
}

/** The elements of an item, not those of items nested in it. */
function* ownElements(item: Element, items: Set<Element>): Generator<Element> {
  const stack: Element[] = [];
  for (let i = item.children.length - 1; i >= 0; i--) {
    const child = item.children[i]!;
    if (child.kind === 'element') stack.push(child);
  }
  while (stack.length) {
    const element = stack.pop()!;
    if (items.has(element)) continue;
    yield element;
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (child.kind === 'element') stack.push(child);
    }
  }
}

/**
 * The post a quote block at the reply's start comes from: by the post number it links, else by the
 * quoted name: the latest earlier post of that author that holds the quoted words, else their latest.
 */
function quoteParent(item: Element, items: Set<Element>, text: string, facts: PageFacts, byNumber: Map<string, Comment>, earlier: Comment[]): ParentLink | null {
  const quote = quotedPost(item, items, text, facts);
  if (!quote) return null;
  for (const number of quote.postIds) {
    const comment = byNumber.get(number);
    if (comment) return { comment, rule: 'quote' };
  }
  const words = quotedWords(text.slice(quote.block.start, quote.block.end));
  for (const name of quote.names) {
    const byName = namedQuoteParent(name.toLowerCase(), words, earlier);
    if (byName) return byName;
  }
  // A quote naming nobody, or a name no post of the thread has: its words may say whose post it is.
  return quotedWordsParent(quotedLine(text.slice(quote.block.start, quote.block.end)), earlier);
}

/**
 * "> words" lines opening a reply as plain text, the way mail archives and bug trackers quote: the
 * earlier post whose own words they are (quotedWordsParent). A reply made only of such lines
 * quotes nothing of its own and is left alone.
 */
function mailQuoteParent(comment: Comment, earlier: Comment[]): ParentLink | null {
  const lines = comment.text.split('\n');
  const quoted: string[] = [];
  for (const line of lines) {
    const match = /^\s*>\s?(.*)$/.exec(line);
    if (!match) break;
    quoted.push(match[1]!);
  }
  if (quoted.length === 0 || quoted.length === lines.length) return null;
  return quotedWordsParent(quotedLine(quoted.join('\n')), earlier);
}

/** The latest earlier post of the quoted author that holds the quoted words, else their latest. */
function namedQuoteParent(name: string, words: string | null, earlier: Comment[]): ParentLink | null {
  let latest: Comment | null = null;
  let read = 0;
  for (let i = earlier.length - 1; i >= 0 && read < QUOTED_CANDIDATES; i--) {
    const post = earlier[i]!;
    if (post.author?.toLowerCase() !== name) continue;
    // An author who posted twice: the quote answers the post that says what it quotes.
    if (!words || searchedText(post).includes(words)) return { comment: post, rule: 'quote' };
    latest ??= post;
    read++;
  }
  return latest && { comment: latest, rule: 'quote' };
}

/**
 * A quote naming nobody ("> This should have been caught by fuzzing"): the earliest of the recent
 * posts that holds its last line as a sentence or clause of its own wrote it; later ones holding it
 * quoted it too. Words met mid-sentence are that post quoting the same source (the article, a manual).
 */
function quotedWordsParent(line: string | null, earlier: Comment[]): ParentLink | null {
  if (!line) return null;
  let found: Comment | null = null;
  for (let i = earlier.length - 1, read = 0; i >= 0 && read < QUOTED_CANDIDATES; i--, read++) if (holdsClause(searchedText(earlier[i]!), line)) found = earlier[i]!;
  return found && { comment: found, rule: 'quote' };
}

/** Whether `line` occurs in `text` where a sentence or clause starts: the text's start or after ".!?:;,". */
function holdsClause(text: string, line: string): boolean {
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) if (at === 0 || /[.!?:;,"“(]\s?$/.test(text.slice(Math.max(0, at - 2), at))) return true;
  return false;
}

/**
 * Posts of the quoted author read for the quoted words, and the squeezed characters searched in
 * each: a reply costs at most 20 searches of 5,000 characters, whatever the posts' length, and each
 * post is squeezed once (cached), so a thread of thousands of quotes of long posts stays linear.
 */
const QUOTED_CANDIDATES = 20;
const QUOTED_SEARCH_CHARS = 5000;
const searched = new WeakMap<Comment, string>();

/** The start of a post's text, squeezed and lower-cased, as quoted words are looked for in it. */
function searchedText(post: Comment): string {
  let text = searched.get(post);
  if (text === undefined) {
    // Squeezing never lengthens: twice the characters kept cover whitespace runs of any sane post.
    text = squeezed(post.text.slice(0, 2 * QUOTED_SEARCH_CHARS)).slice(0, QUOTED_SEARCH_CHARS);
    searched.set(post, text);
  }
  return text;
}
/** Characters from the end of a quote that identify the post it comes from. */
const QUOTED_TAIL = 24;

/**
 * The end of the quote's last line: the quoted post's own words, past the header ("X wrote: ↑date"),
 * which phpBB glues to the first line, and past any older quote nested at its top.
 */
function quotedWords(quote: string): string | null {
  const lines = quote.split('\n').map(squeezed).filter((line) => line.length >= QUOTED_TAIL / 2);
  const last = lines[lines.length - 1];
  return last ? last.slice(-QUOTED_TAIL) : null;
}

/** The quote's last line whole, squeezed: the words looked for when the quote names nobody. */
function quotedLine(quote: string): string | null {
  const lines = quote.split('\n').map(squeezed).filter((line) => line.length >= QUOTED_TAIL / 2);
  return lines[lines.length - 1] ?? null;
}

function squeezed(value: string): string {
  return value.replace(/\s+/g, ' ').trim().toLowerCase();
}
