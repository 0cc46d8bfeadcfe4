/**
 * Where the article is on a whole-page dump: the main run of running-text paragraphs, and the
 * headline above it. Mastheads, menus, cookie banners, standfirsts, bylines and share rows come
 * first on most pages; the headline is the best-shaped line just above the article, not the first
 * line of the page.
 */
import { memoize } from '../../memo.js';
import { matchBoilerplate } from './boilerplate.js';
import { blockPart, isJsWhitespace } from './blocks.js';
import { DATE, RELATIVE } from './headers.js';
import type { ClassifiedBlock } from './classify.js';
import { looksLikeName } from './names.js';
import { contentWords } from './words.js';

/** Paragraph-free lines in a row that end a run: a menu, a byline block and a share row, say. */
const RUN_BREAK_LINES = 5;
/** An earlier run wins over a longer later one when it holds this share of the longest run's text. */
const EARLY_RUN_SHARE = 0.4;

/** A paragraph of running text: long, or a full sentence of some length. */
export function isArticleParagraph(block: ClassifiedBlock): boolean {
  if (block.role.kind !== 'prose') return false;
  // A column of short lines is a menu or a list, however long it is in total.
  if (block.lines.length > 1 && block.text.length / block.lines.length < 40) return false;
  // A date and its clock end in a full stop too ("7 de diciembre de 2026, 09:30 a. m."): a dateline.
  if (block.text.length < DATELINE_CHARS && opensWithDateAndClock(block.text)) return false;
  return block.text.length >= 120 || (endsSentence(block.text) && wordCount(block.text) >= 8);
}

/** Characters of a dateline at most: a date, a clock, a time zone. */
const DATELINE_CHARS = 60;

/** Sentence-final punctuation, closing quotes and brackets allowed after it. */
export function endsSentence(text: string): boolean {
  // The full stops of Chinese and Japanese ("。", "！", "？") and their closing brackets ("」") too.
  return /[.!?…。！？｡]["”’)\]」』）]*(?:\s*[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D])*$/u.test(text);
}

/** Credit rules of the furniture table: "Photo: …", "… (Photo: …)", "… /Reuters". */
const CREDIT_RULES = new Set(['caption:credit', 'caption:photo-credit', 'caption:agency']);
/**
 * A short credit line: "Jonas Rehn for The Review", "Jonas Rehn/Agency", "Jonas Rehn / The Review":
 * a capitalised name, then "for" and an outlet or a slash and an agency; never a sentence. Before
 * "for" the name is a person's: two words or more, a one-letter word only as an initial ("Sam
 * A. Okafor"), no function word; a subhead has one word or an article there ("Room for Growth",
 * "A Plan for Winter").
 */
const SLASH_CREDIT = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s*\/\s*\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}$/u;
const FOR_CREDIT = /^(\p{Lu}(?:\.|[\p{L}'’-]+\.?)(?:\s\p{Lu}(?:\.|[\p{L}'’-]+\.?)){1,3})\s+for\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3}$/u;

function isCreditText(text: string): boolean {
  if (text.length > 80) return false;
  if (SLASH_CREDIT.test(text)) return true;
  const name = FOR_CREDIT.exec(text)?.[1];
  return name !== undefined && looksLikeName(name);
}

export function isCreditLine(block: ClassifiedBlock): boolean {
  const role = block.role;
  if (role.kind === 'furniture') return CREDIT_RULES.has(role.match.rule);
  return isCreditText(block.text);
}

/**
 * A lead photo's caption printed as a line of its own over its credit, the article's text under
 * them: a page printed without blank lines gives the figure's caption ("A child receives the
 * vaccine …") one line and its credit ("Photo by Kyle Anders / Courier") the next. An article
 * paragraph over a credit-only photo is read as text too when no article paragraph follows it.
 */
function isCaptionOverCredit(blocks: readonly ClassifiedBlock[], index: number, headlineAbove = false): boolean {
  const credit = blocks[index + 1];
  const after = blocks[index + 2];
  // Under a headline already printed, a title-cased line over a credit is the photo's caption.
  if (!headlineAbove && isHeadlineCased(blocks[index]!.firstLine)) return false;
  return credit !== undefined && credit.gapBefore === 0 && isCreditLine(credit) && after !== undefined && isArticleParagraph(after);
}

/** A clean headline over its byline right above the line ("Ferry to run later" / "Ana Ruiz" / line): the page's headline is printed. */
function headlineOverByline(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const above = blocks[index - 2];
  const between = blocks[index - 1];
  if (above === undefined || between === undefined || !(between.role.kind === 'name' || isByline(between))) return false;
  return isTitleShaped(above) && shapeScore(above.firstLine) >= 2;
}

/**
 * A title-cased line that does not end like a sentence ("The Small Boat Never Left, We Did") is a
 * headline over its lead photo's credit; a caption is written as a sentence or a phrase.
 */
function isHeadlineCased(line: string): boolean {
  return isTitleCased(line) && !endsSentence(line);
}

/** A credit line printed right under a picture's caption or placeholder: "Jonas Rehn for The Review" is no headline. */
function isCreditUnderCaption(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const above = blocks[index - 1];
  if (above === undefined || blocks[index]!.gapBefore !== 0 || !isCreditLine(blocks[index]!)) return false;
  return isArticleParagraph(above) || (above.role.kind === 'furniture' && above.role.match.rule === 'media');
}

/**
 * The first paragraph of the page's main article run, or -1. Runs of paragraphs are broken by
 * comment headers, comment markers, action lines and long stretches of paragraph-free lines; the
 * first run holding a fair share of the longest run's text is the article (a long comment further
 * down does not outweigh it). The run opens at its first paragraph that ends like a sentence: a
 * standfirst or a photo caption above the text usually does not.
 */
export function findArticleStart(blocks: readonly ClassifiedBlock[]): number {
  const runs: { first: number; chars: number }[] = [];
  let current: { first: number; chars: number } | null = null;
  let idleLines = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (breaksRun(block)) {
      current = null;
      idleLines = 0;
      continue;
    }
    if (!isArticleParagraph(block)) {
      idleLines += block.lines.length;
      if (idleLines >= RUN_BREAK_LINES) current = null;
      continue;
    }
    idleLines = 0;
    if (!current) runs.push((current = { first: i, chars: 0 }));
    // Standfirsts and captions rarely end like a sentence; the article's paragraphs do.
    if (endsSentence(block.text)) current.chars += block.text.length;
  }
  if (runs.length === 0) return -1;
  // The article comes before the thread: a long comment further down does not outweigh it.
  const thread = threadStart(blocks);
  const before = runs.filter((run) => run.first < thread.start);
  const run = earlierRunUnderHeadline(blocks, runs, pickRun(before.some((candidate) => candidate.chars >= thread.articleMin) ? before : runs));
  // A headline can be a sentence ("Ask HN: how do you keep going?"): the article opens with a long
  // or multi-sentence paragraph, or one that another paragraph follows.
  for (let i = run.first; i < blocks.length && !breaksRun(blocks[i]!); i++) {
    const text = blocks[i]!.text;
    if (!isArticleParagraph(blocks[i]!) || !endsSentence(text) || isCaptionOverCredit(blocks, i)) continue;
    const next = blocks[i + 1];
    const opensText = next !== undefined && isArticleParagraph(next) && /[.!…]["”’)]?$/u.test(text);
    if (text.length >= 120 || /[.!?]["”’)]?\s+\p{Lu}/u.test(text) || opensText) return withSalutation(blocks, afterStandfirst(blocks, afterLabelledBox(blocks, i)));
  }
  return withSalutation(blocks, afterStandfirst(blocks, run.first));
}

/** "Dear Abby:", "Dear Mr. Quint,": a letter's salutation on a line of its own. */
const SALUTATION = /^(?:Dear|DEAR)\s+\p{Lu}[\p{L}.'’ -]{0,40}[:,]$/u;

/** A letter's salutation right above the first paragraph opens the text with it (an advice column, an open letter). */
function withSalutation(blocks: readonly ClassifiedBlock[], first: number): number {
  const above = blocks[first - 1];
  return above !== undefined && above.lines.length === 1 && above.role.kind === 'prose' && SALUTATION.test(above.text) ? first - 1 : first;
}

/** Words of a box's label: "Claim:", "What's False", "Context". */
const BOX_LABEL_WORDS = 3;

/**
 * A box of labelled entries over the article ("Claim:" / its sentence / "Rating:" / … / "Context"
 * / its paragraph), each label over one paragraph: a paragraph that is the last such entry is the
 * box's, and the article opens with the paragraph under it.
 */
function afterLabelledBox(blocks: readonly ClassifiedBlock[], first: number): number {
  const label = (block: ClassifiedBlock | undefined) => block !== undefined && block.lines.length === 1 && block.role.kind !== 'header' && wordCount(block.text) <= BOX_LABEL_WORDS && !endsSentence(block.text);
  const entry = (i: number) => label(blocks[i - 1]) && blocks[i - 2] !== undefined && isArticleParagraph(blocks[i - 2]!) && label(blocks[i - 3]);
  const next = blocks[first + 1];
  return entry(first) && next !== undefined && isArticleParagraph(next) ? first + 1 : first;
}

/** Blocks between a standfirst and the article's first paragraph: the byline, a date, an update stamp, a share row, a comment count, a reading time. */
const STANDFIRST_TO_TEXT = 6;
/** Longest standfirst: a sentence or two; a paragraph longer than this over a byline is the article's lede. */
const STANDFIRST_MAX = 200;
/** Article paragraphs in a row under the byline that make the text (one may be a box's blurb). */
const UNDER_BYLINE_PARAGRAPHS = 2;
/** A date stamp of a later edit ("Updated …", "Last modified …") may sit anywhere: it does not mark where the text opens. */
const EDIT_STAMP = /^(?:last )?(?:updated|modified)\b|^(?:aktualisiert|actualizado|mis à jour)\b/iu;

/**
 * A short paragraph with a byline or publication dateline under it and the article's paragraphs
 * (two or more) under that is the standfirst: headline, standfirst, byline, then the text. The
 * article opens after the byline. A standfirst is shorter than the lede under the byline; a full
 * lede with the byline printed under it is the text.
 */
function afterStandfirst(blocks: readonly ClassifiedBlock[], first: number): number {
  let byline = false;
  for (let i = first + 1; i < Math.min(blocks.length, first + 1 + STANDFIRST_TO_TEXT + 1); i++) {
    const block = blocks[i]!;
    if (isArticleParagraph(block)) return byline && isStandfirstOver(blocks, first, i) ? i : first;
    if (block.role.kind === 'header' || breaksRun(block)) return first;
    byline ||= block.role.kind === 'furniture' && (block.role.match.rule === 'byline' || (block.role.match.rule === 'dateline' && !EDIT_STAMP.test(block.text)) || isDatedMetaRow(block));
  }
  return first;
}

/**
 * "Q: Tacoma, WA | Asked on Nov 29, 2026 | 4 answers | 1,203 views": a row of the page's meta cut
 * by separators, a date among them, read as a trail of links by its separators. Under a line it
 * marks that line as the headline over its dateline, as a byline does.
 */
function isDatedMetaRow(block: ClassifiedBlock): boolean {
  return block.lines.length === 1 && block.role.kind === 'furniture' && block.role.match.kind === 'navigation' && /\s[|·•]\s/u.test(block.text) && DATE_ANYWHERE.test(block.text);
}

/** The paragraph at `first` is short, shorter than the paragraph at `text`, and that paragraph has another article paragraph under it. */
function isStandfirstOver(blocks: readonly ClassifiedBlock[], first: number, text: number): boolean {
  const standfirst = blocks[first]!.text.length;
  if (standfirst > STANDFIRST_MAX || standfirst >= blocks[text]!.text.length) return false;
  let paragraphs = 0;
  for (let i = text; i < blocks.length && isArticleParagraph(blocks[i]!) && paragraphs < UNDER_BYLINE_PARAGRAPHS; i++) paragraphs++;
  return paragraphs >= UNDER_BYLINE_PARAGRAPHS;
}

/** The block at `index`, above the article's first paragraph `firstLong`, is the standfirst over its byline. */
export function isStandfirst(blocks: readonly ClassifiedBlock[], index: number, firstLong: number): boolean {
  return index < firstLong && isArticleParagraph(blocks[index]!) && afterStandfirst(blocks, index) === firstLong;
}

/** The first run holding a fair share of the longest run's text. */
function pickRun(runs: { first: number; chars: number }[]): { first: number; chars: number } {
  const longest = runs.reduce((most, run) => Math.max(most, run.chars), 0);
  return runs.find((candidate) => candidate.chars >= EARLY_RUN_SHARE * longest && (candidate.chars > 0 || longest === 0))!;
}

/**
 * A guide or a listicle opens with a short introduction under its bylined headline, then long
 * sections under subheadings, lists and pictures that break the run: the longest section outweighs
 * the introduction. A run of sentence text right under the last headline with its byline right
 * under it, above the run picked, is where the text opens, unless the run picked has its own.
 */
function earlierRunUnderHeadline(blocks: readonly ClassifiedBlock[], runs: readonly { first: number; chars: number }[], run: { first: number; chars: number }): { first: number; chars: number } {
  // The run picked under a bylined headline of its own is that article's text: a bylined run above it is
  // another article's teaser ("Previous article", "Top story"), not this one's introduction.
  if (underBylinedHeadline(blocks, run.first)) return run;
  // Each earlier run looks a few blocks up (never the whole page: a page of 150,000 list lines has as many blocks).
  let under: { first: number; chars: number } | undefined;
  for (const candidate of runs) {
    if (candidate.first >= run.first) break;
    if (candidate.chars >= PRE_THREAD_MIN && underBylinedHeadline(blocks, candidate.first)) under = candidate;
  }
  return under ?? run;
}

/** A headline-shaped line within UNDER_HEADLINE blocks above `first`, its byline between, and no other headline-shaped line between. */
function underBylinedHeadline(blocks: readonly ClassifiedBlock[], first: number): boolean {
  const headlineShaped = (block: ClassifiedBlock) => block.role.kind === 'prose' && block.lines.length === 1 && shapeScore(block.firstLine) >= 2;
  let byline = false;
  for (let i = first - 1; i >= Math.max(0, first - UNDER_HEADLINE); i--) {
    const block = blocks[i]!;
    if (headlineShaped(block)) return byline && bylineBelow(blocks, i, first) > 0;
    // (A paragraph between the headline and its byline is the standfirst: the text opens under the byline.)
    byline ||= isByline(block);
  }
  return false;
}

/** Blocks from a headline to its text: the byline, a date, a share row, a picture and its caption. */
const UNDER_HEADLINE = 8;

/** Sentence text a run before the thread needs to be the article (a sidebar blurb has less). */
const PRE_THREAD_MIN = 150;
/** Author headers that make a thread. */
const THREAD_HEADERS = 3;

/**
 * Where the comment thread surely runs: from a comment count with an author header under it, or
 * from the second of at least three author headers on the page; else blocks.length. Bylines above
 * the article are furniture, not author headers.
 */
function threadStart(blocks: readonly ClassifiedBlock[]): { start: number; articleMin: number } {
  const headers: number[] = [];
  for (let i = 0; i < blocks.length && headers.length < THREAD_HEADERS; i++) {
    const role = blocks[i]!.role;
    // "3 Comments" with an author header right under it opens the thread (in a byline, it opens
    // nothing): any sentence above it is the article's.
    if (opensCountedThread(blocks, i)) return { start: i, articleMin: 1 };
    if (role.kind === 'header' && role.header.author !== null) headers.push(i);
  }
  // The first header may head the article itself: a forum's opening post, a question.
  return { start: headers.length < THREAD_HEADERS ? blocks.length : headers[1]!, articleMin: PRE_THREAD_MIN };
}

/** "17 Responses to …" with an author header right under it: the thread opens here. */
export function opensCountedThread(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const role = blocks[index]!.role;
  return role.kind === 'furniture' && role.marker && role.match.kind === 'comment-count' && authorHeaderWithin(blocks, index + 1, COUNT_TO_HEADER);
}

/** Blocks between a comment count and the first comment's header (a sort control, a form line). */
const COUNT_TO_HEADER = 3;

function authorHeaderWithin(blocks: readonly ClassifiedBlock[], from: number, reach: number): boolean {
  for (let i = from; i < Math.min(blocks.length, from + reach); i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'header' && role.header.author !== null) return true;
  }
  return false;
}

/** What ends a run of article paragraphs: a comment header, a section marker, an action row, a date line (a blog prints one over each post, under its name and tagline). */
function breaksRun(block: ClassifiedBlock): boolean {
  const role = block.role;
  if (role.kind === 'header') return role.header.strong || role.header.author !== null || role.header.postedAt !== null;
  if (role.kind === 'furniture') return role.marker;
  return role.kind === 'action';
}

/**
 * A line that opens with a capital, or with a brand written in camel case ("macOS 26.2 broke Time
 * Machine", "iPhone 17 review", "eBay fees"): a headline's opening either way, not a lowercase run-on.
 */
const CAPITAL_OPENING = /^(?:\p{Lu}|\p{Ll}{1,4}\p{Lu})/u;

const TITLE_MAX = 300;
/** How far above the article the headline is looked for, in blocks (menus arrive one line per block). */
const TITLE_REACH = 40;
/** Score lost per block between a candidate and the article. */
const DISTANCE_COST = 0.05;

/**
 * The headline: among one-line blocks above the article, the one shaped most like a headline
 * (several words, no full stop, no separators), best of all the first such line, one with a
 * longer standfirst under it, one right above a byline or a date, or one the page prints again.
 * A line that restates the last crumb of the trail above it names the page (unless it is a section
 * kicker over a longer headline); the name the lede opens with is the subject of a page with no
 * bylined headline (unless it sits in a column of menu entries); a name over a badge or a relative
 * time is a social post's poster, not a headline. A name of one to three words over its maker's
 * "by X" line is a headline when no headline-shaped line is printed above it (`shortHeadline`); an
 * entry of a timeline of relative times is not (`isTimelineEntry`). With no article, the first
 * such line of the page.
 */
export function findTitle(blocks: readonly ClassifiedBlock[], articleStart: number): number | null {
  const end = articleStart < 0 ? Math.min(blocks.length, 3) : articleStart;
  let best: number | null = null;
  let bestScore = 0;
  let seenClean = false;
  const articleWords = openingWords(blocks, articleStart);
  const opening = articleStart < 0 ? '' : blocks[articleStart]!.text;
  // The name the lede opens with is the subject of a page that prints no bylined headline of its
  // own (an album's, an app's page); where one is printed, the name is a menu entry or a kicker.
  const subjectCounts = !bylinedHeadline(blocks, end, opening);
  for (let i = Math.max(0, end - TITLE_REACH); i < end; i++) {
    const block = blocks[i]!;
    if (!isTitleShaped(block) || isCaptionOverCredit(blocks, i, headlineOverByline(blocks, i)) || isCreditUnderCaption(blocks, i)) continue;
    const ownShape = shapeScore(block.firstLine);
    // A page prints one headline: a short line with a byline under a headline printed above it is a
    // section label or a sidebar entry ("<headline> / Opinion / By X").
    // A headline written as sentences ("… school week. Here's what nobody said.") over its byline is one too.
    const shape: number = !seenClean && (shortHeadline(blocks, i, end, ownShape) || sentencesOverByline(blocks, i, end, ownShape)) ? 2 : ownShape;
    const crumb = restatesCrumb(blocks, i);
    // A trail that ends at a group or a forum, its name over the group's meta, then a post's own
    // headline over its poster's byline ("Birth Clubs › October Club" / "October Club" / "12.4K
    // members" / "<question>" / "<poster> / <date>"): the heading names the group, not the page.
    if (crumb && postHeadlineBelow(blocks, i, end)) continue;
    // A name over its badge or a date is the poster of a post with no headline (a social post).
    if (shape < 2 && block.role.kind === 'name' && !crumb && (postMetaBelow(blocks, i, end) || HANDLE_LINE.test(lastLine(block)))) continue;
    // A poster's profile line between their follow button and their post's date ("Name · Follow" /
    // "Pilot, A320 captain" / "Updated 2y") is no headline; a photo's title under the button has its text under it.
    // A headline under a section's follow button has its writer's "By X" under it.
    if (underFollowButton(blocks, i) && i + 1 < end && (blocks[i + 1]!.role.kind === 'header' || (isByline(blocks[i + 1]) && !namesMaker(blocks[i + 1]!.firstLine)))) continue;
    // A menu's entry among other entries is no headline however few lines are left to weigh.
    if (shape < 2 && !crumb && inShortColumn(blocks, i) && !headsNamedPage(blocks, i, end, opening)) continue;
    // Context only lifts a line that could be a headline on its own: a name or a job title by a byline is not one.
    const context = shape >= 2 ? contextScore(blocks, i, end) + repeatScore(blocks, i, end) + topicScore(block.firstLine, articleWords) : -DISTANCE_COST * (end - i);
    const ranked = shape + context + (!seenClean && shape >= 2 ? 0.5 : 0) + (crumb ? CRUMB : 0) + (subjectCounts && !inShortColumn(blocks, i) && namesSubject(block.firstLine, opening) ? SUBJECT : 0);
    // A page about one thing prints no bylined headline of its own: where one is printed, a name under the chrome is a menu entry.
    const score = subjectCounts && headsNamedPage(blocks, i, end, opening) ? Math.max(ranked, NAMED_PAGE) : ranked;
    seenClean ||= shape >= 2;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** A button that follows a person: the profile line a social page prints under it is theirs, not the page's headline. */
const FOLLOW_BUTTON = /^(?:follow|following|subscribe|connect|\+\s*follow)$/iu;

/** The block above, past separator dots ("·"), is a follow button. */
function underFollowButton(blocks: readonly ClassifiedBlock[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) {
    const line = lastLine(blocks[i]!);
    if (/^[·•|]$/u.test(line)) continue;
    return FOLLOW_BUTTON.test(line);
  }
  return false;
}

/** What the short name heading a product's, a place's or a person's page scores: as much as a clean headline with its byline. */
const NAMED_PAGE = 4.5;
/** Words in such a name: "Quillmate", "Tía Rosa's Taquería", "Better Lanterns Redux". */
const NAMED_PAGE_WORDS = 6;

/**
 * A page about one thing (a product, a shop, a release, a mod) heads it with the thing's name, too
 * short to read as a headline: right under the site's chrome (its sign-in row, its menu's "More",
 * a breadcrumb trail, one more menu entry between), with the page's meta under it (a rating or a
 * count, "Uploaded by X", a field label "Label:") or a lede that opens with the name. A menu entry
 * has another entry under it; a section kicker is printed in capitals.
 */
function headsNamedPage(blocks: readonly ClassifiedBlock[], index: number, end: number, opening: string): boolean {
  const block = blocks[index]!;
  const line = block.firstLine;
  const words = wordCount(line);
  // (A site's name opens the page under its skip link: a name under fewer lines is the site's.)
  if (linesAbove(blocks, index) < SITE_CHROME_LINES || block.lines.length !== 1 || !isNameHeading(line) || !underSiteChrome(blocks, index)) return false;
  // The name comes first and its meta under it: a short line under a rating or a count is a label
  // among the meta ("Our Choice" under "1,902 ratings"), not the page's name.
  if (isPageMeta(blocks[index - 1]!.firstLine)) return false;
  const next = blocks[index + 1];
  if (next === undefined || index + 1 > end || isBreadcrumb(next)) return false;
  const opensLede = opening.startsWith(line) && !/[\p{L}\p{N}]/u.test(opening.charAt(line.length));
  return opensLede || (words >= 2 && isPageMeta(next.firstLine));
}

/** Lines of chrome above a page's own name at least: a skip link and a site's name are fewer. */
const SITE_CHROME_LINES = 3;

function linesAbove(blocks: readonly ClassifiedBlock[], index: number): number {
  let lines = 0;
  for (let i = 0; i < index && lines < SITE_CHROME_LINES; i++) lines += blocks[i]!.lines.length;
  return lines;
}

/** A name a page is headed with: a few capitalised words, no figures or separators, not a kicker in capitals nor a search box ("Search …"). */
function isNameHeading(line: string): boolean {
  if (wordCount(line) > NAMED_PAGE_WORDS || !/^\p{Lu}/u.test(line) || line === line.toUpperCase() || /^search\b/iu.test(line)) return false;
  return !/\p{N}|[:.,;!?|›»>·•]/u.test(line);
}

/** The site's chrome ends right above: a sign-in row, a menu, a "More" button or a breadcrumb trail, maybe one short entry between. */
function underSiteChrome(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const chrome = (block: ClassifiedBlock | undefined) => {
    if (block === undefined) return false;
    const role = block.role;
    if (role.kind === 'furniture') return role.match.kind === 'navigation' || role.match.rule === 'login-prompt' || role.match.rule === 'login-form';
    return role.kind === 'action' || isBreadcrumb(block);
  };
  if (chrome(blocks[index - 1])) return true;
  const between = blocks[index - 1];
  return between !== undefined && between.lines.length === 1 && wordCount(between.text) <= 2 && chrome(blocks[index - 2]);
}

/** "4.4 (612 reviews)", "Reviews 1,932 • Average", "Uploaded by Vaelith", "Label:": a page's meta under its name. */
function isPageMeta(line: string): boolean {
  const words = wordCount(line);
  // A count with what it counts, not a headline with a year in it.
  if (/\p{N}/u.test(line) && /\p{L}/u.test(line) && words <= 12 && !endsSentence(line) && shapeScore(line) < 2) return true;
  if (/\bby\s+\p{Lu}/u.test(line) && words <= 6) return true;
  return /^\p{L}[\p{L} ]{0,30}:$/u.test(line);
}

/** Words of a headline written as sentences: a standfirst or a lede is longer. */
const SENTENCE_HEADLINE_WORDS = 30;

/**
 * A line written as one or two sentences with the writer's byline right under it (a name, then a
 * date): a headline that ends in a full stop. The caller asks that no headline-shaped line be
 * printed above it: a standfirst over its byline sits under one.
 */
function sentencesOverByline(blocks: readonly ClassifiedBlock[], index: number, end: number, shape: number): boolean {
  const block = blocks[index]!;
  const line = block.firstLine;
  if (shape >= 2 || block.lines.length !== 1 || !/^\p{Lu}/u.test(line) || !endsSentence(line) || /[|·•›»]/u.test(line) || wordCount(line) < 4 || wordCount(line) > SENTENCE_HEADLINE_WORDS) return false;
  const below = blocks[index + 1];
  if (below === undefined || index + 1 >= end) return false;
  if (isByline(below)) return true;
  return below.role.kind === 'name' && [blocks[index + 2], blocks[index + 3]].some((block, k) => index + 2 + k < end && isByline(block));
}

/**
 * A name of one to three words with a "by X" line right under it: an album, a book, a track or a
 * recipe over its maker ("Lowland Rain / by Fen Choir"). Such a name is too short to be a headline
 * by its shape; the maker's line makes it one. (The caller asks that no headline be printed above
 * it: a section label over the writer's byline sits under one.)
 */
function shortHeadline(blocks: readonly ClassifiedBlock[], index: number, end: number, shape: number): boolean {
  const line = blocks[index]!.firstLine;
  if (wordCount(line) > 3 || shape < -1 || shape > 0.5 || !/^\p{Lu}/u.test(line)) return false;
  const below = blocks[index + 1];
  return index + 1 < end && below !== undefined && namesMaker(below.firstLine);
}

/**
 * "by Fen Choir", "By Ines Varga · 4 March 2026": "by" and a capitalised name, the rest of the line
 * after a separator. Case is spelt out (under the `i` flag `\p{Lu}` matches lower case too) and
 * the name must read as one: "by the numbers", "By the way", "By The Numbers" name no one.
 */
const BY_NAME = /^[Bb]y\s+(\p{Lu}[^|·•,–—]*?)(?:\s*[|·•,–—].*|\s+-\s.*)?$/u;

function namesMaker(line: string): boolean {
  const name = BY_NAME.exec(line)?.[1];
  return name !== undefined && looksLikeName(name);
}

/** A clean headline-shaped line with a byline or a date under it, that does not itself name the lede's subject. */
function bylinedHeadline(blocks: readonly ClassifiedBlock[], end: number, opening: string): boolean {
  for (let i = Math.max(0, end - TITLE_REACH); i < end; i++) {
    const block = blocks[i]!;
    if (block.role.kind !== 'prose' || !isTitleShaped(block) || shapeScore(block.firstLine) < 2) continue;
    if (bylineBelow(blocks, i, end) > 0 && !namesSubject(block.firstLine, opening)) return true;
  }
  return false;
}

/**
 * A one-line entry between two other short one-line entries ("World / US / New York / Politics"):
 * a menu's link, however well the lede's first words match it. A byline or a header next to it ends
 * the column ("Lowland Rain / by Fen Choir" is an album's name over its artist).
 */
function inShortColumn(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const entry = (block: ClassifiedBlock | undefined) =>
    block !== undefined && block.lines.length === 1 && block.role.kind !== 'header' && !isByline(block) && wordCount(block.text) <= 3;
  return entry(blocks[index - 1]) && entry(blocks[index + 1]);
}

/** Characters of the article's opening read for its words: a few paragraphs. */
const OPENING_CHARS = 2000;
/** What a headline all of whose words the article's opening uses earns. */
const TOPIC = 1;

/** The content words of the article's first paragraphs, up to OPENING_CHARS. */
function openingWords(blocks: readonly ClassifiedBlock[], articleStart: number): Set<string> {
  const words = new Set<string>();
  let chars = 0;
  for (let i = Math.max(0, articleStart); articleStart >= 0 && i < blocks.length && chars < OPENING_CHARS; i++) {
    if (!isArticleParagraph(blocks[i]!)) continue;
    const text = blocks[i]!.text.slice(0, OPENING_CHARS - chars);
    chars += text.length;
    for (const word of contentWords(text)) words.add(word);
  }
  return words;
}

/**
 * A headline is about what its article is about: the share of its content words the article's
 * opening uses. A delivery date, a call to sign up or a menu entry shares few or none.
 */
function topicScore(line: string, articleWords: Set<string>): number {
  const words = [...new Set(contentWords(line))];
  if (words.length === 0 || articleWords.size === 0) return 0;
  return (TOPIC * words.filter((word) => articleWords.has(word)).length) / words.length;
}

/** What a headline printed again further down earns, and what its reprint loses. */
const REPEAT = 1;

/**
 * The page prints its headline again further down, inside a longer line: a forum post's subject
 * ("Default <thread title>"), a print or share label. The first print is the headline, the longer
 * reprint is not. A site name or a menu entry is not reprinted so (a headline has four words or more).
 */
function repeatScore(blocks: readonly ClassifiedBlock[], index: number, end: number): number {
  const line = blocks[index]!.firstLine;
  const from = Math.max(0, end - TITLE_REACH);
  for (let i = from; i < index; i++) {
    const other = blocks[i]!.firstLine;
    if (other.length < line.length && wordCount(other) >= 4 && line.includes(other)) return -REPEAT;
  }
  if (wordCount(line) < 4) return 0;
  // Below the article too: a reply's subject ("Re: <headline>"), a share box, a comment count
  // naming the piece ("12 comments on <headline>"). A menu entry or a tagline is not reprinted so.
  const reach = Math.min(blocks.length, end + REPRINT_REACH);
  for (let i = index + 1; i < reach; i++) {
    const other = blocks[i]!.firstLine;
    if (other.length > line.length && other.length <= TITLE_MAX && other.includes(line)) return REPEAT;
  }
  return 0;
}

/** Blocks under the article start looked through for the headline's reprint: the page's first screens, whatever its length. */
const REPRINT_REACH = 400;

function isTitleShaped(block: ClassifiedBlock): boolean {
  const kind = block.role.kind;
  if (kind !== 'prose' && kind !== 'name') return false;
  if (block.firstLine.length > TITLE_MAX) return false;
  return block.lines.length === 1 || titleMetaLines(block);
}

/** A headline may carry meta lines under it: a flair ("News"), or "412 points by x 9 hours ago | …". */
export function titleMetaLines(block: ClassifiedBlock): boolean {
  if (block.lines.length === 1) return false;
  const rest = block.text.slice(block.firstLine.length).trim().split(/\n/u);
  return rest.length <= 3 && rest.every((line) => line.trim().split(/\s+/u).length <= 3 || /\s[|·•]\s|\bpoints? by\b|\bby\s+\S+\s+\d/u.test(line) || matchBoilerplate(line) !== null);
}

/**
 * How much a line reads like a headline on its own: 2 for a clean one, less for labels and sentences.
 * The title search asks it of the same lines again and again (each block, then as a neighbour of
 * the next), and its date scan is slow: answers are kept per line text.
 */
const shapeScore = memoize(5000, (line: string): number => lineShapeScore(line));

function lineShapeScore(line: string): number {
  const words = wordCount(line);
  let score = words >= 4 && words <= 20 ? 2 : words >= 2 && words <= 30 ? 0.5 : -1;
  // A full stop, comma or colon at the end: a sentence, a caption or a label (a title-cased
  // headline may end in a full stop: "I Quit Sugar for 90 Days. Here's What Happened.").
  if (/[.,;:]$/u.test(line) && !/\.\.\.$|…$/u.test(line) && !(line.endsWith('.') && isTitleCased(line))) score -= 1.5;
  // Breadcrumbs, menu rows and taglines with separators (tabs and wide spaces too).
  if (/[›»‹«|>·•{}]|\s\/\/?\s|\t|\S {2,}\S/u.test(line)) score -= 2;
  if (!CAPITAL_OPENING.test(line) && /^\p{Ll}/u.test(line)) score -= 0.5;
  // "Modified 2 years, 11 months ago", "Viewed 48k times": page meta, not a headline.
  if (AGO.test(line)) score -= 1.5;
  // "Start date Mar 2, 2024", "Published 3 May 2024": a label and its date; "Monday, May 4,
  // 2025 at 9:30a PST": a date and its clock.
  if ((words <= 6 && DATE_ANYWHERE.test(line)) || opensWithDateAndClock(line)) score -= 1.5;
  // "#3 Best Seller in Earbuds", "#12": a rank or a post number, not a headline.
  if (/^#\d/u.test(line)) score -= 1.5;
  // "1.2K views", "84 Photos", "2,418 Posts": a count and what it counts, the page's meta.
  if (isCountLine(line)) score -= 2;
  // "A5 Here She Comes 2:19", "3. Harbour Lights (4:05)": a track's position and running time, an entry of a tracklist.
  if (TRACK_ENTRY.test(line)) score -= 2;
  // "Published in Island Engineering", "From Wikipedia", "Cross-posted to: …": where the piece
  // appeared, not what it is called.
  if (PROVENANCE.test(line)) score -= 2;
  // "March 3, 1939 – November 28, 2026": dates and separators only, a lifespan or a date range.
  if (DATES_ONLY.test(line.replace(DATE_GLOBAL, ' '))) score -= 2;
  return score;
}

/**
 * A line naming where the piece appeared: "Published in X", "Posted in X", "Filed under X",
 * "Originally published at X", "Cross-posted to: …" (the place a capitalised name with no comma
 * after it, or a colon), and a wiki's "From X Wiki" or "From Xpedia, the free encyclopedia". Case
 * is spelt out: under the `i` flag `\p{Lu}` matches lowercase letters too, and "From Farm to Table",
 * "Posted on the pier wall, a timetable" are headlines.
 */
const PROVENANCE = /^(?:(?:[Oo]riginally\s+)?(?:[Pp]ublished|[Pp]osted|[Ff]iled|[Aa]ppeared|[Cc]ross-?posted|[Ss]yndicated)\s+(?:in|on|to|under|at|from)(?::|\s+\p{Lu}[^,.;:]*$)|From\s+(?:\p{Lu}\p{L}*\s+){0,4}(?:Wiki|Wikia|Fandom|\p{Lu}\p{L}*pedia)(?:,\s+the\s+[^,]{0,60}encyclopedia)?$)/u;
/**
 * A figure ("84", "2,418", "1.2K") and what a page counts of itself or its writer, a word between
 * them at most ("3 helpful votes"): the page's meta. The unit makes it a count, not the figure:
 * "12 Angry Men", "100 Days", "7 Takeaways" open with a number and are headlines, and
 * "2026 in Review" opens with a year.
 */
const COUNT_LINE = /^(?!(?:1[89]|20)\d\d\s)[+-]?\d[\d.,]*\s*[KkMm]?\+?\s+(?:\p{L}+\s+)?(?:views?|reads?|plays?|listens?|downloads?|posts?|threads?|messages?|photos?|pictures?|images?|videos?|songs?|tracks?|followers?|following|subscribers?|members?|friends?|fans?|likes?|dislikes?|faves?|favou?rites?|shares?|saves?|bookmarks?|comments?|replies|responses?|reactions?|reviews?|ratings?|votes?|points?|stars?|forks?|watchers?|answers?|questions?|contributions?|badges?|check-ins?|citations?|edits?|pins?|items?|results?|entries|sold)$/iu;

/**
 * A position ("A5", "12", "3.") opening the line and a running time ("2:19", "(4:05)") closing it.
 * A lone capital is a word ("A Night on the Ferry at 11:45", "I Woke …"), and a time after "at",
 * "until" or "by" is a clock's ("12 Hours on the Ferry until 6:15"): neither is a track's.
 */
const TRACK_ENTRY = /^(?:[A-Z]?\d{1,3}\.?|[A-Z]\d)\s+\S.*\s(?<!\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Bb]efore|[Aa]fter|[Ss]ince|[Aa]round|[Aa]bout)\s)\(?\d{1,2}:\d{2}\)?$/u;

export function isCountLine(line: string): boolean {
  return COUNT_LINE.test(line);
}
/** What is left of a line of dates once they are cut out: separators, digits and spaces. */
const DATES_ONLY = /^[\s\p{P}\p{S}\p{N}]*$/u;

/** Most words of four letters or more start with a capital: "Grandma's No-Fail Buttermilk Biscuits". */
export function isTitleCased(line: string): boolean {
  const long = line.split(/\s+/u).filter((word) => /^\P{L}*\p{L}{4}/u.test(word));
  return long.length >= 3 && long.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length >= long.length * 0.75;
}

/** What surrounds a headline: a byline or date below, a longer standfirst below, mastheads far above. */
function contextScore(blocks: readonly ClassifiedBlock[], index: number, end: number): number {
  let score = -DISTANCE_COST * (end - index);
  score += bylineBelow(blocks, index, end);
  // Some layouts print the byline first ("Posted by u/name · 5 hours ago", then the title).
  if (isByline(blocks[index - 1]) || isByline(blocks[index - 2])) score += 1;
  // A timeline's entries ("2h ago / Bridge closed / 5h ago / Trains suspended") each sit under a
  // relative time, with the next entry's time under them or the entry before over its time above.
  if (isTimelineEntry(blocks, index)) score -= TIMELINE;
  const words = wordCount(blocks[index]!.firstLine);
  // Two headline-shaped lines in a row: a kicker over its headline, or a headline over its standfirst.
  const next = index + 1 < end ? cleanLineWords(blocks[index + 1]) : 0;
  if (next > 0 && isKicker(words, next)) score -= 1.5;
  const previous = cleanLineWords(blocks[index - 1]);
  // (Unless the line above is the last entry of a column of short lines: "… / Anybody can answer".)
  if (previous > 0 && !isKicker(previous, words) && !endsLineColumn(blocks, index - 1)) score -= 1.5;
  // A breadcrumb trail ("Home & Kitchen › Small Appliances › Kettles") leads to the page's own heading.
  if (isBreadcrumb(blocks[index - 1])) score += 1;
  // A site name and its tagline open the page, above the menu or the date; a headline is below them.
  if (index <= 2 && isMastheadName(blocks[index - 1]) && (menuBetween(blocks, index + 1, end) || previous === 0)) score -= 2;
  // The last of a column of short lines ("Anybody can ask a question / Anybody can answer / …"): a list entry.
  if (endsLineColumn(blocks, index)) score -= 1;
  return score;
}

/** What a timeline entry loses: more than a byline under it and a date above it earn. */
const TIMELINE = 3;

/**
 * The line sits under a relative time ("2h ago"), and the next entry's time is printed right under
 * it (a bare time, alone on its line), or, for the last entry, the time over it is a block of its
 * own with another entry over its time above ("2h ago / Bridge closed / 5h ago / <line>"). A
 * post's title under its poster's time has the post's meta row under it ("2h · 14 replies") or its
 * text, and the poster's name over the time; a list of posts under their posters' names and times
 * ("Kai Brant / 3 days ago") does not make the line under it an entry.
 */
function isTimelineEntry(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const endsRelative = (block: ClassifiedBlock | undefined) => block !== undefined && RELATIVE_FIRST.test(lastLine(block));
  if (!endsRelative(blocks[index - 1])) return false;
  const next = blocks[index + 1];
  if (next !== undefined && RELATIVE_ALONE.test(next.firstLine)) return true;
  const above = blocks[index - 1]!;
  return above.lines.length === 1 && RELATIVE_ALONE.test(above.firstLine) && cleanLineWords(blocks[index - 2]) > 0 && endsRelative(blocks[index - 3]);
}

function lastLine(block: ClassifiedBlock): string {
  return block.text.slice(block.text.lastIndexOf('\n') + 1).trim();
}

/** What a line earns that the article's first words name: the thing the page is about. */
const SUBJECT = 2.5;

/**
 * The article opens with the line's name: "Lowland Rain" over "Lowland Rain was recorded in a
 * chapel …", "Tidewell: Kettles & Toasters" over "Tidewell boils a litre …".
 * An album's, an app's or a shop's page names its subject first; a name of two words or more, or
 * the name before a headline's colon. A menu entry of one word ("Home") opens a lede by chance.
 */
export function namesSubject(line: string, opening: string): boolean {
  if (opening.length === 0) return false;
  const colon = line.indexOf(':');
  const names = [line.replace(/[.!?…]+$/u, '')];
  if (colon > 0) names.push(line.slice(0, colon));
  return names.some((name, i) => {
    if (!/^\p{Lu}/u.test(name) || !opening.startsWith(name)) return false;
    if (/[\p{L}\p{N}]/u.test(opening.charAt(name.length))) return false;
    return wordCount(name) >= 2 || (i === 1 && /^\p{Lu}\p{L}{3,}$/u.test(name));
  });
}

/**
 * A page printed without blank lines keeps its headline inside the column of short lines around
 * it, which reads as one menu: "Sign in / Tidewell: Kettles & Toasters / Tidewell Ltd / Contains
 * ads". A line of that column is cut out, to be weighed as a headline, when the page marks it as
 * one: the article's first words name it, it restates the last crumb of a breadcrumb trail printed
 * right above it (the trail is cut out with it), it is the one line of the column with its
 * post's meta under it, or it ends the column right over the byline (headOverBylineBelow). The
 * lines above and below it keep the column's role.
 */
export function cutHeadlineFromMenus(text: string, blocks: ClassifiedBlock[]): { blocks: ClassifiedBlock[]; articleStart: number | null } {
  const start = findArticleStart(blocks);
  // Blocks handed back unchanged keep their article start: the regions need not look for it again.
  const unchanged = { blocks, articleStart: start };
  if (start < 0) return unchanged;
  const opening = blocks[start]!.text;
  for (let i = Math.max(0, start - TITLE_REACH); i < start; i++) {
    const block = blocks[i]!;
    if (block.lines.length < 2 || block.role.kind !== 'furniture' || block.role.match.rule !== 'menu-list') continue;
    const lines = block.lines.map((line) => line.text);
    const headings = blocks.slice(i + 1, start).map((above) => above.firstLine);
    const marked = lines.findIndex((line, j) => namesSubject(line, opening) || restatesLine(line, lines[j - 1]) || headings.some((heading) => headsAgain(line, heading)));
    // A page about one thing prints its name first, its meta under it, right under the site's chrome.
    // (Two words at least: a column's "Next" over "1 of 2" is a pager.)
    const named = underSiteChrome(blocks, i) && wordCount(lines[0]!) >= 2 && isNameHeading(lines[0]!) && isPageMeta(lines[1]!) ? 0 : -1;
    // The column's foot is its headline only where no headline stands as a block of its own above the
    // column: under one, the foot is a link to another story ("Trending" / "<story>").
    const foot = headlineAbove(blocks, start, i) ? -1 : headOverBylineBelow(lines, blocks[i + 1]);
    const at = marked >= 0 ? marked : named >= 0 ? named : Math.max(standalonePostHead(lines), foot);
    if (at < 0) continue;
    // A breadcrumb trail over the line is a block of its own, as a page with blank lines prints it.
    const crumb = restatesLine(lines[at]!, lines[at - 1]) ? at - 1 : at;
    const parts: ClassifiedBlock[] = [];
    if (crumb > 0) parts.push({ ...blockPart(text, block, 0, crumb), role: block.role });
    if (crumb < at) parts.push({ ...blockPart(text, block, crumb, at), role: block.role });
    parts.push({ ...blockPart(text, block, at, at + 1), role: { kind: 'prose' } });
    if (at + 1 < block.lines.length) parts.push({ ...blockPart(text, block, at + 1, block.lines.length), role: block.role });
    return { blocks: [...blocks.slice(0, i), ...parts, ...blocks.slice(i + 1)], articleStart: null };
  }
  return unchanged;
}

/** Words a page's heading may add to its name: "<song> Lyrics", "<film> Review", "<game> Wiki Guide". */
const HEADING_SUFFIX_WORDS = 2;

/**
 * The page prints the line again over the article as its heading with a word or two after it, the
 * kind of page: "Paper Lanterns Lyrics" under a column holding "Paper Lanterns". A name of two
 * words or more: a one-word menu entry opens many headings by chance.
 */
export function headsAgain(line: string, heading: string): boolean {
  if (wordCount(line) < 2 || heading.length <= line.length || !heading.startsWith(line) || heading.charAt(line.length) !== ' ') return false;
  const rest = heading.slice(line.length).trim();
  return wordCount(rest) <= HEADING_SUFFIX_WORDS && /^\p{Lu}[\p{L}\s]*$/u.test(rest);
}

/** The line restates the last crumb of the breadcrumb trail `above`: "Home › Walks › Cliff Path Loop" over "Cliff Path Loop". */
function restatesLine(line: string, above: string | undefined): boolean {
  if (above === undefined || !BREADCRUMB.test(above)) return false;
  return sameHeading(headingWords(lastCrumb(above)), headingWords(line));
}

/** "Home › Walks › Cliff Path Loop" → "Cliff Path Loop". */
function lastCrumb(trail: string): string {
  return trail.split(/\s[›»>]\s/u).at(-1)!;
}

/** A headline-shaped block of its own (COLUMN_HEADLINE_WORDS words or more) before `index`, within the title's reach of the article. */
function headlineAbove(blocks: readonly ClassifiedBlock[], articleStart: number, index: number): boolean {
  for (let k = Math.max(0, articleStart - TITLE_REACH); k < index; k++) {
    const block = blocks[k]!;
    if (isTitleShaped(block) && wordCount(block.firstLine) >= COLUMN_HEADLINE_WORDS && shapeScore(block.firstLine) >= 2) return true;
  }
  return false;
}

/** Words of a headline printed at a menu column's foot: a menu entry or a section's name is shorter. */
const COLUMN_HEADLINE_WORDS = 5;

/**
 * A column that ends with the headline, maybe its standfirst under it, right over the byline
 * printed as a block of its own ("… / Search / National / <headline> / <standfirst>" over "Kirsten
 * Zammit / Monday, December 7, 2026"): the headline is the first of those last lines, or -1. Two
 * headline-shaped lines end the column at most: three in a row are a list of other stories.
 */
function headOverBylineBelow(lines: readonly string[], below: ClassifiedBlock | undefined): number {
  if (below === undefined || !(below.role.kind === 'header' || isByline(below))) return -1;
  const headline = (j: number) => j >= 0 && lines[j] !== undefined && CAPITAL_OPENING.test(lines[j]!) && wordCount(lines[j]!) >= COLUMN_HEADLINE_WORDS && shapeScore(lines[j]!) >= 2;
  const last = lines.length - 1;
  // A standfirst written as a sentence under the headline ends in a full stop.
  const standfirst = !headline(last) && wordCount(lines[last]!) >= COLUMN_HEADLINE_WORDS && endsSentence(lines[last]!);
  const foot = standfirst ? last - 1 : last;
  if (!headline(foot)) return -1;
  if (!headline(foot - 1) || standfirst) return foot;
  return headline(foot - 2) ? -1 : foot - 1;
}

/**
 * The line of a column nearest the article that heads its post's meta and stands apart, or -1. A
 * "recent posts" or "more from" list prints its entries one after another, each over its meta
 * ("Tide Tables / Kai Brant / 2 days ago / Low Light / Mara Quint / 3 days ago"): none of them is
 * the page's headline. The page's own post prints its meta once, other lines around it.
 */
function standalonePostHead(lines: readonly string[]): number {
  const metaEnds = new Map<number, number>();
  for (let j = 0; j < lines.length; j++) {
    const end = postMetaEnd(lines, j);
    if (end > j) metaEnds.set(j, end);
  }
  const listed = new Set<number>();
  for (const [head, end] of metaEnds) {
    if (!metaEnds.has(end + 1)) continue;
    listed.add(head);
    listed.add(end + 1);
  }
  const alone = [...metaEnds.keys()].filter((head) => !listed.has(head));
  return alone.at(-1) ?? -1;
}

/**
 * Where the post's meta under a headline-shaped line ends, or -1: its maker's "by X" line or a
 * labelled dateline, or the poster's name over a date or a relative time ("Cliff Path Loop / Ines
 * Varga / 3 weeks ago"). A
 * bare date under a line is no such mark in a column: a sidebar's tag row has one.
 */
function postMetaEnd(lines: readonly string[], index: number): number {
  const line = lines[index]!;
  if (shapeScore(line) < 2 || !CAPITAL_OPENING.test(line)) return -1;
  const next = lines[index + 1];
  if (next === undefined) return -1;
  if (namesMaker(next) || isLabelledDate(next)) return index + 1;
  const date = lines[index + 2];
  const dated = date !== undefined && (RELATIVE_FIRST.test(date) || DATE_FIRST.test(date) || isLabelledDate(date));
  return looksLikeName(next) && dated ? index + 2 : -1;
}

/** Words of a dateline that names what its dates are: "Published December 7, 2026 Updated about 3 hours ago". */
const LABELLED_DATE_WORDS = 10;

/**
 * A short line with a date in it and words beside it, no sentence: a dateline whose label comes
 * first ("Published …", "Posted by X  Last updated …"). A bare date is no such mark: a sidebar's
 * tag row has one too.
 */
function isLabelledDate(line: string): boolean {
  if (wordCount(line) > LABELLED_DATE_WORDS || endsSentence(line) || !DATE_ANYWHERE.test(line)) return false;
  return /\p{L}{3}/u.test(line.replace(DATE_GLOBAL, ' '));
}

/** What a line earns that restates the last crumb of the breadcrumb trail just above it: the page names itself twice. */
const CRUMB = 4;
/** Blocks between a breadcrumb trail and the heading that restates its last crumb (a search box, say). */
const CRUMB_REACH = 2;

/**
 * "Obituaries › 2026 › Mara J. Quint" over "Mara Jane Quint", "tern_77 » Reviews » Winter
 * Crossings" over "Winter Crossings": a trail ends with the page it leads to, and its heading restates
 * that crumb (the same first and last word; a crumb may shorten a middle name), however short.
 */
function restatesCrumb(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const words = headingWords(blocks[index]!.firstLine);
  if (words.length === 0) return false;
  // A trail that ends at the section, with the section printed again as a kicker over a longer
  // headline ("Home › Sport › Rowing" / "Rowing" / "<headline>"): the kicker names the section.
  if (cleanLineWords(blocks[index + 1]) > wordCount(blocks[index]!.firstLine)) return false;
  for (let i = Math.max(0, index - CRUMB_REACH - 1); i < index; i++) {
    if (!isBreadcrumb(blocks[i])) continue;
    if (sameHeading(headingWords(lastCrumb(blocks[i]!.firstLine)), words)) return true;
  }
  return false;
}

/** A crumb and a heading name the same page: the same first and last word (a crumb may shorten a middle name). */
function sameHeading(crumb: readonly string[], words: readonly string[]): boolean {
  if (crumb.length === 0 || words.length === 0) return false;
  if (crumb.length !== words.length && (crumb.length < 2 || words.length < 2)) return false;
  return crumb[0] === words[0] && crumb.at(-1) === words.at(-1);
}

function headingWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Two separators or more between short crumbs, on a line of its own. */
const BREADCRUMB = /^[^›»>\n]{1,40}(?:\s[›»>]\s[^›»>\n]{1,40}){2,}$/u;

function isBreadcrumb(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && block.lines.length === 1 && BREADCRUMB.test(block.firstLine);
}

/** The word count of a one-line prose block shaped like a headline, or 0. */
function cleanLineWords(block: ClassifiedBlock | undefined): number {
  if (!block || block.lines.length !== 1 || block.role.kind !== 'prose' || shapeScore(block.text) < 2) return 0;
  return wordCount(block.text);
}

/** Blocks under a group's heading where its post's headline may stand: the group's meta between. */
const GROUP_META_BLOCKS = 2;

/**
 * A headline-shaped line longer than the heading at `index`, opening with a capital, a byline right
 * under it, and only the group's meta between (its member count, its join button: furniture or an
 * action). A review's heading over its verdict and playtime ("Not Recommended" / "52.6 hrs on
 * record") is no group over a post.
 */
function postHeadlineBelow(blocks: readonly ClassifiedBlock[], index: number, end: number): boolean {
  const words = wordCount(blocks[index]!.firstLine);
  for (let k = index + 2; k <= index + 1 + GROUP_META_BLOCKS && k + 1 < end; k++) {
    const meta = blocks[k - 1]!.role.kind;
    if (meta !== 'furniture' && meta !== 'action') return false;
    if (cleanLineWords(blocks[k]) > words && /^\p{Lu}/u.test(blocks[k]!.firstLine) && isByline(blocks[k + 1])) return true;
  }
  return false;
}

/** "Petition to the District Council" over "Save our lido: stop the closure": a short label over a headline. */
function isKicker(words: number, nextWords: number): boolean {
  return words <= 5 && nextWords >= 6 && nextWords <= 20;
}

/** A menu: a navigation block of three or more lines, or three one-line blocks of three words or fewer in a row. */
function menuBetween(blocks: readonly ClassifiedBlock[], from: number, end: number): boolean {
  let shortRun = 0;
  for (let i = from; i < end; i++) {
    const block = blocks[i]!;
    const role = block.role;
    if (role.kind === 'furniture' && role.match.kind === 'navigation' && block.lines.length >= 3) return true;
    shortRun = block.lines.length === 1 && role.kind !== 'header' && wordCount(block.text) <= 3 ? shortRun + 1 : 0;
    if (shortRun >= 3) return true;
  }
  return false;
}

/** Within the next three blocks: a byline, a dateline or a name-and-date header. */
function bylineBelow(blocks: readonly ClassifiedBlock[], index: number, end: number): number {
  for (let i = index + 1; i < Math.min(end, index + 4); i++) {
    if (!isByline(blocks[i])) continue;
    if (i === index + 1) return 1.5;
    // A kicker above the headline is one line further off; a byline with a headline right
    // under it ("Posted by u/x · 5 hours ago", then the title) or right above it is that headline's.
    // A headline-shaped line between that this one is no kicker of, and that is not the page's
    // reprint of an earlier line (a forum post's subject), is its standfirst: the headline is this
    // one, as far from its byline as a kicker.
    const headlineNext = i + 1 < end && cleanLineWords(blocks[i + 1]) > 0;
    const between = i - 1 > index ? cleanLineWords(blocks[i - 1]) : 0;
    const headlineAbove = between > 0 && (i - 1 > index + 1 || isKicker(wordCount(blocks[index]!.firstLine), between) || printedAbove(blocks, i - 1, end));
    return headlineNext || headlineAbove ? 0 : 0.75;
  }
  return 0;
}

/** Blocks under a poster's name that may hold the post's meta: a badge, a job title, a date. */
const POST_META_REACH = 3;

/**
 * A header naming no one (a badge, "• 2nd"), a line opening with a relative time ("3d • Edited")
 * or the poster's handle ("@wrenh@toot.garden") within POST_META_REACH blocks under `index`. A short headline has a byline ("By X - March 4,
 * 2026", a header that names its writer) or a calendar date under it: a header with a date is no badge.
 */
function postMetaBelow(blocks: readonly ClassifiedBlock[], index: number, end: number): boolean {
  for (let i = index + 1; i < Math.min(end, index + 1 + POST_META_REACH); i++) {
    const role = blocks[i]!.role;
    const badge = role.kind === 'header' && role.header.author === null && role.header.postedAt === null;
    if (badge || RELATIVE_FIRST.test(blocks[i]!.firstLine) || HANDLE_LINE.test(blocks[i]!.firstLine)) return true;
  }
  return false;
}

/** "@wrenh@toot.garden", "@dmitri_k": the poster's handle under the display name. */
const HANDLE_LINE = /^@[\p{L}\p{N}_.]+(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?$/u;
/** "3d • Edited •", "2 hours ago": a post's age, as social sites print it under the poster. */
const RELATIVE_FIRST = new RegExp(`^(?:${RELATIVE})(?:\\s*[·•|]|$)`, 'iu');
/** "5h ago" alone on its line: a timeline's time stamp. */
const RELATIVE_ALONE = new RegExp(`^(?:${RELATIVE})$`, 'iu');

/** The line was printed before, within the headline's reach. */
function printedAbove(blocks: readonly ClassifiedBlock[], index: number, end: number): boolean {
  const line = blocks[index]!.firstLine;
  for (let i = Math.max(0, end - TITLE_REACH); i < index; i++) if (blocks[i]!.firstLine === line) return true;
  return false;
}

/** Three one-line blocks or more, printed with no blank line between, the last one closed by a blank line. */
function endsLineColumn(blocks: readonly ClassifiedBlock[], index: number): boolean {
  const next = blocks[index + 1];
  if (index < 2 || blocks[index]!.gapBefore !== 0 || next === undefined || next.gapBefore === 0) return false;
  for (let i = index - 2; i < index; i++) {
    const block = blocks[i]!;
    if (block.lines.length !== 1 || block.role.kind === 'header' || block.role.kind === 'furniture' || wordCount(block.text) > 12) return false;
    if (i > index - 2 && block.gapBefore !== 0) return false;
  }
  return true;
}

/** A byline, a dateline, a name-and-date header, or a line that opens with a date. */
function isByline(block: ClassifiedBlock | undefined): boolean {
  if (!block) return false;
  const role = block.role;
  return (
    (role.kind === 'header' && (role.header.author !== null || role.header.postedAt !== null)) ||
    (role.kind === 'furniture' && (role.match.kind === 'byline' || role.match.kind === 'dateline')) ||
    (role.kind === 'prose' && (DATE_FIRST.test(block.firstLine) || opensWithDateAndClock(block.firstLine) || isMetaLine(block.firstLine)))
  );
}

/** The site's name at the top of the page: a short line that is not a menu or a link. */
function isMastheadName(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && block.lines.length === 1 && block.role.kind !== 'furniture' && wordCount(block.text) <= 4;
}

/** "Dr. Helen Marsh · 19 September 2024 · 7 min read": a short line of fields, one of them a date. */
function isMetaLine(line: string): boolean {
  return wordCount(line) <= 14 && DATE_FIELD.test(line);
}

const DATE_FIELD = new RegExp(`(?:^|[·•|]\\s*)(?:${DATE})\\s*(?:[·•|]|$)`, 'iu');
const DATE_ANYWHERE = new RegExp(`(?:^|\\s)(?:${DATE})(?:$|[\\s,.])`, 'iu');
const DATE_GLOBAL = new RegExp(DATE, 'giu');
/** A date the line opens with, then a clock or a place: what is left after it is counted. */
const DATE_OPENING = new RegExp(`^(?:${DATE})(?=[\\s,]|$)`, 'iu');
/** Words after a date that make a dateline of it still: "at 9:30a PST". */
const AFTER_DATE_WORDS = 3;

/** "Monday, May 4, 2025 at 9:30a PST": a date, then a clock the date patterns do not take. */
function opensWithDateAndClock(line: string): boolean {
  const date = DATE_OPENING.exec(line);
  return date !== null && wordCount(line.slice(date[0].length)) <= AFTER_DATE_WORDS;
}

const AGO = /\b(?:ago|viewed \d|modified \d|asked \d|updated \d)/iu;

/**
 * "February 27, 2024 · 58 min · Season 6": a dateline that opens with its date. Japanese and
 * Chinese datelines put a word of two or three characters right after it: "5/14(水) 18:32配信"
 * (published), "更新" (updated), "发布" (posted).
 */
const DATE_FIRST = new RegExp(`^(?:${DATE})(?:\\s*[·•|,–—-]|\\s*[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,3}$|$)`, 'iu');

/**
 * Runs of non-whitespace, counted in place: called on every block of a page. Chinese and Japanese
 * put no spaces between words: a run's ideographs and kana count a word for every two (a word of
 * those scripts is one to three characters), so a sentence of them weighs what it says.
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = isJsWhitespace(code);
    if (!space && !inWord) count++;
    if (!space && isCjkLetter(code)) cjk++;
    else if (space && cjk > 0) {
      count += Math.ceil(cjk / CJK_CHARS_PER_WORD) - 1;
      cjk = 0;
    }
    inWord = !space;
  }
  return cjk > 0 ? count + Math.ceil(cjk / CJK_CHARS_PER_WORD) - 1 : count;
}

const CJK_CHARS_PER_WORD = 2;

/** Han ideographs, hiragana and katakana: scripts written without spaces between words. */
function isCjkLetter(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3040 && code <= 0x30ff);
}
