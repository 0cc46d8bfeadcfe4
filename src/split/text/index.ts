import { detectLanguage } from '../../language/index.js';
import type { Boilerplate, Comment, PageAnalysis, Segment, Warning } from '../../schema/index.js';
import { scanBlocks, withoutLineSpacing, type Block } from './blocks.js';
import { planBody, type BodyPlan } from './body.js';
import { classifyBlocks, isUnspaced, type ClassifiedBlock } from './classify.js';
import { isListLabel, segmentComments, type CommentDraft, type Segmentation } from './comments.js';
import { findRegions, type Regions } from './regions.js';
import { readsAsListing } from './listed-items.js';
import { cutHeadlineFromMenus } from './article.js';
import { isPlaceholderName } from './names.js';
import { inferReplies, ownAuthor } from './replies.js';
import { findPostSignatures, type PostSignatures } from './post-signatures.js';
import { isSignedTail, splitSignedTails } from './signed-tails.js';
import { warning } from '../../warnings.js';

/**
 * Splits plain text (a browser's innerText, a text scraper's output) into title, body, comments
 * and boilerplate. Every segment indexes `text` itself.
 */
export function splitText(text: string): PageAnalysis {
  // Lines, then blocks: blank-line rhythm is the strongest structure plain text keeps.
  const scan = scanBlocks(text, LONG_LINE);
  // A blank line after every line says nothing: such a page is read without it.
  const scanned = withoutLineSpacing(text, scan.blocks);
  const unspaced = isUnspaced(scanned);
  // Comments signed at the end of their own line ("text – Name 3h") are cut into text and header.
  // A headline printed inside a column of menu lines is cut out of it.
  const { blocks, articleStart } = cutHeadlineFromMenus(text, splitSignedTails(text, classifyBlocks(text, scanned, unspaced)));
  // Title, comment section and footer, from markers, headers and style.
  const found = withSignedPostsBeforeFooter(withSignedTextInSection(findRegions(blocks, articleStart ?? undefined), blocks), findPostSignatures(blocks));
  let parts = planParts(text, blocks, found, unspaced);
  // Items of one shape (related posts, products, events) are a listing, not a thread: no comments.
  if (readsAsListing(text, parts.section.drafts, countedAbove(blocks, found))) parts = planParts(text, blocks, withoutSection(found), unspaced);
  const { regions, bodyPlan, section } = parts;
  const comments = buildComments(text, section.drafts);
  // One list, appended to in page order of the parts, so a hostile page's million leaves are built once.
  const boilerplate: Boilerplate[] = [];
  mastheadBoilerplate(boilerplate, blocks, regions.title, regions.footer);
  titleMeta(boilerplate, text, regions.title === null ? null : blocks[regions.title]!);
  for (const { block, kind, rule } of bodyPlan.boilerplate) boilerplate.push(leafOf(block, kind, rule));
  for (const { block, kind, rule } of section.boilerplate) boilerplate.push(leafOf(block, kind, rule));
  footerBoilerplate(boilerplate, blocks, regions.footer, regions.footerKinds);
  boilerplate.sort((a, b) => a.start - b.start);
  return {
    schemaVersion: '',
    inputType: 'text',
    text,
    title: regions.title === null ? null : nonEmpty(titleSegment(blocks[regions.title]!)),
    body: buildBody(text, bodyPlan.paragraphs),
    comments,
    boilerplate,
    warnings: collectWarnings(text, scan.longLineStart, regions, section, comments),
  };
}

interface Parts {
  regions: Regions;
  bodyPlan: BodyPlan;
  section: Segmentation;
}

/** The article and the comment section's drafts, once the regions are known. */
function planParts(text: string, blocks: ClassifiedBlock[], regions: Regions, unspaced: boolean): Parts {
  const bodyEnd = Math.min(regions.section, regions.footer);
  // The article: paragraphs between title and comments, furniture set aside.
  const bodyFrom = regions.title === null ? 0 : regions.title + 1;
  const bodyPlan = regions.noArticle
    ? noArticle(blocks.slice(bodyFrom, bodyEnd))
    : planBody(blocks.slice(bodyFrom, bodyEnd), regions.firstBody < bodyFrom ? undefined : regions.firstBody - bodyFrom, unspaced, blocks.slice(0, bodyFrom), regions.title === null ? null : blocks[regions.title]!.firstLine);
  // The comments: headers start one, the section's rhythm decides the rest.
  const sectionBlocks = blocks.slice(regions.section, regions.footer).map((block, i) =>
    // Name-shaped lines that do not behave like comment headers are ordinary text.
    block.role.kind === 'name' && !regions.nameHeaders.has(regions.section + i) ? { ...block, role: { kind: 'prose' as const } } : block,
  );
  const section = segmentComments(sectionBlocks, regions.headerlessLead, isListLabel(blocks[regions.section - 1]));
  return { regions, bodyPlan, section };
}

/** The page read as having no comment section: the article runs to the footer. */
function withoutSection(regions: Regions): Regions {
  return { ...regions, section: regions.footer, headerlessLead: false, nameHeaders: new Set() };
}

/**
 * A comment count ("5 Reviews", "12 comments", "Reader comments (9)") between the article and the
 * section's first header. A bare label ("Comments", "Reviews") counts nothing: a menu's tab or a
 * link over a related list prints it as often as a thread's heading does (WCXB tune 0392:
 * "Comments" over an "Also in the news" list signed "Webmaster" on every item).
 */
function countedAbove(blocks: ClassifiedBlock[], regions: Regions): boolean {
  for (let i = Math.max(0, regions.firstBody); i <= regions.section && i < regions.footer; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture' && role.marker && role.match.kind === 'comment-count' && (role.match.rule !== 'comment-count:label' || labelCounts(blocks[i]!, blocks[i + 1]))) return true;
  }
  return false;
}

/** The label prints its count, beside it ("Comments (982)") or on the line under it ("Comments" / "982", Dragnet tune T61). */
function labelCounts(label: ClassifiedBlock, next: ClassifiedBlock | undefined): boolean {
  const under = label.lines.length > 1 ? label.text.split('\n', 2)[1]! : (next?.firstLine ?? '');
  return /\p{N}/u.test(label.firstLine) || BARE_COUNT.test(under);
}
const BARE_COUNT = /^\s*\p{N}[\p{N},.]*k?\s*$/u;

/** A page with no article: the lines between its headline and its comments are furniture and meta lines. */
function noArticle(blocks: ClassifiedBlock[]): BodyPlan {
  return {
    paragraphs: [],
    boilerplate: blocks.map((block) => (block.role.kind === 'furniture' ? { block, kind: block.role.match.kind, rule: block.role.match.rule } : { block, kind: 'other' as const, rule: 'no-article:meta' })),
  };
}

/**
 * A post's signature under its action row is short lines, like a footer's: the footer starts after
 * the last signature that signs a post in the comment section.
 */
function withSignedPostsBeforeFooter(regions: Regions, posts: PostSignatures): Regions {
  let last = -1;
  for (let i = regions.section; i < regions.footer; i++) last = Math.max(last, posts.signedBy[i]!);
  if (last < regions.footer) return regions;
  return { ...regions, footer: posts.nameOf.get(last)!.last + 1 };
}

/** A section opened by a signature cut from its line's end opens at that line's text: the first comment. */
function withSignedTextInSection(regions: Regions, blocks: ClassifiedBlock[]): Regions {
  const section = regions.section;
  if (section < 1 || !isSignedTail(blocks[section]) || regions.title === section - 1) return regions;
  return { ...regions, section: section - 1, firstBody: Math.min(regions.firstBody, section - 1) };
}

/**
 * The headline is the title block's first line; meta lines under it are boilerplate. Link
 * aggregators print the linked site after the headline ("… outdoors (inkframe.dev)"): not part of it.
 */
function titleSegment(block: Block): Segment {
  const line = block.lines[0]!;
  // An issue tracker prints the number after its title: "Panic on an empty anchor #412".
  const site = / \((?:[\p{L}\p{N}-]+\.)+\p{L}{2,}(?:\/\S*)?\)$| #\d{1,7}$/u.exec(block.firstLine);
  const end = site ? site.index : block.firstLine.length;
  // A link aggregator prints its vote arrow before the headline: "▲ We replaced our …".
  const from = Math.min(end, VOTE_ARROW.exec(block.firstLine)?.[0].length ?? 0);
  return { text: block.firstLine.slice(from, end), start: line.contentStart + from, end: line.contentStart + end };
}

const VOTE_ARROW = /^[▲△⬆↑]\s+/u;

/** A headline line that held only a vote arrow and a number ("▲ #412") has no title left. */
function nonEmpty(segment: Segment): Segment | null {
  return segment.text.trim() === '' ? null : segment;
}

function titleMeta(out: Boilerplate[], text: string, block: Block | null): void {
  if (!block) return;
  // The linked site's label cut off the headline is kept, as page furniture.
  const title = titleSegment(block);
  const lineStart = block.lines[0]!.contentStart;
  const lineEnd = block.lines[0]!.contentEnd;
  if (title.start > lineStart) out.push({ text: text.slice(lineStart, lineStart + 1), start: lineStart, end: lineStart + 1, kind: 'widget', rule: 'title:vote-arrow' });
  if (title.end < lineEnd) out.push({ text: text.slice(title.end + 1, lineEnd), start: title.end + 1, end: lineEnd, kind: 'other', rule: 'title:site' });
  if (block.lines.length === 1) return;
  const start = block.lines[1]!.contentStart;
  out.push({ text: text.slice(start, block.end), start, end: block.end, kind: 'byline', rule: 'title:meta' });
}

function segmentOf(block: Block): Segment {
  return { text: block.text, start: block.start, end: block.end };
}

/** A block set aside as boilerplate: its segment, then why. */
function leafOf(block: Block, kind: Boilerplate['kind'], rule: string): Boilerplate {
  return { text: block.text, start: block.start, end: block.end, kind, rule };
}

function buildBody(text: string, paragraphs: ClassifiedBlock[]): PageAnalysis['body'] {
  if (paragraphs.length === 0) return null;
  const start = paragraphs[0]!.start;
  const end = paragraphs[paragraphs.length - 1]!.end;
  return { text: text.slice(start, end), start, end, paragraphs: paragraphs.map(segmentOf) };
}

function buildComments(text: string, drafts: CommentDraft[]): Comment[] {
  const located = drafts.map((draft) => {
    const first = draft.textBlocks[0]!;
    const last = draft.textBlocks[draft.textBlocks.length - 1]!;
    // A deleted account's placeholder is not a name.
    const name = draft.author ? text.slice(draft.author[0], draft.author[1]) : null;
    const author = name === null || isPlaceholderName(name) ? null : withoutBadge(name);
    const indent = (draft.headerBlocks[0] ?? first).indent;
    const replyTo = draft.replyTo ? { name: text.slice(draft.replyTo[0], draft.replyTo[1]), start: draft.replyTo[0], after: text.slice(draft.replyTo[1], Math.min(first.start, draft.replyTo[1] + 2000)) } : null;
    const repliedBy = draft.repliedBy ? text.slice(draft.repliedBy[0], draft.repliedBy[1]) : null;
    const toggle = { replyCount: draft.replyCount, repliedBy, endsReplies: draft.endsReplies, answersAbove: draft.answersAbove, post: draft.post, underPost: draft.underPost, qa: draft.qa };
    const placeholder = name !== null && author === null ? name : null;
    return { draft, start: first.start, end: last.end, author, authorStart: draft.author?.[0] ?? null, indent, level: draft.level, replyTo, placeholder, toggle };
  });
  const replies = inferReplies(
    located.map(({ start, end, author, authorStart, indent, level, replyTo, placeholder, toggle }) => ({ author, authorStart, start, text: text.slice(start, end), indent, level, replyTo, placeholder, ...toggle })),
    text.slice(0, located[0]?.start ?? 0),
  );
  return located.map(({ draft, start, end, author }, index) => {
    const reply = replies[index]!;
    const commentText = text.slice(start, end);
    return {
      id: `c${index + 1}`,
      index,
      text: commentText,
      start,
      end,
      // "Sam Petrakis Mod  Tomek_R": the badge shows once the replied-to name is cut off.
      author: withoutBadge(ownAuthor(author, reply)),
      postedAt: draft.postedAt ? text.slice(draft.postedAt[0], draft.postedAt[1]) : null,
      parentId: reply.parent === null ? null : `c${reply.parent + 1}`,
      depth: reply.depth,
      language: detectLanguage(commentText),
      header: headerSegment(text, draft),
      paragraphs: draft.textBlocks.map(segmentOf),
      replyEvidence: reply.evidence,
    };
  });
}

/** A badge printed after the name on its line: "(Sentinel)", "Mod", "Top fan", "Verified buyer". */
const BADGE_AFTER_NAME =
  /\s*\((?:[^()]{1,30})\)$|\s+(?:mod|moderator|staff|(?:post |blog )?author|op|admin|verified(?: (?:buyer|purchase|owner|reviewer|user))?|top (?:fan|commenter|contributor)|editor|host|subscriber|original poster)$/iu;

/** "Joanne Whitcombe (Sentinel)": the badge is the site's, the name is the commenter's. */
function withoutBadge(name: string | null): string | null {
  if (name === null) return null;
  return name.replace(BADGE_AFTER_NAME, '') || name;
}

function headerSegment(text: string, draft: CommentDraft): Segment | null {
  if (draft.headerBlocks.length === 0) return null;
  const start = draft.headerBlocks[0]!.start;
  const end = draft.headerBlocks[draft.headerBlocks.length - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

/** Everything above the headline: site name, menus, section labels. */
function mastheadBoilerplate(out: Boilerplate[], blocks: ClassifiedBlock[], title: number | null, footer: number): void {
  const end = Math.min(title ?? 0, footer);
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    const role = block.role;
    out.push(role.kind === 'furniture' ? leafOf(block, role.match.kind, role.match.rule) : leafOf(block, 'navigation', 'masthead'));
  }
}

function footerBoilerplate(out: Boilerplate[], blocks: ClassifiedBlock[], footer: number, kinds: Map<number, Boilerplate['kind']>): void {
  for (let i = footer; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = block.role;
    if (role.kind === 'furniture') {
      out.push(leafOf(block, role.match.kind, role.match.rule));
      continue;
    }
    const kind = kinds.get(i);
    out.push(kind === undefined ? leafOf(block, 'footer', 'footer:trailing') : leafOf(block, kind, `footer:${kind}-list`));
  }
}

const LONG_LINE = 100_000;

function collectWarnings(text: string, longLineStart: number | null, regions: ReturnType<typeof findRegions>, section: Segmentation, comments: Comment[]): Warning[] {
  const { rhythm, confident } = section;
  const warnings: Warning[] = [];
  if (!/[^\s\u0000\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/u.test(text)) warnings.push(warning('empty-input'));
  const headed = comments.filter((comment) => comment.header !== null).length;
  // Headerless comments beside headed ones, or a rhythm that won narrowly, leave boundaries to judgement.
  // Name-only layouts (SouthFront) have anonymous comments by design; dated headers do not.
  const datedHeaders = section.drafts.some((draft) => draft.headerBlocks.some((block) => block.role.kind === 'header'));
  const mixed = headed > 0 && headed < comments.length && (rhythm === 'headed' || !confident || datedHeaders);
  if ((rhythm === 'single' && comments.length > 1) || mixed) {
    warnings.push(warning('ambiguous-comment-boundaries'));
  }
  if (longLineStart !== null) {
    warnings.push(warning('long-line', { limit: LONG_LINE }, { start: longLineStart, end: longLineStart }));
  }
  return warnings;
}
