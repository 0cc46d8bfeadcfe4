/**
 * A comment section the headers found may be a listing instead: related posts, products, events,
 * stories on a front page. A thread has several writers and text that answers the article; a
 * listing has items of one shape, each pointing elsewhere. Checked on the segmented section, so
 * every header layout is judged the same way.
 */
import { isTitleCased } from './article.js';
import type { CommentDraft } from './comments.js';
import { isPlaceholderName } from './names.js';

/**
 * The section's drafts read as a listing's items. `counted` is true when a comment count stands
 * above the section ("5 Reviews"): the page vouches for its thread, whatever its labels.
 */
export function readsAsListing(text: string, drafts: readonly CommentDraft[], counted: boolean): boolean {
  if (drafts.length < 2) return false;
  return (!counted && fieldLabelled(text, drafts)) || headlineItems(text, drafts);
}

/**
 * One "author" over most items, three times or more, is a field's label ("Price valid", "Our
 * Score:", "Date", "Webmaster", "Posted under Car Tires"): a thread's most frequent writer
 * leaves others room. Reviews under a label ("Past month / Verified purchase") still read
 * like comments, in the first person; a listing's blurbs describe their items, or address the
 * reader ("you", "our"): commentLikeness would count those as a commenter's words.
 */
function fieldLabelled(text: string, drafts: readonly CommentDraft[]): boolean {
  const top = Math.max(0, ...authorCounts(text, drafts).values());
  // A forum's opening poster may answer under most replies (three posts of four): a label is on
  // every item of a short list, and on three in four of a longer one.
  const n = drafts.length;
  const most = top === n || (n >= LONG_LIST && top * LABEL_SHARE_DEN >= n * LABEL_SHARE_NUM);
  return top >= FIELD_LABEL_MIN && most && !inFirstPerson(drafts) && !drafts.some(saysHeader);
}

/** "Anna Berg says:": the layout itself names a writer, never a field. */
function saysHeader(draft: CommentDraft): boolean {
  return draft.headerBlocks.some((block) => block.role.kind === 'header' && block.role.header.rule === 'header:says');
}

/** How many items each printed author signs, lowercased. */
function authorCounts(text: string, drafts: readonly CommentDraft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const draft of drafts) {
    if (!draft.author) continue;
    const name = text.slice(draft.author[0], draft.author[1]).toLowerCase();
    // "Anonymous" and "Guest" sign most comments on some sites: a placeholder, not a label.
    if (isPlaceholderName(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * Most items are a headline of their own and nothing else, or a headline over a blurb: a title-cased line that
 * ends no sentence ("How Much Does a Bedroom Remodel Cost in 2025?"). A comment is written in
 * sentences; a review's title is followed by the review, in the first person.
 */
function headlineItems(text: string, drafts: readonly CommentDraft[]): boolean {
  // Each item's headline points to a page of its own: one line over every review ("Moray Driver
  // Kit | New", the product reviewed) is a field of the review, not a headline.
  const headlines = new Set<string>();
  for (const draft of drafts) {
    const first = draft.textBlocks[0];
    if (first !== undefined && first.lines.length === 1 && isTitleCased(first.text) && !SENTENCE_OR_LABEL_END.test(first.text)) headlines.add(first.text);
  }
  return headlines.size * HEADLINE_SHARE_DEN >= drafts.length * HEADLINE_SHARE_NUM && !inFirstPerson(drafts) && !severalWriters(text, drafts);
}

/**
 * Three writers or more, none over half the items: reviews titled in title case ("Best Purchase
 * This Year"), not a listing. A listing's bylines are its staff's, one or two over most items.
 */
function severalWriters(text: string, drafts: readonly CommentDraft[]): boolean {
  const counts = authorCounts(text, drafts);
  return counts.size >= WRITERS_MIN && Math.max(...counts.values()) * 2 <= drafts.length;
}

/** Half the items or more speak in the first person singular: reviews and comments, however labelled. */
function inFirstPerson(drafts: readonly CommentDraft[]): boolean {
  const speaking = drafts.filter((draft) => draft.textBlocks.some((block) => FIRST_PERSON.test(block.text))).length;
  return speaking * 2 >= drafts.length;
}

const FIRST_PERSON = /\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine)\b/iu;

/** A headline ends with no full stop and no colon; a question mark it may have. */
const SENTENCE_OR_LABEL_END = /[.!…:]["”’)\]]*$/u;

/** Entries a field label is printed over at least (as for name lines, `regions.ts`). */
const FIELD_LABEL_MIN = 3;

/** A list this long may carry its label on three items in four. */
const LONG_LIST = 5;
const LABEL_SHARE_NUM = 3;
const LABEL_SHARE_DEN = 4;

/** Writers that make a thread of titled reviews. */
const WRITERS_MIN = 3;

/** Two items in three or more are headlines. */
const HEADLINE_SHARE_NUM = 2;
const HEADLINE_SHARE_DEN = 3;
