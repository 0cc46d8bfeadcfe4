/**
 * Stance read from the thread's shape, once every comment has its own reading (the tagger's thread
 * step). Three readings depend on what the parent did:
 * - a reply whose support rests only on an opening "yes" under a factual question answers it: comment;
 * - a reply with no stance cue but negative words of its own, or an English statement of five words
 *   or more with no thanks, laughter or warmth, under a comment that denied its parent, carries the
 *   dispute on: deny;
 * - a reply in another language than English with no stance cue but a negator of its language, under a
 *   comment that asked nothing, takes the statement on: deny (the cues barely read those languages).
 * Labels are read as each comment's own words decided them, so no reading travels further down.
 */
import type { ParentStance, Question, TagFinding } from '../../schema/index.js';
import type { ThreadEntry } from '../define.js';
import type { TextView } from '../../text/view.js';
import { CODE_SOURCE } from '../sources.js';
import { isNegator, scoreTokens } from '../../text/sentiment.js';
import { countFunctionWord } from '../../language/index.js';
import { FUNCTION_WORDS } from '../../language/function-words.js';
import { clipEnd, ENGLISH_OR_UNKNOWN, FOREIGN_NEGATED_BEFORE, openingSentenceOf, SCAN_LIMIT, scanText } from './parent.js';
/** Confidence of a label read from the thread's shape: the reply's words alone did not decide it. */
const THREAD_CONFIDENCE = 0.5;

interface StanceTags {
  stance: { toParent: ParentStance; toSource?: ParentStance };
  questions?: readonly Question[];
}

interface Placed {
  entry: ThreadEntry;
  tags: Partial<StanceTags>;
  /** The label the comment's own words gave it, before any thread reading. */
  own: string | undefined;
  parent: Placed | undefined;
}

export function readThreadStance(comments: readonly ThreadEntry[]): void {
  const placed = placeComments(comments);
  for (const comment of placed) {
    const stance = comment.tags.stance;
    const parent = comment.parent;
    if (!stance || !parent) continue;
    let reading: ParentStance | null = null;
    if (answersQuestion(comment, parent)) reading = { label: 'comment', confidence: THREAD_CONFIDENCE, evidence: [] };
    else {
      const rule = continuesDispute(comment, parent) ? 'continues-dispute' : answersUnread(comment, parent) ? 'answers-statement' : null;
      const evidence = rule && openingSentence(comment.entry.view, rule);
      if (evidence) reading = { label: 'deny', confidence: THREAD_CONFIDENCE, evidence: [evidence] };
    }
    if (!reading) continue;
    stance.toParent = reading;
    // A reply to the thread's root reads the source as its parent: toSource was toParent's copy.
    if (stance.toSource && !parent.parent) stance.toSource = { ...reading, evidence: reading.evidence.map((e) => ({ ...e })) };
  }
}

/**
 * Each comment with its parent: the entry the analyzer linked it to (`ThreadEntry.parent`: in a row
 * export a later row too, src/batch/threads.ts), so the readings do not depend on row order. Entries
 * that carry no link take the nearest earlier comment with the parent's id. A parent not in the
 * thread leaves none.
 */
function placeComments(comments: readonly ThreadEntry[]): Placed[] {
  const byEntry = new Map<ThreadEntry, Placed>();
  const latest = new Map<string, Placed>();
  const out: Placed[] = [];
  for (const entry of comments) {
    const tags = entry.tags as Partial<StanceTags>;
    const comment: Placed = { entry, tags, own: tags.stance?.toParent.label, parent: undefined };
    if (entry.parent === undefined) comment.parent = entry.parentId === null ? undefined : latest.get(entry.parentId);
    byEntry.set(entry, comment);
    latest.set(entry.id, comment);
    out.push(comment);
  }
  for (const comment of out) {
    const linked = comment.entry.parent;
    if (linked) comment.parent = byEntry.get(linked);
  }
  return out;
}

/**
 * 'Yes, it swivels all the way round.' under 'Does the base swivel?': support resting only on an
 * opening yes answers the parent's question, it does not back a claim (on the tune fixture threads
 * most such replies are comments; a few are support, a yes that also confirms a guess).
 */
const ANSWER_PARTICLE = /^(?:yes|yeah|yep|yup)$/iu;

function answersQuestion(comment: Placed, parent: Placed): boolean {
  const stance = comment.tags.stance!.toParent;
  if (comment.own !== 'support' || !stance.evidence.every((e) => e.rule === 'support-opener' && ANSWER_PARTICLE.test(e.text))) return false;
  return parent.tags.questions?.some((q) => q.kind === 'factual') ?? false;
}

/**
 * A reply that answers a rebuttal with a negative word of its own, and no stance cue, mostly rebuts
 * it back ('@kim it never held its shape for me', 'that isn't what the timetable says',
 * 'nobody believes that, mate'): on the tune fixture threads such replies were denials. A reply with no negative word is no dispute: an acknowledgement ('Ok.', 'Noted.'), a
 * shrug, a joke, thanks in any language, a fact added on either side (before the rule asked for a negative word, fewer
 * than half of the replies it read as deny were denials). Nor is negative wording aimed elsewhere: at the writer ('Sorry, I got that
 * wrong', 'Oops, I misread it'), added to the rebuttal's case ('And the Saturday ones too, which is
 * worse'), or at a new topic ('Anyway, the car park is closed'). A top-level comment that denies the
 * article is a rebuttal too: a reply with a negative word under it mostly defends the article against
 * it (on tune pages before batch 327, 6 of the 7 replies this added were denials). With no negative
 * word, a statement long enough to be more than an acknowledgement answers the rebuttal with a
 * counter-fact (COUNTER_STATEMENT_WORDS); before batch 327, when the replies it read were not held to
 * the exclusions below, fewer than half were denials. The words read are English (negators, AFINN,
 * thanks), so only an English reply is read.
 */
function continuesDispute(comment: Placed, parent: Placed): boolean {
  if (comment.own !== 'comment' || parent.own !== 'deny') return false;
  const view = comment.entry.view;
  const scan = scanText(view);
  if (NOT_AT_THE_CLAIM.test(scan)) return false;
  if (!ENGLISH_OR_UNKNOWN.has(view.language)) return false;
  return disputes(view, scan) || counterStatement(view, scan);
}

/**
 * A reply this long with no negative word still answers the rebuttal, with a counter-fact ('$59 was
 * for the 3-quart. This is the 8.', 'Extended hours start January, it was announced last week.'); a
 * shorter one acknowledges ('Ok.', 'Oh, I see.', 'Não sabia.'). On the tune fixture threads, of the
 * replies with no stance cue and no negative word under a denial, 13 of the 15 of five words or more
 * that thank no one were denials (the thanks were support or comment: 'Perfect, thanks Jen.').
 */
const COUNTER_STATEMENT_WORDS = 5;
/**
 * Words that make a reply an acknowledgement or a joke, not a counter-fact: thanks in its short
 * forms ('Cheers mate, …', 'Ty, will check …', 'Really appreciate the update …') and laughter.
 */
const ACKNOWLEDGEMENT = /^(?:thank\p{L}*|thx|thnx|ty|tysm|cheers|appreciat\p{L}*|lol\p{L}*|lmf?ao|rofl|(?:ha){2,}\p{L}*|hehe\p{L}*)$/u;
/** A strong warm word: 'great', 'glad', 'love', 'awesome' (AFINN 3 or more). */
const WARM_WORD = 3;
const LINK = /(?:https?:\/\/|www\.)\S+/giu;

/**
 * A reply in a language the cues and AFINN barely read (not English, and detected: an undetermined
 * one may be English), with no cue of its own but a negator of its language, under a comment that
 * asked nothing: a reply that says 'no', 'nothing', 'nobody' or 'never' while answering a statement
 * mostly takes it on ('Nadie dice sin turistas.', 'Das eine hat mit dem anderen nichts zu tun.',
 * 'А новые автобусы никто не купит.'). The negator is what in the text says deny: the same shape in
 * English, a cue-less reply with a negator under a statement, is a denial 30 times in 55 on the tune
 * fixture threads. Before session 16 the rule read every cue-less foreign reply as deny, the
 * language alone as the evidence: right 3 times in 6 on batch 375-382 and once in 3 on batches
 * 383-390 and HTML 332-339, all scored before they were read; the replies with no negator among them
 * were glad, joking or adding a like case ('Igual en Propatria.'), no denials. Under a question a reply
 * answers it (3 of 14 such replies were denials). Thanks ('Спасибо, тогда …') and replies too short to
 * state anything ('Tack!', '以后可以慢慢走啦') are left alone, and so is gladness ('Super, dann …').
 */
function answersUnread(comment: Placed, parent: Placed): boolean {
  if (comment.own !== 'comment' || parent.own === 'query') return false;
  const view = comment.entry.view;
  if (ENGLISH_OR_UNKNOWN.has(view.language)) return false;
  const scan = scanText(view).replace(LINK, ' ').replace(HANDLE_OR_TAG, ' ');
  if ((scan.match(/\p{L}/gu)?.length ?? 0) < STATEMENT_LETTERS || FOREIGN_THANKS.test(scan) || gladIn(scan)) return false;
  if (!NEGATORS[view.language]?.test(scan)) return false;
  // The detector counts 'a' for Portuguese and not for English: 'A needle museum! Someone should …'
  // reads as Portuguese. A function word only English has ('should', 'the', 'and') says it is English.
  return !view.wordsIn(0, SCAN_LIMIT).some((w) => FUNCTION_WORDS.get(w.lower)?.every((language) => language === 'en'));
}
/**
 * Negators of the languages the detector names (src/language): sentential negation and the negative
 * pronouns and adverbs ('nothing', 'nobody', 'never', 'no one's'), from each language's grammar, not
 * read off pages. Words that are as often other words are left out: Portuguese 'no' ('in the'),
 * French 'personne' ('person'). Each list is read only for its detected language, so Indonesian 'tak'
 * is no Polish 'yes'. Chinese, Japanese and Korean negate inside the word: their negating characters
 * and endings.
 */
const NEGATORS: Readonly<Record<string, RegExp>> = Object.fromEntries(
  Object.entries({
    de: 'nicht|nichts|kein\\p{L}*|nie|niemals|niemand|nein',
    fr: 'ne|n|pas|rien|jamais|aucun\\p{L}*|non|ni',
    es: 'no|nada|nadie|nunca|jamás|ni|tampoco|ningun\\p{L}*|ningún',
    it: 'non|niente|nulla|mai|nessun\\p{L}*|né|no',
    pt: 'não|nao|nada|nunca|ninguém|nenhum\\p{L}*|nem',
    nl: 'niet|geen|nooit|niets|niemand|nee',
    sv: 'inte|ingen|inget|inga|aldrig|ej|nej|ingenting',
    tr: 'değil|yok|hiç|hayır',
    pl: 'nie|nikt|nic|nigdy|żadn\\p{L}*|żaden',
    id: 'tidak|bukan|tak|belum|gak|nggak|enggak|tiada',
    ru: 'не|нет|ни|никто|ничего|ничто|никогда|никакой|никак\\p{L}*',
    uk: 'не|ні|немає|ніхто|нічого|ніколи|жодн\\p{L}*',
    el: 'δεν|μην|όχι|ποτέ|τίποτα|κανείς',
  }).map(([language, words]) => [language, new RegExp(`(?<!\\p{L})(?:${words})(?!\\p{L})`, 'iu')]).concat([
    // Not inside words whose negating character negates nothing: 不错 'good', 不过 'but', 不少 'many',
    // 不断 'on and on', 不久 'soon', 不仅 'not only', 不管 'whatever'; 特别 'especially', 区别
    // 'difference', 分别, 级别, 告别, 识别, 类别, 差别, 别人 'others', 别的 'other'; 无论 'whatever', 无线 'wireless'.
    ['zh', /不(?![错錯过過少断斷久仅僅管])|[没沒]|(?<![特区區分级級告识識类類差])[別别](?![人的])|[無无](?![论論线線])/u],
    // Not the adjectives and adverbs that end in them: 少ない 'few', 危ない 'dangerous', 切ない 'sad',
    // まもなく / 間もなく 'soon'.
    ['ja', /(?<![少危切])ない|ません|(?<![少危切]|[ま間]も)なく|ず[、。]|無理/u],
    ['ko', /(?:^|\s)(?:안|못)\s|않|없|아니/u],
    ['ar', /(?<!\p{L})(?:لا|ليس|لم|لن|ليست)(?!\p{L})/u],
    // אף alone is 'even' or 'nose': a negator in אף אחד 'nobody', אף פעם 'never'.
    ['he', /(?<!\p{L})(?:לא|אין|אף(?=\s+(?:אחד|אחת|פעם)(?!\p{L})))(?!\p{L})/u],
    // मत is 'opinion' as often as 'don't'; न alone (vowel signs are marks, not letters).
    ['hi', /नहीं|(?<![\p{L}\p{M}])न(?![\p{L}\p{M}])/u],
    ['th', /ไม่/u],
  ]),
);
/**
 * Gladness in those languages, as the English rules leave out a warm word (AFINN 3 or more): a reply
 * that welcomes the parent's news takes it ('Super, dann fahren wir am Sonntag …', 'Qué bien, así
 * podemos …', 'Génial, on prendra …'). Strong words only: the mild 'bien', 'bene', 'bra', 'schön'
 * also describe things in a counter-fact. Under a negator ('gar nicht super') it is no gladness.
 */
const FOREIGN_GLADNESS = /(?<![\p{L}])(?:super|toll|prima|klasse|genial|perfekt|wunderbar|großartig|estupendo|perfecto|excelente|fantástico|qué bien|que bien|menos mal|génial|parfait|formidable|chouette|tant mieux|ottimo|perfetto|fantastico|meno male|ótimo|otimo|perfeito|que bom|geweldig|fantastisch|heerlijk|toppen|underbart|härligt|fantastisk|świetnie|wspaniale|fajnie|отлично|здорово|прекрасно|замечательно|супер|чудово|harika|mükemmel|mantap|keren|hienoa|mahtavaa|skvělé|výborně|szuper|remek|bravo)(?![\p{L}])|太好了|好棒|素晴らしい|よかった|최고/giu;
function gladIn(scan: string): boolean {
  for (const match of scan.matchAll(FOREIGN_GLADNESS)) if (!FOREIGN_NEGATED_BEFORE.test(scan.slice(Math.max(0, match.index - 30), match.index))) return true;
  return false;
}
/** Letters (links and handles aside) a reply needs to state something: 'Danke schön!' does not. */
const STATEMENT_LETTERS = 20;
/** An @handle or #tag, up to a space or a colon: Weibo writes '回复@name:text' with no space after the colon. */
const HANDLE_OR_TAG = /[@#][^\s:：]+/gu;
/** Thanks in the languages the detector names (src/language): the reply takes the parent's word. */
const FOREIGN_THANKS = /(?<![\p{L}])(?:danke|dank\p{L}*|merci|gracias|grazie|obrigad\p{L}*|tack|takk|tak|dzięk\p{L}*|teşekkür\p{L}*|sağ ?ol\p{L}*|terima kasih|makasih|kiitos|спасиб\p{L}*|благодар\p{L}*|дякую|díky|děkuji|ďakujem|köszönöm|mulțumesc|multumesc|hvala)(?![\p{L}])|谢谢|謝謝|感谢|多谢|ありがと|감사|고마/iu;

/**
 * A statement long enough to answer the rebuttal with a counter-fact: five words or more of its own
 * (links, @handles and #tags are no words of it), no thanks, laughter or warm word (AFINN WARM_WORD
 * or more: 'Great, that makes the trip easier', 'I'm glad it's better there' take the rebuttal; the
 * mild 'back', 'free' or 'true' of a counter-fact are no warmth), and English enough to have been read: the
 * detector leaves short replies undetermined ('Não sabia disso, obrigado …'), so an undetermined one
 * needs English function words, as many as of any other language.
 */
function counterStatement(view: TextView, scan: string): boolean {
  const links = [...scan.matchAll(LINK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const words = view.wordsIn(0, SCAN_LIMIT).filter((w) => !/^[@#]/u.test(w.lower) && !links.some((l) => w.start < l.end && w.end > l.start));
  if (words.length < COUNTER_STATEMENT_WORDS || words.some((w) => ACKNOWLEDGEMENT.test(w.lower))) return false;
  if (scoreTokens(words, scan).some((t) => t.score >= WARM_WORD)) return false;
  return view.language === 'en' || readsEnglish(words);
}

/** Whether English function words are at least as many as any other language's (as detectLanguage counts them). */
function readsEnglish(words: readonly { lower: string }[]): boolean {
  const counts = new Map<string, number>();
  for (const w of words) countFunctionWord(counts, w.lower);
  const english = counts.get('en') ?? 0;
  return english > 0 && [...counts.values()].every((n) => n <= english);
}

/** Whether the reply has a negator ('not', "doesn't", 'nobody') or a negative word (AFINN), and no thanks. */
function disputes(view: TextView, scan: string): boolean {
  let negative = false;
  for (const token of scoreTokens(view.wordsIn(0, SCAN_LIMIT), scan)) {
    if (token.lower.startsWith('thank')) return false;
    if (token.score < 0 || (isNegator(token.lower) && token.lower !== 'without')) negative = true;
  }
  return negative;
}

/**
 * Negative wording not aimed at the parent's claim: a concession or apology by the writer, a reply
 * that adds to the rebuttal ('And …', 'Also …', 'Even worse'), a change of topic, a shrug.
 */
const NOT_AT_THE_CLAIM = new RegExp(
  [
    String.raw`\b(?:sorry|apolog\w*|oops|whoops|my bad|my mistake|my fault|i stand corrected|fair enough|point taken)\b`,
    String.raw`\bi(?:['’]m| am| was| got| had)?\s+(?:\w+\s+)?(?:wrong|mistaken|misread|misremembered|misunderstood|confused)\b`,
    String.raw`^\W*(?:@\S+\s+)*(?:and|also|plus|even worse|worse still|same|not to mention|anyway|anyways|btw|by the way|speaking of|on another note|off topic|unrelated)\b`,
    String.raw`\b(?:not sure|no idea|dunno|don['’]?t know|who knows)\b`,
    // A closing 'anyway' sets the reply aside from the argument ('My dog would swim across faster anyway.').
    String.raw`\banyway\W*$`,
  ].join('|'),
  'iu',
);

/** The reply's opening sentence past leading @handles: what answers the rebuttal. */
function openingSentence(view: TextView, rule: string): TagFinding | null {
  const scan = scanText(view);
  const sentence = openingSentenceOf(view, scan);
  if (!sentence) return null;
  const start = Math.max(sentence.from, sentence.start);
  const end = Math.min(sentence.end, clipEnd(view.text, start, 160));
  const text = view.text.slice(start, end).trimEnd();
  if (text.length === 0) return null;
  return { text, start, end: start + text.length, rule, source: CODE_SOURCE };
}
