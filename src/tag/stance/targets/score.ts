/**
 * Stance toward named targets, scored. For every mention of a target (name or alias) the evidence
 * near it adds up: evaluative framing within a few words ("the Assad regime", "SAA heroes"), a wish
 * or prayer right before it ("God help Assad and SAA"), and AFINN sentiment of the words around it,
 * with negation flipping both. A caller may also name the target's opponents (favour toward an
 * opponent counts against the target) and each side's vocabulary, whose mere use shows a side:
 * "killing unborn babies" is against legal abortion although its tone near "babies" is negative.
 */
import type { TagFinding, TargetStance } from '../../../schema/index.js';
import { matchCues, type CueMatch } from '../../../text/cues.js';
import { scoreTokens, isNegator, type ScoredToken } from '../../../text/sentiment.js';
import type { WordToken } from '../../../text/tokens.js';
import { lowerBound, type TextView } from '../../../text/view.js';
import type { Segment } from '../../../schema/index.js';
import { AFINN_SOURCE, CODE_SOURCE, sourceId } from '../../sources.js';
import { compileLexicon } from '../../lexicon/index.js';
import { wordKey } from '../../lexicon/compile.js';
import { stanceCues, TARGET_CUES_SOURCE } from '../cues.js';
import { isDictionarySideWord, isProtectedHarmWord, isProtectedSideWord, NAME_CARDS_SOURCE, WORDNET_SIDES_SOURCE } from '../cards/index.js';
import { isFrameWord, toneMask, TONE_COUNTERFACTUAL, TONE_REPORTED, TONE_SKIPPED } from '../clauses.js';
import { lyAdverb, TAG, tagsOf } from '../../clause/words.js';
import { vocabulary } from '../../clause/vocabulary.js';
import { memberNoun, shortPersonNoun } from '../../clause/target-nouns.js';
import { getGroups } from '../../groups/index.js';
import { ROLE } from '../../meaning/index.js';
import { camelTagTone, hashtagSide } from '../hashtags.js';
import { bare, findAllMentions, isMentioned, type CompiledTarget, type Mentions, type NameIndex } from './names.js';

/** Side vocabulary comes with the caller's target. */
const CALLER_TARGETS_SOURCE = sourceId('custom-targets', undefined);

/** Words either side of a mention that framing and sentiment may come from. */
const FRAME_REACH = 4;
const SENTIMENT_REACH = 5;
/** Words allowed between a wish and the name: "God help Assad and SAA", "God bless our brave SAA". */
const WISH_REACH = 4;
const LABEL_AT = 1;
/**
 * A short text (a tweet, a one-line comment) that names the target is one utterance about it: any
 * net evaluative evidence already states a side (its confidence stays near 0.5), so the bar only
 * keeps evidence that cancels out from counting. Chosen on the SemEval tune tweets: F_avg 0.412 at
 * 0.3, 0.420 at 0.1-0.15, 0.422 at 0.05, flat below.
 */
const LABEL_AT_SHORT = 0.05;
const MAX_TEXT = 20_000;
const MAX_MENTIONS = 40;
const SENTENCE_WEIGHT = 0.5;
const SHORT_TEXT = 280;
const HASHTAG_WEIGHT = 1.0;
/** One side's word, counted once per distinct word. */
const VOCABULARY_WEIGHT = 0.6;
/**
 * A dictionary word for whom a side protects ("fetus", "unborn") counts half: naming them leans to
 * the side that protects them, but less surely than the side's own name ("A fetus is not a person.
 * #prochoice" is for legal abortion). A caller's word counts in full.
 */
const PROTECTED_WEIGHT = 0.3;
/** The most confidence a reading gets whose only reference to the target is an unnamed pronoun or whom its cause is for. */
const INDIRECT_CONFIDENCE = 0.5;
/**
 * Naming the whole subject of a concern target as a thing that acts or is acted on ("where
 * climate change is taking its toll", "a conference on climate change") presupposes it is real:
 * a weak vote for the concern, outweighed by any denial ("a myth", "#scam"). Chosen on the SemEval
 * tune tweets (see the rule's table test); a long text needs more than this to reach its bar.
 */
const PRESUPPOSED_WEIGHT = 0.3;
/** How much an irony marker takes off the label's confidence. */
const IRONY_DOUBT = 0.2;


/**
 * Each side's words present in the text, one vote per distinct word and side ("no God" votes for
 * the other side). `spans` are the token keys used, so tone scoring skips them.
 */
function scoreVocabulary(context: TextContext, found: Mentions, callerWords: ReadonlySet<string>): MentionScore & { spans: string[] } {
  const result = { score: 0, evidence: [] as TagFinding[], spans: [] as string[] };
  const harm = (word: string) => isProtectedHarmWord(word) && !callerWords.has(word);
  // Killing and murder are everyday words: in a text that names neither the target nor a side word
  // of its own, a harm a thing does ("the storm killed 12") is no vote, and the rest together are one weak vote.
  const named = found.own.length + found.opponents.length + found.rivals.length > 0 || [...found.favor, ...found.against].some(([first, last]) => !harm(context.bareWords.slice(first, last + 1).join(' ')));
  let unnamedHarm = false;
  for (const [side, ranges] of [['favor', found.favor], ['against', found.against]] as const) {
    const seen = new Set<string>();
    for (const [first, last] of ranges.slice(0, MAX_MENTIONS)) {
      for (let k = first; k <= last; k++) result.spans.push(tokenKey(context.tokens[k]!));
      // Someone else's side word ("he says the unborn have rights") is not the writer's.
      if (context.toneCounts[first] === TONE_REPORTED) continue;
      const word = context.bareWords.slice(first, last + 1).join(' ');
      if (seen.has(word) || (harm(word) && !named && (unnamedHarm || thingActs(context, first)))) continue;
      seen.add(word);
      unnamedHarm ||= harm(word) && !named;
      // "Please don't kill her" still pleads for the protected: a harm word keeps its side under a
      // negator, except one that denies it is harm ("abortion is not murder").
      const flipped = harm(word) ? copulaNegatedBefore(context, first) : negatedBefore(context, first);
      const sign = (side === 'favor' ? 1 : -1) * (flipped ? -1 : 1);
      const weak = (harm(word) && !named) || (isProtectedSideWord(word) && !callerWords.has(word));
      result.score += sign * (weak ? PROTECTED_WEIGHT : VOCABULARY_WEIGHT);
      const start = context.tokens[first]!.start;
      const end = context.tokens[last]!.end;
      result.evidence.push({ text: context.text.slice(start, end), start, end, rule: `vocabulary${flipped ? '-negated' : ''}.${sign > 0 ? 'favor' : 'against'}`, source: wordSource(word, callerWords) });
    }
  }
  return result;
}

/** Words between a verb and its subject that do not say who acts: modals and auxiliaries, negators, adverbs, relatives. */
const NOT_THE_ACTOR = TAG.modal | TAG.do | TAG.neg | TAG.adv | TAG.relative;

/**
 * Whether the harm word at k is a verb done by a thing ("The storm killed 12 people", "Cancer
 * kills millions", "a virus that killed them"): a finite form (-ed, -s) whose subject, the first
 * word before it past auxiliaries, adverbs and relatives, is a noun that names no one (not a
 * person or group noun, not a name): it follows a determiner, one adjective allowed between, or
 * opens the sentence and is known to the vocabulary as a thing. A harm done by people or with no subject ("Killing babies
 * is wrong", "to kill", "the murder of") is a moral act; one a storm or a disease does is an event.
 * Read only where nothing else in the text names the target or its side.
 */
function thingActs(context: TextContext, k: number): boolean {
  if (!/(?:ed|[^r]s)$/u.test(context.tokens[k]!.lower)) return false;
  const sentenceStart = context.sentenceStart[context.sentenceOf[k]!] ?? 0;
  for (let j = k - 1; j >= sentenceStart; j--) {
    const token = context.tokens[j]!;
    const key = token.lower.replace(/['\u2019]/gu, '');
    const tags = tagsOf(key);
    // "were killed", "have been aborted": a passive's subject is who suffers the harm, not who does it.
    if ((tags & TAG.be) !== 0) return false;
    if ((tags & NOT_THE_ACTOR) !== 0 || lyAdverb(key)) continue;
    if (tags !== 0 || !/^\p{L}/u.test(token.text) || namesPeople(key)) return false;
    // With no determiner, only a word the vocabulary knows as a thing ("Cancer kills millions"): an
    // unknown opening word may be a person's name ("Obama kills babies", "Gosnell killed …").
    if (j === sentenceStart) return knownThing(key);
    // A name inside the sentence may be anyone's; a noun follows its determiner ("the storm", "a deadly virus").
    if (/^\p{Lu}/u.test(token.text)) return false;
    return [j - 1, j - 2].some((d) => d >= sentenceStart && (tagsOf(context.tokens[d]!.lower) & TAG.det) !== 0);
  }
  return false;
}

/** A word the vocabulary knows in a class other than people (disease, ruin, harm: "cancer", "flood"). */
function knownThing(key: string): boolean {
  return ((vocabulary().words.get(key)?.roles ?? 0) & ~ROLE.person) !== 0;
}

/** A person noun ("doctors"), a relative or member ("mom"), or a group's noun ("Democrats", "women"). */
function namesPeople(key: string): boolean {
  const groups = getGroups();
  return ((vocabulary().words.get(key)?.roles ?? 0) & ROLE.person) !== 0 || memberNoun(key) || shortPersonNoun(key) || groups.personNouns.has(key) || groups.nouns.has(key);
}

/**
 * Another person's campaign tags (#Bernie2016) back a rival of a person target: one side word's
 * weight against the target per distinct tag, like the card's own "#StopHillary".
 */
function scoreRivals(context: TextContext, ranges: [number, number][]): MentionScore {
  const result: MentionScore = { score: 0, evidence: [] };
  const seen = new Set<string>();
  for (const [first] of ranges.slice(0, MAX_MENTIONS)) {
    const token = context.tokens[first]!;
    if (seen.has(context.bareWords[first]!)) continue;
    seen.add(context.bareWords[first]!);
    result.score -= VOCABULARY_WEIGHT;
    result.evidence.push({ text: token.text, start: token.start, end: token.end, rule: 'rival-campaign.against', source: CODE_SOURCE });
  }
  return result;
}

const NO_SCORE: MentionScore = { score: 0, evidence: [] };

/**
 * A concern target's whole subject named in a statement (not asked, not someone else's words, not
 * in a text with an irony marker, where deniers repeat the name to mock it): once per text. The
 * target's own full name written as a title ("Climate Change is a Real Concern" as a heading, a
 * topic label or a list item) names the claim under debate, like a name in quotation marks: it
 * presupposes nothing. The same words in a sentence ("climate change is a real concern, we must
 * act") are the writer's own claim.
 */
function scorePresupposed(context: TextContext, ranges: [number, number][], target: CompiledTarget): MentionScore {
  const subject = target.concernSubject;
  if (subject === '' || context.irony.length > 0) return NO_SCORE;
  for (const [first, last] of ranges.slice(0, MAX_MENTIONS)) {
    const named = context.bareWords.slice(first, last + 1).join('');
    if (!named.includes(subject) || (named === target.nameKey && titleCased(context.tokens, first, last))) continue;
    if (context.asked[context.sentenceOf[first]!] === 1 || context.toneCounts[first] === TONE_REPORTED) continue;
    const start = context.tokens[first]!.start;
    const end = context.tokens[last]!.end;
    if (inQuotes(context.text, start, end)) continue;
    return { score: PRESUPPOSED_WEIGHT, evidence: [{ text: context.text.slice(start, end), start, end, rule: 'concern-presupposed.favor', source: CODE_SOURCE }] };
  }
  return NO_SCORE;
}

/** Title Case: a word after the first is capitalised, and not as shouting in capitals ("Climate Change is a Real Concern"). */
function titleCased(tokens: TextContext['tokens'], first: number, last: number): boolean {
  return tokens.slice(first + 1, last + 1).some((token) => /^\p{Lu}\p{Ll}/u.test(token.text));
}

const OPEN_QUOTE = /["'\u201c\u2018]\s*$/u;
const CLOSE_QUOTE = /^[.,!?;:]?["'\u201d\u2019]/u;

/** A name in quotation marks is mentioned, not used ('every bit of smoke is now "climate change."'): it presupposes nothing. */
function inQuotes(text: string, start: number, end: number): boolean {
  return OPEN_QUOTE.test(text.slice(Math.max(0, start - 2), start)) && CLOSE_QUOTE.test(text.slice(end, end + 2));
}

/** Where a side word came from: the caller's card, the dictionary (WordNet) or the name-card patterns. */
function wordSource(word: string, callerWords: ReadonlySet<string>): string {
  if (callerWords.has(word)) return CALLER_TARGETS_SOURCE;
  return isDictionarySideWord(word) ? WORDNET_SIDES_SOURCE : NAME_CARDS_SOURCE;
}

function tokenKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}

/** Favour toward an opponent is evidence against the target, and the reverse. */
function towardOpponent(finding: TagFinding): TagFinding {
  const flipped = finding.rule.endsWith('.favor') ? finding.rule.replace(/\.favor$/u, '.against') : finding.rule.replace(/\.against$/u, '.favor');
  return { ...finding, rule: `opponent-${flipped}` };
}

/** A cue match placed on the token grid, so distances and sentences are O(1) lookups. */
interface PlacedCue extends CueMatch {
  firstToken: number;
  lastToken: number;
  sentence: number;
}

interface TextContext {
  text: string;
  tokens: ScoredToken[];
  /** Lower-cased words without #/@ and possessive 's, for name matching. */
  bareWords: string[];
  /** Sentence index of each token. */
  sentenceOf: number[];
  /** First token index of each sentence, plus the token count at the end. */
  sentenceStart: number[];
  frames: PlacedCue[];
  wishes: PlacedCue[];
  /** Irony markers anywhere in the text. */
  irony: CueMatch[];
  /** Whether and how a word's tone counts (clauses.ts): not a comparison "like", not inside an if-clause, turned around in a counterfactual one. */
  toneCounts: Uint8Array;
  /**
   * Weight of praise: 1, or the irony marker's weight when the text carries one. (Praise near a
   * mention is weaker evidence than blame on the SemEval tune tweets, a third right against nine
   * in ten, but weighting it down everywhere lowered tune F_avg: the weight applies under irony only.)
   */
  praise: number;
  /** 1 for each sentence asked rather than asserted (it ends in "?"). */
  asked: Uint8Array;
}

function analyseText(text: string, words: readonly WordToken[], bareWords: string[], sentences: readonly Segment[]): TextContext {
  const tokens = scoreTokens(words, text);
  // "#ShameOnYou", "#LoveWins": a tweet's hashtags carry its tone as much as its words do.
  for (const token of tokens) if (token.score === 0 && token.text.startsWith('#')) token.score = camelTagTone(token.text);
  const sentenceOf: number[] = [];
  const sentenceStart: number[] = [];
  let s = 0;
  tokens.forEach((token, k) => {
    while (s < sentences.length - 1 && token.start >= sentences[s]!.end) s++;
    while (sentenceStart.length <= s) sentenceStart.push(k);
    sentenceOf.push(s);
  });
  sentenceStart.push(tokens.length);
  const place = (match: CueMatch): PlacedCue => {
    const firstToken = lowerBound(tokens, (t) => t.start >= match.start);
    const lastToken = lowerBound(tokens, (t) => t.end > match.end) - 1;
    return { ...match, firstToken, lastToken, sentence: sentenceOf[firstToken] ?? -1 };
  };
  const byStart = (a: CueMatch, b: CueMatch) => a.start - b.start;
  const irony = matchCues(stanceCues().irony, text);
  return {
    text,
    tokens,
    bareWords,
    sentenceOf,
    sentenceStart,
    frames: matchCues(stanceCues().frames, text).sort(byStart).map(place),
    wishes: matchCues(stanceCues().wishes, text).sort(byStart).map(place),
    irony,
    toneCounts: toneMask(tokens, text),
    praise: irony.length > 0 ? irony[0]!.cue.weight : 1,
    asked: askedSentences(text, sentences),
  };
}

/**
 * A question asks rather than asserts: praise inside one ("name one of her accomplishments?",
 * "how can she live with herself?") is mostly a challenge, while blame inside one ("why is she so
 * corrupt?") still blames. A question that only asks the reader to agree asserts its statement:
 * a tag after it ("…, right?", "…, isn't she?") or a rhetorical thinker ("who else thinks …",
 * "does anyone else …", "am I the only one who …": the shape clause/checks.ts reads as the speaker's).
 */
function askedSentences(text: string, sentences: readonly Segment[]): Uint8Array {
  const asked = new Uint8Array(sentences.length);
  sentences.forEach((sentence, s) => {
    if (!/\?[\s"'”’)]*$/u.test(text.slice(Math.max(sentence.start, sentence.end - 4), sentence.end))) return;
    const words = text.slice(sentence.start, sentence.end);
    if (!AGREEMENT_TAG.test(words) && !RHETORICAL_THINKER.test(words)) asked[s] = 1;
  });
  return asked;
}

const AUX = "(?:is|was|are|were|do|does|did|has|have|had|can|could|would|will|should|wo|ca)";
/** A statement's closing tag that asks agreement: ", right?", ", isn't she?", ", don't you think?". */
const AGREEMENT_TAG = new RegExp(
  `[,;–—-]\\s*(?:right|correct|true|no|eh|yeah|agreed|${AUX}n[’']?t\\s+(?:she|he|they|it|we|you|i|that|this|there)(?:\\s+(?:think|agree))?)\\s*[?!]+[\\s"'”’)]*$`,
  'iu',
);
/** An opener whose thinker is the speaker: "Who else thinks …", "Does anyone else …", "Am I the only one who …". */
const RHETORICAL_THINKER = /^[\s"'“‘(]*(?:(?:so|and|but|ok|okay)[\s,]+)?(?:who\s+else|(?:(?:does|do|did|is|has|can|will|would)\s+)?(?:any|some|every)(?:one|body)\s+else|am\s+i\s+the\s+only\s+one)\b/iu;

/** The cues whose tokens lie within `reach` tokens of [first, last]. */
function cuesNear(cues: PlacedCue[], first: number, last: number, reach: number): PlacedCue[] {
  const from = lowerBound(cues, (c) => c.lastToken >= first - reach - 1);
  const out: PlacedCue[] = [];
  for (let i = from; i < cues.length && cues[i]!.firstToken <= last + reach + 1; i++) out.push(cues[i]!);
  return out;
}


interface MentionScore {
  score: number;
  evidence: TagFinding[];
}

function scoreMentions(context: TextContext, ranges: [number, number][], names: NameIndex, concern: boolean, used: Set<string>, stems: readonly string[], person = false): MentionScore {
  const result: MentionScore = { score: 0, evidence: [] };
  // Each mention scores its sentence; past a few dozen mentions more evidence adds nothing and,
  // in a text with no sentence breaks, would rescan the same long sentence every time.
  for (const [first, last] of ranges.slice(0, MAX_MENTIONS)) {
    const local = scoreMention(context, first, last, used, concern, names.forms, stems, person);
    result.score += local.score;
    result.evidence.push(...local.evidence);
  }
  return result;
}


function scoreMention(
  context: TextContext,
  first: number,
  last: number,
  used: Set<string>,
  concern: boolean,
  forms: string[][],
  stems: readonly string[],
  person: boolean,
): { score: number; evidence: TagFinding[] } {
  const { tokens, sentenceOf } = context;
  const sentence = sentenceOf[first]!;
  let score = 0;
  const evidence: TagFinding[] = [];
  const once = (match: { start: number; end: number }) => {
    const key = `${match.start}:${match.end}`;
    if (used.has(key)) return false;
    used.add(key);
    return true;
  };
  const covered: [number, number][] = [];
  for (const cue of [...framesAround(context, first, last), ...wishesBefore(context, first)]) {
    covered.push([cue.start, cue.end]);
    if (!once(cue)) continue;
    const vote = cueVote(context, cue);
    score += vote.score;
    evidence.push(vote.finding);
  }
  // Sentiment of nearby words not already counted as a cue, nearer words weighing more.
  for (let k = Math.max(0, first - SENTIMENT_REACH); k <= Math.min(tokens.length - 1, last + SENTIMENT_REACH); k++) {
    const token = tokens[k]!;
    if ((k >= first && k <= last) || token.score === 0 || sentenceOf[k] !== sentence) continue;
    if (!toneCounts(context, k, stems) || covered.some(([a, b]) => token.start >= a && token.end <= b)) continue;
    if (!once(token)) continue;
    const distance = k < first ? first - k - 1 : k - last - 1;
    const weight = (tone(context, k, concern) / 3) * (distance <= 3 ? 1 : 0.6);
    score += weight;
    const rule = concern ? 'sentiment-concern' : context.toneCounts[k] === TONE_COUNTERFACTUAL ? 'sentiment-counterfactual' : `sentiment-afinn${token.negated ? '-negated' : ''}`;
    evidence.push({ text: token.text, start: token.start, end: token.end, rule: `${rule}.${weight > 0 ? 'favor' : 'against'}`, source: AFINN_SOURCE });
  }
  // "#prolife", "#ReadyForHillary": a tag built on a side's name usually takes a side; its other words say which.
  // A person's bare name ("#Hillary") is a mention: critics tag a politician as often as supporters.
  const tag = tokens[first]!;
  // Nor are a doctrine's holders named as a group ("#feminists", "#atheists"): that is how their critics tag them.
  const side = first === last && tag.text.startsWith('#') ? hashtagSide(tag.text, taggedName(context.bareWords[first]!, forms), !person && !HOLDERS.test(context.bareWords[first]!)) : null;
  if (side && once({ start: tag.start, end: tag.end + 0.5 })) {
    score += side === 'against' ? -HASHTAG_WEIGHT * 2 : HASHTAG_WEIGHT;
    evidence.push({ text: tag.text, start: tag.start, end: tag.end, rule: `hashtag-side.${side}`, source: CODE_SOURCE });
  }
  if (score === 0 || evidence.every((e) => e.rule.startsWith('hashtag-side'))) {
    const fallback = sentenceFallback(context, sentence, first, last, once, concern, stems);
    return { score: score + fallback.score, evidence: [...evidence, ...fallback.evidence] };
  }
  return { score, evidence };
}

/** Framing within a few words of the mention [first, last], in its sentence, other than the name itself. */
function framesAround(context: TextContext, first: number, last: number): PlacedCue[] {
  const sentence = context.sentenceOf[first]!;
  return cuesNear(context.frames, first, last, FRAME_REACH).filter((frame) => {
    const distance = frame.lastToken < first ? first - frame.lastToken - 1 : frame.firstToken > last ? frame.firstToken - last - 1 : null;
    return distance !== null && distance <= FRAME_REACH && frame.sentence === sentence;
  });
}

/** Wishes and prayers that end a few words before the mention, in its sentence ("God help Assad"). */
function wishesBefore(context: TextContext, first: number): PlacedCue[] {
  const sentence = context.sentenceOf[first]!;
  const startOff = context.tokens[first]!.start;
  return cuesNear(context.wishes, first, first, WISH_REACH + 8).filter((wish) => wish.end <= startOff && wish.sentence === sentence && first - wish.lastToken - 1 <= WISH_REACH);
}

/**
 * A frame's or wish's vote: its side at its weight, turned around by a negator before it ("not
 * voting for Hillary", "never support", "not terrorists").
 */
function cueVote(context: TextContext, cue: PlacedCue): { score: number; finding: TagFinding } {
  const mocked = mockedEndorsers(context, cue);
  const sign = (cue.cue.label === 'favor' ? 1 : -1) * (negatedBefore(context, cue.firstToken) || mocked ? -1 : 1);
  const id = mocked ? 'mocked-endorsement' : cue.cue.id;
  const finding = { text: cue.text, start: cue.start, end: cue.end, rule: `${id}.${sign > 0 ? 'favor' : 'against'}`, source: TARGET_CUES_SOURCE };
  return { score: sign * cue.cue.weight, finding };
}

/** Words before an endorsement in which its endorsers may be named. */
const ENDORSER_REACH = 6;
/** A determiner or "you" before an insult makes it a name for people ("you idiots", "the sheeple", "a idiot"), not a judgement of an act ("stupid to"). */
const PEOPLE_DETERMINER = /^(?:you|the|a|an|these|those|all|some|such|other|fellow|u)$/u;

/**
 * Between the people named and the endorsement: a clause break, a "but", or a first-person subject
 * ("Sorry you idiots, I'm voting for her", "the trolls hate her, but I'm voting", "the morons know I
 * will vote") makes the writer the endorser, and the insult aims at the other side.
 */
const OWN_ENDORSEMENT_BETWEEN = /[,;:—–]|\s-\s|\b(?:but|i|i'm|i’m|im|we|we're|we’re|me|my|us|our|let's|let’s)\b/iu;

/**
 * "you idiots are going to vote for her", "the sheeple will still vote for her", "You're an idiot
 * if you vote for her": an endorsement whose endorsers the writer calls names (an insult of the word
 * lexicon after a determiner, a few words before it in its sentence and clause, with no first-person
 * subject between) is mocked: it counts for the other side.
 */
function mockedEndorsers(context: TextContext, cue: PlacedCue): boolean {
  if (cue.cue.label !== 'favor' || !cue.cue.id.startsWith('wish-')) return false;
  const sentenceStart = context.sentenceStart[cue.sentence] ?? 0;
  const from = Math.max(sentenceStart + 1, cue.firstToken - ENDORSER_REACH);
  for (let k = from; k < cue.firstToken; k++) {
    const token = context.tokens[k]!;
    if (!isInsultWord(token.lower) || !PEOPLE_DETERMINER.test(context.tokens[k - 1]!.lower)) continue;
    if (!OWN_ENDORSEMENT_BETWEEN.test(context.text.slice(token.end, cue.start))) return true;
  }
  return false;
}

function isInsultWord(lower: string): boolean {
  return compileLexicon().single.get(wordKey(lower))?.entry.kind === 'insult';
}

/**
 * Nothing near the mention: in a short text the whole sentence's tone still says something about
 * the target it names, at half weight.
 */
function sentenceFallback(
  context: TextContext,
  sentence: number,
  first: number,
  last: number,
  once: (span: { start: number; end: number }) => boolean,
  concern: boolean,
  stems: readonly string[],
): { score: number; evidence: TagFinding[] } {
  let score = 0;
  const evidence: TagFinding[] = [];
  // A short text (a tweet, a one-line comment) is one utterance: its whole tone counts.
  const whole = context.text.length <= SHORT_TEXT;
  const from = whole ? 0 : (context.sentenceStart[sentence] ?? 0);
  const to = whole ? context.tokens.length : (context.sentenceStart[sentence + 1] ?? context.tokens.length);
  for (let k = from; k < to; k++) {
    const token = context.tokens[k]!;
    if ((k >= first && k <= last) || token.score === 0 || !toneCounts(context, k, stems) || !once(token)) continue;
    const weight = (tone(context, k, concern) / 3) * SENTENCE_WEIGHT;
    score += weight;
    evidence.push({ text: token.text, start: token.start, end: token.end, rule: `sentiment-sentence.${weight > 0 ? 'favor' : 'against'}`, source: AFINN_SOURCE });
  }
  return { score, evidence };
}

/** A doctrine's holders in the plural, the whole tag ("feminists", "atheists"). */
const HOLDERS = /^\p{L}+ists$/u;

/** The longest one-word form inside a hashtag's word: "#hillaryclinton" holds both "hillary" and "hillaryclinton". */
function taggedName(word: string, forms: string[][]): string {
  let best = '';
  for (const form of forms) if (form.length === 1 && form[0]!.length > best.length && word.includes(form[0]!)) best = form[0]!;
  return best;
}

/** For a concern target any strong feeling about it agrees that it matters; elsewhere praise counts at the text's praise weight. */
function tone(context: TextContext, k: number, concern: boolean): number {
  const score = context.toneCounts[k] === TONE_COUNTERFACTUAL ? -context.tokens[k]!.score : context.tokens[k]!.score;
  if (concern) return Math.abs(score);
  if (score > 0 && context.asked[context.sentenceOf[k]!] === 1) return 0;
  return score > 0 ? score * context.praise : score;
}

/** Whether the tone of word k is the writer's evaluation (clauses.ts) and not a word of the target's frame. */
function toneCounts(context: TextContext, k: number, stems: readonly string[]): boolean {
  return context.toneCounts[k] !== TONE_SKIPPED && !isFrameWord(context.tokens[k]!.lower, stems);
}

/**
 * "not terrorists", "no heroes": a negator in the two words before the cue, in the same clause.
 * "No, unborn babies are people" and "No. Unborn babies…" answer something else; they do not negate.
 */
function negatedBefore(context: TextContext, k: number): boolean {
  const word = context.tokens[k];
  if (!word) return false;
  return [k - 1, k - 2].some((j) => {
    const negator = context.tokens[j];
    if (!negator || !isNegator(negator.lower)) return false;
    return !/[,.;:!?…–—]/u.test(context.text.slice(negator.end, word.start));
  });
}

/** A negator before word k that follows a copula ("is not murder", "isn't killing", "it's not murder"): the text denies what k names. */
function copulaNegatedBefore(context: TextContext, k: number): boolean {
  if (!negatedBefore(context, k)) return false;
  return [k - 1, k - 2].some((j) => {
    const negator = context.tokens[j];
    if (!negator || !isNegator(negator.lower)) return false;
    if (/^(?:is|are|was|were|ai)n['\u2019]?t$/u.test(negator.lower)) return true;
    const before = context.tokens[j - 1]?.lower.replace(/['\u2019]/gu, '') ?? '';
    return (tagsOf(before) & TAG.be) !== 0 || /['\u2019]s$/u.test(context.tokens[j - 1]?.lower ?? '');
  });
}

/** The stance of the text toward each target, in the order given. */
export function stanceToTargets(view: TextView, normal: readonly CompiledTarget[]): TargetStance[] {
  if (normal.length === 0) return [];
  // Stance toward a target shows near its mentions; a huge text is cut so cost stays bounded.
  const text = view.text;
  const clipped = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  const tokens = view.wordsIn(0, MAX_TEXT);
  const bareWords = tokens.map((t) => bare(t.lower));
  const mentions = normal.map((t) => findAllMentions(tokens, bareWords, t, clipped));
  // Most comments name none of the targets: skip sentence and cue analysis for them.
  if (!mentions.some(isMentioned)) return normal.map((t) => ({ target: t.name, label: 'none' as const, confidence: 0.7, evidence: [] }));
  const context = analyseText(clipped, tokens, bareWords, view.sentencesUpTo(MAX_TEXT));
  const bar = clipped.length <= SHORT_TEXT ? LABEL_AT_SHORT : LABEL_AT;
  return normal.map((target, i) => {
    const found = mentions[i]!;
    const words = scoreVocabulary(context, found, target.callerWords);
    // A side's word already counted by its use is not counted again as tone near a name.
    const own = scoreMentions(context, found.own, target.forms, target.concern, new Set(words.spans), target.frameStems, target.person);
    const opposed = scoreMentions(context, found.opponents, target.opponents, false, new Set(words.spans), target.frameStems);
    const rivals = scoreRivals(context, found.rivals);
    const presupposed = target.concern ? scorePresupposed(context, found.own, target) : NO_SCORE;
    const score = own.score - opposed.score + words.score + rivals.score + presupposed.score;
    const evidence = [...own.evidence, ...opposed.evidence.map(towardOpponent), ...words.evidence, ...rivals.evidence, ...presupposed.evidence].sort((a, b) => a.start - b.start);
    const label = score >= bar ? 'favor' : score <= -bar ? 'against' : 'none';
    const sure = label === 'none' ? (isMentioned(found) ? 0.5 : 0.7) : Math.min(0.95, 0.5 + Math.abs(score) / 8);
    // Sarcasm may turn any reading around: it lowers confidence, it does not flip the label.
    const doubted = label !== 'none' && context.irony.length > 0 ? Math.max(0.3, sure - IRONY_DOUBT) : sure;
    // A pronoun in a text that names no one is taken to be the target, what is said of women
    // speaks to feminism, and a side's words ("unborn", "#prolife") speak to a target the text
    // never names: likely, never sure.
    const unnamed = label !== 'none' && found.own.length === 0 && found.opponents.length === 0;
    const confidence = found.byPronounOnly || found.byIndirectOnly || unnamed ? Math.min(doubted, INDIRECT_CONFIDENCE) : doubted;
    return {
      target: target.name,
      label,
      confidence: Math.round(confidence * 100) / 100,
      evidence: label === 'none' ? [] : evidence.filter((f) => f.rule.endsWith(`.${label}`)),
    };
  });
}

