/**
 * Which elements are the comments (or a forum's posts). Candidates come from repeated structure
 * anywhere on the page (elements of one tag and class signature, each holding an author-like and
 * a date-like element) and from class/id vocabulary and schema.org microdata; the group that
 * looks most like a thread wins: per item an author, a date and text of its own, and not a grid
 * of teaser cards linking elsewhere.
 */
import { childIndex, descendants, type Element } from '../dom.js';
import { Fact, type PageFacts } from '../facts.js';
import { isCommentItemTokenValue, isPlaceholderName } from '../vocabulary.js';
import { partsOf } from './parts.js';
import { saysNotAThread } from './sections.js';
import { writerOfDatedLine } from './header.js';
import { isHeadedPost } from './headed-runs.js';
import { headedAsDiscussion, headlineHolders, isActivityRow } from './shapes.js';
import { signedBlocks } from './signed.js';

export interface Items {
  elements: Element[];
  /** `signature`: blocks that each end with their writer's signature, a talk page's comments. */
  signal: 'vocabulary' | 'microdata' | 'structure' | 'signature';
}

interface Candidate extends Items {
  score: number;
  /** The shape its items share, for a structure group. */
  key?: string;
}

/**
 * The comment elements of the page: the best-scoring group of either kind; the same thread's
 * outer items when it was found at two depths; and with it a group of another kind nested with it
 * (Stack Exchange's answers and the comments under them).
 */
export function findCommentItems(elements: Element[], sections: Element[], text: string, facts: PageFacts, learned = false): Items | null {
  const candidates = [
    ...itemsByVocabulary(elements, text, facts),
    ...itemsByStructure(elements, sections, text, facts, learned),
    ...itemsBySignature(elements, text, facts),
    ...itemsByHeading(elements, text, facts),
    ...itemsByDefinitionList(elements, sections, text, facts),
  ];
  let best: Candidate | null = null;
  for (const candidate of candidates) if (!best || candidate.score > best.score) best = candidate;
  if (!best) return null;
  // Header rows (name and date) whose text sits in the next sibling: the posts are around them.
  best = postsAroundHeaders(best, candidates, text, facts) ?? best;
  // One thread found at two depths (old Reddit's div.thing around div.entry): the outer items keep
  // the replies nested inside them, and with them the thread.
  const chosen = best;
  const outer = candidates.filter((c) => c !== chosen && c.score >= 0.7 * chosen.score && !c.elements.some((e) => isContainer(e, facts)) && wraps(c.elements, chosen.elements));
  if (outer.length) best = outer.reduce((a, b) => (b.score > a.score ? b : a));
  const companion = companionOf(best, candidates, text, facts) ?? answersAround(best, elements, text, facts);
  const items = companion ? [...new Set([...best.elements, ...companion.elements])].sort((a, b) => a.order - b.order) : best.elements;
  // Replies a comment system renders with another component than its top-level comments.
  const beside = repliesBeside(items, candidates, sections, text, facts);
  return { elements: beside.length ? [...items, ...beside].sort((a, b) => a.order - b.order) : items, signal: best.signal };
}

/**
 * Items of another repeated shape in the same comment section as the chosen ones, each with an
 * author, a date and text of its own, and never inside or around a chosen item: replies rendered
 * by their own component (Medium's `replyItem` beside its `responseItem`). Outside a section a
 * second group may be anything (a feed, teaser cards), so it is not taken.
 */
function repliesBeside(items: Element[], candidates: Candidate[], sections: Element[], text: string, facts: PageFacts): Element[] {
  const section = sectionOf(items, sections);
  const chosen = new Set(items);
  // With no section named, only blocks in the very lists the chosen items sit in, side by side with
  // them (Medium's indented reply blocks between its responses, each with other atomic classes).
  if (!section) return listedBeside(items, candidates, chosen, text, facts);
  const inSection = new Set([section]);
  // The ancestors of the chosen items, marked once (each walk stops at a marked one): a group
  // around a chosen item is that item's wrapper, not a reply beside it.
  const aroundItem = new Set<Element>();
  for (const item of items) for (let current = item.parent; current && !aroundItem.has(current); current = current.parent) aroundItem.add(current);
  const found: Element[] = [];
  for (const candidate of candidates) {
    if (candidate.signal !== 'structure' || candidate.elements.some((element) => chosen.has(element))) continue;
    if (!candidate.elements.every((element) => insideAny(element, inSection))) continue;
    if (candidate.elements.some((element) => insideAny(element, chosen) || aroundItem.has(element))) continue;
    // An issue tracker's event rows ("pat_k added the wontfix label 3 days ago") are no replies.
    const group = new Set(candidate.elements);
    if (candidate.elements.filter((element) => isActivityRow(element, group, text, facts)).length * 2 >= candidate.elements.length) continue;
    for (const element of candidate.elements) {
      chosen.add(element);
      found.push(element);
    }
  }
  return found;
}

/**
 * Structure groups whose every block is a sibling of the chosen items, in a list they share with
 * them, and comes between two of them or after the last one: replies drawn by another component in
 * the same flat list. Event rows (an issue tracker's) are none.
 */
function listedBeside(items: Element[], candidates: Candidate[], chosen: Set<Element>, text: string, facts: PageFacts): Element[] {
  const lists = new Set(items.map((item) => item.parent));
  const first = items[0]!;
  const found: Element[] = [];
  for (const candidate of candidates) {
    if (candidate.signal !== 'structure' || candidate.elements.some((element) => chosen.has(element))) continue;
    if (!candidate.elements.every((element) => lists.has(element.parent) && element.order > first.order)) continue;
    // A block holding chosen items is a list of replies or a wrapper, no reply of its own.
    if (candidate.elements.some((element) => items.some((item) => item.order > element.order && item.order <= lastInside(element)))) continue;
    // With no section to vouch for them, each block must be a post itself: words of its own, not
    // an event row ("added the bug label") or a linked reference card.
    const group = new Set(candidate.elements);
    // Replies follow the comment they answer; blocks past the thread's end behind anything else (a
    // "More from the blog" heading, a sign-up box) are another list: related posts, teasers, ads.
    if (mostlyTeaserCards(candidate.elements, facts) || candidate.elements.some((element) => !followsThread(element, chosen, group))) continue;
    const posts = candidate.elements.filter((element) => {
      const parts = partsOf(element, group, text, facts);
      return parts.author && parts.date && parts.textChars >= 15 && parts.linkChars < 0.5 * parts.textChars && !isActivityRow(element, group, text, facts);
    });
    if (posts.length < candidate.elements.length) continue;
    for (const element of posts) {
      chosen.add(element);
      found.push(element);
    }
  }
  return found;
}

/**
 * A block between chosen items of its list, or one past the last of them that comes right after a
 * chosen item or after a block of its own group (a run of replies under the last comment).
 */
function followsThread(element: Element, chosen: Set<Element>, group: Set<Element>): boolean {
  const siblings = element.parent!.children;
  const index = childIndex(element);
  for (let i = index + 1; i < siblings.length; i++) if (siblings[i]!.kind === 'element' && chosen.has(siblings[i] as Element)) return true;
  for (let i = index - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling.kind !== 'element') continue;
    if (chosen.has(sibling)) return true;
    if (!group.has(sibling)) return false;
  }
  return false;
}

/** The document order of the last element inside `element` (its own when it holds none). */
function lastInside(element: Element): number {
  let last: Element = element;
  for (let child = lastElementChild(last); child; child = lastElementChild(last)) last = child;
  return last.order;
}

function lastElementChild(element: Element): Element | null {
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (child.kind === 'element') return child;
  }
  return null;
}

/** The one comment section holding every item, or null. */
function sectionOf(items: Element[], sections: Element[]): Element | null {
  for (const section of sections) {
    const inSection = new Set([section]);
    if (items.every((item) => insideAny(item, inSection))) return section;
  }
  return null;
}

/**
 * A group of another kind whose items hold the best group's items, or sit in them, and have text of
 * their own: answers around their comments, comments under posts. A wrapper whose text is all in
 * the items it holds is the same thread again, not a companion.
 */
function companionOf(best: Candidate, candidates: Candidate[], text: string, facts: PageFacts): Candidate | null {
  const chosen = new Set(best.elements);
  for (const candidate of candidates) {
    if (candidate === best || candidate.elements.some((element) => chosen.has(element))) continue;
    const outer = wraps(candidate.elements, best.elements, 0.3, 0) ? candidate : wraps(best.elements, candidate.elements, 0.3, 0) ? best : null;
    if (!outer) continue;
    const inner = outer === candidate ? best : candidate;
    // Answers are a second kind of post; so are replies listed under some posts and not others (a
    // code review's reviews and the replies under each). Elsewhere a nested group is a part of each comment.
    const answers = candidate.elements.filter(isAnswer).length >= 0.8 * candidate.elements.length || best.elements.filter(isAnswer).length >= 0.8 * best.elements.length;
    if (!answers && !repliesUnderSome(outer.elements, inner.elements, facts)) continue;
    // Replies under posts come in any number per post; a part of every post (its profile box,
    // its body) comes once in each, and is no second kind of post.
    if (onePerOuter(outer.elements, inner.elements)) continue;
    // The outer items keep text of their own once the inner ones are taken out: they are posts too.
    const both = new Set([...best.elements, ...candidate.elements]);
    const own = outer.elements.filter((element) => partsOf(element, both, text, facts).textChars >= 15).length;
    if (own >= 0.8 * outer.elements.length) return candidate;
  }
  return null;
}

/** A header row is short; the post's words follow it in a sibling of their own. */
const HEADER_ROW_MAX_CHARS = 80;

/**
 * When the best group is header rows (a name and a date, the words in the next sibling), the posts
 * are the elements around them: the groups of another shape whose items each hold one of the rows
 * (a comment's block and a reply's block, drawn by two components). Their items are the posts, and
 * a post whose header row was too short to count (a short name and "Jun 25") is among them.
 */
function postsAroundHeaders(best: Candidate, candidates: Candidate[], text: string, facts: PageFacts): Candidate | null {
  const rows = new Set(best.elements);
  const headerRows = best.elements.filter((row) => {
    if (row.end - row.start > HEADER_ROW_MAX_CHARS || !row.parent) return false;
    const siblings = row.parent.children;
    for (let i = childIndex(row) + 1; i < siblings.length; i++) {
      const sibling = siblings[i]!;
      if (sibling.kind !== 'element') continue;
      return !rows.has(sibling) && sibling.end - sibling.start >= 15 && !facts.holds(sibling, Fact.author);
    }
    return false;
  });
  if (headerRows.length < 0.8 * best.elements.length) return null;
  const parents = new Set(headerRows.map((row) => row.parent!));
  const around: Element[] = [];
  for (const candidate of candidates) {
    if (candidate === best || candidate.signal !== 'structure') continue;
    const holding = candidate.elements.filter((element) => parents.has(element));
    if (holding.length < 0.6 * candidate.elements.length) continue;
    around.push(...candidate.elements);
  }
  const covered = new Set(around);
  if (around.length === 0) return rowParents(headerRows, best);
  if ([...parents].filter((parent) => covered.has(parent)).length < 0.8 * parents.size) return null;
  return { elements: [...covered].sort((a, b) => a.order - b.order), signal: best.signal, score: best.score };
}

/**
 * No group was found around the header rows (their blocks carry a section's name, `comment-wrapper`,
 * and were passed over as sections): the rows' parents are the posts when each holds one row and
 * most share one shape. Only that shape's blocks are taken; a row in a block of another kind (the
 * post's own header above its comments) stays out.
 */
function rowParents(headerRows: Element[], best: Candidate): Candidate | null {
  const parents = headerRows.map((row) => row.parent!);
  if (new Set(parents).size !== parents.length || parents.some((parent) => parent.tag === 'body' || parent.tag === 'ul' || parent.tag === 'ol' || parent.tag === 'dl')) return null;
  const byShape = new Map<string, Element[]>();
  for (const parent of parents) {
    const key = signature(parent);
    let group = byShape.get(key);
    if (!group) byShape.set(key, (group = []));
    group.push(parent);
  }
  const modal = [...byShape.values()].reduce((a, b) => (b.length > a.length ? b : a));
  if (modal.length < 2 || modal.length < 0.6 * parents.length || modal.some(holdsHeadline)) return null;
  return { elements: modal, signal: best.signal, score: best.score };
}

/**
 * Replies listed under some posts and not others: at least one post holds none, another holds two
 * or more, and none of them is quoted (a quote block cites a post, it answers none).
 */
function repliesUnderSome(outer: Element[], inner: Element[], facts: PageFacts): boolean {
  const counts = new Map<Element, number>();
  const set = new Set(outer);
  for (const element of inner) {
    for (let current: Element | null = element; current; current = current.parent) {
      if (facts.is(current, Fact.quote) || current.tag === 'blockquote') return false;
      if (set.has(current)) {
        counts.set(current, (counts.get(current) ?? 0) + 1);
        break;
      }
    }
  }
  if (counts.size === outer.length || ![...counts.values()].some((count) => count >= 2)) return false;
  // Replies never hold a post of the outer kind: where they do, the two groups are one thread's
  // comments and the wrappers around each comment with its replies, nested in turn.
  const replies = new Set(inner);
  for (const element of outer) for (let current = element.parent; current; current = current.parent) if (replies.has(current)) return false;
  return true;
}

/** A list or a comment section holds items; it is never one. */
function isContainer(element: Element, facts: PageFacts): boolean {
  // `comment` names both a section and an item: a class that names an item is an item.
  // A list entry is one entry, whatever its class says (Friendica's `li.comment-wrapper` per comment).
  return element.tag === 'ul' || element.tag === 'ol' || element.tag === 'dl' || (element.tag !== 'li' && facts.is(element, Fact.commentSection) && !facts.is(element, Fact.commentItem));
}

/**
 * Answers on a Q&A page, however few (one answer is common), when the best group is the comments
 * under them: each with an author, a date and text of its own.
 */
function answersAround(best: Candidate, elements: Element[], text: string, facts: PageFacts): Candidate | null {
  if (best.elements.some(isAnswer)) return null;
  const answers = elements.filter((element) => isAnswer(element) && !element.hidden && element.end > element.start);
  if (answers.length === 0) return null;
  const both = new Set([...best.elements, ...answers]);
  const posts = answers.filter((answer) => {
    const parts = partsOf(answer, both, text, facts);
    return parts.author && parts.date && parts.textChars >= 15;
  });
  return posts.length ? { elements: posts, signal: best.signal, score: 0 } : null;
}

/** A Q&A answer: `itemtype=".../Answer"`, or a class naming one. */
function isAnswer(element: Element): boolean {
  return /schema\.org\/Answer\b/i.test(element.attrs.itemtype ?? '') || element.tokens.some((t) => /^(?:answer|js-answer|answer-item|answercell)$/.test(t));
}

/** Whether nearly every outer item holds exactly one inner item. */
function onePerOuter(outer: Element[], inner: Element[]): boolean {
  const counts = new Map<Element, number>();
  const set = new Set(outer);
  for (const element of inner) {
    for (let current = element.parent; current; current = current.parent) {
      if (set.has(current)) {
        counts.set(current, (counts.get(current) ?? 0) + 1);
        break;
      }
    }
  }
  let one = 0;
  for (const element of outer) if (counts.get(element) === 1) one++;
  return one >= 0.8 * outer.length;
}

/** Most of `inner` sit inside an element of `outer`, and the two are about as many. */
function wraps(outer: Element[], inner: Element[], share = 0.8, sizes = 0.8): boolean {
  if (outer.length < sizes * inner.length) return false;
  const set = new Set(outer);
  let inside = 0;
  for (const element of inner) {
    for (let current = element.parent; current; current = current.parent) {
      if (set.has(current)) {
        inside++;
        break;
      }
    }
  }
  return inside >= share * inner.length && inside > 0;
}

function itemsByVocabulary(elements: Element[], text: string, facts: PageFacts): Candidate[] {
  const groups = new Map<string, Element[]>();
  for (const element of elements) {
    if (element.hidden || element.end <= element.start) continue;
    const microdata = facts.is(element, Fact.microdataComment);
    const named = facts.is(element, Fact.commentItem);
    const loose = microdata || named || isContainer(element, facts) ? null : looseCommentToken(element);
    if (!microdata && !loose && !named) continue;
    // The box a comment system draws for writing one (`timeline-item comment form`) is no comment.
    if (element.tokens.some((t) => FORM_BOX.test(t))) continue;
    if (insideNonThread(element, facts, text.length)) continue;
    const key = microdata ? 'microdata' : loose ? `${element.tag}.${loose}~loose` : `${element.tag}.${itemToken(element)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(element);
  }
  const viable: Candidate[] = [];
  for (const [key, group] of groups) {
    if (key.endsWith('~loose') && group.length < 2) continue;
    const score = groupScore(group, text, facts);
    if (score >= 1.5) viable.push({ elements: unwrap(group), signal: key === 'microdata' ? 'microdata' : 'vocabulary', score });
  }
  return viable;
}

const FORM_BOX = /^(?:form|comment-?form|reply-?form|respond)$/;

/**
 * Any other class naming comments (`commentbody`, `comment-wrapper`): a candidate only as a
 * group of repeated siblings, and only if it does not name a part of a comment.
 */
function looseCommentToken(element: Element): string | null {
  const token = element.tokens.find((t) => /comment/.test(t) && (element.tag === 'dt' || !LOOSE_PART.test(t)));
  return token ? token.replace(/\d+/g, '#') : null;
}
const LOOSE_PART = /author|meta|date|time|avatar|reply|count|form|link|header|head|footer|title|number|num|vote|rating|nav|feed|rss|respond|list|section|area|status|text|content|message|wrap|container|recent|widget|sidebar|policy|rules|login|moderat|preview|pagination|page|tab|sort|subscribe|share|spinner|error|hidden|input|button|submit|field|label|count/;

/** The class token that made an element a comment item, digits folded so ids group together. */
function itemToken(element: Element): string {
  const token = element.tokens.find(isCommentItemTokenValue) ?? '';
  return token.replace(/\d+/g, '#');
}

/**
 * Inside a sidebar, form, navigation or a "recent comments" widget. A wrapper of most of the page
 * says nothing, whatever its name (`<div id="top">` around everything).
 */
function insideNonThread(element: Element, facts: PageFacts, pageLength: number): boolean {
  // A widget-like name below the comment section is the thread's own list (Blogger's `ol#top-ra`).
  let named = false;
  // A form is a comment form, unless a comment section holds it: forums wrap their posts in a
  // moderation form (Invision's multi-select), which is the thread itself. Which it is shows
  // further up this same walk.
  let form = false;
  let current = element.parent;
  for (; current && current.tag !== 'body'; current = current.parent) {
    if (form && isSection(current, facts)) form = false;
    // Inside a comment section, what wraps the section (Blogger's "widget Blog") says nothing.
    if (facts.is(current, Fact.commentSection) && !facts.is(current, Fact.commentItem) && !current.tokens.some(saysNotAThread)) return false;
    if (current.end - current.start > pageLength / 2) continue;
    if (current.tag === 'aside' || current.tag === 'nav' || (current.tag === 'footer' && !facts.is(current, Fact.commentSection))) return true;
    if (current.tag === 'form') form = true;
    if (current.tokens.some((t) => (saysNotAThread(t) && !/comment/.test(t)) || /recentcomments|recent-comments|widget/.test(t))) named = true;
  }
  // Above the <body>, only a comment section can still hold the form.
  for (; form && current; current = current.parent) if (isSection(current, facts)) form = false;
  return form || named;
}

function isSection(element: Element, facts: PageFacts): boolean {
  return facts.is(element, Fact.commentSection) && !element.tokens.some(saysNotAThread);
}

/**
 * How much a group looks like a comment thread: per item, an author, a date, and text of its own.
 * Averaged and scaled by count, so one stray `.comment` class does not beat a real thread.
 */
function groupScore(group: Element[], text: string, facts: PageFacts): number {
  let total = 0;
  let chars = 0;
  let linked = 0;
  const members = new Set(group);
  for (const item of group) {
    const parts = partsOf(item, members, text, facts);
    total += (parts.author ? 1 : 0) + (parts.date ? 1 : 0) + (parts.textChars >= 15 ? 1 : 0);
    chars += parts.textChars;
    linked += parts.linkChars;
  }
  const average = total / group.length;
  // Lists of links with a name and a date are headlines or "recent comments", not a thread.
  if (average < 1.5 || linked > 0.7 * chars) return 0;
  return average * Math.log2(1 + group.length);
}

/** Wrappers that hold exactly one item with the same text are not comments of their own. */
function unwrap(group: Element[]): Element[] {
  const set = new Set(group);
  const wrappers = new Set<Element>();
  for (const item of group) {
    for (let parent = item.parent; parent; parent = parent.parent) {
      if (!set.has(parent)) continue;
      if (parent.start === item.start && parent.end === item.end) wrappers.add(parent);
      break;
    }
  }
  return group.filter((item) => !wrappers.has(item));
}

/** Tags that never hold a whole comment: inline runs, headings, form controls. */
export const NOT_AN_ITEM = new Set(['a', 'span', 'time', 'abbr', 'b', 'strong', 'em', 'i', 'small', 'cite', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'label', 'button', 'img', 'font', 'u', 'sup', 'sub', 'br', 'hr']);
/** Class tokens that vary between items of one list (alternating rows, depth, state), left out of signatures. */
const VARYING_TOKEN = /\d|odd|even|alt|first|last|parent|depth|thread|by|author|unread|new|hidden|active|open|closed|collapsed|expanded|selected|highlight|online|offline|staff|moderator|admin|owner|op\b|deleted|removed|accepted|featured|pinned|sticky|stickied/;
/** A group outside any comment section needs most items to show author, date and text. */
const OUTSIDE_SECTION_AVERAGE = 2.5;

/**
 * Elements of one tag and class signature anywhere on the page, each holding an author-like and a
 * date-like element: comment lists an unknown comment system renders, forum posts, Q&A answers.
 * Nested replies share their parent's signature, so a threaded list is one group.
 * @param learned whether the page's own repeated blocks taught the roles: their shapes are then
 *   told apart by a numbered id too (`div#post_#`), and a marked block joins its plain siblings
 */
function itemsByStructure(elements: Element[], sections: Element[], text: string, facts: PageFacts, learned: boolean): Candidate[] {
  const groups = new Map<string, Element[]>();
  for (const element of elements) {
    if (element.hidden || element.end - element.start < 15 || NOT_AN_ITEM.has(element.tag) || isContainer(element, facts)) continue;
    if (!facts.holds(element, Fact.author) || !(facts.holds(element, Fact.date) || facts.holds(element, Fact.dateText))) continue;
    const key = (learned ? shapeOf(element) : null) ?? signature(element);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(element);
  }
  const inSection = sectionTest(sections);
  const viable: Candidate[] = [];
  for (const [key, group] of learned ? withModifiers(groups) : groups) {
    // A post never holds the page's headline; generic wrappers often do.
    const members = group.filter((element) => !insideNonThread(element, facts, text.length) && !holdsHeadline(element));
    if (members.length < (isGeneric(members[0]) ? 3 : 2)) continue;
    const score = groupScore(members, text, facts);
    const sectioned = members.every(inSection);
    if (score === 0 || score / Math.log2(1 + members.length) < (sectioned ? 2 : OUTSIDE_SECTION_AVERAGE)) continue;
    if (!sectioned && !sameShape(members, text, facts)) continue;
    // One account's posts in a row are a feed (a Twitter widget), not a conversation.
    if (!sectioned && members.length >= 3 && oneAuthor(members, text, facts)) continue;
    if (mostlyTeaserCards(members, facts)) continue;
    // A tag with no stable class is a weak signature: any named group of the same posts beats it.
    const weighted = isGeneric(members[0]) || (learned ? shapeOf(members[0]!) === null : signature(members[0]!).endsWith('.')) ? score / 2 : score;
    viable.push({ elements: unwrap(members), signal: 'structure', score: weighted, key });
  }
  if (viable.length) joinNameless(viable, elements, text, facts, learned);
  return viable;
}

/** Paragraphs and indented replies that each end with their writer's signature (a talk page). */
function itemsBySignature(elements: Element[], text: string, facts: PageFacts): Candidate[] {
  const signed = signedBlocks(elements, text, facts).filter((element) => !insideNonThread(element, facts, text.length));
  // A story list signs its cards too ("… By Name, Dec. 19, 2025") under headlines linking away.
  if (signed.length === 0 || mostlyTeaserCards(signed, facts)) return [];
  const score = groupScore(signed, text, facts);
  return score > 0 ? [{ elements: signed, signal: 'signature', score }] : [];
}

/**
 * Comments kept as a definition list in a comment section, or under a heading that names one
 * ("Commentaires", "3 Comments") when no class or id names the section: each `<dt>` a header line
 * with the date and the writer's name ("Le 6 octobre 2024, 11:40 par Margaux L."), each `<dd>`
 * after it the words. No class names the name or the date, and a guest's name is plain text.
 */
function itemsByDefinitionList(elements: Element[], sections: Element[], text: string, facts: PageFacts): Candidate[] {
  const inSection = sectionTest(sections);
  let headlines: Set<Element> | undefined;
  const headed = (list: Element[]) => headedAsDiscussion(list[0]!, text, (headlines ??= headlineHolders(elements)));
  const byList = new Map<Element, Element[]>();
  for (const element of elements) {
    if (element.tag !== 'dt' || element.hidden || !element.parent) continue;
    const siblings = element.parent.children;
    let next: Element | null = null;
    for (let i = childIndex(element) + 1; i < siblings.length && !next; i++) if (siblings[i]!.kind === 'element') next = siblings[i] as Element;
    if (next?.tag !== 'dd' || next.end - next.start < 15) continue;
    if (writerOfDatedLine(text.slice(element.start, element.end)) === null) continue;
    let list = byList.get(element.parent);
    if (!list) byList.set(element.parent, (list = []));
    list.push(element);
  }
  const found: Candidate[] = [];
  for (const list of byList.values()) {
    if (list.length < 2 || !(list.every(inSection) || headed(list)) || list.some((element) => insideNonThread(element, facts, text.length))) continue;
    const score = groupScore(list, text, facts);
    if (score > 0) found.push({ elements: list, signal: 'structure', score });
  }
  return found;
}

/** Posts wrapped around their "Name (date):" headings (see headed-runs.ts): read like any post. */
function itemsByHeading(elements: Element[], text: string, facts: PageFacts): Candidate[] {
  const posts = elements.filter((element) => isHeadedPost(element) && !element.hidden && !insideNonThread(element, facts, text.length));
  if (posts.length === 0) return [];
  const score = groupScore(posts, text, facts);
  return score > 0 ? [{ elements: posts, signal: 'structure', score }] : [];
}

/**
 * A guest's or a deleted account's post shows its name as plain text (or none), so it was left out
 * of its list for want of an author-like element: a block of the same shape beside the list's
 * items (in the same list, see listAround) that shows a date and text of its own is one of them.
 */
function joinNameless(viable: Candidate[], elements: Element[], text: string, facts: PageFacts, learned: boolean): void {
  const byKey = new Map<string, Candidate>();
  for (const candidate of viable) if (candidate.key && !candidate.key.endsWith('.') && !isGeneric(candidate.elements[0])) byKey.set(candidate.key, candidate);
  if (byKey.size === 0) return;
  for (const candidate of byKey.values()) {
    const elementCounts = new Map<Element, number>();
    const listOf = (element: Element) => listAround(element, elementCounts);
    const lists = new Set(candidate.elements.map(listOf));
    const members = new Set(candidate.elements);
    // Where the items show their linked name: the place around it (`dt > strong` around the link).
    const places = new Map<string, number>();
    for (const member of candidate.elements) {
      const author = partsOf(member, members, text, facts).author;
      if (author?.parent && author.parent !== member) places.set(pathBetween(member, author.parent), (places.get(pathBetween(member, author.parent)) ?? 0) + 1);
    }
    const [place, count] = [...places].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
    if (count < 0.6 * candidate.elements.length) continue;
    let added = false;
    for (const element of elements) {
      if (members.has(element) || !lists.has(listOf(element)) || element.hidden || element.end - element.start < 15) continue;
      if (facts.holds(element, Fact.author) || !(facts.holds(element, Fact.date) || facts.holds(element, Fact.dateText))) continue;
      if (((learned ? shapeOf(element) : null) ?? signature(element)) !== candidate.key) continue;
      // A guest shows a name in plain text at that place; a removed post ("This post has been
      // removed at the author's request") shows none, and is no comment.
      const name = plainNameAt(element, place, text);
      if (!name) continue;
      // The plain name is the guest's name: readers and the threader ("@Pete") take it as the author.
      // A placeholder ("[deleted]", "? Guest", an avatar's initial before "Guest") names nobody.
      if (isGuestName(text.slice(name.start, name.end).trim())) facts.learn(name, Fact.author);
      candidate.elements.push(element);
      added = true;
    }
    if (added) candidate.elements.sort((a, b) => a.order - b.order);
  }
}

/**
 * The list an item sits in: its parent, or the parent's parent when the parent wraps it alone
 * (each post in its own `<li>`).
 */
function listAround(element: Element, elementCounts: Map<Element, number>): Element | null {
  const parent = element.parent;
  if (!parent) return null;
  // Each parent's children are counted once: a list of thousands of posts stays linear.
  let count = elementCounts.get(parent);
  if (count === undefined) elementCounts.set(parent, (count = parent.children.filter((child) => child.kind === 'element').length));
  return count === 1 && parent.parent ? parent.parent : parent;
}

/** A name a guest typed: it starts with a letter or digit and is no placeholder for one. */
const isGuestName = (name: string) => /^[\p{L}\p{N}]/u.test(name) && !isPlaceholderName(name);

/** The element showing a short name-like text at the given place (path below the block), if any. */
function plainNameAt(block: Element, place: string, text: string): Element | null {
  for (const inner of descendants(block)) {
    if (pathBetween(block, inner) !== place) continue;
    const value = text.slice(inner.start, inner.end).trim();
    if (value.length >= 2 && value.length <= 40 && /\p{L}/u.test(value) && !value.includes('\n')) return inner;
  }
  return null;
}

/**
 * Groups by shape, with blocks that add a class to a shape their siblings share (a highlighted
 * `div.rc-post.rc-featured` among `div.rc-post`s, a `comment bypostauthor`) joined to it: one
 * list's items, one of them marked. Returns new groups; the given ones are left as they were, and
 * a block joins each list once however many of its classes are extra.
 */
export function withModifiers(groups: Map<string, Element[]>): Map<string, Element[]> {
  // Per parent, the classed shapes of three or more elements found among its children: the lists a marked block may join.
  const listsIn = new Map<Element, Set<string>>();
  for (const [key, group] of groups) {
    if (!isClassedKey(key) || group.length < 3) continue;
    for (const element of group) {
      if (!element.parent) continue;
      let keys = listsIn.get(element.parent);
      if (!keys) listsIn.set(element.parent, (keys = new Set()));
      keys.add(key);
    }
  }
  const joined = new Map<string, Set<Element>>();
  for (const [key, group] of groups) {
    if (!isClassedKey(key)) continue;
    // Only the shapes this key becomes with some of its classes dropped: a few lookups per block,
    // however many lists its parent holds.
    const smaller = smallerKeys(key);
    if (smaller.length === 0) continue;
    for (const element of group) {
      const lists = element.parent && listsIn.get(element.parent);
      if (!lists) continue;
      for (const list of smaller) {
        if (!lists.has(list)) continue;
        let members = joined.get(list);
        if (!members) joined.set(list, (members = new Set(groups.get(list))));
        members.add(element);
      }
    }
  }
  const result = new Map(groups);
  for (const [list, members] of joined) result.set(list, [...members].sort((a, b) => a.order - b.order));
  return result;
}

/** A key of a tag and its stable classes (`div.a.b`), not a test id or a folded id. */
function isClassedKey(key: string): boolean {
  return /^[a-z][\w-]*\.[^.]/.test(key) && !key.includes('[') && !key.includes('#');
}

/** Most extra classes a block may add to its list's shape: beyond it, a block is no marked item. */
const MAX_EXTRA_CLASSES = 3;

/**
 * The keys of the same tag with one or more of the classes left out (at least one kept), in the
 * signature's sorted order: `div.a.b.c` gives `div.a.b`, `div.a.c`, `div.a`, ... A key with many
 * classes gives only those dropping up to MAX_EXTRA_CLASSES of them.
 */
function smallerKeys(key: string): string[] {
  const [tag, ...tokens] = key.split('.');
  const keys: string[] = [];
  const walk = (from: number, kept: string[], dropped: number) => {
    if (from === tokens.length) {
      if (dropped > 0 && kept.length > 0) keys.push([tag, ...kept].join('.'));
      return;
    }
    walk(from + 1, [...kept, tokens[from]!], dropped);
    if (dropped < MAX_EXTRA_CLASSES) walk(from + 1, kept, dropped + 1);
  };
  if (tokens.length <= 12) walk(0, [], 0);
  return keys;
}

/** An element with no class, id or telling tag: a signature too common to mean "one comment". */
function isGeneric(element: Element | undefined): boolean {
  return !element || (element.tokens.length === 0 && !['article', 'li', 'tr', 'dt'].includes(element.tag) && !element.tag.includes('-'));
}

function holdsHeadline(element: Element): boolean {
  for (const inner of descendants(element)) if (inner.tag === 'h1') return true;
  return false;
}

/**
 * Repeated structure: the author and the date sit at the same place inside most items (the same
 * chain of tags and classes down from the item). Unrelated blocks that happen to share a tag and
 * hold a name and a date (an article wrapper and a newsletter box) do not.
 */
function sameShape(members: Element[], text: string, facts: PageFacts): boolean {
  const set = new Set(members);
  const authorPaths = new Map<string, number>();
  const datePaths = new Map<string, number>();
  for (const member of members) {
    const parts = partsOf(member, set, text, facts);
    const count = (paths: Map<string, number>, place: string | null) => {
      if (place !== null) paths.set(place, (paths.get(place) ?? 0) + 1);
    };
    count(authorPaths, parts.author && namePlace(member, parts.author));
    count(datePaths, parts.date && pathBetween(member, parts.date));
  }
  const modal = (paths: Map<string, number>) => Math.max(0, ...paths.values());
  return modal(authorPaths) >= 0.6 * members.length && modal(datePaths) >= 0.6 * members.length;
}

function oneAuthor(members: Element[], text: string, facts: PageFacts): boolean {
  const set = new Set(members);
  const names = new Set<string>();
  for (const member of members) {
    const author = partsOf(member, set, text, facts).author;
    names.add(author ? text.slice(author.start, author.end).trim().toLowerCase() : '');
    if (names.size > 1) return false;
  }
  return true;
}

/**
 * Tag and stable classes of each element from below `top` down to `node`, a class alternated by a
 * digit counted as its base (`row1`/`row2`, also `span1`/`level2`): the paths of every learned shape
 * (shapes.ts) and of names in posts compare so.
 */
export function pathBetween(top: Element, node: Element): string {
  const steps: string[] = [];
  for (let current: Element | null = node; current && current !== top; current = current.parent) steps.push(signature(current, true));
  return steps.reverse().join('>');
}

/**
 * Where a block shows its writer's name, the name element's own tag left open when it has classes:
 * a writer who gave a website is a link (`a.c-name`), one who did not a span (`span.c-name`), in
 * one list of comments.
 */
export function namePlace(block: Element, name: Element): string {
  const path = pathBetween(block, name);
  return name.tokens.length && NAME_TAGS.has(name.tag) ? path.replace(/[^>.]+(\.[^>]*)$/, '*$1') : path;
}

/** Tags a name is shown in, with or without a link. */
const NAME_TAGS = new Set(['a', 'span', 'b', 'strong', 'cite', 'em', 'bdi']);

/** A row class a table engine alternates by a digit (YaBB's `windowbg`/`windowbg2`, `row1`/`row2`): its base, the same in every post. */
const ALTERNATING = /^([a-z][a-z_-]*[a-z])[12]$/;

/**
 * Tag and stable classes; a test id when the element has one, since atomic CSS-in-JS classes
 * (Medium's `yb qa ji`) change from one item to the next where the component's test id does not.
 * With `alternating`, a row class an engine alternates by a digit counts as its base (paths inside posts).
 */
function signature(element: Element, alternating = false): string {
  const testId = element.attrs['data-testid'];
  // A component's name (no digit), not one instance's id (`comment-2f9d4-4b1e`), which is left out.
  if (testId && !/\d/.test(testId)) return `${element.tag}[${testId}]`;
  const tokens = alternating ? element.tokens.map((t) => ALTERNATING.exec(t)?.[1] ?? t) : element.tokens;
  return `${element.tag}.${[...new Set(tokens.filter((t) => !VARYING_TOKEN.test(t)))].sort().join('.')}`;
}

/** An id whose number is a hexadecimal hash or a UUID after a word: `comment-8a1f20c4e5b7d9a31c02`. */
const HASHED_ID = /^([a-z][a-z_-]*[-_])(?=[0-9a-f-]*\d)[0-9a-f][0-9a-f-]{7,}$/i;
/**
 * The longest id read as a word and a hash (a word and a UUID take about 50). The word's letters and
 * the hash's overlap ('a-f', '-'), so HASHED_ID tries every split: quadratic in the id's length, and
 * an id of 200,000 characters ('a-a-a-…') would take half a minute.
 */
const HASHED_ID_CHARS = 100;

/**
 * The signature, or for an element with no stable class its tag and id with the number folded
 * (`div#post_#` for Discuz's `<div id="post_1402231">`): a signature of one kind of block rather
 * than of every bare element of its tag. Null for a bare element with neither.
 */
export function shapeOf(element: Element): string | null {
  const base = signature(element);
  if (!base.endsWith('.')) return base;
  const id = element.attrs.id;
  if (id && /\d/.test(id) && /^[a-z_-]*\d+$/i.test(id)) return `${element.tag}#${id.replace(/\d+/g, '#').toLowerCase()}`;
  // A table row with no class: its cells are its shape. An old forum engine draws each post as a row
  // of a name cell and a message cell, rows of one table with no class naming them.
  if (element.tag === 'tr') return `tr(${element.children.filter((child) => child.kind === 'element' && (child.tag === 'td' || child.tag === 'th')).length})`;
  // An id numbered by a hash or a UUID instead (Qiita's `comment-8a1f20c4e5b7d9a31c02`): its word is the shape.
  const hashed = id && id.length <= HASHED_ID_CHARS ? HASHED_ID.exec(id) : null;
  if (hashed) return `${element.tag}#${hashed[1]!.toLowerCase()}#`;
  // Classes that all carry digits, as CSS-in-JS hashes do (`style-1h7ycue`, `css-1x2y3z`), and
  // utility classes too (`col-md-4`, `mt-4`): one component's blocks share the same tokens, so the
  // tokens whole are the shape. A class numbered per
  // item (`comment-2140981`) makes a group of one, which no rule takes.
  const hashes = element.tokens.filter((t) => /\d/.test(t) && /[a-z]/i.test(t));
  if (hashes.length && hashes.length === element.tokens.length) return `${element.tag}~${[...new Set(hashes)].sort().join('.')}`;
  return null;
}

/** Whether an element sits inside one of the comment sections. */
function sectionTest(sections: Element[]): (element: Element) => boolean {
  const set = new Set(sections);
  return (element) => {
    for (let current = element.parent; current; current = current.parent) if (set.has(current)) return true;
    return false;
  };
}

/**
 * Teaser cards (a blog index, "related posts", a product grid) repeat an author and a date too;
 * their heading links to another page, where a comment's or post's heading, if any, is a
 * permalink to itself (`#comment-12`, `?p=48790#p48790`).
 */
function mostlyTeaserCards(members: Element[], facts: PageFacts): boolean {
  let cards = 0;
  for (const member of members) if (isTeaserCard(member, facts)) cards++;
  return cards * 2 >= members.length;
}

function isTeaserCard(item: Element, facts: PageFacts): boolean {
  for (const element of descendants(item)) {
    if (!/^h[1-4]$/.test(element.tag) && !element.tokens.some((t) => /(?:^|[-_])(?:title|headline)(?:$|[-_])/.test(t))) continue;
    // A heading that names the poster (XenForo's h4.message-name) is a header, not a title.
    if (facts.holds(element, Fact.author)) continue;
    const length = element.end - element.start;
    if (length < 10) continue;
    for (const link of descendants(element)) if (linksAway(link) && link.end - link.start >= 0.5 * length) return true;
    // Or the whole card heading is a link, or inside one (`<a href="/post/x"><h3>…</h3></a>`).
    for (let current: Element | null = element; current && current !== item.parent; current = current.parent) if (linksAway(current)) return true;
    return false;
  }
  return false;
}

/** A link to another page, not to a place on this one (`#comment-12`). */
function linksAway(element: Element): boolean {
  const href = element.tag === 'a' ? (element.attrs.href ?? '') : '';
  return href !== '' && !href.includes('#');
}

function insideAny(element: Element, set: Set<Element>): boolean {
  for (let current = element.parent; current; current = current.parent) if (set.has(current)) return true;
  return false;
}
