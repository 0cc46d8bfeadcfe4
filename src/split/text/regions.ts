/**
 * Where the page's parts lie: the title block, the comment section's first block, and the footer's
 * first block. Indexes are into the classified block list.
 */
import type { BoilerplateKind } from '../../schema/index.js';
import { countsSomeComments, matchBoilerplate, saysNoComments } from './boilerplate.js';
import { endsSentence, findArticleStart, findTitle, isArticleParagraph, isTitleCased, opensCountedThread, wordCount } from './article.js';
import type { ClassifiedBlock } from './classify.js';
import { commentLikeness } from './style.js';
import { headersTrail, signedCore } from './comments.js';
import { contentWords } from './words.js';
import { FUNCTION_WORDS } from '../../language/function-words.js';
import { NAME_PARTICLES } from './templates.js';

export interface Regions {
  title: number | null;
  /** First paragraph of the article's main run, or -1. */
  firstBody: number;
  /** First block of the comment section, or blocks.length when the page has none. */
  section: number;
  /** First block of the trailing footer, or blocks.length. */
  footer: number;
  /** Kinds for footer blocks that no furniture rule named (tag runs, related-link lists). */
  footerKinds: Map<number, BoilerplateKind>;
  /** Headerless comments were found before the first header. */
  headerlessLead: boolean;
  /** Author-name lines that behave like comment headers; other name-shaped lines are text. */
  nameHeaders: Set<number>;
  /** The page has no article: its first run of paragraphs is already a comment (a thread from the top). */
  noArticle?: boolean;
}

/** `articleStart` is `findArticleStart(blocks)` when the caller has it already. */
export function findRegions(blocks: ClassifiedBlock[], articleStart = findArticleStart(blocks)): Regions {
  // The article's main run first, then the headline above it: mastheads and bylines come before both.
  const firstBody = articleStart;
  const title = findTitle(blocks, firstBody);
  // The footer never reaches back over the title or the first paragraph.
  const { footer, footerKinds } = findFooter(blocks, Math.max(firstBody, title ?? 0, 0));
  // "0 Comments" with no count above zero anywhere: the section is that marker and holds nothing,
  // whatever name-shaped lines come before it (a guest author's signature, a sidebar bio).
  const empty = declaredEmpty(blocks, firstBody, footer);
  if (empty !== null) return { title, firstBody, section: empty, footer, footerKinds, headerlessLead: false, nameHeaders: new Set() };
  const nameHeaders = firstBody < 0 ? new Set<number>() : acceptedNameLines(blocks, firstBody, countedThreadFloor(blocks, firstBody, footer), footer);
  let section = findSectionStart(blocks, firstBody, footer, nameHeaders);
  let headerlessLead = false;
  if (section < footer && (blocks[section]!.role.kind === 'header' || nameHeaders.has(section))) {
    const lead = extendOverHeaderlessComments(blocks, section, firstBody);
    headerlessLead = lead < section;
    section = lead === section ? textOverFirstSignature(blocks, section, firstBody, footer) : lead;
  }
  if (firstBody >= 0 && section >= footer && isListing(blocks, title, footer)) {
    return { title, firstBody: -1, section, footer, footerKinds, headerlessLead: false, nameHeaders, noArticle: true };
  }
  const counted = countedThreadAbove(blocks, title, firstBody);
  if (counted >= 0) {
    return { title, firstBody, section: counted, footer, footerKinds, headerlessLead: false, nameHeaders, noArticle: true };
  }
  if (threadFromTop(blocks, title, firstBody, section, footer) || laterPageByPostNumbers(blocks, firstBody, section, footer)) {
    return { title, firstBody, section: firstBody - 1, footer, footerKinds, headerlessLead: false, nameHeaders, noArticle: true };
  }
  const laterPage = laterPageByPager(blocks, title, firstBody, section);
  if (laterPage >= 0) {
    return { title, firstBody, section: laterPage, footer, footerKinds, headerlessLead: false, nameHeaders, noArticle: true };
  }
  return { title, firstBody, section, footer, footerKinds, headerlessLead, nameHeaders };
}

/** A pager that says which page this is: "Page 2 of 3", "Seite 2 von 5", "Página 3 de 7". */
const PAGE_OF = /^(?:page|seite|página|pagina)\s+(\d+)\s+(?:of|von|de|di|sur|van)\s+\d+\b/iu;
/** Blocks between a post's header and its text: a user title, a meta block (join date, posts). */
const HEADER_TO_POST = 3;

/**
 * A later page of a thread (its pager reads "Page 2 of 3" above the first post): the opening post
 * is on the first page, so the first post printed here is a reply, not the body. Returns that
 * post's header, or -1.
 */
function laterPageByPager(blocks: ClassifiedBlock[], title: number | null, firstBody: number, section: number): number {
  if (firstBody < 1 || section <= firstBody) return -1;
  let header = -1;
  for (let i = firstBody - 1; i > (title ?? -1) && i >= firstBody - HEADER_TO_POST; i--) if (blocks[i]!.role.kind === 'header') header = i;
  if (header < 0 || blocks[section]?.role.kind !== 'header') return -1;
  for (let i = (title ?? -1) + 1; i < header; i++) {
    const page = PAGE_OF.exec(blocks[i]!.firstLine);
    if (page !== null && Number(page[1]) >= 2) return header;
  }
  return -1;
}

/**
 * A listing with no article (events, products, search results): its only sentences are items'
 * one-line blurbs, each alone among short lines. No run of two paragraphs and no long paragraph
 * stands out from the chrome, and there are several such blurbs, each item laid out as the
 * others: the same kind of field stands before (or after) every blurb ("Save" under each). A news
 * brief's short paragraphs sit between fields of different kinds (a date, a photo credit, "Share").
 */
function isListing(blocks: ClassifiedBlock[], title: number | null, footer: number): boolean {
  const before: string[] = [];
  const after: string[] = [];
  let last = -Infinity;
  for (let i = (title ?? -1) + 1; i < footer; i++) {
    const block = blocks[i]!;
    if (!isArticleParagraph(block)) continue;
    if (block.text.length >= 120 || block.lines.length > 1 || i - last <= 2) return false;
    // A blurb sits between two of its item's fields (a venue, a time, "Save"); a short article's
    // paragraph has sentences beside it, and a page of quotations or stanzas has its long
    // attributed lines, however they end.
    if (!isItemField(blocks[i - 1]) || !isItemField(blocks[i + 1])) return false;
    before.push(fieldKind(blocks[i - 1]!));
    after.push(fieldKind(blocks[i + 1]!));
    last = i;
  }
  return before.length >= 2 && (repeatsField(before) || repeatsField(after));
}

/** The kind of an item's field: its furniture rule ("share-buttons"), or figures ("19:30 · £6") or words. */
function fieldKind(block: ClassifiedBlock): string {
  if (block.role.kind === 'furniture') return block.role.match.rule;
  return /\p{N}/u.test(block.text) ? 'figures' : 'words';
}

/** One kind of field stands at the same place in two thirds of the items or more. */
function repeatsField(kinds: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return Math.max(...counts.values()) * 3 >= kinds.length * 2;
}

/** Words and characters of a listed item's field: "Corn Exchange, Market Street", "19:30 · £2 per person". */
const ITEM_FIELD_WORDS = 10;
const ITEM_FIELD_CHARS = 60;

/** One short line that does not end like a sentence: a field of a listed item, or its "Save" button. */
function isItemField(block: ClassifiedBlock | undefined): boolean {
  return block !== undefined && block.lines.length === 1 && block.text.length <= ITEM_FIELD_CHARS && wordCount(block.text) <= ITEM_FIELD_WORDS && !endsSentence(block.text);
}

/**
 * A link post's page with no text of its own: between the headline and the main run there is no
 * article paragraph, only meta lines and a comment count or "Comments" label with an author header
 * right under it ("Comments / Sort: Hot Top" over "tern_77@example.org · 6h"). The run is the
 * first comment, and the thread opens at the count. Returns the count's index, or -1.
 */
function countedThreadAbove(blocks: ClassifiedBlock[], title: number | null, firstBody: number): number {
  for (let i = (title ?? -1) + 1; i < firstBody; i++) {
    if (isArticleParagraph(blocks[i]!)) return -1;
    if (opensCountedThread(blocks, i)) return i;
  }
  return -1;
}

/**
 * A thread with no article (a link post, a discussion page): the page's main run opens right under
 * a comment header, and the same header layout opens the comment section found after it. That run
 * is the first comment, not an article: nothing between the headline and that header reads as prose.
 */
function threadFromTop(blocks: ClassifiedBlock[], title: number | null, firstBody: number, section: number, footer: number): boolean {
  const head = firstBody - 1;
  if (head <= (title ?? -1) || section >= footer || section <= firstBody) return false;
  const opening = blocks[head]!.role;
  const next = blocks[section]!.role;
  if (opening.kind !== 'header' || !opening.header.strong || opening.header.author === null) return false;
  if (next.kind !== 'header' || next.header.rule !== opening.header.rule) return false;
  // The run under the header is comment-sized: an article's run stands out, a comment's does not.
  let words = 0;
  for (let i = firstBody; i < section; i++) words += wordCount(blocks[i]!.text);
  if (section - firstBody > 4 || words > 200) return false;
  // Between the headline and the header: meta lines and furniture, never an article paragraph.
  for (let i = (title ?? -1) + 1; i < head; i++) if (isArticleParagraph(blocks[i]!)) return false;
  // The post's own byline ("… by dvasquez 7 hours ago") names someone else: the header opens a reply.
  // A forum's first post is signed by the thread's starter, and is the page's body.
  const author = blocks[head]!.text.slice(opening.header.author[0], opening.header.author[1]).toLowerCase();
  let byline = false;
  for (let i = (title ?? 0); i < head; i++) {
    const text = blocks[i]!.text.toLowerCase();
    if (text.includes(author)) return false;
    if (i > (title ?? -1) && !blocks[i]!.text.includes('\n') && !isArticleParagraph(blocks[i]!) && POSTED_BY.test(blocks[i]!.text)) byline = true;
  }
  return byline;
}

/**
 * A later page of a forum thread ("Page 2 of 3"): the posts are numbered, and the first one printed
 * is not the thread's first ("#21" over the page's first run, "#22" over the next post). The
 * thread's opening post is on page 1; the run under the first header is a reply like the others.
 */
function laterPageByPostNumbers(blocks: ClassifiedBlock[], firstBody: number, section: number, footer: number): boolean {
  const head = firstBody - 1;
  if (head < 0 || section >= footer || section <= firstBody) return false;
  const opening = blocks[head]!.role;
  const next = blocks[section]!.role;
  if (opening.kind !== 'header' || !opening.header.strong || next.kind !== 'header' || next.header.rule !== opening.header.rule) return false;
  const first = postNumber(blocks[head]!.text);
  const second = postNumber(blocks[section]!.text);
  return first !== null && second !== null && first > 1 && second > first;
}

/** A post's number printed in its header: "#21" on the date line or alone, "Post #21". */
const POST_NUMBER = /(?:^|\s)#(\d{1,6})(?=\s|$)/mu;

function postNumber(header: string): number | null {
  const match = POST_NUMBER.exec(header);
  return match ? Number(match[1]) : null;
}

/**
 * A link post's meta line: its poster after a score or a time, and a score or a comment count
 * ("388 points by dvasquez 7 hours ago | 214 comments"). A news byline ("By Anna Berg") opens its line.
 */
const POSTED_BY = /^(?=.*\S\s+by\s+@?[\p{L}\p{N}_.-]{2,40}\b)(?=.*\b\d[\d,.]*k?\s+(?:points?|votes?|upvotes?|comments?|replies)\b)/iu;

/** The first marker after the article that says the section is empty, when nothing counts a comment. */
function declaredEmpty(blocks: ClassifiedBlock[], firstBody: number, footer: number): number | null {
  if (firstBody < 0 || blocks.some(countsSomeComments)) return null;
  for (let i = firstBody + 1; i < footer; i++) if (saysNoComments(blocks[i]!)) return i;
  return null;
}

/**
 * The first comment-section marker, strong header, or author-name line that behaves like one.
 * Anything before the first body paragraph is masthead, never comments.
 */
function findSectionStart(blocks: ClassifiedBlock[], firstBody: number, footer: number, nameLines: Set<number>): number {
  if (firstBody < 0) return blocks.length;
  const weakRules = countWeakHeaderRules(blocks, firstBody, footer);
  for (let i = firstBody + 1; i < footer; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture' && role.marker) return i;
    if (role.kind === 'header' && role.header.strong) return i;
    if (role.kind === 'name' && nameLines.has(i)) return i;
    if (role.kind === 'header' && role.header.author !== null && (weakRules.get(role.header.rule) ?? 0) >= 2) return i;
  }
  return blocks.length;
}

/**
 * Author-name lines count only when they behave like a comment thread: a name that recurs, or at
 * least three names each followed by one or two paragraphs. A sub-heading looks the same on its
 * own line but introduces several paragraphs, and is never repeated.
 */
function acceptedNameLines(blocks: ClassifiedBlock[], firstBody: number, floor: number, footer: number): Set<number> {
  const candidates: number[] = [];
  for (let i = Math.max(firstBody, floor) + 1; i < footer - 1; i++) {
    if (blocks[i]!.role.kind === 'name' && introducesSentences(blocks[i]!, blocks[i + 1]!)) candidates.push(i);
  }
  // A name right above a date or "In reply to" line is part of a printed header, whatever else.
  // A job title or a city under one name is a staff box ("Technology Editor, San Francisco"): the
  // header line carries a date, a reply target or a strong layout, or its layout recurs (a thread).
  const underNames = candidates.filter((i) => blocks[i + 1]!.role.kind === 'header');
  const layouts = countBy(underNames, (i) => headerRule(blocks[i + 1]!));
  // Inside a thread that the names make on their own, a single "Works at …" line is a header too.
  // An event list prints a name, a date and the event's title ("Harbour Events" / "03/04/26" / "The
  // 3rd Annual Lifeboat Ball"): under a header's date, a comment's text is no title-cased headline.
  const inHeaders = underNames.filter((i) => (isPrintedHeader(blocks[i + 1]!) || (layouts.get(headerRule(blocks[i + 1]!)) ?? 0) >= 2) && !isListedTitle(blocks[i + 2]));
  // Each other name must introduce one or two paragraphs: a sub-heading introduces a whole section.
  const runs = candidates.map((start, k) => proseRun(blocks, start + 1, candidates[k + 1] ?? footer));
  const accepted = candidates.filter((i, k) => runs[k]! <= 2 && blocks[i + 1]!.role.kind === 'prose');
  if (accepted.length < 2) return new Set(inHeaders);
  // A thread repeats a name over different comments; a page printed twice (the article and its
  // print view, a widget in two places) repeats the name with the same text under it.
  const names = accepted.map((i) => nameText(blocks[i]!));
  const entries = new Set(accepted.map((i) => `${nameText(blocks[i]!)}\n${blocks[i + 1]!.text}`));
  const repeated = new Set(names).size < entries.size;
  // What follows the names must read like comments, not like staff bios or news teasers.
  const texts = accepted.map((i) => blocks[i + 1]!.text);
  const likeness = texts.reduce((sum, text) => sum + commentLikeness(text), 0) / texts.length;
  const sentences = texts.filter((text) => text.length >= 60 || /[.!?…"”)]$/u.test(text)).length / texts.length;
  // Two names are enough when two blank lines close their comments (SouthFront's rhythm): most of them, not one by chance.
  // The section's end closes the last comment too.
  const closed = accepted.filter((i) => {
    const after = i + 1 + proseRun(blocks, i + 1, footer);
    return after >= footer || blocks[after]!.gapBefore >= 2;
  }).length;
  // An article that spaces its own sections so ("Benefits" over two blank lines) gives the gaps no weight.
  const closedByWideGap = closed >= 2 && closed * 3 >= accepted.length * 2 && !spacedWide(blocks, firstBody, accepted[0]!);
  // A name printed twice may be the blog's own author in a sidebar; a thread repeats names among several.
  // Under a comment marker ("Comments (4)"), three names each over a comment or two make a thread too.
  const marked = accepted.length >= 3 && markerBefore(blocks, firstBody, accepted[0]!);
  const common = wordsInLowerCase(blocks);
  const labels = accepted.filter((i) => readsAsLabel(nameLine(blocks[i]!), blocks[i + 1]!.text, common)).length;
  // One "name" over most entries, three times or more, is the site's field label ("Photo Credit",
  // "Select Color", "Footnote"): a thread's most frequent writer, even a blog's author answering
  // everyone, signs half its comments at most (two of three is a short exchange). Under a comment
  // count ("4 comments:") the count vouches for the thread, and a line over every comment is the
  // comment system's own (Blogger's "ReplyDelete" glued over each name).
  const top = Math.max(...countBy(names, (name) => name).values());
  const fieldLabel = top >= FIELD_LABEL_MIN && top * 2 > accepted.length && !markerBefore(blocks, firstBody, accepted[0]!);
  // Without a comment count over it, a thread of bare names must read as names almost throughout:
  // a service page's or a guide's sub-headings include a few labels ("Learn more" three times,
  // "Cloud Security"), a thread's names hardly any (one in 75 on the tune pages, where one label in
  // three was needed to tell before). One label alone is not enough: in a short thread a single
  // pseudonym made of words its comment uses ("Winter Traveller") would outweigh every real name.
  const unmarkedLabels = !markerBefore(blocks, firstBody, accepted[0]!) && labels >= UNMARKED_LABELS_MIN && labels * UNMARKED_LABEL_SHARE >= accepted.length;
  const threadLike = ((repeated && accepted.length >= 3) || closedByWideGap || marked) && likeness >= 0 && sentences >= 0.5 && labels * LABEL_SHARE < accepted.length && !unmarkedLabels && !fieldLabel;
  if (!threadLike) return new Set(inHeaders);
  const kept = beforePrintedHeaders(blocks, accepted, names, footer);
  return new Set([...underNames, ...kept, ...oneLineReplies(blocks, kept, footer)]);
}

/**
 * The article above the names puts two blank lines or more between its own blocks, twice or more:
 * its sub-headings and paragraphs are spaced as SouthFront spaces comments, so the wide gaps under
 * the names are the page's habit, not a thread's rhythm.
 */
function spacedWide(blocks: ClassifiedBlock[], firstBody: number, firstName: number): boolean {
  let wide = 0;
  for (let i = firstBody + 1; i < firstName; i++) if (blocks[i]!.gapBefore >= 2) wide++;
  return wide >= ARTICLE_WIDE_GAPS;
}

/** Wide gaps inside the article that make them its habit; one may close the article before the thread. */
const ARTICLE_WIDE_GAPS = 2;

/**
 * Inside a thread the names have made, a name over a one-line comment ("+1", "Agreed.") is a
 * header too: the line is too short to be checked as a sentence, so the thread's own rhythm
 * vouches for it. Only between the thread's first and last names, the line followed by one of them.
 */
function oneLineReplies(blocks: ClassifiedBlock[], names: number[], footer: number): number[] {
  if (names.length < 2) return [];
  const replies: number[] = [];
  const named = new Set(names);
  const last = Math.min(footer - 2, names[names.length - 1]!);
  for (let i = names[0]! + 1; i < last; i++) {
    const reply = blocks[i + 1]!;
    // A bracketed line is a header's note ("(edited)"), not a comment.
    if (blocks[i]!.role.kind !== 'name' || named.has(i) || reply.role.kind !== 'prose' || reply.lines.length > 1 || /^[([].*[)\]]$/u.test(reply.text)) continue;
    if (named.has(i + 2)) replies.push(i);
  }
  return replies;
}

/**
 * A sub-heading or a link label, not a commenter: it names what the paragraph under it is about,
 * every word of it echoed there
 * ("Google Tag Manager" over "GTM lets us manage…", "blank" over "If True, the field is allowed to
 * be blank"), or it is a phrase in sentence case ("Explore design systems", "Learn more"). A
 * commenter rarely prints their own name in their comment, and a name capitalises all its words
 * or none, its function words aside ("Deb in Ohio").
 */
function readsAsLabel(name: string, under: string, common: LowerCaseWords): boolean {
  const words = contentWords(name);
  if (words.length === 0) return false;
  // All of it: a name may be a word its writer uses ("Hope Ellis" over "I hope they…").
  const said = new Set(contentWords(under));
  if (words.every((word) => said.has(word))) return true;
  // Every word of it is a word the page writes in lower case elsewhere: "Price" over each
  // product's price, "Cloud Security" over a section that speaks of "cloud security". A surname is
  // no word of the language ("Stefanov", "Okafor"); a name of two such words ("Bill White") is, but
  // the page does not write them together in lower case, so a phrase must be the page's as written.
  const printed = name.split(/\s+/u);
  const phrase = printed.every((word, k) => k === 0 || common.pairs.has(`${printed[k - 1]!.toLowerCase()} ${word.toLowerCase()}`));
  if (words.every((word) => common.words.has(word)) && phrase) return true;
  // A name's particles are lower case ("Jan van Dijk", "Maria da Silva"), and so is the surname of
  // someone who types it so ("Maria gonzalez"): a two-word label's lower-case word is a word the
  // page uses elsewhere ("Learn more"), a surname is not. Longer phrases are labels either way.
  const givenAndSurname = printed.length === 2;
  return SENTENCE_CASE.test(name) && printed.some((word, k) => k > 0 && /^\p{Ll}/u.test(word) && FUNCTION_WORDS.get(word)?.includes('en') !== true && !NAME_PARTICLES.has(word) && (!givenAndSurname || common.words.has(word)));
}

interface LowerCaseWords {
  /** Words of three letters or more. */
  words: Set<string>;
  /** Two words printed one after the other, a space between ("cloud security", "terms of"). */
  pairs: Set<string>;
}

/**
 * Words the page prints in lower case anywhere but on its name-shaped lines (paragraphs, menus,
 * buttons, headers): the language's words, as the page uses them. A commenter's lower-case
 * surname or handle counts only where others write it in their sentences.
 */
function wordsInLowerCase(blocks: ClassifiedBlock[]): LowerCaseWords {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const block of blocks) {
    if (block.role.kind === 'name') continue;
    for (const run of block.text.match(LOWER_CASE_RUN) ?? []) {
      const inRun = run.split(' ');
      for (let k = 0; k < inRun.length; k++) {
        if (inRun[k]!.length >= 3) words.add(inRun[k]!);
        if (k > 0) pairs.add(`${inRun[k - 1]!} ${inRun[k]!}`);
      }
    }
  }
  return { words, pairs };
}

/** Words in lower case one space apart, none part of a handle ("@night_owl", "dev_42") or an address. */
const LOWER_CASE_RUN = /(?<![\p{L}\p{N}_@.\/-])\p{Ll}+(?: \p{Ll}+)*(?![\p{L}\p{N}_@])/gu;

/** Entries a field label is printed over at least; a name over two of three comments is a writer's. */
const FIELD_LABEL_MIN = 3;

/** A thread whose names read as labels this often (one in three) is a page of sub-headings. */
const LABEL_SHARE = 3;

/** Under no comment marker, one label in ten names is enough, two labels at least (`acceptedNameLines`). */
const UNMARKED_LABEL_SHARE = 10;
const UNMARKED_LABELS_MIN = 2;

/** Capitalised first word and a lower-case word after it. */
const SENTENCE_CASE = /^\p{Lu}\S*\s+\S/u;

/**
 * Names above the thread's first printed header (a date, "posted by") that print only once are the
 * article's sub-headings ("What went wrong" over a paragraph): the thread's evidence, a repeated
 * name, lies under that header, and the header opens the section on its own. Without a printed
 * header, a name-only thread keeps all its names.
 */
function beforePrintedHeaders(blocks: ClassifiedBlock[], accepted: number[], names: string[], footer: number): number[] {
  const first = accepted[0];
  if (first === undefined) return accepted;
  let header = first;
  while (header < footer && !isPrintedHeader(blocks[header]!)) header++;
  if (header >= footer) return accepted;
  const counts = countBy(names, (name) => name);
  return accepted.filter((i, k) => i > header || (counts.get(names[k]!) ?? 0) >= 2 || actionRowUnder(blocks, i, footer));
}

/** Blocks under a name looked through for its comment's action row ("Like (4) · Reply · 2h"). */
const ACTION_ROW_REACH = 4;

/** A comment's text has its action row under it; a sub-heading's paragraph does not. */
function actionRowUnder(blocks: ClassifiedBlock[], name: number, footer: number): boolean {
  for (let i = name + 1; i < Math.min(footer, name + 1 + ACTION_ROW_REACH); i++) if (blocks[i]!.role.kind === 'action') return true;
  return false;
}

/** A title-cased line with no sentence end ("The 3rd Annual Lifeboat Ball") or a name-shaped one ("Regatta Week 2026"): a listed event or story. */
function isListedTitle(block: ClassifiedBlock | undefined): boolean {
  if (block === undefined || block.lines.length !== 1 || endsSentence(block.text) || block.text.includes('?')) return false;
  return block.role.kind === 'name' || (block.role.kind === 'prose' && isTitleCased(block.text));
}

/**
 * A comment count with a printed header under it ("17 Responses to …", then "YFS says:") opens
 * the thread: name-shaped lines above it are the article's sub-headings, not commenters. -1 when
 * no count opens the thread.
 */
function countedThreadFloor(blocks: ClassifiedBlock[], firstBody: number, footer: number): number {
  for (let i = firstBody + 1; i < footer; i++) if (opensCountedThread(blocks, i)) return i;
  return -1;
}

/** The name a name block prints, lowercased: "#12 Anna Berg" and "Anna Berg" over a flair are Anna Berg. */
function nameText(block: ClassifiedBlock): string {
  const range = block.role.kind === 'name' ? block.role.range : undefined;
  return (range ? block.text.slice(range[0], range[1]) : block.text).toLowerCase();
}

/** The name as printed (case kept). */
function nameLine(block: ClassifiedBlock): string {
  const range = block.role.kind === 'name' ? block.role.range : undefined;
  return range ? block.text.slice(range[0], range[1]) : block.text;
}

const headerRule = (block: ClassifiedBlock) => (block.role.kind === 'header' ? block.role.header.rule : '');

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function isPrintedHeader(block: ClassifiedBlock): boolean {
  const role = block.role;
  return role.kind === 'header' && (role.header.strong || role.header.postedAt !== null || role.header.replyTo !== undefined);
}

function markerBefore(blocks: ClassifiedBlock[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const role = blocks[i]!.role;
    if (role.kind === 'furniture' && role.marker && role.match.kind === 'comment-count') return true;
  }
  return false;
}

/** A comment under a name is written in sentences; a menu item's neighbour is another menu item. */
function introducesSentences(name: ClassifiedBlock, next: ClassifiedBlock): boolean {
  if (next.role.kind === 'header') return true;
  if (next.role.kind !== 'prose' || wordCount(next.firstLine) < 4) return false;
  // "Chuck Todd" above "Chuck Todd became NBC News' political director…", or "Jane Smith / Senior
  // Editor" above "Jane has covered city hall…": a bio opens with its subject's name.
  const firstName = nameText(name).split(/\s+/u)[0]!;
  if (next.text.toLowerCase().startsWith(firstName) && /^\P{L}|^$/u.test(next.text.slice(firstName.length, firstName.length + 1))) return false;
  return next.lines.length === 1 || next.text.length / next.lines.length >= 40;
}

/** Paragraphs from `from` up to `to` or the first block that is not prose, whichever is first. */
function proseRun(blocks: ClassifiedBlock[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to && blocks[i]!.role.kind === 'prose'; i++) {
    // Two blank lines close a comment in name-line layouts, whatever follows.
    if (count > 0 && blocks[i]!.gapBefore >= 2) break;
    count++;
  }
  return count;
}

/** Weak header layouts ("Name, City") count only when the page repeats them. */
function countWeakHeaderRules(blocks: ClassifiedBlock[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from + 1; i < to; i++) {
    const role = blocks[i]!.role;
    if (role.kind !== 'header' || role.header.strong || role.header.author === null) continue;
    // A thread's header stands over its comment; one right over another of its shape is an entry
    // of a list ("Syracuse, NY" / "Cleveland, OH" / "St. Louis, MO"), evidence of no thread.
    const next = blocks[i + 1]?.role;
    if (next?.kind === 'header' && next.header.rule === role.header.rule) continue;
    // A thread's text is written in sentences; a listing's item under its place is a price, a
    // firm's name, a column of links ("OBAN, SCOTLAND" over "£40 off every crossing").
    if (!textInSentences(blocks, i + 1, to)) continue;
    counts.set(role.header.rule, (counts.get(role.header.rule) ?? 0) + 1);
  }
  return counts;
}

/** Characters a line of a paragraph averages at least; a column of names or links averages fewer. */
const COLUMN_LINE = 40;

/** Header lines a weak header's text may sit under (a date line, a badge) before the text itself. */
const HEADER_STACK = 2;

/** The first block under a header that is not another header part is a sentence or an article-sized paragraph. */
function textInSentences(blocks: ClassifiedBlock[], from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + HEADER_STACK + 1); i++) {
    const block = blocks[i]!;
    if (block.role.kind === 'header' || block.role.kind === 'action') continue;
    // A column of short lines is a list, whatever its last line ends with ("… Storage Co., Inc.").
    if (block.role.kind !== 'prose' || (block.lines.length > 1 && block.text.length / block.lines.length < COLUMN_LINE)) return false;
    // "Harbour Removals and Storage Ltd." ends with a full stop and is a firm's name.
    return isArticleParagraph(block) || (endsSentence(block.text) && !isTitleCased(block.text));
  }
  return false;
}

/**
 * Comment systems that print headers only for some comments (ZeroHedge) leave headerless comments
 * before the first header. Walk back over paragraphs that read like comments, and stop at the
 * first that reads like the article or at a block that is not prose.
 */
function extendOverHeaderlessComments(blocks: ClassifiedBlock[], section: number, firstBody: number): number {
  let start = section;
  for (let i = section - 1; i > firstBody; i--) {
    const block = blocks[i]!;
    if (block.role.kind !== 'prose' || commentLikeness(block.text) < 0.75) break;
    start = i;
  }
  // Headerless comments begin after a wider gap than the article's paragraphs use.
  while (start < section && blocks[start]!.gapBefore < 2) start++;
  return start;
}

/**
 * "text / posted by phunniemee at 7:58 AM [41 favorites] / text / posted by …": where every
 * header signs the text above it, the first header is a signature too, and the paragraph right
 * above it is the first comment, whatever its gap (a page printed without blank lines).
 */
function textOverFirstSignature(blocks: ClassifiedBlock[], section: number, firstBody: number, footer: number): number {
  const above = section - 1;
  if (above <= firstBody || blocks[above]!.role.kind !== 'prose' || blocks[section]!.role.kind !== 'header') return section;
  // The run the signatures may fill: a closing notice under the last one ends it.
  const core = signedCore(blocks, above, footer);
  return core.from === above && headersTrail(blocks.slice(core.from, core.to)) ? above : section;
}

const TAG_LIKE_MAX = 40;
const LINK_LIKE_MAX = 140;

/**
 * The footer is the trailing run of furniture, short tag-like lines and link-list headlines.
 * Headline-like lines only count when furniture (a "Related" label, a copyright line) or a run of
 * at least three of them vouches for them.
 */
function findFooter(blocks: ClassifiedBlock[], floor: number): { footer: number; footerKinds: Map<number, BoilerplateKind> } {
  const footerKinds = new Map<number, BoilerplateKind>();
  let footer = blocks.length;
  let pending: number[] = [];
  const commitPending = (kind: (i: number) => BoilerplateKind) => {
    for (const i of pending) footerKinds.set(i, kind(i));
    for (const i of pending) footer = Math.min(footer, i);
    pending = [];
  };
  for (let i = blocks.length - 1; i > floor; i--) {
    const block = blocks[i]!;
    if (block.role.kind === 'furniture') {
      const vouching = block.role.match.kind;
      commitPending(() => (vouching === 'tags' ? 'tags' : 'navigation'));
      if (block.role.marker && block.role.match.kind === 'comment-count') break;
      footer = i;
      continue;
    }
    if (block.role.kind === 'action') continue;
    // A sidebar widget's text ("About Me" then a bio) is footer when its label sits right above it.
    const label = blocks[i - 1];
    if (!isListItemLike(block) && !(label?.role.kind === 'furniture' && label.role.match.rule === 'section-label')) break;
    pending.push(i);
  }
  if (pending.length >= 3) commitPending((i) => (blocks[i]!.text.length <= TAG_LIKE_MAX ? 'tags' : 'navigation'));
  return { footer: Math.min(footer, siteCopyright(blocks, floor, footer)), footerKinds };
}

/** "© 2026 Fieldside Media Ltd. All rights reserved": the site's own notice, with a year or the formula. */
const SITE_COPYRIGHT = /(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{Lu})|all rights reserved/iu;

/**
 * The site's copyright line under other footer furniture closes the page: what a dump prints after
 * it (a cookie banner rendered last, a consent dialog) is no article, unless comments follow.
 */
function siteCopyright(blocks: ClassifiedBlock[], floor: number, footer: number): number {
  for (let i = floor + 2; i < footer; i++) {
    const role = blocks[i]!.role;
    if (role.kind !== 'furniture' || role.match.rule !== 'copyright' || blocks[i - 1]!.role.kind !== 'furniture' || !SITE_COPYRIGHT.test(blocks[i]!.text)) continue;
    for (let j = i + 1; j < footer; j++) {
      const after = blocks[j]!.role;
      if (after.kind === 'header' || (after.kind === 'furniture' && after.marker)) return footer;
    }
    return i;
  }
  return footer;
}

function isListItemLike(block: ClassifiedBlock): boolean {
  if (block.lines.length > 1 || block.text.length > LINK_LIKE_MAX) return false;
  if (block.role.kind === 'header') return false;
  return !/[.!?…"”)]$/u.test(block.text);
}
