/**
 * Cuts the comment section into comments. Headers always start a comment; between headerless
 * paragraphs, the section's blank-line rhythm decides whether a paragraph continues a comment.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { endsSentence, isArticleParagraph, isTitleCased, wordCount } from './article.js';
import { countsSomeComments, saysNoComments } from './boilerplate.js';
import { narrowedLine } from './blocks.js';
import { LIST_HEADS, type ClassifiedBlock } from './classify.js';
import { matchHeader, type HeaderMatch } from './headers.js';
import { AFFILIATION_LINE, matchReplyTo } from './header-block.js';
import { isNameShaped, isPlaceholderName, looksLikeName } from './names.js';
import { opensReply } from './replies.js';
import { findPostSignatures, isRowEntry, signatureDate } from './post-signatures.js';
import { isSignedTail } from './signed-tails.js';
import { isSignOff } from './sign-offs.js';
import { commentLikeness } from './style.js';
import { QUOTE_LABEL } from './templates.js';

export interface CommentDraft {
  headerBlocks: ClassifiedBlock[];
  textBlocks: ClassifiedBlock[];
  /** Author and date offsets in the page. */
  author: [number, number] | null;
  postedAt: [number, number] | null;
  /** Nesting level printed in the header ("level 2"), when the page prints one. */
  level: number | null;
  /** A replied-to name printed in the header, as page offsets. */
  replyTo: [number, number] | null;
  /** "2 replies", "View 3 replies" printed under the comment: how many of the next comments answer it. */
  replyCount: number | null;
  /** "2 replies by Nora Quist and others": the first replier the toggle names. */
  repliedBy: [number, number] | null;
  /** "Show more replies" printed after the comment: the replies shown above end here. */
  endsReplies: boolean;
  /** "Response from Kestrel Home": the comment answers the one above it. */
  answersAbove: boolean;
  /** A post signed under its text (a Q&A answer): the comments signed under it are on it. */
  post: boolean;
  /** A comment printed under such a post, with the comments on that post. */
  underPost: boolean;
  /** "Q: …" / "A: …": a question, or an answer to the question above it. */
  qa?: 'question' | 'answer';
}

export interface SectionBoilerplate {
  block: ClassifiedBlock;
  kind: BoilerplateKind;
  rule: string;
}

/**
 * - `double-gap`: comments apart by two or more blank lines, paragraphs by one (SouthFront).
 * - `headed`: every comment has a header, so headerless paragraphs continue the comment (WordPress).
 * - `single`: one blank line everywhere and headers only sometimes (ZeroHedge): ambiguous.
 */
export type Rhythm = 'double-gap' | 'headed' | 'single';

export interface Segmentation {
  drafts: CommentDraft[];
  boilerplate: SectionBoilerplate[];
  rhythm: Rhythm;
  /** False when the rhythm won by a small margin, so boundaries between headerless paragraphs are a guess. */
  confident: boolean;
}

/**
 * `underListLabel`: the block right above the section is a list label ("Recent comments", "Most
 * read"), so the section opens as a list of links and excerpts until a real comment turns up.
 */
export function segmentComments(blocks: ClassifiedBlock[], headerlessLead: boolean, underListLabel = false): Segmentation {
  const { rhythm, confident } = detectRhythm(blocks, headerlessLead);
  const unheaded = !blocks.some((b) => b.role.kind === 'header' || b.role.kind === 'name');
  // "0 Comments" or "Be the first to comment": headerless text after it is page furniture.
  const saysNone = blocks.some(saysNoComments);
  // A section that says it is empty and counts no comment anywhere holds none: what follows the
  // form is the sidebar, an author box or a ticker, however header-shaped its lines are.
  if (saysNone && !blocks.some(countsSomeComments)) return emptySection(blocks, rhythm, confident);
  // A comment form ("Leave a Reply") comes after the comments it collects: headerless text under it
  // is the sidebar. Without headers, comments are only read where two blank lines part them.
  const firstMarker = blocks.find((b) => b.role.kind === 'furniture' && b.role.marker);
  const formFirst = isCommentForm(firstMarker);
  const drafts: CommentDraft[] = [];
  const boilerplate: SectionBoilerplate[] = [];
  let current: CommentDraft | null = null;
  // Under a list label ("Up next", "Most commented") inside the section, header-shaped entries
  // whose "text" is a headline are links, until a real comment turns up.
  let inList = underListLabel;
  // A sentence the furniture table claimed ("The views expressed here are …") right under a header
  // that has no text yet: if no other text comes, it is that comment's text.
  let held = null as { draft: CommentDraft; entry: SectionBoilerplate } | null;
  const close = () => {
    const draft: CommentDraft | null = current;
    current = null;
    if (!draft) return;
    if (draft.textBlocks.length === 0 && held?.draft === draft) {
      boilerplate.splice(boilerplate.indexOf(held.entry), 1);
      draft.textBlocks.push(held.entry.block);
    }
    held = null;
    if (draft.textBlocks.length === 0) {
      for (const block of draft.headerBlocks) boilerplate.push({ block, kind: 'other', rule: 'orphan-header' });
    } else if ((inList || isTeaser(draft)) && draft.textBlocks.every((block) => isLinkLine(block) || (inList && isExcerpt(block)))) {
      for (const block of [...draft.headerBlocks, ...draft.textBlocks]) boilerplate.push({ block, kind: 'navigation', rule: 'section:link-list' });
    } else if (drafts.length === 0 && !markerAbove(firstMarker, draft) && isHeadlineEntry(draft)) {
      // Before any comment and any comment marker, a header over headlines is a sidebar's entry.
      for (const block of [...draft.headerBlocks, ...draft.textBlocks]) boilerplate.push({ block, kind: 'navigation', rule: 'section:headline-list' });
    } else {
      inList = false;
      drafts.push(draft);
    }
  };
  // Who has posted so far, lower-cased: a quote names one of them.
  const posters = new Set<string>();
  // Movable Type, TypePad: "Posted by: NAME | DATE" under each comment's text.
  const trailing = trailingParts(blocks);
  const posts = findPostSignatures(blocks);
  // The last post closed was signed under its text, and only its comments came after it.
  let postAbove = false;
  // The signature that signs the post being read, or -1.
  let postSignature = -1;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = block.role;
    // "answered DATE / Name" under a run of paragraphs: the run is one post, the signature its header.
    const signature = posts.signedBy[i]!;
    if (signature >= 0) {
      // A label over the post's paragraphs ("Accepted answer") is the site's, not the writer's.
      if (postSignature !== signature && isRowEntry(block) && posts.signedBy[i + 1] === signature) {
        boilerplate.push({ block, kind: 'other', rule: 'post-label' });
        continue;
      }
      if (postSignature !== signature) {
        close();
        current = { ...newDraft([]), post: true };
        postSignature = signature;
      }
      current!.textBlocks.push(block);
      continue;
    }
    if (posts.inRow[i] && postSignature >= 0) {
      boilerplate.push({ block, kind: 'widget', rule: 'comment-actions' });
      continue;
    }
    const name = posts.nameOf.get(i);
    if (name !== undefined) {
      const signed: boolean = postSignature === i && current !== null;
      postSignature = -1;
      if (signed && current) {
        for (let j = i; j <= name.last; j++) addHeader(current, blocks[j]!);
        current.author = name.author;
        current.postedAt ??= signatureDate(block);
      } else {
        close();
        for (let j = i; j <= name.last; j++) boilerplate.push({ block: blocks[j]!, kind: 'byline', rule: 'post-signature' });
      }
      close();
      postAbove = signed;
      i = name.last;
      continue;
    }
    // "text – Name date": the line's head is a whole comment, its tail the header; under a
    // signed post, it is a comment on that post.
    if (isSignedTail(blocks[i + 1])) {
      close();
      current = { ...newDraft([block]), underPost: postAbove };
      continue;
    }
    if (isSignedTail(block) && current) {
      addHeader(current, block);
      close();
      continue;
    }
    if (trailing[i] === UNSIGNED && role.kind === 'prose') {
      close();
      boilerplate.push({ block, kind: 'navigation', rule: 'section:unsigned-label' });
      continue;
    }
    if (trailing[i] === SIGNED && (role.kind === 'header' || role.kind === 'prose')) {
      if (role.kind === 'prose') {
        if (current && current.headerBlocks.length > 0) close();
        if (current) current.textBlocks.push(block);
        else current = newDraft([block]);
        continue;
      }
      // The signature closes the text above it; a second header line right under it belongs to it.
      const last = current ?? drafts[drafts.length - 1];
      const follows = last !== undefined && last.headerBlocks[last.headerBlocks.length - 1] === blocks[i - 1];
      if (current && current.headerBlocks.length === 0) addHeader(current, block);
      else if (follows && last) addHeader(last, block);
      else boilerplate.push({ block, kind: 'other', rule: 'orphan-header' });
      continue;
    }
    // "Grannie Bev said:" inside a post whose header is read, over the quoted words: a quote. Only
    // under a dated header: where headers carry no date, "Anna Berg says:" over text is the next header.
    if (current && current.author !== null && current.postedAt !== null && isQuoteIntro(block, blocks[i + 1], posters)) {
      current.textBlocks.push(block);
      continue;
    }
    if (role.kind === 'header' || (role.kind === 'name' && isHeaderPosition(blocks, i))) {
      // A date line right under a name line belongs to the same header (WordPress, SouthFront).
      const follows = current?.headerBlocks[current.headerBlocks.length - 1] === blocks[i - 1];
      if (current && follows && current.textBlocks.length === 0 && role.kind === 'header' && role.header.author === null) {
        addHeader(current, block);
        continue;
      }
      // "replied to Ann" / "Bo Lind": the name under a reply line that named only the parent is the
      // writer's, and so is a header line that names one ("Svar til Anonym" / "Ronny S. Olsen, Tromsø").
      const namesWriter = role.kind === 'name' || (role.kind === 'header' && role.header.author !== null && role.header.replyTo === undefined);
      if (current && follows && current.textBlocks.length === 0 && current.author === null && current.replyTo !== null && namesWriter) {
        addHeader(current, block);
        continue;
      }
      // A name-shaped line right under a header that already names its author is a flair or a user
      // title ("goalie_dad_88" / "· 7h" / "Hartford Wolves"), except under a dated header with no text under it (below).
      if (current && follows && current.textBlocks.length === 0 && current.author !== null && role.kind === 'name') {
        // A flair stands over the text; a short line with no text under it, under a dated header, is the text ("based review").
        if (current.postedAt !== null && blocks[i + 1]?.role.kind !== 'prose') {
          current.textBlocks.push(block);
          continue;
        }
        // Between the name and the date it may name the replied-to commenter ("nullpointer" /
        // "grimdark_quill" / "• 3h"): the reply stage reads it so only when that name posted above.
        if (current.postedAt === null) current.replyTo ??= nameRange(block);
        addHeader(current, block);
        continue;
      }
      // A user title alone ("Staff Lists", "Works at …") names nobody and dates nothing: under a
      // name it is that header's; on its own it opens a comment only over a sentence of text (the
      // name above it was lost to the line before), never over a menu or a label.
      if (role.kind === 'header' && isAffiliationOnly(role.header) && !(blocks[i + 1] && isArticleParagraph(blocks[i + 1]!))) {
        boilerplate.push({ block, kind: 'other', rule: 'orphan-header' });
        continue;
      }
      close();
      postAbove = false;
      current = newDraft([]);
      // "The Employees of Carroll Hospice" / "December 1, 2026": where the thread prints a name line
      // over a date line, the line right over a date line is the name, however it is worded.
      const named = role.kind === 'header' ? namedBy(blocks, i, boilerplate, drafts) : null;
      if (named) {
        boilerplate.splice(boilerplate.indexOf(named), 1);
        current.headerBlocks.push(named.block);
        current.author = [named.block.start, named.block.end];
      }
      addHeader(current, block);
      const author = authorText(current);
      if (author) posters.add(author.toLowerCase());
      continue;
    }
    // "Reasons for signing" / "Comments (12)" after other posts: the comments proper start here.
    if (role.kind === 'furniture' && role.match.kind === 'comment-count') close();
    if (role.kind === 'action' || role.kind === 'furniture') {
      const kind = role.kind === 'furniture' ? role.match.kind : 'widget';
      const rule = role.kind === 'furniture' ? role.match.rule : 'comment-actions';
      const entry: SectionBoilerplate = { block, kind, rule };
      boilerplate.push(entry);
      if (current && current.author !== null && current.textBlocks.length === 0 && held?.draft !== current && readsAsCommentSentence(block)) held = { draft: current, entry };
      // Reply toggles speak about the comment above them.
      const above = current && current.textBlocks.length > 0 ? current : drafts[drafts.length - 1];
      if (above) noteToggle(above, block);
      // Action lines under the text end the comment; above it they are part of the header area.
      // A held sentence is the text when an action row follows it ("UPDATE: …" / "Reply").
      if (current && (current.textBlocks.length > 0 || (role.kind === 'action' && held?.draft === current))) close();
      if (role.kind === 'furniture' && LIST_HEADS.has(role.match.rule)) {
        close();
        inList = true;
      }
      continue;
    }
    // Without headers or a two-blank-line rhythm, text under a comment marker is usually the
    // sidebar and footer of a full-page dump; only text that reads like a comment is kept.
    if (!current && (saysNone || (unheaded && (rhythm !== 'double-gap' || formFirst)))) {
      boilerplate.push({ block, kind: 'other', rule: 'section:unheaded-text' });
      continue;
    }
    // Where comments carry headers, text outside them is the section's own: before the first one
    // ("Comments are closed", "Loading comments…"), and after a comment's action row or a label
    // closed it ("Show more", a sidebar) until the next header; unless the page prints headerless
    // comments too (ZeroHedge).
    if (!current && !unheaded && !headerlessLead) {
      boilerplate.push({ block, kind: 'widget', rule: drafts.length === 0 ? 'section:before-first-header' : 'section:between-comments' });
      continue;
    }
    if (current && (current.textBlocks.length === 0 || continues(current, block, rhythm))) {
      current.textBlocks.push(block);
      continue;
    }
    close();
    current = newDraft([block]);
  }
  close();
  const thread = isHeadlineList(drafts, firstMarker) ? withoutFeed(drafts, boilerplate, 'section:headline-list') : isHeadlineFeed(blocks, drafts) ? withoutFeed(drafts, boilerplate) : drafts;
  cutQaLabels(thread, boilerplate);
  qaLabelsAsAuthors(thread);
  moveFlairs(thread, boilerplate.map((b) => b.block.start).sort((a, b) => a - b));
  // Where each block sits in the section, by its start: both passes below look at a block's neighbour.
  const blockIndex = new Map(blocks.map((block, i) => [block.start, i]));
  cutRepeatedClosers(thread, boilerplate, blocks, blockIndex);
  const namesAbove = new NamesAbove(blocks, blockIndex, boilerplate);
  quotesAsHeaders(thread, namesAbove, blocks);
  namesOverCounts(thread, namesAbove);
  namesAbove.done();
  preferVaryingNames(thread);
  return { drafts: thread, boilerplate, rhythm, confident };
}

/**
 * A short line printed right under the header, with the text below it, is the header's own: a user
 * flair ("Member since the old forum"), "· Stickied comment", a forum's post-icon label. Two kinds of
 * evidence: where comments start a blank line below their header, the line sits in the header's
 * rhythm (no gap above, a gap below); on any layout, the same line opens the text of one writer's
 * posts three times, or of several writers' posts twice each: a user's or a site's template, not
 * what someone wrote (`repeatedOpeners`).
 */
function moveFlairs(drafts: CommentDraft[], leafStarts: number[]): void {
  let apart = 0;
  let close = 0;
  for (const draft of drafts) {
    if (draft.headerBlocks.length === 0) continue;
    if (draft.textBlocks[0]!.gapBefore === 0) close++;
    else apart++;
  }
  const rhythm = apart >= 2 && apart >= close * 2;
  const repeated = repeatedOpeners(drafts);
  for (const draft of drafts) {
    const [first, second] = draft.textBlocks;
    if (draft.headerBlocks.length === 0 || !first || !second || !isFlairShaped(first)) continue;
    const inRhythm = rhythm && first.gapBefore === 0 && second.gapBefore !== 0;
    if (!inRhythm && !repeated.has(openerKey(draft, first) ?? '')) continue;
    // A widget line between header and flair ("Avatar") stays boilerplate: the header would cover it.
    if (leafBetween(leafStarts, draft.headerBlocks[draft.headerBlocks.length - 1]!.end, first.start)) continue;
    draft.headerBlocks.push(draft.textBlocks.shift()!);
  }
}

function isFlairShaped(block: ClassifiedBlock): boolean {
  return block.lines.length === 1 && block.text.length <= FLAIR_MAX && !/[.!?:]["”’)]?$/u.test(block.text);
}

/**
 * A member's flair opens their posts three times or more; twice is a habit as likely ("Hi all").
 * A site's template line opens the posts of several writers, at least twice each: one opening per
 * writer ("same here", "+1", a quote of the question) is what readers write.
 */
const SAME_AUTHOR_OPENERS = 3;
const TEMPLATE_WRITERS = 2;
const TEMPLATE_PER_WRITER = 2;

/**
 * The author's name (its header block's text at the author offsets) and the line, as one key; null
 * without a name, or with a placeholder ("Anonymous", "Guest"): nameless comments are not one writer.
 */
function openerKey(draft: CommentDraft, line: ClassifiedBlock): string | null {
  const author = draft.author;
  const block = author ? draft.headerBlocks.find((b) => b.start <= author[0] && author[1] <= b.end) : undefined;
  if (!author || !block) return null;
  const name = block.text.slice(author[0] - block.start, author[1] - block.start);
  return isPlaceholderName(name) ? null : `${name.toLowerCase()}\n${line.text}`;
}

/**
 * Keys (author and line) of the short lines that open the text of a writer's headed comments often
 * enough to be a flair or a template (see the counts above). A header whose last block is already
 * such a line (a flair-shaped line that is no date or header line of its own) counts too: a page may
 * print the line inside the header block on some posts and under it on others.
 */
function repeatedOpeners(drafts: CommentDraft[]): Set<string> {
  const byAuthor = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.headerBlocks.length === 0) continue;
    const last = draft.headerBlocks[draft.headerBlocks.length - 1]!;
    const first = draft.textBlocks[0];
    const line =
      draft.headerBlocks.length > 1 && last.role.kind !== 'header' && isFlairShaped(last) ? last : first && draft.textBlocks.length > 1 && isFlairShaped(first) ? first : null;
    const key = line && openerKey(draft, line);
    if (key) byAuthor.set(key, (byAuthor.get(key) ?? 0) + 1);
  }
  // How many writers open at least twice with each line.
  const writersByLine = new Map<string, number>();
  for (const [key, count] of byAuthor) {
    if (count < TEMPLATE_PER_WRITER) continue;
    const line = key.slice(key.indexOf('\n') + 1);
    writersByLine.set(line, (writersByLine.get(line) ?? 0) + 1);
  }
  const keys = new Set<string>();
  for (const draft of drafts) {
    const first = draft.textBlocks[0];
    if (draft.headerBlocks.length === 0 || !first) continue;
    const key = openerKey(draft, first);
    if (key && ((byAuthor.get(key) ?? 0) >= SAME_AUTHOR_OPENERS || (writersByLine.get(first.text) ?? 0) >= TEMPLATE_WRITERS)) keys.add(key);
  }
  return keys;
}

const FLAIR_MAX = 50;

/**
 * A site's row under every comment ("214 people found this review helpful" / "Did you find this
 * helpful?" / "Yes" / "No", "Svara · Gilla (4) · Anmäl", "+3") is the page's template, not what
 * anyone wrote: the same short line, counts aside, closes the text of several writers' comments.
 * No list of labels: the thread's own repetition is the evidence. Cut from the end, a line at a
 * time (a row of three lines is three closers in turn); a comment keeps at least its first block.
 */
function cutRepeatedClosers(drafts: CommentDraft[], boilerplate: SectionBoilerplate[], blocks: ClassifiedBlock[], index: ReadonlyMap<number, number>): void {
  // The rows already read as a comment's actions count too: "12 Likes" under most posts makes a
  // glued "7 Likes 1 Share" under one of them a row.
  const rowsBelow = drafts.map((draft) => {
    const below = blocks[(index.get(draft.textBlocks[draft.textBlocks.length - 1]!.start) ?? blocks.length) + 1];
    return below && below.lines.length === 1 && (below.role.kind === 'action' || below.role.kind === 'furniture') ? closerLineKey(below.text) : null;
  });
  const row = rowUnderMost(rowsBelow);
  for (let round = 0; round < CLOSER_ROUNDS; round++) {
    const closers = repeatedClosers(drafts, round === 0 ? rowsBelow : []);
    if (closers.size === 0) return;
    const readers = row === null ? new Set<string>() : readersClosers(drafts, rowsBelow, row);
    for (const draft of drafts) {
      const key = closerKey(draft);
      if (!isCloser(key, closers) || readers.has(key!)) continue;
      const last = draft.textBlocks.pop()!;
      // A row glued under the text's last line (no blank line between) is cut off that block.
      const [rest, row] = last.lines.length > 1 ? splitLastLine(last) : [null, last];
      if (rest) draft.textBlocks.push(rest);
      boilerplate.push({ block: row, kind: 'widget', rule: 'comment-actions:repeated' });
    }
  }
}

/**
 * The site's row already found under most comments ('Reply' under each): its key, or null. Where
 * a page prints such a row, its template is there under every comment.
 */
function rowUnderMost(rowsBelow: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const key of rowsBelow) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const [key, count] of counts) if (count * 2 > rowsBelow.length) return key;
  return null;
}

/**
 * Closing lines of the text above the site's row under most comments that close fewer than half
 * the comments: a template would print its line above the row every time, so a line some writers
 * end with ('+1', 'Thanks all') above it is what they wrote. A line whose counts change from
 * comment to comment ('214 people found this review helpful' under the reviews that have votes) is
 * the site's, however few comments it closes: writers who repeat a line repeat it whole.
 */
function readersClosers(drafts: CommentDraft[], rowsBelow: (string | null)[], row: string): Set<string> {
  const counts = new Map<string, number>();
  const aboveRow = new Map<string, boolean>();
  const numbers = new Map<string, Set<string>>();
  drafts.forEach((draft, index) => {
    const line = closerLine(draft);
    const key = line === null ? null : closerLineKey(line);
    if (key === null) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    aboveRow.set(key, (aboveRow.get(key) ?? true) && rowsBelow[index] === row);
    numbers.set(key, (numbers.get(key) ?? new Set<string>()).add((line!.match(/\d+/gu) ?? []).join(' ')));
  });
  const keys = new Set<string>();
  for (const [key, count] of counts) if (aboveRow.get(key) && numbers.get(key)!.size === 1 && count * 2 <= drafts.length) keys.add(key);
  return keys;
}

/** A block's lines but the last, and its last line, as two blocks of the same role. */
function splitLastLine(block: ClassifiedBlock): [ClassifiedBlock, ClassifiedBlock] {
  const lines = block.lines;
  const kept = lines[lines.length - 2]!;
  const cut = lines[lines.length - 1]!;
  const rest = { ...block, end: kept.contentEnd, lines: lines.slice(0, -1), text: block.text.slice(0, kept.contentEnd - block.start) };
  const row = { ...block, start: cut.contentStart, end: cut.contentEnd, lines: [cut], text: cut.text, firstLine: cut.text, gapBefore: 0, indent: cut.indent };
  return [rest, row];
}

/** A template row may print up to this many lines under the text (a count, a prompt, two buttons). */
const CLOSER_ROUNDS = 4;
/** The same closing line under this many comments, by at least TEMPLATE_WRITERS writers. */
const CLOSER_COMMENTS = 3;
const CLOSER_MAX = 80;

/**
 * The last line of a comment's text when more text stands above it: short, lowercased, its counts
 * as '#' and a counted word in the singular ("1 Like", "12 Likes": '# like'); null otherwise.
 */
function closerKey(draft: CommentDraft): string | null {
  const line = closerLine(draft);
  return line === null ? null : closerLineKey(line);
}

/** The last line of a comment's text as printed, when more text stands above it and it is short. */
function closerLine(draft: CommentDraft): string | null {
  const block = draft.textBlocks[draft.textBlocks.length - 1];
  if (!block || (draft.textBlocks.length < 2 && block.lines.length < 2)) return null;
  const line = block.lines[block.lines.length - 1]!;
  if (line.contentEnd - line.contentStart > CLOSER_MAX) return null;
  return line.text;
}

function closerLineKey(line: string): string | null {
  return line.length > CLOSER_MAX ? null : countsAsHash(line).replace(/# (\p{L}+?)s\b/gu, '# $1');
}

/** A repeated closer, or counts only ("7 Likes 1 Share") of which one is a repeated closer ('# like'). */
function isCloser(key: string | null, closers: ReadonlySet<string>): boolean {
  if (key === null) return false;
  if (closers.has(key)) return true;
  const counts = key.match(/# \p{L}+/gu) ?? [];
  return counts.join(' ') === key && counts.some((count) => closers.has(count));
}

/** A line lowercased, its counts and dates' digits as '#': the key of a template line. */
function countsAsHash(text: string): string {
  return text.toLowerCase().replace(/\d[\d,.]*k?/gu, '#').replace(/\s+/gu, ' ');
}

function repeatedClosers(drafts: CommentDraft[], rowsBelow: (string | null)[]): Set<string> {
  const writers = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  drafts.forEach((draft, index) => {
    const key = closerKey(draft) ?? rowsBelow[index] ?? null;
    if (key === null) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const seen = writers.get(key) ?? new Set<string>();
    // A nameless comment is a writer of its own.
    seen.add(authorText(draft)?.toLowerCase() ?? `#${index}`);
    writers.set(key, seen);
  });
  const keys = new Set<string>();
  for (const [key, count] of counts) if (count >= CLOSER_COMMENTS && writers.get(key)!.size >= TEMPLATE_WRITERS) keys.add(key);
  return keys;
}

/**
 * "387 Reputation", "0 kudos": a count and its word, printed in LABEL_HEADERS headers or more, is a
 * field of the header's template, never the writer. The writer's name is then the first line of
 * the stack glued right above the header ("dealhunter_mike" / "L5: Journeyman" / "Joined Nov 2011"
 * / "2,418 Posts"), which joins the header; without such a line the comment is left nameless.
 */
function namesOverCounts(drafts: CommentDraft[], above: NamesAbove): void {
  const keyOf = (draft: CommentDraft) => {
    const name = authorText(draft);
    return name !== null && COUNT_AND_WORD.test(name) ? countsAsHash(name) : null;
  };
  const headers = new Map<string, number>();
  for (const draft of drafts) {
    const key = keyOf(draft);
    if (key !== null) headers.set(key, (headers.get(key) ?? 0) + 1);
  }
  if (headers.size === 0) return;
  for (const draft of drafts) {
    const key = keyOf(draft);
    if (key === null || (headers.get(key) ?? 0) < LABEL_HEADERS) continue;
    draft.author = null;
    above.take(draft);
  }
}

/**
 * The name line glued right above a header, set aside as section text: a stack of a name and its
 * profile fields ("dealhunter_mike" / "L5: Journeyman" / "Joined Nov 2011" / "2,418 Posts"), or a
 * name over its post count. `take` moves it into the header as the author; `done` drops the moved
 * blocks from the section's boilerplate, once.
 */
class NamesAbove {
  private readonly loose: Set<ClassifiedBlock>;
  private readonly moved = new Set<ClassifiedBlock>();

  constructor(
    private readonly blocks: ClassifiedBlock[],
    private readonly index: ReadonlyMap<number, number>,
    private readonly boilerplate: SectionBoilerplate[],
  ) {
    this.loose = new Set(boilerplate.map((entry) => entry.block));
  }

  take(draft: CommentDraft): void {
    const first = draft.headerBlocks[0]!;
    const above = this.blocks[(this.index.get(first.start) ?? 0) - 1];
    if (!above || !this.loose.has(above) || this.moved.has(above) || first.gapBefore > 0 || above.lines.length > MAX_STACK_LINES) return;
    const line = above.lines[0]!;
    const name = above.text.slice(0, line.contentEnd - above.start);
    if (!isNameShaped(name) || matchHeader(name) !== null) return;
    this.moved.add(above);
    draft.headerBlocks.unshift(above);
    draft.author = [line.contentStart, line.contentEnd];
  }

  /**
   * The section's loose blocks between the header's last block and `to` ("Share" under the date),
   * moved into the header: a quote read into the header below them must not leave them inside it.
   */
  takeBetween(draft: CommentDraft, to: number): void {
    const last = draft.headerBlocks[draft.headerBlocks.length - 1]!;
    for (let i = (this.index.get(last.start) ?? this.blocks.length) + 1; i < this.blocks.length && this.blocks[i]!.start < to; i++) {
      const block = this.blocks[i]!;
      if (!this.loose.has(block) || this.moved.has(block)) continue;
      this.moved.add(block);
      draft.headerBlocks.push(block);
    }
  }

  done(): void {
    if (this.moved.size === 0) return;
    const kept = this.boilerplate.filter((entry) => !this.moved.has(entry.block));
    this.boilerplate.splice(0, this.boilerplate.length, ...kept);
  }
}

/** "387 Reputation", "2,418 Posts", "0 kudos"; not a post number ("18. SoonerDave"). */
const COUNT_AND_WORD = /^\d[\d,]*(?:\.\d+)?k?\s+\p{L}+$/u;
/** A name with its profile fields over a header: name, rank, join date, post count. */
const MAX_STACK_LINES = 6;

/**
 * "Quote from Emeka_Obi" / "Best thing Lagos has done in 20 years." / blank line / the reply: a
 * quote printed as a paragraph of its own, its first line naming the quoted writer, opens the
 * reply. It is the quoted writer's words, not the reply's: it joins the header, and the name it
 * gives is the replied-to name. A quote run into the reply's text with no blank line after it
 * ("X said:" / quoted line / "Click to expand..." / reply) joins the header too where the page
 * shows its end (quoteRunEnd); else it stays in the text.
 */
function quotesAsHeaders(drafts: CommentDraft[], above: NamesAbove, blocks: readonly ClassifiedBlock[]): void {
  const writers = new WritersAbove(blocks);
  for (const draft of drafts) {
    writers.pass(draft);
    const first = draft.textBlocks[0];
    const header = draft.headerBlocks[draft.headerBlocks.length - 1];
    if (!first || !header) continue;
    // The intro opens the text, or ends the header it was read into ("640 Reputation" / DATE / "Quote from kayleighb").
    // A header that is the intro line alone ("Ines Varga wrote:" / text) is the site's own header: its writer.
    const lastLine = header.lines[header.lines.length - 1]!;
    const headerHasMore = draft.headerBlocks.length > 1 || header.lines.length > 1;
    const headerIntro = headerHasMore ? QUOTE_INTRO_START.exec(header.text.slice(lastLine.contentStart - header.start)) : null;
    // "Quote:" alone over the intro ("Quote:" / "Originally Posted by X" / the words): the site's label.
    const label = !headerIntro && QUOTE_LABEL.test(first.text) && draft.textBlocks.length > 2 ? 1 : 0;
    const introBlock = draft.textBlocks[label]!;
    const intro = headerIntro ?? QUOTE_INTRO_START.exec(introBlock.text.slice(0, introBlock.lines[0]!.contentEnd - introBlock.start));
    if (!intro) continue;
    const from = headerIntro ? 0 : label + 1;
    let end = from;
    // "Quote from X" / ": the quoted words": the colon of a one-line quote, carried to the next line.
    if (draft.textBlocks[from]?.text.startsWith(':')) end = from + 1;
    else {
      // Else the quote runs to the first blank line; the reply starts after it.
      while (end < draft.textBlocks.length && (end === 0 || draft.textBlocks[end]!.gapBefore === 0)) end++;
      // An intro alone over a blank line ("X said:" / blank / the words / blank / the reply): the
      // quoted words are the paragraph under it, when the reply follows and X wrote above. ("The
      // mayor said:" / blank / his words is the reader quoting someone off the page, in the text.)
      const quoted = (intro[1] ?? intro[2])!;
      if (end === from && !headerIntro && introBlock.lines.length === 1 && end + 1 < draft.textBlocks.length && writers.wroteAbove(quoted, introBlock.start)) {
        end++;
        while (end < draft.textBlocks.length && draft.textBlocks[end]!.gapBefore === 0) end++;
      }
      const lines = draft.textBlocks.slice(0, end).reduce((sum, block) => sum + block.lines.length, 0) + (headerIntro ? 1 : 0);
      if (lines < 2) continue;
      // No blank line after the quote: it ends where the page says it does (quoteRunEnd).
      if (end >= draft.textBlocks.length && !headerIntro) end = quoteRunEnd(draft.textBlocks, from, blocks, label === 1 || /^originally/iu.test(intro[0]));
    }
    if (end >= draft.textBlocks.length) continue;
    const holder = headerIntro ? lastLine.contentStart : introBlock.start;
    const [start, stop] = intro.indices![1] ?? intro.indices![2]!;
    above.takeBetween(draft, first.start);
    draft.headerBlocks.push(...draft.textBlocks.splice(0, end));
    // The quote names whom the reply answers: it outranks a second name line of the header read as
    // a replied-to name ("KD9ZTR" / "QRZ Page" / DATE), which may be a link or a title.
    draft.replyTo = [holder + start, holder + stop];
    // The quoted writer's name was read as the author: the writer's is the name line above, if any.
    if (draft.author && draft.author[0] >= holder + start && draft.author[1] <= holder + stop) {
      draft.author = null;
      above.take(draft);
    }
  }
}

/**
 * The writers a quote can name: the authors of the comments read so far, and any line of the
 * section that is a name alone (a forum post's name line over its profile), with where it is.
 */
class WritersAbove {
  private readonly authors = new Set<string>();
  /** The author of the comment being read: a writer above only for the comments after it. */
  private current: string | null = null;
  private lines: Map<string, number> | null = null;

  constructor(private readonly blocks: readonly ClassifiedBlock[]) {}

  /** Moves on to the next comment, in page order, before its quote is read. */
  pass(draft: CommentDraft): void {
    if (this.current) this.authors.add(this.current);
    this.current = authorText(draft)?.toLowerCase() ?? null;
  }

  wroteAbove(name: string, before: number): boolean {
    const key = name.toLowerCase();
    if (this.authors.has(key)) return true;
    this.lines ??= this.lineStarts();
    const at = this.lines.get(key);
    return at !== undefined && at < before;
  }

  /** Each line's text (lowercased) and the first place it stands on its own. */
  private lineStarts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const block of this.blocks) {
      for (const line of block.lines) {
        const key = line.text.toLowerCase();
        if (key.length <= MAX_QUOTED_NAME && !out.has(key)) out.set(key, line.contentStart);
      }
    }
    return out;
  }
}

/**
 * Where a quote run into the reply's text ends, when no blank line parts them: after the site's
 * "Click to expand..." under the quoted words, else after the lines the quoted post printed above
 * (a quote repeats its words), else, under vBulletin's "Quote:" / "Originally Posted by X", after the
 * one line its quote box prints. `blocks.length` when none of these says: the quote stays in the text.
 */
function quoteRunEnd(text: readonly ClassifiedBlock[], from: number, page: readonly ClassifiedBlock[], boxed: boolean): number {
  const none = text.length;
  for (let i = from; i < text.length - 1; i++) if (text[i]!.lines.length === 1 && QUOTE_EXPANDER.test(text[i]!.firstLine)) return i + 1;
  let end = from;
  while (end < text.length - 1 && text[end]!.lines.length === 1 && printedAbove(text[end]!.firstLine, text[from]!.start, page)) end++;
  if (end > from) return end;
  return boxed && from < text.length - 1 && text[from]!.lines.length === 1 ? from + 1 : none;
}

/** A quote's last line: XenForo's link under a long quote as innerText prints it, or an end label ("[end quote]"). */
const QUOTE_EXPANDER = /^(?:click to expand\s*(?:\.{3}|…)?|\[\/?(?:end )?quote\]|end (?:of )?quote)$/iu;
/** The shortest quoted line matched against the posts above: shorter lines ("Agreed.") repeat by chance. */
const MIN_QUOTED_LINE = 20;

/** A quoted line printed, in part of a line or whole, in a block above `before`. */
function printedAbove(line: string, before: number, page: readonly ClassifiedBlock[]): boolean {
  if (line.length < MIN_QUOTED_LINE) return false;
  for (const block of page) {
    if (block.start >= before) return false;
    if (block.text.includes(line)) return true;
  }
  return false;
}

/** The longest name a quote intro gives (three words). */
const MAX_QUOTED_NAME = 80;

/** A quote's first line: "Quote from Name", "Name wrote:", "Name said: »", "Originally posted by Name". */
const QUOTE_INTRO_START = /^(?:(?:quote from|originally posted by):?\s+@?([\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*(?:\s[\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*){0,2})|@?([\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*(?:\s[\p{L}\p{N}_][\p{L}\p{M}\p{N}_.'’-]*)?)\s+(?:wrote|said):?(?:\s*[»›↑⬆])?)$/diu;

/**
 * In a header of several lines, the name is the line that varies from comment to comment. A line
 * the thread prints in LABEL_HEADERS headers or more, never as the header's only name-shaped line
 * and beside LABEL_PARTNERS different sets of lines ("Yes" / "No" of a helpfulness prompt over the next review's
 * "Pennywise Apps Ltd", "gary b", …), is the template's label: the rarest other name-shaped line of
 * the header is the author. A name that heads a comment alone anywhere, or always sits beside the
 * same line ("kjell_admin" / "Kjell"), is a writer's.
 */
function preferVaryingNames(drafts: CommentDraft[]): void {
  const headersWith = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  const alone = new Set<string>();
  // The line read as the author counts as name-shaped whatever its shape ("Yes").
  const namesOf = drafts.map((draft) => headerLines(draft).filter((line) => isNameLine(line) || (draft.author?.[0] === line.start && draft.author[1] === line.end)));
  for (const names of namesOf) {
    const keys = new Set(names.map((line) => line.key));
    if (keys.size === 1) alone.add([...keys][0]!);
    for (const key of keys) {
      headersWith.set(key, (headersWith.get(key) ?? 0) + 1);
      const seen = partners.get(key) ?? new Set<string>();
      seen.add([...keys].filter((other) => other !== key).sort().join('\n'));
      partners.set(key, seen);
    }
  }
  const headersOf = (line: HeaderLine) => headersWith.get(line.key) ?? 0;
  const isLabel = (line: HeaderLine) => headersOf(line) >= LABEL_HEADERS && !alone.has(line.key) && partners.get(line.key)!.size >= LABEL_PARTNERS;
  drafts.forEach((draft, index) => {
    const author = draft.author;
    if (!author) return;
    const names = namesOf[index]!;
    const holder = names.find((line) => line.start === author[0] && line.end === author[1]);
    if (!holder || !isLabel(holder)) return;
    let best: HeaderLine | null = null;
    for (const line of names) {
      if (isLabel(line) || headersOf(line) >= headersOf(holder)) continue;
      if (!best || headersOf(line) < headersOf(best)) best = line;
    }
    if (best) draft.author = [best.start, best.end];
  });
}

/** A header line that could name the writer: name-shaped, no date, reply-to or profile line. */
function isNameLine(line: HeaderLine): boolean {
  return isNameShaped(line.text) && !matchHeader(line.text)?.postedAt && !matchReplyTo(line.text) && !AFFILIATION_LINE.test(line.text);
}

const LABEL_HEADERS = 3;
/**
 * Beside this many different sets of lines: a handle over its display name, and one replied-to name
 * beside them, is one writer's header; a replier's two partners may be people who talk.
 */
const LABEL_PARTNERS = 3;

interface HeaderLine {
  text: string;
  key: string;
  start: number;
  end: number;
}

/** The lines of a draft's header blocks, with page offsets and a template key (`countsAsHash`). */
function headerLines(draft: CommentDraft): HeaderLine[] {
  return draft.headerBlocks.flatMap((block) =>
    block.lines.map((line) => {
      const text = line.text;
      return { text, key: countsAsHash(text), start: line.contentStart, end: line.contentEnd };
    }),
  );
}

/** Whether a boilerplate block starts in [from, to), by binary search over the sorted starts. */
function leafBetween(starts: number[], from: number, to: number): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < to;
}

/**
 * Where headers trail their comments, part by part: a section may hold two lists under their own
 * count labels ("Questions & answers" signed under each post, then "Reviews" headed above each).
 */
function trailingParts(blocks: ClassifiedBlock[]): Uint8Array {
  const trailing = new Uint8Array(blocks.length);
  let from = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i];
    if (block && !(block.role.kind === 'furniture' && block.role.match.kind === 'comment-count')) continue;
    const core = signedCore(blocks, from, i);
    if (headersTrail(blocks.slice(core.from, core.to))) {
      trailing.fill(UNSIGNED, from, i);
      trailing.fill(SIGNED, core.from, core.to);
    } else if (block && hasSignature(blocks, core.from, core.to)) {
      // "text / Posted by: Ann | DATE / 2 Comments / text / Posted by: Bo | DATE …": a count line
      // between signed posts; too short to read alone, the part is read with the one below.
      continue;
    }
    from = i + 1;
  }
  return trailing;
}

/** Some block in [from, to) is a header that names its writer. */
function hasSignature(blocks: ClassifiedBlock[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'header' && role.header.author !== null) return true;
  }
  return false;
}

/** Blocks of a part where headers trail: in the signed run, or the part's own labels around it. */
const SIGNED = 1;
const UNSIGNED = 2;

function isNavigation(block: ClassifiedBlock): boolean {
  return block.role.kind === 'furniture' && block.role.match.kind === 'navigation';
}

function isCommentForm(block: ClassifiedBlock | undefined): boolean {
  return block?.role.kind === 'furniture' && block.role.match.rule === 'comment-form';
}

const ASKS = /\?["”’)]?$/u;

/**
 * The run of a part that signed posts may fill, without the part's labels: link lines over the
 * first post's text ("Search for answers"), and link lines after the last signature's action row
 * ("See more answered questions (35)"). Neither is signed, so neither is a post.
 */
export function signedCore(blocks: ClassifiedBlock[], from: number, to: number): { from: number; to: number } {
  let lastHeader = -1;
  for (let i = to - 1; i >= from && lastHeader < 0; i--) if (blocks[i]!.role.kind === 'header') lastHeader = i;
  if (lastHeader < 0) return { from, to };
  let end = to;
  if (blocks[lastHeader + 1]?.role.kind === 'action' && blocks.slice(lastHeader + 1, to).every((b) => b.role.kind !== 'prose' || isLinkLine(b))) end = lastHeader + 1;
  // "The comments to this entry are closed." right under the last signature closes the thread:
  // what follows (a sidebar the page printed without blank lines) signs nothing.
  // A pager between them ("« Older … | … Newer »") is the page's, not a post's.
  let next = lastHeader + 1;
  while (next < to && isNavigation(blocks[next]!)) next++;
  if (isCommentForm(blocks[next])) end = lastHeader + 1;
  let start = from;
  // A question ("Has anyone tried …?") opens the first post; a link line does not ask.
  while (start < lastHeader && blocks[start]!.role.kind === 'prose' && isLinkLine(blocks[start]!) && !ASKS.test(blocks[start]!.text) && blocks[start + 1]!.role.kind === 'prose') start++;
  return { from: start, to: end };
}

/**
 * Headers printed under their comments: the section opens with text, ends with a header, has
 * text between every two headers (a header of two lines, printed together, counts once) and no
 * action row right under text.
 */
export function headersTrail(blocks: ClassifiedBlock[]): boolean {
  let headers = 0;
  let first: 'header' | 'prose' | null = null;
  let last: 'header' | 'prose' | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const role = blocks[i]!.role;
    const kind = role.kind;
    // Action rows ("Reply · Share") close a comment: right under its text, they show the header
    // was above it; right under a header ("text / By Name on DATE / Helpful (4)"), it signed the text.
    if (kind === 'action' && last !== 'header') return false;
    // A signature names its writer ("Posted by: NAME | DATE"); a nameless header-shaped line
    // ("Staff", a menu's last entry) signs nothing.
    if (kind === 'header' && role.header.author === null) continue;
    if (kind !== 'header' && kind !== 'prose') continue;
    first ??= kind;
    if (kind === 'header') {
      const joined = last === 'header' && blocks[i]!.gapBefore === 0 && blocks[i - 1]!.role.kind === 'header';
      if (last === 'header' && !joined) return false;
      if (!joined) headers++;
    }
    last = kind;
  }
  return headers >= 2 && first === 'prose' && last === 'header';
}

/**
 * "Q: Does it …", "A  Yes, …", "Question: …": the label a questions-and-answers list prints before
 * each post. "A" needs a colon or a wide space after it: "A great kettle" opens with an article.
 */
const QA_LABEL = /^(?:(?:Q|A|Question|Answer)\s*[:：]|Q\s|[QA]\s{2,})\s*(?=\S)/u;

/** Posts a list labels before a label is read as one: a thread prints it before every post. */
const MIN_QA_LABELS = 2;

/** Cuts the Q/A label off each labelled post's text into the section's boilerplate, and marks the post. */
function cutQaLabels(drafts: CommentDraft[], boilerplate: SectionBoilerplate[]): void {
  let labelled = 0;
  for (const draft of drafts) if (QA_LABEL.test(draft.textBlocks[0]!.text)) labelled++;
  if (labelled < MIN_QA_LABELS) return;
  for (const draft of drafts) {
    const first = draft.textBlocks[0]!;
    const match = QA_LABEL.exec(first.text);
    if (!match || match[0].length >= first.firstLine.length) continue;
    const length = match[0].length;
    const labelEnd = first.start + match[0].trimEnd().length;
    const start = first.start + length;
    const label: ClassifiedBlock = { ...first, end: labelEnd, lines: [narrowedLine(first.lines[0]!, first.lines[0]!.contentStart, labelEnd)], text: first.text.slice(0, labelEnd - first.start), firstLine: first.text.slice(0, labelEnd - first.start), role: { kind: 'prose' } };
    const lines = first.lines.map((line, i) => (i === 0 ? narrowedLine(line, start, line.contentEnd) : line));
    draft.textBlocks[0] = { ...first, start, lines, text: first.text.slice(length), firstLine: first.firstLine.slice(length) };
    draft.qa = /^Q/u.test(match[0]) ? 'question' : 'answer';
    boilerplate.push({ block: label, kind: 'other', rule: 'section:qa-label' });
  }
}

/**
 * "Question" / "Answered" printed where a header prints a name (alone on its line, or before a date:
 * "Question · 3 days ago"): the Q&A layout's label, not a writer. The post has no named author, and
 * the labels say which posts are questions and which answer them.
 */
const QA_HEADER_LABEL = /^(?:q|a|question|questions|answer|answers|answered|asked|best answer|accepted answer|top answer)$/iu;

function qaLabelsAsAuthors(drafts: CommentDraft[]): void {
  const labels: [CommentDraft, string][] = [];
  for (const draft of drafts) {
    const label = authorText(draft);
    if (label !== null && QA_HEADER_LABEL.test(label)) labels.push([draft, label]);
  }
  // "Q" or "A" alone may be a user's one-letter name posting twice; a layout prints both letters.
  const letters = new Set(labels.map(([, label]) => label.toLowerCase()).filter((label) => label.length === 1));
  if (letters.size === 1) labels.splice(0, labels.length, ...labels.filter(([, label]) => label.length > 1));
  for (const [draft, label] of labels) {
    draft.author = null;
    // One label alone may be a page's heading over one post; a layout labels several.
    if (labels.length >= MIN_QA_LABELS) draft.qa ??= /^(?:q|question|asked)/iu.test(label) ? 'question' : 'answer';
  }
}

function newDraft(textBlocks: ClassifiedBlock[]): CommentDraft {
  return { headerBlocks: [], textBlocks, author: null, postedAt: null, level: null, replyTo: null, replyCount: null, repliedBy: null, endsReplies: false, answersAbove: false, post: false, underPost: false };
}

/** "2 replies", "View 3 replies", "318 replies", "2 replies by Nora Quist and others". */
const REPLY_COUNT = /^(?:view |show |see )?(\d[\d,.]*k?)\s+(?:more\s+)?repl(?:y|ies)\b/iu;
/** "Show more replies", "Hide replies", "Load more replies": the end of a shown reply list. */
const REPLIES_END = /^(?:show|load|view|see) (?:more|all|previous|other) repl(?:y|ies)\b|^hide repl(?:y|ies)\b|^show \d+ more repl(?:y|ies)\b/iu;

const REPLIED_BY = /\brepl(?:y|ies) by\s+(.+?)(?:\s+and (?:\d+ )?others?)?$/diu;

function noteToggle(draft: CommentDraft, block: ClassifiedBlock): void {
  const text = block.text;
  if (REPLIES_END.test(text)) {
    draft.endsReplies = true;
    return;
  }
  const count = REPLY_COUNT.exec(text);
  if (!count || draft.replyCount !== null) return;
  draft.replyCount = parseCount(count[1]!);
  const by = REPLIED_BY.exec(text)?.indices?.[1];
  if (by) draft.repliedBy = [block.start + by[0], block.start + by[1]];
}

function parseCount(text: string): number {
  const value = Number.parseFloat(text.replace(/,/gu, ''));
  return /k$/iu.test(text) ? Math.round(value * 1000) : value;
}

/** A list label: "Recent comments", "Most read", "Related". */
export function isListLabel(block: ClassifiedBlock | undefined): boolean {
  return block?.role.kind === 'furniture' && LIST_HEADS.has(block.role.match.rule);
}

/**
 * "By Priya Nair · 1 year ago" over one headline: a related article's teaser, signed as articles
 * are. Under its text, "By Name on DATE" signs a post.
 */
function isTeaser(draft: CommentDraft): boolean {
  const header = draft.headerBlocks[0];
  return draft.textBlocks.length === 1 && header !== undefined && header.start < draft.textBlocks[0]!.start && /^by\s/iu.test(header.firstLine);
}

/** A listed headline: one line, no full stop (a question mark is a headline's too), 14 words at most. */
function isLinkLine(block: ClassifiedBlock): boolean {
  return block.lines.length === 1 && isLinkText(block.text) && block.text.split(/\s+/u).length <= 14;
}

const isLinkText = (text: string) => !/[.!…]["”’)]?$/u.test(text) && !/[.!?]\s/u.test(text);

/**
 * A dated or named header over headlines, not a comment: a "Latest news" entry ("October 20, 2012 /
 * News" over a title-cased headline), an events list ("Upcoming Events / 01/31/13" over an event's
 * name), a blogroll under a name. Its text is short lines without a full stop only: a column of
 * three or more, or, under a header that names no one, a title-cased headline among them. A
 * comment's one line is written in sentences ("Thanks, this fixed it.") or in lower case ("same
 * here"); under a commenter's name even a title-cased one ("Great News For The Island") is theirs.
 */
function isHeadlineEntry(draft: CommentDraft): boolean {
  if (draft.headerBlocks.length === 0) return false;
  const lines = draft.textBlocks.flatMap((block) => block.text.split('\n').map((line) => line.trim()));
  if (!lines.every((line) => wordCount(line) <= HEADLINE_WORDS && (isTitleCased(line) || isLinkText(line)))) return false;
  return lines.length >= HEADLINE_COLUMN || (!draft.headerBlocks.some(namesSomeone) && lines.some(isTitleCased));
}

/** A header whose writer is a user's handle ("marta_q", "@night_owl", "dev42"): an underscore, an at or a digit in one word. */
function namesHandle(block: ClassifiedBlock): boolean {
  const name = writerName(block);
  return HANDLE_MARK.test(name) && !/\s/u.test(name);
}

/** The writer a header block prints: a name line's text, a header's author span, or ''. */
function writerName(block: ClassifiedBlock): string {
  const role = block.role;
  if (role.kind === 'name') return block.text.trim();
  return role.kind === 'header' && role.header.author !== null ? block.text.slice(role.header.author[0], role.header.author[1]).trim() : '';
}

const HANDLE_MARK = /^@|[_\p{N}]/u;

/** A header block that names its writer: a name line, or a header with an author. */
function namesSomeone(block: ClassifiedBlock): boolean {
  const name = writerName(block);
  return name !== '' && looksLikeName(name);
}

/** A header naming a person by given name and surname ("Anna Berg"), not a category ("Guides"). */
function namesPerson(block: ClassifiedBlock): boolean {
  return namesSomeone(block) && /\s/u.test(writerName(block));
}

/** Words a listed headline runs to; link lines in a column that make a list without a title-cased one. */
const HEADLINE_WORDS = 20;
const HEADLINE_COLUMN = 3;

/** A comment marker ("12 Comments", "Leave a reply") printed above the draft: comments are announced. */
function markerAbove(marker: ClassifiedBlock | undefined, draft: CommentDraft): boolean {
  const first = draft.headerBlocks[0] ?? draft.textBlocks[0];
  return marker !== undefined && first !== undefined && marker.start < first.start;
}

/** "One pro tip is the use of QR c...": a comment cut short for a "Recent comments" widget. */
function isExcerpt(block: ClassifiedBlock): boolean {
  return block.lines.length === 1 && /(?:\.\.\.|…|\[(?:…|\.\.\.)\])$/u.test(block.text) && block.text.split(/\s+/u).length <= EXCERPT_WORDS;
}

const EXCERPT_WORDS = 30;

/** Header lines printed one under another with nothing between: a list's entries, not comments. */
const FEED_RUN = 3;

/**
 * "tag 8:30 AM Headline" lines learnt as a header template, most of them printed one under
 * another with no text between: a news feed in the sidebar. A thread's headers each sit above
 * their own comment; a run of three bare ones, and no more comments than bare headers, is a list.
 */
function isHeadlineFeed(blocks: ClassifiedBlock[], drafts: CommentDraft[]): boolean {
  let run = 0;
  let longest = 0;
  let bare = 0;
  for (let i = 0; i < blocks.length; i++) {
    const listed = isTemplateHeader(blocks[i]!) && blocks[i]!.gapBefore === 0 && i > 0 && isTemplateHeader(blocks[i - 1]!);
    run = listed ? run + 1 : 0;
    if (listed) bare++;
    longest = Math.max(longest, run + 1);
  }
  if (longest < FEED_RUN) return false;
  const headed = drafts.filter((draft) => draft.headerBlocks.some(isTemplateHeader)).length;
  return headed > 0 && headed <= bare;
}

function isTemplateHeader(block: ClassifiedBlock): boolean {
  return block.role.kind === 'header' && block.role.header.rule === 'header:template';
}

/**
 * Related posts, a category's latest stories, a shop's cards: each "comment" under its date or its
 * category is a headline, one line without a full stop ("Eat well / How to meal plan", "9 hrs ago /
 * Europe" over a story's title). A thread has some of those ("same here"), but most of its comments
 * are written in sentences, run over lines or open in lower case. More than half headlines, of two
 * entries or more, make the section a list (on the tune pages no thread of the fixtures or of
 * Dragnet reaches half; teaser lists of related posts often mix in a blurb or a two-word title).
 * Under people's names ("Anna Berg / March 3") it takes three in four: commenters often leave off
 * the full stop ("Thanks for sharing this news"), so two such lines of three are still a thread.
 * Under a comment marker ("3 comments"), as for
 * `isHeadlineEntry`, or under a user's handle ("marta_q · 3h"), a short line is a comment: a
 * category or a writer's name ("Transport", "Anna Berg") over a headline reads as a name too, a
 * handle does not.
 */
function isHeadlineList(drafts: CommentDraft[], marker: ClassifiedBlock | undefined): boolean {
  if (drafts.length < 2 || markerAbove(marker, drafts[0]!)) return false;
  const listed = drafts.filter(isListedHeadline).length;
  const underPeople = drafts.filter((draft) => draft.headerBlocks.some(namesPerson)).length * 2 > drafts.length;
  return underPeople ? listed * 4 >= drafts.length * 3 : listed * 2 > drafts.length;
}

/**
 * One line of text of a few words to a headline's length, without a full stop, or a story's
 * headline over its blurb; under no handle.
 */
function isListedHeadline(draft: CommentDraft): boolean {
  const [first, ...rest] = draft.textBlocks;
  if (first === undefined || draft.headerBlocks.some(namesHandle)) return false;
  if (rest.length > 0 || first.lines.length !== 1) return isStoryTeaser(first) || isHeadlineOverBlurb(first, rest);
  const words = wordCount(first.text);
  const line = first.text.trim();
  return words >= LISTED_HEADLINE_MIN_WORDS && words <= HEADLINE_WORDS && HEADLINE_OPENING.test(line) && isLinkText(line) && !line.endsWith('?') && !WEB_ADDRESS.test(line);
}

/** A web address printed in the line ("Timetable here: https://…"): a reader sharing a link; a listed headline is the link's own text. */
const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\.\S/iu;

/**
 * A story's teaser: its headline on a line of its own, every long word capitalised and no full
 * stop ("Harbour Ferry Adds Three Winter Crossings"), then its blurb. A comment opens with a
 * sentence; a review's own title is a few words ("Great wallet"). No thread of the tune fixtures or
 * of Dragnet opens most of its comments so.
 */
function isStoryTeaser(first: ClassifiedBlock): boolean {
  const line = first.firstLine;
  return isTitleCased(line) && !endsSentence(line) && wordCount(line) <= HEADLINE_WORDS;
}

/**
 * A story's headline written as a sentence without its full stop ("Harbour wall repairs start in
 * April"), on a line of its own with its blurb in the blocks under it: a site's story list under
 * bylines, dates or categories (WCXB tune 2961, 2968, 4467, 4690). A comment's first line may lack
 * its stop too ("Good to see the winter boat at last"), but on no tune thread of the fixtures or of
 * Dragnet do more than a third of the comments open so; a question is a commenter's.
 */
function isHeadlineOverBlurb(first: ClassifiedBlock, blurb: readonly ClassifiedBlock[]): boolean {
  const line = first.text.trim();
  const words = wordCount(line);
  return blurb.length > 0 && first.lines.length === 1 && words >= BLURB_HEADLINE_MIN_WORDS && words <= HEADLINE_WORDS && HEADLINE_OPENING.test(line) && !HEADLINE_STOP.test(line);
}

/** A sentence's or a label's end: a question mark too, unlike `isLinkText`. */
const HEADLINE_STOP = /[.!?…:]["”’)\]]*$/u;

/** Fewer words over a blurb are a comment's greeting or a review's title ("Thanks Anna", "Great crossing"). */
const BLURB_HEADLINE_MIN_WORDS = 4;

/** A headline opens with a capital or a figure ("6 healthy canned foods"); a quick reply often in lower case. */
const HEADLINE_OPENING = /^[\p{Lu}\p{N}]/u;

/** Fewer words are a thread's quick replies ("lol same", "this"), not headlines. */
const LISTED_HEADLINE_MIN_WORDS = 3;

/**
 * The feed's entries, and the text under them, are a list; comments with other headers stay. A
 * list of headlines (`isHeadlineList`) takes every entry.
 */
function withoutFeed(drafts: CommentDraft[], boilerplate: SectionBoilerplate[], listRule?: string): CommentDraft[] {
  const kept: CommentDraft[] = [];
  for (const draft of drafts) {
    if (listRule === undefined && !draft.headerBlocks.some(isTemplateHeader)) kept.push(draft);
    else for (const block of [...draft.headerBlocks, ...draft.textBlocks]) boilerplate.push({ block, kind: 'navigation', rule: listRule ?? 'section:headline-feed' });
  }
  return kept;
}

function emptySection(blocks: ClassifiedBlock[], rhythm: Rhythm, confident: boolean): Segmentation {
  const boilerplate = blocks.map((block): SectionBoilerplate => {
    const role = block.role;
    if (role.kind === 'furniture') return { block, kind: role.match.kind, rule: role.match.rule };
    return { block, kind: role.kind === 'action' ? 'widget' : 'other', rule: 'section:declared-empty' };
  });
  return { drafts: [], boilerplate, rhythm, confident };
}


/** Furniture that is a full sentence, not a marker or a label: could be a commenter's words. */
function readsAsCommentSentence(block: ClassifiedBlock): boolean {
  return block.role.kind === 'furniture' && !block.role.marker && endsSentence(block.text) && wordCount(block.text) >= COMMENT_SENTENCE_WORDS;
}

/** Words in a furniture block, closed by a sentence's end, that a commenter could have written (readsAsCommentSentence). */
const COMMENT_SENTENCE_WORDS = 6;

function isAffiliationOnly(header: HeaderMatch): boolean {
  return header.rule === 'header:affiliation' && header.author === null && header.postedAt === null && header.replyTo === undefined;
}

/** A name line is a header only when text follows it. */
function isHeaderPosition(blocks: ClassifiedBlock[], index: number): boolean {
  const next = blocks[index + 1];
  return next !== undefined && (next.role.kind === 'prose' || next.role.kind === 'header');
}

/**
 * "Name said:" with no date, naming someone who posted above, over a line of text (not a date
 * line): forum software's quote of an earlier post inside a reply. A dated thread's header says
 * when, or sits over a date line ("Jenny says: / March 3, 2024").
 */
function isQuoteIntro(block: ClassifiedBlock, next: ClassifiedBlock | undefined, posters: ReadonlySet<string>): boolean {
  const role = block.role;
  if (role.kind !== 'header' || role.header.rule !== 'header:says' || role.header.postedAt !== null || role.header.author === null) return false;
  if (!next || next.role.kind !== 'prose' || block.lines.length > 1) return false;
  return posters.has(block.text.slice(role.header.author[0], role.header.author[1]).toLowerCase());
}

/**
 * The section text right over a date line (no blank line between), set aside between comments,
 * when the thread has already shown a name line over a date line: that line names the writer.
 */
function namedBy(blocks: ClassifiedBlock[], index: number, boilerplate: SectionBoilerplate[], drafts: CommentDraft[]): SectionBoilerplate | null {
  const block = blocks[index]!;
  const role = block.role;
  if (role.kind !== 'header' || role.header.author !== null || role.header.postedAt === null || block.gapBefore !== 0) return null;
  const last = boilerplate[boilerplate.length - 1];
  const above = blocks[index - 1];
  if (!last || last.block !== above || last.rule !== 'section:between-comments' || above.role.kind !== 'prose') return null;
  // "18,402 followers" over the date counts, it names nobody.
  if (above.lines.length > 1 || above.text.length > NAME_LINE_MAX || /[.!?:;…]["”’)]?$/u.test(above.text) || /^\d[\d,.]*k?\s/u.test(above.text)) return null;
  return drafts.some(isNameOverDate) ? last : null;
}

const NAME_LINE_MAX = 60;

/** A header whose author is its whole first line and whose date is on a later line. */
function isNameOverDate(draft: CommentDraft): boolean {
  const first = draft.headerBlocks[0];
  if (!first || !draft.author || !draft.postedAt) return false;
  const firstLineEnd = first.start + first.firstLine.length;
  return draft.author[0] === first.start && draft.author[1] === firstLineEnd && draft.postedAt[0] > firstLineEnd;
}

/** The author's words, read from whichever header block holds them (a name line over the date line, or the header itself). */
function authorText(draft: CommentDraft): string | null {
  const author = draft.author;
  if (!author) return null;
  const holder = draft.headerBlocks.find((block) => block.start <= author[0] && author[1] <= block.end);
  return holder ? holder.text.slice(author[0] - holder.start, author[1] - holder.start) : null;
}

function nameRange(block: ClassifiedBlock): [number, number] {
  return block.role.kind === 'name' && block.role.range ? [block.start + block.role.range[0], block.start + block.role.range[1]] : [block.start, block.end];
}

function addHeader(draft: CommentDraft, block: ClassifiedBlock): void {
  draft.headerBlocks.push(block);
  const header: HeaderMatch | null = block.role.kind === 'header' ? block.role.header : null;
  if (block.role.kind === 'name') draft.author ??= nameRange(block);
  if (header?.level !== undefined) draft.level ??= header.level;
  if (header?.answersAbove) draft.answersAbove = true;
  if (header?.replyTo) draft.replyTo ??= [block.start + header.replyTo[0], block.start + header.replyTo[1]];
  if (header?.author && !draft.author) draft.author = [block.start + header.author[0], block.start + header.author[1]];
  if (header?.postedAt && !draft.postedAt) {
    draft.postedAt = [block.start + header.postedAt[0], block.start + header.postedAt[1]];
  }
}

function detectRhythm(blocks: ClassifiedBlock[], headerlessLead: boolean): { rhythm: Rhythm; confident: boolean } {
  // Only gaps between two paragraphs tell the rhythm: headers may sit after any gap.
  let wide = 0;
  let narrow = 0;
  for (let i = 1; i < blocks.length; i++) {
    // Lines of one block (no blank line between) say nothing about how comments are separated.
    if (blocks[i]!.role.kind !== 'prose' || blocks[i - 1]!.role.kind !== 'prose' || blocks[i]!.gapBefore === 0) continue;
    if (blocks[i]!.gapBefore >= 2) wide++;
    else narrow++;
  }
  const headers = blocks.filter((b) => b.role.kind === 'header' || b.role.kind === 'name').length;
  // A stray double blank inside a comment is noise; a third or more of the gaps is a rhythm.
  if (wide > 0 && wide * 3 >= narrow) return { rhythm: 'double-gap', confident: wide >= narrow };
  if (headers > 0 && !headerlessLead) return { rhythm: 'headed', confident: true };
  return { rhythm: 'single', confident: false };
}

/** Openers that only make sense as the same writer going on. */
const CONTINUATION_OPENER =
  /^(?:but then again|having said (?:this|that)|that said|by the way|btw|also[, ]|and |plus[, ]|moreover|furthermore|in addition|anyway|p\.?\s?s\.?|edit\s*:|update\s*:|like what|which |because |so,? )/iu;

/**
 * The comment so far is a quote of another: "Name wrote:" over the quoted words, "> …" lines, or a
 * quote closed by its "Click to expand..." link under "Name said:".
 */
function opensWithQuote(draft: CommentDraft, lastBlock: ClassifiedBlock): boolean {
  // vBulletin prints its quote box's label over the intro: "Quote:" / "Originally Posted by X" / the words.
  const labelled = draft.textBlocks.length > 1 && QUOTE_LABEL.test(draft.textBlocks[0]!.text) ? 1 : 0;
  const first = draft.textBlocks[labelled]!;
  const intro = (first.role.kind === 'header' && first.role.header.rule === 'header:says') || QUOTE_INTRO_LINE.test(first.text);
  return (intro && (draft.textBlocks.length <= 2 + labelled || QUOTE_EXPANDER.test(lastBlock.firstLine))) || /^>/u.test(lastBlock.text);
}

/** "traveller83921 wrote:", "Originally Posted by Mplsguy": the line over a quoted post. */
const QUOTE_INTRO_LINE = /^(?:originally posted by\s+\S+(?:\s\S+){0,2}|\S+(?:\s\S+)?\s+(?:wrote|said):)$/iu;

function continues(draft: CommentDraft, block: ClassifiedBlock, rhythm: Rhythm): boolean {
  const lastBlock = draft.textBlocks[draft.textBlocks.length - 1]!;
  // "@Name", "Thanks, …" or "Well said." open somebody else's reply, not a second paragraph;
  // under a quote the comment opened with ("Name wrote:" / the quoted words), they answer the quote.
  // A sign-off under the text ("Thanks, Tom") closes it.
  if (opensReply(block.text) && !opensWithQuote(draft, lastBlock) && !(block.gapBefore === 0 && isSignOff(block.text))) return false;
  if (rhythm === 'double-gap') return block.gapBefore < 2;
  // A line printed right under the last one, with no blank line, goes on with it.
  if (block.gapBefore === 0 && block.indent >= lastBlock.indent) return true;
  // An indented comment ends where the text returns to the left margin.
  if (block.indent < lastBlock.indent) return false;
  if (rhythm === 'headed') return true;
  return CONTINUATION_OPENER.test(block.text) || /[(,:;–—-]$/u.test(lastBlock.text);
}
