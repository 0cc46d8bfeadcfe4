/**
 * The article part: paragraphs between the title and the comment section, with captions, media
 * placeholders and bylines set aside as boilerplate.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { LIST_HEADS, LIST_MARKER, type ClassifiedBlock } from './classify.js';
import { endsSentence, isArticleParagraph, isCreditLine, isStandfirst, wordCount } from './article.js';
import { contentWords } from './words.js';

export interface BodyPlan {
  paragraphs: ClassifiedBlock[];
  boilerplate: { block: ClassifiedBlock; kind: BoilerplateKind; rule: string }[];
}

/** `firstLong` is the article's first paragraph in `blocks` (from the page's main run), or -1 to find it here. */
/** `masthead`: the blocks above the body (the title's and those over it), where a byline may stand. */
/** `title`: the headline's text, which a reply's subject line reprints ("Re: <headline>"). */
export function planBody(blocks: ClassifiedBlock[], mainRun = blocks.findIndex(isArticleParagraph), unspaced = false, masthead: readonly ClassifiedBlock[] = [], title: string | null = null): BodyPlan {
  const plan: BodyPlan = { paragraphs: [], boilerplate: [] };
  const firstLong = openingParagraphs(blocks, mainRun);
  const after = totalsAfter(blocks);
  const closed = closingMark(blocks, firstLong, after, masthead);
  const sidebar = sidebarStart(blocks, firstLong, after);
  const reply = replySubject(blocks, firstLong, title);
  const ends = Math.min(pressReleaseEnd(blocks, firstLong, after), closed, sidebar, reply);
  const endRule = ends === sidebar ? 'sidebar' : ends === closed ? 'after-article:closed' : ends === reply ? 'after-article:reply-subject' : 'after-article:press-release';
  // The article's last paragraph comes before its end mark: paragraphs under a sidebar's label are the sidebar's.
  const lastLong = findLastIndex(blocks, (block, i) => i < ends && isArticleParagraph(block) && !underAboutLabel(blocks, i));
  const tail = tailStart(blocks, after);
  const post = postUnderHeader(blocks, firstLong, lastLong);
  // A box after the text: furniture, an action row, a list, or a line of it that reads as none of the article's (an author box's "Mehr Infos").
  const boxAfterText = (block: ClassifiedBlock, i: number) => i > lastLong && (block.role.kind === 'action' || block.role.kind === 'furniture' || (block.role.kind === 'prose' && !readsAsArticleLine(block.text)));
  const widgetAfterText = lastLong < 0 ? -1 : Math.min(...[blocks.findIndex(boxAfterText), listAfter(blocks, lastLong)].map((i) => (i < 0 ? blocks.length : i)));

  blocks.forEach((block, i) => {
    const role = block.role;
    if (role.kind === 'furniture') return plan.boilerplate.push({ block, kind: role.match.kind, rule: role.match.rule });
    // "Ends", then "Notes to editors" and a donation box: a press release stops at its end mark.
    if (i >= ends) return plan.boilerplate.push({ block, kind: 'other', rule: endRule });
    if (!unspaced && underMediaPlaceholder(blocks, i)) return plan.boilerplate.push({ block, kind: 'caption', rule: 'caption:under-media' });
    if (role.kind === 'action') return plan.boilerplate.push({ block, kind: 'widget', rule: 'comment-actions' });
    if (role.kind === 'header') return plan.boilerplate.push({ block, kind: 'dateline', rule: 'dateline:header-shaped' });
    // A post printed under its header (a thread's opening post): its greeting and sign-off lines are its text.
    if (i >= post.first && i < post.end && isPostLine(block)) return plan.paragraphs.push(block);
    // Above the first paragraph, a bare name is the byline and a short unpunctuated line the lead photo's caption.
    if (i < firstLong && role.kind === 'name') return plan.boilerplate.push({ block, kind: 'byline', rule: 'byline:name' });
    // Between the headline and the first paragraph: standfirst, lead-photo caption, kicker.
    // A lead-in ending in a colon right above the paragraph ("From the Star Tribune:") is text; a
    // form's field label ("Problem Statement:") is not.
    if (i < firstLong && !(block.text.endsWith(':') && i + 1 === firstLong && !isFieldLabel(block.text))) return plan.boilerplate.push({ block, kind: 'caption', rule: isStandfirst(blocks, i, firstLong) ? 'standfirst' : 'caption:lead' });
    if (abovePhotoCredit(blocks, i)) return plan.boilerplate.push({ block, kind: 'caption', rule: 'caption:above-credit' });
    if (i <= firstLong && underLeadCredit(blocks, i)) return plan.boilerplate.push({ block, kind: 'caption', rule: 'caption:under-credit' });
    if (introducesMissingMedia(blocks, i)) return plan.boilerplate.push({ block, kind: 'media', rule: 'media:placeholder' });
    // "About the author" over a paragraph: the writer's bio.
    if (underAboutLabel(blocks, i)) return plan.boilerplate.push({ block, kind: 'byline', rule: 'author-bio' });
    // Lines printed inside a widget, between two of its furniture lines (a subscribe box's blurb).
    // On a page printed without blank lines every line is "inside" some block: a sentence is the article's.
    const widget = unspaced && isArticleParagraph(block) ? null : insideWidget(blocks, i);
    if (widget) return plan.boilerplate.push({ block, kind: widget.kind, rule: 'widget:inside' });
    // Past the article's last full paragraph and a widget: the widget's blurb, a bio, a footer line.
    if (i >= tail && isTailLine(block)) return plan.boilerplate.push({ block, kind: 'other', rule: 'after-article:widget' });
    // Past the last paragraph, lines that do not end like sentences are link lists and labels.
    if (i > lastLong && lastLong >= 0 && !endsSentence(block.text)) return plan.boilerplate.push({ block, kind: 'navigation', rule: 'after-article' });
    // Past the last paragraph and a widget (a profile card, a follow button), a short line is the
    // widget's or the thread's prompt ("What do you think?"), not the article's closing line.
    if (i > lastLong && lastLong >= 0 && widgetAfterText >= 0 && i > widgetAfterText && !isArticleParagraph(block)) return plan.boilerplate.push({ block, kind: 'widget', rule: 'after-article:widget-prompt' });
    plan.paragraphs.push(block);
  });
  return plan;
}

/** Words a photo's caption runs to at least: fewer is a label or a button over the credit. */
const CAPTION_WORDS = 3;

/** Lines in a row, none ending like a sentence, that make a list ("Related", its links, a date, a source). */
const LIST_LINES = 3;

/** A line past the last paragraph that the article may still print: a sentence, a list's lead-in ("What changes:") or one of its items. */
function readsAsArticleLine(text: string): boolean {
  return endsSentence(text) || /[:：]$/u.test(text) || LIST_MARKER.test(text);
}

/**
 * The last line of the first list past the article's last paragraph: LIST_LINES blocks in a row
 * that do not end like sentences (a related-links box, an update date, a feedback row), or -1.
 * The article's own list is no such list: its lead-in ends in a colon ("What changes:") and its
 * items carry bullets or numbers ("- Buses return", "2. Parking reopens"); they break the run.
 */
function listAfter(blocks: ClassifiedBlock[], lastLong: number): number {
  let run = 0;
  for (let i = lastLong + 1; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    run = readsAsArticleLine(text) ? 0 : run + 1;
    if (run >= LIST_LINES) return i;
  }
  return -1;
}

/**
 * The lead photo's caption printed under its labelled credit ("Photo: Sam Okafor" over "The harbour
 * at low tide."), the article's first paragraph right under it: one line, shorter than that
 * paragraph and than a full one, no blank line between it and the credit.
 */
function underLeadCredit(blocks: ClassifiedBlock[], index: number): boolean {
  const block = blocks[index]!;
  const credit = blocks[index - 1];
  const next = blocks[index + 1];
  if (credit === undefined || block.gapBefore !== 0 || block.lines.length !== 1 || block.text.length >= FULL_PARAGRAPH) return false;
  // Only a labelled credit ("Photo: …"): a name-shaped one ("Sam Okafor for The Courier") may be the byline over a short lede.
  const labelled = credit.role.kind === 'furniture' && credit.role.match.rule === 'caption:credit';
  // A credit with its caption printed above it ("The harbour at dusk" / "Photo: …") has no second one under it: that line is the lede.
  // A caption describes the picture in a few words; a word or two over the credit is a label ("settings").
  const captionAbove = index >= 2 && abovePhotoCredit(blocks, index - 2) && wordCount(blocks[index - 2]!.text) >= CAPTION_WORDS;
  return labelled && !captionAbove && next !== undefined && isArticleParagraph(next) && next.text.length > block.text.length;
}

/**
 * A photo's caption printed apart from its credit ("A crew member at the landing" over "Photo by
 * Sam Okafor / Courier"): the line printed right above a credit line, no blank line between,
 * when it does not end like a sentence or a lead-in (a colon). A paragraph above a photo that has only a credit ends with its full stop (even the
 * article's first paragraph over its lead photo).
 */
function abovePhotoCredit(blocks: ClassifiedBlock[], index: number): boolean {
  const next = blocks[index + 1];
  if (next === undefined || next.gapBefore !== 0 || next.role.kind !== 'furniture' || next.role.match.rule !== 'caption:credit') return false;
  // A subhead or a lead-in over a picture, a blank line between or a colon at its end, is the article's.
  const text = blocks[index]!.text;
  return !endsSentence(text) && !/[:：]$/u.test(text);
}

/**
 * A thread's opening post: the article's first paragraph printed right under a header line (the
 * post's date, "Posted 3 hours ago"), only prose lines between. The post runs from the header to
 * the first line that is not prose (its signature, its action row, the next header); a short
 * greeting above its first paragraph and a sign-off under its last ("Thanks, Em") are its text,
 * not a caption or a widget's label. Returns an empty range when the body is no such post.
 */
function postUnderHeader(blocks: ClassifiedBlock[], firstLong: number, lastLong: number): { first: number; end: number } {
  const none = { first: 0, end: 0 };
  if (firstLong < 1 || lastLong < firstLong) return none;
  let header = firstLong - 1;
  while (header >= 0 && isPostLine(blocks[header]!) && firstLong - header <= POST_GREETING_LINES) header--;
  if (header < 0 || blocks[header]!.role.kind !== 'header') return none;
  let end = lastLong + 1;
  while (end < blocks.length && isPostLine(blocks[end]!) && end - lastLong <= POST_GREETING_LINES) end++;
  return { first: header + 1, end };
}

/**
 * A greeting or a sign-off is written in sentences ("Hi all, long time lurker."); a hashtag row, a
 * "Solved by …" badge or a credit with an initial ("Sam A. Okafor for The Courier") is not.
 */
function isPostLine(block: ClassifiedBlock): boolean {
  return block.role.kind === 'prose' && /\p{Ll}[.…](?:\s|$)|[!?](?:\s|$)/u.test(block.text);
}

/** Short lines a post may print above its first paragraph or under its last: a greeting, a sign-off. */
const POST_GREETING_LINES = 2;

/** Full paragraphs in a row that are the article's opening, not a standfirst (which is one). */
const OPENING_PARAGRAPHS = 2;
/** Furniture blocks an inline box between the opening paragraphs and the main run may print. */
const OPENING_BREAK = 2;

/**
 * The article opens before its main run when full paragraphs, two or more in a row, stand above
 * it with only an inline box between (an editor's note, then a "Related" list, then the text).
 */
function openingParagraphs(blocks: ClassifiedBlock[], mainRun: number): number {
  let first = mainRun;
  let furniture = 0;
  let paragraphs = 0;
  for (let i = mainRun - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (isFullParagraph(block)) {
      paragraphs++;
      if (paragraphs >= OPENING_PARAGRAPHS) first = i;
      continue;
    }
    if (block.role.kind !== 'furniture' || paragraphs > 0 || ++furniture > OPENING_BREAK) break;
  }
  return first;
}

/**
 * "Problem Statement:", "Steps To Reproduce:": two or three capitalised words and a colon, a
 * template's field label over what the poster typed. A lead-in opens with a preposition or runs longer.
 */
function isFieldLabel(text: string): boolean {
  return FIELD_LABEL.test(text.trim()) && !LEAD_IN_OPENER.test(text.trim());
}

const FIELD_LABEL = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2}:$/u;
const LEAD_IN_OPENER = /^(?:From|In|At|By|Via|On|For|To|With|According|As|Per)\s/u;

/** A paragraph of running text at an article's length, however it ends (a lead-in's colon, a list item's missing stop). */
function isFullParagraph(block: ClassifiedBlock): boolean {
  return isArticleParagraph(block) && block.text.length >= FULL_PARAGRAPH;
}

/**
 * A press release's end mark, alone on its line: "Ends", "ENDS", "-ends-", "- End -". ("###" is
 * also a blog's section break, with more of the post after it.)
 */
const PRESS_RELEASE_END = /^(?:ends|[-–—]+\s*ends?\s*[-–—]+)$/iu;

/**
 * The block that ends a press release after the article's first paragraph, or blocks.length. The
 * mark alone may be a subhead or a one-word line of the text ("Ends" under "How it ends"); it ends
 * the release when a release's closing furniture comes right after it ("Notes to editors",
 * "Contact", "About <org>", "###"), or when no article paragraph follows it.
 */
function pressReleaseEnd(blocks: ClassifiedBlock[], firstLong: number, after: TotalsAfter): number {
  for (let i = Math.max(0, firstLong + 1); i < blocks.length; i++) {
    if (!PRESS_RELEASE_END.test(blocks[i]!.text)) continue;
    const signs = blocks.slice(i + 1, i + 1 + RELEASE_SIGN_REACH);
    if (signs.some((block) => RELEASE_SIGN.test(block.text) || ABOUT_ORG.test(block.text)) || after.paragraphs[i + 1] === 0) return i;
  }
  return blocks.length;
}

/**
 * From each block to the page's end (index blocks.length: none): how many article paragraphs, and
 * how much sentence text (the text of article paragraphs that end like a sentence). Counted once, from the end, for the three end marks
 * (press release, closing furniture, sidebars), so a page of many marks stays linear.
 */
interface TotalsAfter {
  paragraphs: number[];
  sentenceChars: number[];
}

function totalsAfter(blocks: ClassifiedBlock[]): TotalsAfter {
  const paragraphs = new Array<number>(blocks.length + 1).fill(0);
  const sentences = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const paragraph = isArticleParagraph(block);
    paragraphs[i] = paragraphs[i + 1]! + (paragraph ? 1 : 0);
    sentences[i] = sentences[i + 1]! + (paragraph && endsSentence(block.text) ? block.text.length : 0);
  }
  return { paragraphs, sentenceChars: sentences };
}

/**
 * Furniture that closes an article and is never printed inside one: the writer's bio ("Sam
 * Okafor writes about …", the byline's name: a bio-shaped sentence about someone the story quotes
 * or reviews is the article's), the blog's post meta ("This entry was posted in … and tagged …"), the
 * magazine's print-edition note, and a truncated description's "…more" expander. Past the first
 * paragraph, the first such mark ends the body when only a few paragraphs follow it (a widget's
 * blurb, the site's letters note); with more after it, the mark was inline and the article goes on.
 * The site's rights notice ("… All rights reserved") ends it whatever follows (sidebars, "Most
 * popular" lists); a bare "Copyright 2019 Name" may be a photo's credit and goes through `sidebarStart`'s share test.
 */
function closingMark(blocks: ClassifiedBlock[], firstLong: number, after: TotalsAfter, masthead: readonly ClassifiedBlock[]): number {
  let bylines: string | null = null;
  let writers: Set<string> | null = null;
  for (let i = Math.max(0, firstLong + 1); i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = block.role;
    // The site's rights notice is its footer: nothing after it is the article's, however long.
    if (role.kind === 'furniture' && role.match.rule === 'copyright' && SITE_COPYRIGHT.test(block.text)) return i;
    writers ??= bylineNames([...masthead, ...blocks.slice(0, Math.max(0, firstLong))]);
    if (!(role.kind === 'furniture' && CLOSING_RULES.has(role.match.rule)) && !isExpander(block.text) && !isWriterBox(block, writers) && !isClosingByline(block, writers)) continue;
    if (role.kind === 'furniture' && role.match.rule === 'author-bio' && !namesWriter(block.text, (bylines ??= bylineText(blocks)))) continue;
    if (after.paragraphs[i + 1]! <= CLOSED_MAX_PARAGRAPHS) return i;
  }
  return blocks.length;
}

const CLOSING_RULES = new Set(['author-bio', 'post-meta', 'print-edition']);

/** What may follow the subject on its line: nothing, or the poster and time ("by kai_b(m): 8:40am", "| Ana · 3h"), not a sentence going on. */
const SUBJECT_TAIL = /^(?:\s*$|\s+by\s|\s*[|·•«»–—(])/u;

/** "Re:", and its forms in other mail and forum software ("RE:", "Aw:", "Sv:", "Odp:", "Antw:"). */
const REPLY_PREFIX = /^(?:re|aw|sv|vs|odp|antw|ynt)\s*(?:\[\d+\])?\s*:\s*/iu;

/**
 * A forum's reply prints the thread's subject again, "Re: <headline>", at the head of each post
 * (alone or with its poster and time on the line): the opening post ends above the first one,
 * whether or not its header reads as a comment's.
 */
function replySubject(blocks: ClassifiedBlock[], firstLong: number, title: string | null): number {
  if (title === null || firstLong < 0 || wordCount(title) < 2) return blocks.length;
  for (let i = firstLong + 1; i < blocks.length; i++) {
    const line = blocks[i]!.firstLine;
    const prefix = REPLY_PREFIX.exec(line);
    if (prefix !== null && line.startsWith(title, prefix[0].length) && SUBJECT_TAIL.test(line.slice(prefix[0].length + title.length))) return i;
  }
  return blocks.length;
}

/**
 * The writer's box under the article: the byline's name printed again on its own line, past the
 * first paragraph ("Erik Nordström" over "Reporter" and a follow button), in any language. A name
 * the byline does not print is someone the story quotes, or a commenter.
 */
function isWriterBox(block: ClassifiedBlock, writers: ReadonlySet<string>): boolean {
  return isNameLine(block) && writers.has(block.text.trim().toLowerCase());
}

/**
 * A byline under the text: "By Nadia Petrossian", the writer the masthead names, opens the writer's
 * box; any other writer's ("Written by Jo | Staff") opens another piece, an editor's note or a
 * related story, under a label of its own. Either way the article has ended above it.
 */
function isClosingByline(block: ClassifiedBlock, writers: ReadonlySet<string>): boolean {
  if (block.role.kind !== 'furniture' || block.role.match.rule !== 'byline' || block.lines.length !== 1) return false;
  const name = /^by\s+(.+)$/iu.exec(block.text.trim())?.[1];
  return (name !== undefined && writers.has(name.toLowerCase())) || OTHER_WRITER.test(block.text.trim());
}

/** "Written by Jo | Staff", "Words by Ana Ruiz": a writer credited under the text by a phrase no sentence opens with. */
const OTHER_WRITER = /^(?:[Ww]ritten|[Ww]ords|[Rr]eporting|[Ss]tory)\s+by\s+\p{Lu}/u;

/**
 * Name lines above the article's first paragraph (over the headline too), lowercased: the byline's
 * names. Collected once, so a page of many names stays linear.
 */
function bylineNames(above: readonly ClassifiedBlock[]): Set<string> {
  const names = new Set<string>();
  for (const block of above) {
    const role = block.role;
    if (isNameLine(block)) names.add(block.text.trim().toLowerCase());
    // A byline printed as a header: the writer's name over or beside the date ("Sam Okafor" / "Today 9:40am").
    else if (role.kind === 'header' && role.header.author !== null) names.add(block.text.slice(role.header.author[0], role.header.author[1]).trim().toLowerCase());
  }
  return names;
}

const isNameLine = (block: ClassifiedBlock) => block.role.kind === 'name' && block.lines.length === 1;
/**
 * "Copyright 2012 Harbour Media Ltd. All Rights Reserved", "© 2024 The Courier. All rights
 * reserved. Privacy | Terms": a notice that opens its line and claims the site's rights, its claim
 * ending a sentence or the line. A photo's "© Reuters" or "Copyright 2019 Sam Okafor" does not, nor a
 * sentence that quotes a notice and goes on ("… All rights reserved, reads the old timetable").
 */
const SITE_COPYRIGHT = /^(?:copyright|©|\(c\))\s*(?:©\s*)?.*\ball rights reserved(?:[.!]|\s*$)/isu;
/** A bare notice, "Copyright 2019 Sam Okafor", "© 2024 Harbour Media": a page's footer or a photo's credit. */
const BARE_COPYRIGHT = /^(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b/iu;

/** Lowercased byline lines of the page ("By Sam Okafor and Ana Ruiz", a bare name over the text). */
function bylineText(blocks: ClassifiedBlock[]): string {
  return blocks
    .filter((block) => block.role.kind === 'name' || (block.role.kind === 'furniture' && block.role.match.rule === 'byline'))
    .map((block) => block.text.toLowerCase())
    .join('\n');
}

/** A bio's subject, the capitalised name that opens it, is a name on the page's byline. */
function namesWriter(bio: string, bylines: string): boolean {
  const name = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3}/u.exec(bio)?.[0].toLowerCase();
  if (!name || !bylines) return false;
  const at = bylines.indexOf(name);
  return at >= 0 && !/\p{L}/u.test(bylines[at - 1] ?? '') && !/\p{L}/u.test(bylines[at + name.length] ?? '');
}
/** Paragraphs a closing mark may have after it: a widget's blurb or two. */
const CLOSED_MAX_PARAGRAPHS = 2;

/** "…more", "...more", "Show more": the expander under a truncated description. */
function isExpander(text: string): boolean {
  return /^(?:\.{3}|…)\s*(?:more|show more)$/iu.test(text);
}

/**
 * What opens a page's sidebars: a list's label ("More from", "Most popular", "Related on X:"), a
 * labelled link list, tags, post navigation, a subscribe box's heading and footer links. Not an
 * unlabelled column of short lines (a table, a recipe's ingredients), a share row (a recipe card's
 * "print"), nor rules that find their words anywhere in a paragraph (an article may mention its newsletter).
 */
const SIDEBAR_RULES = new Set(['sources-label', 'section-label', 'link-list', 'tags:list', 'read-more', 'tags', 'post-meta', 'post-navigation', 'blog-navigation', 'subscribe-box', 'footer-links']);
/** Sentence text after a sidebar's label, as a share of the article's above it, that still reads as the article going on. */
const SIDEBAR_SHARE = 0.5;

/**
 * Where the page's sidebars and link lists begin after the article: the first list label, tag line,
 * subscribe box or footer block past the first paragraph that is not an inline box (a short run with the
 * article's paragraph right under it), with less than half as much sentence text under it as the
 * article has above it. Blurbs in "Most popular" or "More from" lists end like sentences too, but
 * they are a few among many short link lines; an inline "Related" box has the article's rest under it.
 */
function sidebarStart(blocks: ClassifiedBlock[], firstLong: number, after: TotalsAfter): number {
  if (firstLong < 0) return blocks.length;
  for (let i = firstLong + 1; i < blocks.length; i++) {
    const role = blocks[i]!.role;
    if (role.kind !== 'furniture') continue;
    if (!SIDEBAR_RULES.has(role.match.rule) && !(role.match.rule === 'copyright' && BARE_COPYRIGHT.test(blocks[i]!.text))) continue;
    // A label over teasers of other pieces ends the article, even with a teaser's blurb right under it.
    if (opensTeaserList(blocks, i)) return i;
    const resumes = inlineWidgetEnd(blocks, i);
    if (resumes !== null) {
      i = resumes - 1;
      continue;
    }
    // The article's sentence text from its first paragraph through this block, from the totals.
    const above = after.sentenceChars[firstLong]! - after.sentenceChars[i + 1]!;
    if (after.sentenceChars[i]! < SIDEBAR_SHARE * above) return i;
  }
  return blocks.length;
}

/** Lines under such a label looked through for its teasers. */
const TEASER_REACH = 6;
/** A teaser's blurb runs shorter than this; a paragraph this long is the article going on. */
const TEASER_BLURB_MAX = 300;

/**
 * A list's label over teasers of other pieces: a headline right under it (a line of three words or
 * more that does not end like a sentence), its blurb (a sentence, shorter than an article's
 * paragraph), then the next headline. The blurbs end like sentences, so on a page with a long tail
 * (author box, newsletter text, footer) the sentence share under the label stays high; the list's
 * shape still says the article is over. Not a list: a label with a headline after its colon ("Read
 * more: …" is one link, and the article's subheadings follow it), nor a box the article resumes
 * under (two sentence paragraphs in a row are no headline and its blurb), nor headlines alone.
 */
function opensTeaserList(blocks: ClassifiedBlock[], label: number): boolean {
  const role = blocks[label]!.role;
  if (role.kind !== 'furniture' || !LIST_HEADS.has(role.match.rule)) return false;
  const [labelLine, ...texts] = lineTexts(blocks[label]!);
  if (LINKED_LABEL.test(labelLine!)) return false;
  // The label's block may print its first headlines under it, no blank line between. The list ends
  // at the next piece of furniture that is not one of its links (an author box's label, a newsletter box).
  for (let j = label + 1; j < blocks.length && texts.length < TEASER_REACH && !endsTeasers(blocks[j]!); j++) texts.push(...lineTexts(blocks[j]!));
  // Headline, blurb, headline: the first line under the label a headline, a blurb before the next.
  const isHeadline = (text: string) => !endsSentence(text) && !/[:：]$/u.test(text) && wordCount(text) >= 3;
  if (texts.length === 0 || !isHeadline(texts[0]!)) return false;
  let blurb = false;
  let teasers = false;
  for (const text of texts.slice(1, TEASER_REACH)) {
    if (text.length >= TEASER_BLURB_MAX) return false;
    if (isHeadline(text)) {
      teasers ||= blurb;
      blurb = false;
    } else if (endsSentence(text)) {
      if (blurb) return false;
      blurb = true;
    }
  }
  return teasers;
}

function endsTeasers(block: ClassifiedBlock): boolean {
  return block.role.kind === 'furniture' && block.role.match.rule !== 'link-list';
}

/** A label followed by the one headline it links to: "Read more: Bridge tolls to rise", "Related – Harbour fair returns". */
const LINKED_LABEL = /[:：]\s*\S|\s[–—-]\s+\S/u;

function lineTexts(block: ClassifiedBlock): string[] {
  return block.lines.map((line) => line.text);
}

/** Blocks after an end mark looked through for the release's closing furniture. */
const RELEASE_SIGN_REACH = 3;
/** A press release's closing furniture: notes to editors, a press contact, the boilerplate "About <org>". */
const RELEASE_SIGN =
  /^(?:#{3}$|notes? (?:to|for) (?:the )?editors?\b|(?:media |press )?contacts?\b|(?:media|press) (?:enquiries|inquiries|office)\b|for (?:more|further) information\b)/iu;
const ABOUT_ORG = /^About (?:the )?\p{Lu}/u;

/**
 * "[Image: …]" with lines printed right under it, no blank line between, on a page that parts its
 * paragraphs with blank lines: the picture's caption and credit ("Jonas Rehn for The Review"), when
 * a credit-shaped line closes that run. Without a credit, the lines under the placeholder are the
 * article going on (a scraper that drops the picture often drops the blank line after it too).
 */
function underMediaPlaceholder(blocks: ClassifiedBlock[], index: number): boolean {
  let start = -1;
  for (let i = index; i > 0 && blocks[i]!.gapBefore === 0 && index - i < CAPTION_LINES; i--) {
    const above = blocks[i - 1]!.role;
    if (above.kind === 'furniture' && above.match.rule === 'media') {
      start = i;
      break;
    }
  }
  if (start < 0) return false;
  if (index === start && describesPicture(blocks[start - 1]!.text, blocks[start]!, blocks[start + 1])) return true;
  for (let j = start; j < Math.min(blocks.length, start + CAPTION_LINES) && (j === start || blocks[j]!.gapBefore === 0); j++) {
    if (isCreditLine(blocks[j]!)) return j >= index;
  }
  return false;
}

/**
 * A one-line caption with no credit says what the placeholder's description says: "[Image: The
 * harbour wall at low tide]" over "The harbour wall the morning after the storm." It is a short
 * line on its own (a blank line under it) sharing two content words with the description; the
 * article's paragraph under a picture goes on about its own subject.
 */
function describesPicture(placeholder: string, block: ClassifiedBlock, next: ClassifiedBlock | undefined): boolean {
  if (block.lines.length !== 1 || block.text.length >= FULL_PARAGRAPH || (next !== undefined && next.gapBefore === 0)) return false;
  const described = new Set(contentWords(/^\[[^\]:]*:\s*([^\]]*)\]/u.exec(placeholder)?.[1] ?? ''));
  let shared = 0;
  for (const word of new Set(contentWords(block.text))) if (described.has(word)) shared++;
  return shared >= SHARED_WORDS;
}

const SHARED_WORDS = 2;

/** Lines a caption and its credit take under a picture. */
const CAPTION_LINES = 2;

/**
 * "Videos from the area:" introduces media the scraper dropped. A colon-ended block followed by a
 * paragraph is an ordinary lead-in ("summarized the situation as follows:") and stays.
 */
function introducesMissingMedia(blocks: ClassifiedBlock[], index: number): boolean {
  const block = blocks[index]!;
  if (!block.text.endsWith(':') || block.text.length > 300) return false;
  const next = blocks[index + 1];
  return next === undefined || next.role.kind !== 'prose' || next.text.endsWith(':');
}

/** A paragraph this long is the article's own text, wherever it stands. */
const FULL_PARAGRAPH = 150;

/**
 * Where the article's tail of page furniture begins: the first furniture, action or header block
 * after the last full-length paragraph. Short lines after it belong to the widgets ("Crime & Courts
 * newsletter" / "The week's news, every Friday."), not to the article.
 */
function tailStart(blocks: ClassifiedBlock[], after: TotalsAfter): number {
  const lastFull = findLastIndex(blocks, (block, i) => isArticleParagraph(block) && block.text.length >= FULL_PARAGRAPH && !underAboutLabel(blocks, i));
  if (lastFull < 0) return blocks.length;
  for (let i = lastFull + 1; i < blocks.length; i++) {
    const role = blocks[i]!.role;
    if (role.kind !== 'furniture' || !TAIL_KINDS.has(role.match.kind)) continue;
    // A share row or a "Read more" link between two paragraphs is inline: the article goes on.
    const resumes = inlineWidgetEnd(blocks, i);
    if (resumes !== null) {
      i = resumes;
      continue;
    }
    // A recipe card or a list of notes after an inline widget is still the article: many lines.
    let prose = 0;
    for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.role.kind === 'prose' || blocks[j]!.role.kind === 'name') prose++;
    // Many short lines with a sentence or two among them: a seller's or a profile card ("Member
    // since 2018", a rating, two safety tips), not the article going on.
    const paragraphs = after.paragraphs[i + 1]!;
    return prose <= TAIL_MAX_PROSE || (paragraphs <= TAIL_MAX_PROSE && paragraphs * CARD_LINES_PER_SENTENCE <= prose) ? i : blocks.length;
  }
  return blocks.length;
}

/** Furniture lines an inline widget prints at most: a share row one per line, an ad label and a link. */
const INLINE_WIDGET_LINES = 4;

/**
 * Where the article resumes after the furniture run starting at `start`, or null: the run is
 * short and an article paragraph comes right after it. A page's tail is a long run (tags,
 * related links, a newsletter box) and its blurbs are what follow it.
 */
function inlineWidgetEnd(blocks: ClassifiedBlock[], start: number): number | null {
  let end = start;
  let lines = 0;
  while (end < blocks.length && blocks[end]!.role.kind === 'furniture') lines += blocks[end++]!.lines.length;
  if (lines > INLINE_WIDGET_LINES || end === blocks.length) return null;
  return isArticleParagraph(blocks[end]!) && blocks[end]!.text.length >= RESUMED_PARAGRAPH ? end : null;
}

/** The article's paragraph after an inline box runs this long; a "posted in" line or a one-line comment, shorter. */
const RESUMED_PARAGRAPH = 100;

/**
 * A widget's blurb, a bio line or a footer's address: short, or a row of fields. The article's
 * closing paragraph after an inline "Read more: …" link runs longer.
 */
function isTailLine(block: ClassifiedBlock): boolean {
  return block.text.length < TAIL_LINE_MAX || !endsSentence(block.text) || /\s[·|•]\s.*\s[·|•]\s/u.test(block.text);
}

const TAIL_LINE_MAX = 110;

/** Widgets that close an article: link lists and their labels, newsletter and login boxes, tags, footers. */
const TAIL_KINDS = new Set<BoilerplateKind>(['navigation', 'widget', 'tags', 'footer']);
const TAIL_MAX_PROSE = 3;
/** A card under a closing widget prints this many lines or more for each sentence among them. */
const CARD_LINES_PER_SENTENCE = 3;

function findLastIndex<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!, i)) return i;
  return -1;
}

/**
 * "About the author" or "About Hanna" over a paragraph, an avatar line between or not ("Avatar of
 * Hanna Ekdahl"): the writer's bio. The label may have been read as the last entry of a list above.
 */
function underAboutLabel(blocks: ClassifiedBlock[], index: number): boolean {
  const above = blocks[index - 1];
  const label = above !== undefined && AVATAR_LINE.test(above.text) ? blocks[index - 2] : above;
  return label !== undefined && label.role.kind === 'furniture' && ABOUT_LABEL_RULES.has(label.role.match.rule) && /^about\b/iu.test(label.text);
}

const ABOUT_LABEL_RULES = new Set(['section-label', 'link-list']);
const AVATAR_LINE = /^(?:avatar|photo|picture|image|profile (?:photo|picture))(?: of\b|$)/iu;

/** How far a widget's inner lines are looked through for its furniture on either side. */
const WIDGET_REACH = 3;

/**
 * A short line with no blank line around it, furniture above and below within the same printed
 * block: the inside of a widget. Returns the furniture below, whose kind the line takes.
 */
function insideWidget(blocks: ClassifiedBlock[], index: number): { kind: BoilerplateKind } | null {
  const block = blocks[index]!;
  if (block.gapBefore !== 0 || block.text.length > 200 || isArticleParagraph(block) && block.text.length >= 120) return null;
  let above = false;
  for (let i = index; i > Math.max(0, index - WIDGET_REACH - 1) && blocks[i]!.gapBefore === 0; i--) {
    // A photo's caption or credit stands in the article's flow: it opens no widget.
    const role = blocks[i - 1]!.role;
    if (role.kind === 'furniture' && role.match.kind !== 'caption' && role.match.kind !== 'media') above = true;
  }
  if (!above) return null;
  for (let i = index + 1; i <= Math.min(blocks.length - 1, index + WIDGET_REACH) && blocks[i]!.gapBefore === 0; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture') return { kind: role.match.kind };
  }
  return null;
}
