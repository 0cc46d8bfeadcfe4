/**
 * A comment section the headers found may be a listing instead: related posts, products, events,
 * stories on a front page. A thread has several writers and text that answers the article; a
 * listing has items of one shape, each pointing elsewhere. Checked on the segmented section, so
 * every header layout is judged the same way.
 */
import { isTitleCased } from './article.js';
import type { CommentDraft } from './comments.js';
import { standsForReader } from './names.js';

/**
 * The section's drafts read as a listing's items. `counted` is true when a comment count stands
 * above the section ("5 Reviews"): the page vouches for its thread, whatever its labels or its
 * replies' title case ("Great News For The Island" under "5 Comments"); as for the headline list
 * of comments.ts, which a comment marker above turns off.
 */
export function readsAsListing(text: string, drafts: readonly CommentDraft[], counted: boolean): boolean {
  if (drafts.length < 2) return false;
  // Both readings ask who signs how many items and whether they speak in the first person: asked once.
  const items: Items = { text, drafts, counts: authorCounts(text, drafts), firstPerson: inFirstPerson(drafts), conversation: addressesAnother(text, drafts) };
  return !counted && (fieldLabelled(items) || headlineItems(items));
}

/** The section's drafts with what both readings ask of them. */
interface Items {
  text: string;
  drafts: readonly CommentDraft[];
  /** How many items each printed author signs (`authorCounts`). */
  counts: Map<string, number>;
  firstPerson: boolean;
  /** An item names another item's signer (`addressesAnother`): writers answering each other. */
  conversation: boolean;
}

/**
 * One "author" over most items, three times or more, is a field's label ("Price valid", "Our
 * Score:", "Date", "Webmaster", "Posted under Car Tires"): a thread's most frequent writer
 * leaves others room. Reviews under a label ("Past month / Verified purchase") still read
 * like comments, in the first person; a listing's blurbs describe their items, or address the
 * reader ("you", "our"): commentLikeness would count those as a commenter's words.
 */
function fieldLabelled({ text, drafts, counts, firstPerson, conversation }: Items): boolean {
  const [label, top] = mostFrequent(counts);
  // A forum's opening poster may answer under most replies (three posts of four): a label is on
  // every item of a short list, and on three in four of a longer one.
  const n = drafts.length;
  const most = top === n || (n >= LONG_LIST && top * LABEL_SHARE_DEN >= n * LABEL_SHARE_NUM);
  const signer = printedAs(text, drafts, label);
  return top >= FIELD_LABEL_MIN && most && !firstPerson && !(top < n && personsName(signer)) && !drafts.some(saysHeader) && !conversation && !(clockedPosts(text, drafts) && signsAsUser(signer));
}

/**
 * "Mike Dunn", "Ivan Horvat", "Jean-Luc de Vries": a given name and a surname, each capitalised,
 * signs as a person. Where another writer signs an item too, that person is a thread's regular,
 * who may write four posts of five without saying "I" or naming anyone; a label is on every item
 * ("Photo Credit" and "Mommywise Founder" are name-shaped too). A field label is a word or a
 * phrase of the page's own ("Price valid", "Publish date", "Our", "GOPROXY"), a byline glued to
 * its "By" ("ByJaime Marchwinski"), or a desk signing for the site ("Harbour Desk", "News Team").
 */
function personsName(label: string): boolean {
  const words = label.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || !NAME_PART.test(words[0]!) || !NAME_PART.test(words.at(-1)!)) return false;
  return words.every((word) => NAME_PART.test(word) || SURNAME_PARTICLE.test(word) || INITIAL.test(word)) && !words.some((word) => DESK_WORD.test(word));
}

/** A capitalised name, hyphenated or with a prefix ("Jean-Luc", "O'Brien", "McAllister"); an initial ("J.") only inside. */
const NAME_PART = /^(?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;
const INITIAL = /^\p{Lu}\.$/u;
/** "de" of "Jean-Luc de Vries", "van" of "Jan van Dijk": lower-case inside a name. */
const SURNAME_PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|le|la|du|dos|das|bin|ibn|al)$/u;
/** Words of a desk, a team or a role signing for a site ("Guest Author", "Sponsored Content"), not a person. */
const DESK_WORD = /^(?:desk|team|staff|guest|author|contributor|columnist|sponsored|partner|newsroom|news|editors?|editorial|bureau|admin|webmaster|press|media|office|redaktion|rédaction|redacción|redazione|redactie)$/iu;

/** The signer as the page prints it (counts are lowercased). */
function printedAs(text: string, drafts: readonly CommentDraft[], lowered: string): string {
  for (const draft of drafts) {
    if (!draft.author) continue;
    const name = text.slice(draft.author[0], draft.author[1]);
    if (name.toLowerCase() === lowered) return name;
  }
  return '';
}

/**
 * Every item's date holds a clock ("14:05", "9.30pm"): a timeline of posts by one writer (a
 * reader's comment history, a numbered live thread), not a listing's field label, which dates its
 * items by day if at all; but only under a user's signature (`signsAsUser`). A site dates by the
 * minute too: a news ticker or a live blog signed by its desk ("Harbour Desk · 14:05"), a
 * reporter's dated stories ("Anna Berg / December 3, 2025 at 14:05"), an events calendar
 * ("Town Hall · 7:30 pm"). A live blog's entries are its article (tune fixture 299's gold keeps
 * its timed entries in the body and only the readers' posts below as comments).
 */
function clockedPosts(text: string, drafts: readonly CommentDraft[]): boolean {
  return drafts.every((draft) => draft.postedAt !== null && holdsClock(text, draft.postedAt));
}

/**
 * The date holds a time of day, not a place in a file ("src/main.rs:8:23", a compiler's line and
 * column that a header template took for a date; WCXB tune 2996, a Rust book's panics).
 */
function holdsClock(text: string, [from, to]: [number, number]): boolean {
  const clock = CLOCK.exec(text.slice(from, to));
  return clock !== null && !AFTER_PLACE.test(text[from + clock.index - 1] ?? '');
}
const CLOCK = /(?<!\d)\d{1,2}[:.]\d{2}(?!\d)/u;
const AFTER_PLACE = /^[:./]$/u;

/**
 * A signature as a user signs: one word, a handle ("night_reader", "@oleg", "dev42") or a
 * nickname ("Hans"), and no desk's word ("Newsroom", "Staff"). A name and surname, a desk or a
 * place of two words or more ("Anna Berg", "Harbour Desk", "Town Hall") is how a site prints its
 * own bylines, desks and venues over items it lists.
 */
function signsAsUser(signer: string): boolean {
  const words = signer.trim().split(/\s+/u);
  return words.length === 1 && words[0] !== '' && !DESK_WORD.test(words[0]!.replace(/^@/u, ''));
}

/**
 * An item names another item's signer ("Sara, the trust pays most of it", "@Sara"): writers answering
 * each other, a conversation. A field label is no one to answer, and one label over every item leaves
 * no other signer to name. A one-word signer ("News", "Sport", "Sara") may be a label, a word any
 * blurb prints ("Sport clubs on the island …"): it is named only as one addresses a reader, "@Sport"
 * or "Sport," opening an item's paragraph; a person's name ("Sara Lee") by its first word anywhere.
 */
function addressesAnother(text: string, drafts: readonly CommentDraft[]): boolean {
  const signers = drafts.map((draft) => (draft.author ? text.slice(draft.author[0], draft.author[1]) : ''));
  const firstNames = signers.map((signer) => ADDRESSABLE.exec(signer)?.[1]);
  const named = new Set(firstNames.filter((name): name is string => name !== undefined));
  if (named.size < 2) return false;
  const persons = new Set(firstNames.filter((name, i) => name !== undefined && personsName(signers[i]!)));
  const addressed = (block: string, word: string, at: number) => persons.has(word) || (named.has(word) && (block[at - 1] === '@' || (at === 0 && block[word.length] === ',')));
  return drafts.some((draft, i) =>
    draft.textBlocks.some((block) => Array.from(block.text.matchAll(CAPITALISED_WORD)).some((m) => m[0] !== firstNames[i] && addressed(block.text, m[0], m.index!))),
  );
}

/** A signer's first word when it reads as a first name ("Sara" of "Sara Lee"), not a label's "Posted" or "Our". */
const ADDRESSABLE = /^(\p{Lu}\p{Ll}{2,})(?:\s|$)/u;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}_])/gu;

/** The largest count, without spreading a huge page's counts into one call's arguments. */
function largest(counts: Map<string, number>): number {
  return mostFrequent(counts)[1];
}

/** The signer with the largest count, and the count (the first such in page order). */
function mostFrequent(counts: Map<string, number>): [string, number] {
  let top: [string, number] = ['', 0];
  for (const entry of counts) if (entry[1] > top[1]) top = entry;
  return top;
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
    // "Anonymous", "Guest" and "Verified Buyer" sign most comments on some sites: readers, not a label.
    if (standsForReader(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/**
 * Most items are a headline of their own and nothing else, or a headline over a blurb: a title-cased line that
 * ends no sentence ("How Much Does a Bedroom Remodel Cost in 2025?"). A comment is written in
 * sentences; a review's title is followed by the review, in the first person.
 */
function headlineItems({ drafts, counts, firstPerson, conversation }: Items): boolean {
  // Each item's headline points to a page of its own: one line over every review ("Moray Driver
  // Kit | New", the product reviewed) is a field of the review, not a headline.
  const headlines = new Set<string>();
  for (const draft of drafts) {
    const first = draft.textBlocks[0];
    if (first !== undefined && first.lines.length === 1 && isTitleCased(first.text) && !SENTENCE_OR_LABEL_END.test(first.text)) headlines.add(first.text);
  }
  return headlines.size * HEADLINE_SHARE_DEN >= drafts.length * HEADLINE_SHARE_NUM && !firstPerson && !conversation && !severalWriters(counts, drafts.length);
}

/**
 * Three writers or more, none over half the items: reviews titled in title case ("Best Purchase
 * This Year"), not a listing. A listing's bylines are its staff's, one or two over most items.
 */
function severalWriters(counts: Map<string, number>, items: number): boolean {
  return counts.size >= WRITERS_MIN && largest(counts) * 2 <= items;
}

/** Half the items or more speak in the first person singular: reviews and comments, however labelled. */
function inFirstPerson(drafts: readonly CommentDraft[]): boolean {
  const speaking = drafts.filter((draft) => draft.textBlocks.some((block) => speaksOfSelf(block.text))).length;
  return speaking * 2 >= drafts.length;
}

/**
 * A writer speaking of themselves, in the languages the splitter meets most: English "I / me / my",
 * German "ich / mir / mein", French "je / j'ai / moi", Spanish "yo / mí", Italian "io / mio",
 * Dutch "ik / mijn", Portuguese "meu / minha", Nordic "jag / jeg / meg", Polish "mnie / mój",
 * Russian "я / мне / мой", and the languages of the regional news sites met since: Croatian,
 * Serbian and Slovene "meni / moj / jaz", Czech and Slovak "mně / můj / môj", Hungarian
 * "én / nekem", Finnish "minä / mä", Turkish "benim / bana", Catalan "meva", Lithuanian "aš",
 * Indonesian "saya / aku", Greek "εγώ / μου", Ukrainian and Bulgarian "мені / мій / аз". Words a
 * listing prints as units, days or names ("5 min", "Mon", "EU", "Ben") are left out, and so are
 * words common in another language: "ja" (German, Dutch and Nordic "yes": "Hunde erlaubt: Ja"),
 * "já" (Portuguese "already"), "jo" (Nordic "yes", French "JO", the name "Jo"), "mine" (a coal
 * mine), "mig" (Catalan "half"). Some count only as they are written (`CASED_FIRST_PERSON`).
 * Letters, not `\b`, bound a word: `\b` knows only ASCII letters ("I'm" is "I" before an apostrophe).
 */
const FIRST_PERSON = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${[
    'me', 'my',
    'ich', 'mich', 'mir', 'mein(?:e|em|en|er|es)?',
    'moi',
    'yo', 'mí',
    'mio',
    'ik', 'mij', 'mijn',
    'meu', 'minha',
    'jag', 'jeg', 'meg',
    'mnie', 'mój', 'moja',
    'я', 'мне', 'меня', 'мой', 'моя',
    'meni', 'mene', 'moj', 'moje', 'jaz',
    'mně', 'mě', 'můj', 'mňa', 'môj',
    'én', 'nekem', 'engem',
    'minä', 'minun', 'minulla', 'mä',
    'benim', 'bana',
    'meva',
    'aš',
    'saya', 'aku',
    'εγώ', 'μου',
    'мені', 'мій', 'аз', 'мен',
  ].join('|')})(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])j['’](?=\\p{L})`,
  'iu',
);

/** Words after "je" in the Slavic languages ("to", "li", "v", "na", "bil", "že") that never follow French "je". */
const SLAVIC_AFTER_JE = ['to', 'li', 'v', 've', 'na', 'za', 'u', 'tu', 'tam', 'že', 'da', 'bil', 'bila', 'bilo', 'bio', 'treba', 'potrebno', 'možné', 'možno', 'moguće'];

/**
 * First-person words that are other words in another case or another place: English "I" in its
 * contractions ("i'm", "i've"; capital "I" alone is `speaksAsI`); Italian "io" and "mia" in lower
 * case or opening a sentence ("IO" is input and output, "Mia" a name); French "je" opening a
 * sentence or after a French conjunction ("Je pense", "mais je crois"), but not before a word only
 * a Slavic "je" takes: in Slovene, Croatian, Czech and Slovak "je" is "is" ("Je to dobro", "Je li
 * istina", "Je v Praze"), and a sentence may open with it.
 */
const CASED_FIRST_PERSON = new RegExp(
  [
    `(?<![\\p{L}\\p{N}_])i(?=['’](?:m|ve|d|ll)(?![\\p{L}\\p{N}_]))`,
    `(?<![\\p{L}\\p{N}_])(?:io|Io|mia)(?![\\p{L}\\p{N}_])`,
    `(?:^|[.!?:]\\s+|(?<![\\p{L}\\p{N}_])(?:que|et|mais|si|quand|comme|donc|car|puis|alors|où|parce que),?\\s+)[Jj]e(?=\\s+\\p{L})(?!\\s+(?:${SLAVIC_AFTER_JE.join('|')})(?![\\p{L}\\p{N}_]))`,
  ].join('|'),
  'mu',
);

/**
 * Capital "I" is the writer (lower-case "i" is "and" in Croatian, Serbian, Polish and Czech), but
 * not as a Roman numeral: after a capitalised word and before a stop or the line's end ("World War
 * I.", "Henry I,", "Part I: the crossing"), or numbering a line ("I. Introduction"). "Mike and I."
 * and "So I said" are the writer.
 */
function speaksAsI(text: string): boolean {
  for (const m of text.matchAll(CAPITAL_I)) {
    // Tested at the "I" itself, looking only at the word before and the characters after: slicing the
    // text around every "I" made a long block of numerals ("Henry I, Henry I, …") quadratic.
    ROMAN_I.lastIndex = m.index;
    if (!ROMAN_I.test(text)) return true;
  }
  return false;
}
const CAPITAL_I = /(?<![\p{L}\p{N}_])I(?![\p{L}\p{N}_])/gu;
/** "Henry I," / "Part I:" (a capitalised word, then a stop or the line's end), or "I. Introduction" opening a line. */
const ROMAN_I = /(?<=(?:^|[^\p{L}\p{N}_])\p{Lu}\p{Ll}+[ \t])I(?=[ \t]*(?:[.,;:)!?]|\n|$))|(?<=(?:^|\n)[ \t]*)I(?=[.)][ \t])/uy;

/** The block speaks in the first person (`FIRST_PERSON`, `CASED_FIRST_PERSON`, `speaksAsI`). */
const speaksOfSelf = (text: string) => FIRST_PERSON.test(text) || CASED_FIRST_PERSON.test(text) || speaksAsI(text);

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
