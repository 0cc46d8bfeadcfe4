/**
 * Reply parents from evidence on the page only: indentation, "@Name", "Name:" addressing, a
 * quoted line of an earlier comment, a known author's name in the opening sentence, or a reply
 * opener ("Well said.", "Yes."). Without evidence a comment stays top-level.
 */
import { FUNCTION_WORDS } from '../../language/function-words.js';
import { memoize } from '../../memo.js';
import type { Finding } from '../../schema/index.js';
import { REPLY_TO_WORDS } from './header-block.js';
import { INSTANCE, isDateSpan, NAME_PREFIX } from './headers.js';

export interface ReplyInput {
  author: string | null;
  /** Offsets of the author name in the page, for reply-to names printed in the header. */
  authorStart: number | null;
  start: number;
  text: string;
  /** Indentation of the comment's first line, for nested layouts. */
  indent: number;
  /** Nesting level printed by the page ("level 2"), or null. */
  level: number | null;
  /**
   * A replied-to name printed in the header, with its page offset and what the header prints
   * after it up to the text ("said:" / the quoted words / "Click to expand...").
   */
  replyTo: { name: string; start: number; after?: string } | null;
  /** A placeholder printed as the author ("Anonim", "Gast"): names no one, but a reply may name it. */
  placeholder?: string | null;
  /** "2 replies" printed under the comment: the next comments shown answer it. */
  replyCount?: number | null;
  /** The first replier a toggle names ("2 replies by Nora Quist and others"). */
  repliedBy?: string | null;
  /** "Show more replies" printed after the comment: its reply list ends here. */
  endsReplies?: boolean;
  /** "Response from Kestrel Home": answers the comment above. */
  answersAbove?: boolean;
  /** A post signed under its text (a Q&A answer). */
  post?: boolean;
  /** Printed among the comments under such a post: on that post, unless it names another comment. */
  underPost?: boolean;
  /** Labelled "Q:" or "A:" in a questions-and-answers list. */
  qa?: 'question' | 'answer';
}

export interface ReplyLink {
  parent: number | null;
  depth: number;
  evidence: Finding | null;
}

/** Replies point at recent comments; a bounded look-back keeps huge threads linear. */
const LOOKBACK = 200;

const AT_MENTION = new RegExp(`@(${NAME_PREFIX}?[\\p{L}\\p{N}_.-]+(?:${INSTANCE}|\\s[\\p{Lu}][\\p{L}\\p{N}_.-]*)?)`, 'u');
/** A name opening a comment before a comma, colon or dash: "Margaret, the bookings…" (also read by the HTML splitter). */
export const ADDRESS = /^([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)(?:\s*[:,]|\s[–—])\s/u;
/** Forum quote headers name the quoted member: "Originally Posted by Mplsguy", "Mplsguy wrote:". */
const QUOTE_HEADER = /^(?:quote:?\s*\n)?\s*(?:originally posted by\s+(\S+)|(\S+(?:\s\S+)?)\s+(?:wrote|said):)/iu;
const QUOTE_LINE = /^>\s?(.{12,})$/mu;
/** A quoted sentence opening the comment, in English, German/Portuguese/French (« », „ “) marks. */
const QUOTED = /^["“«„]([^"”«»“\n]{15,}?)["”»“]/u;
/** Phrases that open a reply wherever they stand; single words only when punctuation follows ("Yes.", "This!"). */
const OPENER =
  /^(?:(?:well said|not true|so true|spot on|good point|great point|fair point|i agree|i disagree|thank you|thanks for|no worries|same here|true,? but|you(?:'re| are) (?:wrong|right))(?=[\s,.!:;…?-]|$)|(?:ridiculous|nonsense|rubbish|bullshit|agreed?|exactly|correct|wrong|indeed|absolutely|true|yes|yep|yeah|no|nope|thanks|lol|haha|bingo|amen|this|right|\+1)\s?(?=[,.!:;…]))/iu;

/**
 * `above` is the page text over the first comment (the article or the opening post): words a quote
 * finds there, and in no comment, were quoted from it.
 */
export function inferReplies(comments: ReplyInput[], above = ''): ReplyLink[] {
  const links: ReplyLink[] = [];
  // A printed level beats indentation; either one is layout evidence that outranks wording.
  const printed = comments.some((comment) => comment.level !== null);
  const depthOf = (comment: ReplyInput) => (printed ? (comment.level ?? 1) : comment.indent);
  const indents = [...new Set(comments.map(depthOf))].sort((a, b) => a - b);
  const nested = indents.length > 1;
  // Each comment's nesting rank, looked up once: a page may print thousands of distinct indents.
  const rank = new Map(indents.map((depth, i) => [depth, i]));
  const levels = comments.map((comment) => rank.get(depthOf(comment))!);
  // Earlier commenters are matched by their own names, so reply-to suffixes are cut as we go.
  const thread = newThread(comments.map((comment) => ({ ...comment })), above);
  // A reply toggle ("2 replies") opens a list of replies under its comment, flat in the dump.
  let shown: { parent: number; remaining: number } | null = null;
  const hosts = threadHosts(comments);
  thread.comments.forEach((comment, index) => {
    let link = nested && levels[index]! > 0 ? byIndentation(thread, index, levels) : comment.level === 1 ? NO_LINK : byText(thread, index, links, !nested);
    if (!nested && link.evidence?.rule === 'reply:exchange' && answersBackAndForth(thread, index, hosts)) linkBack(thread, index - 1, links);
    if (shown && (link.parent === null || link.evidence?.rule === 'reply:opener')) link = byToggle(thread, index, shown.parent, links);
    if (shown && --shown.remaining <= 0) shown = null;
    const depth = link.parent === null ? 0 : links[link.parent]!.depth + 1;
    links.push({ ...link, depth });
    comment.author = ownAuthor(comment.author, { ...link, depth });
    settle(thread, index);
    if (comment.endsReplies) shown = null;
    // Only a comment that is not itself in a shown list opens one (most sites nest one level).
    if (!shown && comment.replyCount && comment.replyCount > 0 && link.parent === null && repliesShown(thread.comments, index)) {
      shown = { parent: index, remaining: comment.replyCount };
    }
  });
  return links;
}

/** "level 1" printed over a comment: the page says it is top-level, whatever name its text mentions. */
const NO_LINK: Omit<ReplyLink, 'depth'> = { parent: null, evidence: null };

/** Comments a toggle's list may hold before its end is looked for no further. */
const SHOWN_MAX = 50;

/**
 * A toggle ("12 replies") may only count replies kept folded. Its replies are shown when the list
 * closes with "Show more replies" before the next toggle, or when the toggle names the next
 * comment's author ("2 replies by Nora Quist and others").
 */
function repliesShown(comments: ReplyInput[], index: number): boolean {
  const comment = comments[index]!;
  const next = comments[index + 1];
  if (!next) return false;
  if (comment.repliedBy && next.author && sameName(comment.repliedBy, next.author)) return true;
  // The next comment opens by naming the toggle's writer ("@xX_audiophile_Xx the F77 …"): the list is printed.
  const mention = AT_MENTION.exec(next.text.slice(0, 80));
  if (mention?.index === 0 && comment.author && sameName(mention[1]!, comment.author)) return true;
  const count = comment.replyCount ?? 0;
  for (let i = index + 1; i < Math.min(comments.length, index + 1 + Math.min(count, SHOWN_MAX)); i++) {
    if (comments[i]!.endsReplies) return true;
    if (comments[i]!.replyCount) return false;
  }
  return false;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/^@/u, '') === b.toLowerCase().replace(/^@/u, '');
}

/**
 * A comment in the reply list a toggle opened answers the toggle's comment; the thread's starter
 * answering inside the list answers the reply just above ("Would your dad talk to me?" / "I'll ask him").
 */
function byToggle(thread: Thread, index: number, parent: number, links: ReplyLink[]): Omit<ReplyLink, 'depth'> {
  const comment = thread.comments[index]!;
  const start = comment.start;
  const evidence = { text: '', start, end: start, rule: 'reply:toggle' };
  const previous = index - 1;
  const own = comment.author?.toLowerCase().replace(/^@/u, '');
  if (previous > parent && links[previous]?.parent === parent && own !== undefined && own === thread.lower[parent]) return { parent: previous, evidence };
  return { parent, evidence };
}

/**
 * The comments with what later comments ask of each earlier one (lowercased author, first name,
 * normalized text), worked out once per comment instead of once per look-back step.
 */
interface Thread {
  comments: ReplyInput[];
  /** Lowercased final author, set once the comment's own link is known. */
  lower: (string | undefined)[];
  /** First whitespace-separated word of `lower`. */
  firstWord: (string | undefined)[];
  /** `firstNameOf(author)`, for non-empty authors. */
  firstName: (string | undefined)[];
  /** Normalized text, computed when a quote first asks for it. */
  normalized: (string | undefined)[];
  /** The page text over the first comment, and its normalized form once a quote asks for it. */
  above: string;
  aboveNormalized?: string;
}

function newThread(comments: ReplyInput[], above = ''): Thread {
  return { comments, lower: [], firstWord: [], firstName: [], normalized: [], above };
}

/** Called once a comment's author is final: later comments only read earlier authors. */
function settle(thread: Thread, index: number): void {
  const author = thread.comments[index]!.author;
  // "@MarlaVoss" is answered as "@MarlaVoss" and as "MarlaVoss".
  const lower = author?.toLowerCase().replace(/^@/u, '');
  thread.lower[index] = lower;
  thread.firstWord[index] = lower ? lower.split(/\s+/u)[0] : undefined;
  thread.firstName[index] = author ? firstNameOf(author) : undefined;
}

function normalizedText(thread: Thread, index: number): string {
  return (thread.normalized[index] ??= normalize(thread.comments[index]!.text));
}

function byIndentation(thread: Thread, index: number, levels: number[]): Omit<ReplyLink, 'depth'> {
  const level = levels[index]!;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (levels[i]! < level) {
      // The evidence is layout, not words: an empty span at the comment start names the rule.
      const start = thread.comments[index]!.start;
      const sibling = exchangeAmongReplies(thread, index, i, levels);
      if (sibling !== null) return { parent: sibling, evidence: { text: '', start, end: start, rule: 'reply:nesting-exchange' } };
      return { parent: i, evidence: { text: '', start, end: start, rule: 'reply:nesting' } };
    }
  }
  return { parent: null, evidence: null };
}

/**
 * Replies printed side by side under one comment answer one another when their writers take
 * turns: the comment's own writer, replying in its list, answers the reply above (nobody answers
 * themselves), and "B / A / B" down the list is B coming back to A. Else each reply is on the comment.
 */
function exchangeAmongReplies(thread: Thread, index: number, parent: number, levels: number[]): number | null {
  const above = index - 1;
  if (above <= parent || levels[above] !== levels[index]) return null;
  const own = thread.comments[index]!.author?.toLowerCase().replace(/^@/u, '');
  if (!own || own === thread.lower[above]) return null;
  if (own === thread.lower[parent]) return above;
  const twoAbove = index - 2;
  return twoAbove > parent && levels[twoAbove] === levels[index] && thread.lower[twoAbove] === own ? above : null;
}

function byText(thread: Thread, index: number, links: ReplyLink[], flat: boolean): Omit<ReplyLink, 'depth'> {
  const comment = thread.comments[index]!;
  if (index === 0) return { parent: null, evidence: null };
  const opening = comment.text.slice(0, 200);
  return (
    responseAbove(thread, index) ??
    answersQuestion(thread, index) ??
    headerReplyTo(thread, index) ??
    replyToOpening(thread, index, opening) ??
    atMention(thread, index, opening) ??
    addressed(thread, index, opening) ??
    forumQuote(thread, index) ??
    quotedReply(thread, index) ??
    nameInOpening(thread, index, opening) ??
    continuesExchange(thread, index, links, opening, flat) ??
    opener(thread.comments, index, opening) ??
    onPost(thread, index) ?? { parent: null, evidence: null }
  );
}

/** A comment printed under a signed post, naming no other comment, is on the nearest post above. */
function onPost(thread: Thread, index: number) {
  const comment = thread.comments[index]!;
  if (!comment.underPost) return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (thread.comments[i]!.post) return { parent: i, evidence: { text: '', start: comment.start, end: comment.start, rule: 'reply:under-post' } };
  }
  return null;
}

/** An answer labelled "A:" answers the nearest question labelled "Q:" above it. */
function answersQuestion(thread: Thread, index: number) {
  const comment = thread.comments[index]!;
  if (comment.qa !== 'answer') return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (thread.comments[i]!.qa === 'question') return { parent: i, evidence: { text: '', start: comment.start, end: comment.start, rule: 'reply:qa-answer' } };
  }
  return null;
}

/** A seller's or author's response printed under a review answers the nearest comment that is not a response. */
function responseAbove(thread: Thread, index: number) {
  const comment = thread.comments[index]!;
  if (!comment.answersAbove) return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (!thread.comments[i]!.answersAbove) return { parent: i, evidence: { text: '', start: comment.start, end: comment.start, rule: 'reply:response-from' } };
  }
  return null;
}

function finding(comment: ReplyInput, offset: number, text: string, rule: string): Finding {
  return { text, start: comment.start + offset, end: comment.start + offset + text.length, rule };
}

/**
 * Disqus prints "Rick V. ➦ Jenna Marsh" above a reply; text dumps lose the arrow, leaving the
 * earlier commenter's full name at the end of the header's name.
 */
function headerReplyTo(thread: Thread, index: number) {
  const comments = thread.comments;
  const comment = comments[index]!;
  if (comment.replyTo) {
    const { name, start, after } = comment.replyTo;
    const quoted = quotedAfterIntro(after);
    const parent = quoted ? holderOfQuote(thread, index, name, quoted) : latestBy(thread, index, name);
    if (parent === NO_COMMENT) return { parent: null, evidence: null };
    if (parent !== null) return { parent, evidence: { text: name, start, end: start + name.length, rule: 'reply:header-in-reply-to' } };
  }
  const own = comment.author;
  if (!own || comment.authorStart === null) return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    const earlier = comments[i]!.author;
    if (!earlier || earlier.length >= own.length) continue;
    // Ends in " Name", which also covers "➦ Name", tested without building the suffix.
    if (own.charCodeAt(own.length - earlier.length - 1) !== 32 || !own.endsWith(earlier)) continue;
    const offset = own.length - earlier.length;
    const start = comment.authorStart + offset;
    return { parent: i, evidence: { text: earlier, start, end: start + earlier.length, rule: 'reply:header-reply-to' } };
  }
  return null;
}

/** "Reply to Anonymous: Dubai gives…", "Svar till Anonym: Håller med.": the reply-to line run into the text. */
const REPLY_TO_OPENING = new RegExp(`^(?:${REPLY_TO_WORDS})\\s+@?([^\\s:,.!?][^:\\n]{0,40}?)\\s*:\\s`, 'iu');

function replyToOpening(thread: Thread, index: number, opening: string) {
  const match = REPLY_TO_OPENING.exec(opening);
  if (!match) return null;
  const parent = latestBy(thread, index, match[1]!);
  if (parent === null) return null;
  return { parent, evidence: finding(thread.comments[index]!, 0, match[0].trimEnd(), 'reply:in-reply-to-opening') };
}

/** The commenter's own name, without a reply-to name printed after it. */
export function ownAuthor(author: string | null, link: ReplyLink): string | null {
  if (!author || link.evidence?.rule !== 'reply:header-reply-to') return author;
  return author.slice(0, author.length - link.evidence.text.length).replace(/[\s➦→▸►]+$/u, '') || author;
}

function atMention(thread: Thread, index: number, opening: string) {
  const match = AT_MENTION.exec(opening);
  if (!match) return null;
  const parent = latestBy(thread, index, match[1]!);
  if (parent === null) return null;
  return { parent, evidence: finding(thread.comments[index]!, match.index, match[0], 'reply:at-mention') };
}

function addressed(thread: Thread, index: number, opening: string) {
  const match = ADDRESS.exec(opening);
  if (match) {
    const parent = latestBy(thread, index, match[1]!);
    if (parent !== null) return { parent, evidence: finding(thread.comments[index]!, 0, match[1]!, 'reply:name-address') };
  }
  return handleAddressed(thread, index, opening) ?? greeted(thread, index, opening);
}

/** "phunniemee, what's the tattoo?", "user1942077, please …": an earlier commenter's whole handle, lowercase or with digits, opening the text. */
const HANDLE_ADDRESS = /^@?([\p{L}\p{N}][\p{L}\p{N}_.-]{2,39})[,:]\s/u;

function handleAddressed(thread: Thread, index: number, opening: string) {
  const match = HANDLE_ADDRESS.exec(opening);
  if (!match) return null;
  const wanted = match[1]!.toLowerCase();
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (thread.lower[i] === wanted) return { parent: i, evidence: finding(thread.comments[index]!, 0, match[1]!, 'reply:name-address') };
  }
  return null;
}

/** "Hi Jo!", "Thanks Malcolm,": a greeting that names an earlier commenter, or the first part of a handle ("jo_b"). */
export const GREETING = /^(?:hi|hey|hello|thanks|thank you|cheers|dear)[,\s]+@?(\p{Lu}[\p{L}'’-]*)(?=[\s,.!:;]|$)/u;

function greeted(thread: Thread, index: number, opening: string) {
  const match = GREETING.exec(opening.length > 1 ? opening[0]!.toLowerCase() + opening.slice(1) : opening);
  if (!match) return null;
  const name = match[1]!;
  const parent = latestBy(thread, index, name) ?? latestByHandleStart(thread, index, name.toLowerCase());
  if (parent === null) return null;
  return { parent, evidence: finding(thread.comments[index]!, match.index + match[0].length - name.length, name, 'reply:greeting') };
}

/**
 * The latest earlier comment whose handle starts with the name and a separator: "jo" for "jo_b".
 * A name of one letter is a word ("Hey I …", "Thanks A lot"), never the start of "i_am_sam".
 */
function latestByHandleStart(thread: Thread, index: number, name: string): number | null {
  if ((name.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    const author = thread.lower[i];
    if (author && author.length > name.length && author.startsWith(name) && /[_.\d-]/u.test(author.charAt(name.length))) return i;
  }
  return null;
}

function quotedReply(thread: Thread, index: number) {
  const comment = thread.comments[index]!;
  const match = QUOTE_LINE.exec(comment.text.slice(0, 600)) ?? QUOTED.exec(comment.text);
  if (!match) return null;
  const quoted = normalize(match[1]!).slice(0, 80);
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    // A comment that quoted the same line itself ("> Fluoride is …") is not where the words came from.
    if (normalizedText(thread, i).includes(quoted) && !quotesLine(thread.comments[i]!.text, quoted)) {
      return { parent: i, evidence: finding(comment, match.index, match[0], 'reply:quote') };
    }
  }
  return null;
}

function quotesLine(text: string, quoted: string): boolean {
  const own = QUOTE_LINE.exec(text.slice(0, 600));
  return own !== null && normalize(own[1]!).includes(quoted);
}

function forumQuote(thread: Thread, index: number) {
  const comment = thread.comments[index]!;
  const match = QUOTE_HEADER.exec(comment.text);
  const name = match?.[1] ?? match?.[2];
  if (!match || !name) return null;
  // The words start on the line under the intro ("X wrote: ↑Sun Feb 11, 2024 8:05 pm" / the words).
  const under = comment.text.indexOf('\n', match.index + match[0].length);
  const quoted = under < 0 ? [] : quotedLines(comment.text.slice(under + 1, under + 600), 1);
  const parent = quoted.length > 0 ? holderOfQuote(thread, index, name, quoted) : latestBy(thread, index, name);
  if (parent === NO_COMMENT) return { parent: null, evidence: null };
  if (parent === null) return null;
  return { parent, evidence: finding(comment, match.index, match[0], 'reply:forum-quote') };
}

/**
 * Words that open a comment, follow a greeting or end a thanks without naming anyone: discourse
 * openers ("Well, …", "Update: …"), verdicts ("Good, …", "Sad, really"), the whole readership or
 * the paper ("Hi all", "Dear Editor", "thanks everyone") and familiar address ("thanks man").
 * Display names are made of such words too ("Well Wisher"), so a name rule must not read them as one.
 */
const ADDRESS_WORDS = new Set(
  ('well so ok okay oh ah ahh aha hmm sure also anyway actually honestly frankly seriously basically sadly ' +
    'meanwhile update edit note ps correction addendum again ' +
    'good great nice fine sad interesting funny strange wow brilliant excellent ' +
    'everyone everybody anyone folks guys people team editor editors author admin mods moderator sir madam ' +
    'man mate dude buddy bro lads ladies gentlemen').split(' '),
);

/**
 * Whether a capitalised word opening a comment (or after "Hi", "thanks") can be a commenter's
 * name: not one letter ("Hey I think…"), not an English function word ("No, …", "Hi All"), not a
 * reply opener ("True, but …", OPENER) and not one of ADDRESS_WORDS. Shared by both splitters' name rules.
 */
export function couldBeName(word: string): boolean {
  const lower = word.toLowerCase();
  if ((lower.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  if (FUNCTION_WORDS.get(lower)?.includes('en') || ADDRESS_WORDS.has(lower)) return false;
  return !OPENER.test(`${lower},`);
}

/** "Update: …", "Edit: …": the writer's news to the whole thread; a name in it credits someone, it answers no one. */
const UPDATE_OPENING = /^(?:update|edit|eta|ps|p\.s\.|follow-?up)\s*\d*\s*[:–—-]/iu;

/** "Gree with you Pete." — a known author's first name in the first sentence. */
function nameInOpening(thread: Thread, index: number, opening: string) {
  if (UPDATE_OPENING.test(opening)) return null;
  const sentence = /^[^.!?\n]{0,160}/u.exec(opening)?.[0] ?? '';
  const comment = thread.comments[index]!;
  const own = comment.author?.toLowerCase();
  for (const word of sentence.matchAll(/\p{Lu}[\p{Ll}'’]{2,}/gu)) {
    const name = word[0].toLowerCase();
    for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
      const first = thread.firstName[i];
      if (first === undefined || thread.lower[i] === own) continue;
      // "The Employees of …" is no first name to find in "The choir will …".
      if (first.length >= 3 && (first === name || (name.length >= 4 && first.startsWith(name))) && couldBeName(first)) {
        return { parent: i, evidence: finding(comment, word.index, word[0], 'reply:name-mention') };
      }
    }
  }
  return null;
}

/**
 * Words that turn from the exchange to the whole thread: a new topic ("Separately: …", "On another note")
 * or a question to anyone reading ("Does anyone know …"). Such a comment answers nobody above it.
 */
const NEW_TOPIC = /^(?:separately|unrelated|off[- ]topic|on (?:an)?other note|on a (?:different|separate|side) note|different question|another question|(?:does|has|can|did|is) anyone\b|anyone (?:know|else)\b)/iu;

/**
 * "Jenny: … / Gwen (to Jenny): … / Jenny: …": a comment right under a reply to its own writer
 * answers that reply; two people talking back and forth rarely say each other's names every time.
 * On a flat page (no indentation or printed levels) a writer who comes back right after someone
 * else's comment answers it, named or not: "A / B / A" is an exchange.
 */
function continuesExchange(thread: Thread, index: number, links: ReplyLink[], opening: string, flat: boolean) {
  if (NEW_TOPIC.test(opening)) return null;
  const above = links[index - 1]?.parent;
  const own = thread.comments[index]!.author?.toLowerCase().replace(/^@/u, '');
  if (!own) return null;
  const answersReply = above !== null && above !== undefined && thread.lower[above] === own;
  if (!answersReply && !(flat && comesBack(thread, index, own))) return null;
  const start = thread.comments[index]!.start;
  return { parent: index - 1, evidence: { text: '', start, end: start, rule: 'reply:exchange' } };
}

/** "A / B / A": the writer of the comment two above, after another writer's (placeholder names are null by now). */
function comesBack(thread: Thread, index: number, own: string): boolean {
  const between = thread.lower[index - 1];
  return index >= 2 && thread.lower[index - 2] === own && between !== undefined && between !== own;
}

/**
 * A writer with this many comments on a page answers the thread (the post's author, the site's
 * team): a comment between two of theirs may be anyone's top-level comment. Below it, "A / B / A"
 * makes B a reply to A as well. (Coming back after two different writers is no sign of a host:
 * "A / B / A / C / A" is as often two exchanges as a host answering.)
 */
const HOST_COMMENTS = 4;

function threadHosts(comments: readonly ReplyInput[]): Set<string> {
  const written = new Map<string, number>();
  for (const { author } of comments) {
    const lower = author?.toLowerCase().replace(/^@/u, '');
    if (lower) written.set(lower, (written.get(lower) ?? 0) + 1);
  }
  return new Set([...written].filter(([, count]) => count >= HOST_COMMENTS).map(([own]) => own));
}

/** The comment at `index` came back to the writer two above, who is no host of the thread. */
function answersBackAndForth(thread: Thread, index: number, hosts: ReadonlySet<string>): boolean {
  const own = thread.lower[index - 2];
  const author = thread.comments[index]!.author?.toLowerCase().replace(/^@/u, '');
  return own !== undefined && author === own && !hosts.has(own);
}

/** A comment left top-level for want of evidence answers the one above it, once an exchange shows it. */
function linkBack(thread: Thread, index: number, links: ReplyLink[]): void {
  const link = links[index]!;
  // "Separately: does anyone know …" opens a topic of its own, whoever answers it.
  if (link.parent !== null || index < 1 || NEW_TOPIC.test(thread.comments[index]!.text.slice(0, 200))) return;
  const start = thread.comments[index]!.start;
  links[index] = { parent: index - 1, depth: links[index - 1]!.depth + 1, evidence: { text: '', start, end: start, rule: 'reply:exchange' } };
}

/** True when a paragraph starts like a reply: an @mention or a reply opener. */
export function opensReply(text: string): boolean {
  return /^@[\p{L}\p{N}_]/u.test(text) || OPENER.test(text);
}

/** Usernames count too: "jen_in_stpaul" answers to "Jen". Kept per name: threads repeat names. */
const firstNameOf = memoize(10_000, (author: string) => author.split(/[\s_.-]+/u)[0]!.toLowerCase());

/**
 * Thanks that go to the post's writer or the whole thread, not the comment above: "Thank you for
 * writing this", "Thanks for all your comments", "Thanks everyone".
 */
const THANKS_THE_THREAD = /^(?:thank you|thanks)(?: (?:so|very) much)?,? (?:for (?:all (?:your|the) (?:comments|replies|responses)|writing|sharing|posting|this (?:article|post|piece|story|column|write-?up)|the (?:article|post|piece|story|column|write-?up))|(?:to )?(?:all|everyone|everybody|all of you)\b)/iu;

function opener(comments: ReplyInput[], index: number, opening: string) {
  const match = OPENER.exec(opening);
  if (!match || THANKS_THE_THREAD.test(opening)) return null;
  return { parent: index - 1, evidence: finding(comments[index]!, 0, match[0], 'reply:opener') };
}

/** "X said:" quoted words that no comment holds and the opening post or article above them does. */
const NO_COMMENT = -1;

/** "said:" / "wrote" right after the replied-to name: the lines under it are the quoted words. */
const QUOTE_VERB = /^[ \t]*(?:wrote|said)\b:?[ \t]*\n/iu;
/** The forum's end of a folded quote. */
const QUOTE_END = /^click to expand/iu;
/** The arrow or bullet a forum prints before the quoted post's date ("↑", "»"). */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

function quotedAfterIntro(after: string | undefined): string[] | null {
  const verb = after ? QUOTE_VERB.exec(after) : null;
  if (!verb) return null;
  const lines = quotedLines(after!.slice(verb[0].length));
  return lines.length > 0 ? lines : null;
}

/**
 * Of the first `max` lines under a quote's intro (up to "Click to expand..."), those long enough
 * to find again, normalized. Where the quote ends unmarked, one line is read: the next is the reply's.
 */
function quotedLines(text: string, max = 3): string[] {
  const lines: string[] = [];
  let read = 0;
  for (const line of text.split('\n')) {
    if (QUOTE_END.test(line.trim()) || read >= max) break;
    const words = normalize(line).slice(0, 80);
    // phpBB prints the quoted post's date under its intro ("Tom wrote:" / "↑Sun Feb 11, 2024 8:05 pm"): no words of it.
    if (words.length === 0 || isDateSpan(line.trim().replace(LEADING_MARKS, ''))) continue;
    read++;
    if (words.length >= 15) lines.push(words);
  }
  return lines;
}

/**
 * A quote names its writer and prints their words: the earlier comment by that writer that holds
 * the words (not merely the latest by them). Words no comment holds but the text above the
 * comments does quote the opening post or article: the reply is on the thread (NO_COMMENT). Words
 * found nowhere (a page not shown, a trimmed or edited quote) or held by another writer's comment
 * only: the name decides, as without words.
 */
function holderOfQuote(thread: Thread, index: number, name: string, quoted: string[]): number | null {
  const wanted = wantedName(name);
  let heldByAnyone = false;
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    const text = normalizedText(thread, i);
    if (!quoted.some((line) => text.includes(line))) continue;
    if (writtenBy(thread, i, wanted)) return i;
    heldByAnyone = true;
  }
  if (!heldByAnyone && quoted.some((line) => aboveNormalized(thread).includes(line))) return NO_COMMENT;
  return latestBy(thread, index, name);
}

function aboveNormalized(thread: Thread): string {
  return (thread.aboveNormalized ??= normalize(thread.above));
}

function wantedName(name: string): string {
  return name.toLowerCase().replace(/^@/u, '').replace(/[.,:]+$/u, '');
}

/** Most recent earlier comment whose author matches a name, in full or by first name. */
function latestBy(thread: Thread, index: number, name: string): number | null {
  const wanted = wantedName(name);
  for (let i = index - 1; i >= Math.max(0, index - LOOKBACK); i--) {
    if (writtenBy(thread, i, wanted)) return i;
  }
  return null;
}

/** Whether comment `i` is by the (lowercased) name, in full or by first name. */
function writtenBy(thread: Thread, i: number, wanted: string): boolean {
  const author = thread.lower[i];
  // A reply "in reply to Anonim" answers the latest comment printed as "Anonim".
  if (!author) return thread.comments[i]!.placeholder?.toLowerCase() === wanted;
  if (author === wanted || thread.firstWord[i] === wanted || extendsName(wanted, author)) return true;
  // "Graham K." named as "Graham K": the name's own full stop is dropped with the sentence's.
  if (author.length === wanted.length + 1 && author.endsWith('.') && author.startsWith(wanted)) return true;
  // "@Sandra Keller" for "Sandra Keller, Baden": an author line printed with a location.
  return author.length > wanted.length && author.charCodeAt(wanted.length) === 44 && author.startsWith(wanted);
}

/** `wanted.startsWith(author + ' ')`, without building the string. */
function extendsName(wanted: string, author: string): boolean {
  return wanted.length > author.length && wanted.charCodeAt(author.length) === 32 && wanted.startsWith(author);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').trim();
}
