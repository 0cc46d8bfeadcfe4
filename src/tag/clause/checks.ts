/**
 * What a frame match must also pass to count: the words are the speaker's own (not quoted, not
 * reported from someone else), not denied, felt by the speaker, not a hypothetical. Each check
 * reads the units around the match; none looks past the match's sentence.
 */
import type { Unit } from './view.js';
import { TAG, tagsOf } from './words.js';
import { wordLists } from '../word-lists.js';
import listsJson from './data/lists.json';

/** Words after a negator that make it no negation: "nothing but", "no better than", "not just". */
// "can not wait to …" is eagerness, not denial.
const NOT_NEGATING_NEXT = new Set(['but', 'better', 'more', 'less', 'worse', 'different', 'just', 'only', 'even', 'longer', 'wait']);
/** After a negator these rank only when "than" follows at once ("no better than", "nothing more than"). */
const COMPARATIVES = new Set(['better', 'more', 'less', 'worse']);
/** Units looked back for a reporting verb. */
const REPORT_REACH = 10;

export function anyQuoted(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units[k]!.quoted) return true;
  return false;
}

/** A negator between two units ("women are not vermin", "I don't hate …"), "nothing but" aside. */
export function negatedBetween(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const u = units[k]!;
    if (!(u.tags & TAG.neg)) continue;
    if (u.key === 'no' || u.key === 'nothing' || u.key === 'not') {
      const next = units[k + 1]?.key ?? '';
      // "no better than vermin" ranks; "no more criminal than anyone" denies.
      if (COMPARATIVES.has(next) ? units[k + 2]?.key === 'than' : NOT_NEGATING_NEXT.has(next)) continue;
    }
    if (u.key === 'not' && invertedQuestion(units, k)) continue;
    return true;
  }
  // "anything but vile": denial without a negator word.
  for (let k = from; k + 1 < to; k++) if (units[k]!.key === 'anything' && units[k + 1]!.key === 'but') return true;
  return false;
}

const AUXILIARY = TAG.be | TAG.do | TAG.modal;
const PRONOUN = TAG.first | TAG.second | TAG.third;

/**
 * "Isn't it …", "Is it not …", "Don't you think …": a negated question asks the listener to agree,
 * it denies nothing.
 */
function invertedQuestion(units: readonly Unit[], k: number): boolean {
  const prev = units[k - 1];
  const next = units[k + 1];
  if (prev && prev.tags & AUXILIARY && next && next.tags & PRONOUN && !(next.tags & TAG.det && units[k + 2]?.tags === 0)) return clauseStart(units, k - 1);
  const prev2 = units[k - 2];
  return prev !== undefined && (prev.tags & PRONOUN) !== 0 && prev2 !== undefined && (prev2.tags & AUXILIARY) !== 0 && clauseStart(units, k - 2);
}

/** The unit opens its clause, or follows a question word ("why isn't it …"). */
function clauseStart(units: readonly Unit[], k: number): boolean {
  const prev = units[k - 1];
  return !prev || prev.sentence !== units[k]!.sentence || units[k]!.pause || QUESTION_WORDS.has(prev.key);
}
const QUESTION_WORDS = new Set(['why', 'how', 'what', 'who', 'when', 'where', 'so', 'but', 'and', 'well', 'seriously', 'honestly']);

/** A pause or "but" after unit `verb` and up to unit `to`: the verb's clause has ended. */
function clauseBreakBetween(units: readonly Unit[], verb: number, to: number): boolean {
  for (let k = verb + 1; k <= to && k < units.length; k++) if (units[k]!.pause || units[k]!.key === 'but') return true;
  return false;
}

const NEGATIVE_PRONOUNS = new Set(['nobody', 'noone', 'none']);
/** Quantifiers that stand for people when they open their clause: "Some see …", "Many think …", "Others say …". */
const QUANTIFIER_PRONOUNS = new Set(['some', 'many', 'most', 'few', 'several', 'others']);

/** A quantifier standing alone as the subject ("Some see immigrants as …"), not a determiner ("I have some hatred …"). */
export function quantifierSubject(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  if (!QUANTIFIER_PRONOUNS.has(u.key)) return false;
  if (u.key === 'others') return true;
  const prev = units[k - 1];
  return prev === undefined || prev.sentence !== u.sentence || u.pause || (prev.tags & TAG.conj) !== 0;
}
/** The clause rules' word lists (data/lists.json). */
export const clauseLists = wordLists(listsJson, ['refusing', 'stopping', 'suffering', 'sparing', 'contest', 'knowing', 'done-to', 'felt-by', 'member-counts']);

/** How far back from a group a relative pronoun may open the clause holding it ("who really hate all Muslims"); read by clause/run.ts and toxicity/dehumanization.ts. */
export const RELATIVE_REACH = 4;
/** Relative pronouns that open a clause after their head noun ("people who …"). */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'which']);

/** A verb of saying, thinking or knowing, whose object is a clause ("realizes immigrants are …"). */
export function takesClause(key: string): boolean {
  return (tagsOf(key) & TAG.report) !== 0 || clauseLists().knowing.has(key);
}

/** A verb of `verbs` just before `at`, "to" between or not: "I refuse to hate …", "stop hating …". */
export function deniedByVerbBefore(units: readonly Unit[], at: number, verbs: ReadonlySet<string>): boolean {
  let k = at - 1;
  if (units[k]?.key === 'to') k--;
  const u = units[k];
  return u !== undefined && !units[k + 1]!.pause && u.sentence === units[at]!.sentence && verbs.has(u.key);
}

const SKIP_TO_SUBJECT = TAG.adv | TAG.modal | TAG.do | TAG.neg | TAG.be | TAG.intent;

/**
 * The subject of the verb at unit `verb`: first person, none (the clause starts there: "Disgusted
 * by …", "Hate all …"), or someone else. Adverbs, auxiliaries and negators are skipped.
 */
export function subjectOf(units: readonly Unit[], verb: number): 'speaker' | 'none' | 'other' {
  const sentence = units[verb]!.sentence;
  // "am I wrong to think …", "I want to say …": an infinitive's subject is the nearest pronoun before it.
  if (units[verb - 1]?.key === 'to') {
    for (let k = verb - 2; k >= 0 && verb - k <= 5 && units[k]!.sentence === sentence; k--) {
      if (units[k]!.tags & TAG.first) return 'speaker';
      if (units[k]!.tags & (TAG.second | TAG.third)) return 'other';
      if (units[k + 1]!.pause) break;
    }
  }
  for (let k = verb - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.sentence !== sentence || units[k + 1]!.pause) return 'none';
    if (u.tags & TAG.first) return 'speaker';
    if (NEGATIVE_PRONOUNS.has(u.key)) return 'other'; // "Nobody thinks …": a subject, not a negator to skip
    if (quantifierSubject(units, k)) return 'other'; // "Some think …": someone else
    if (u.tags & TAG.conj && !(u.tags & TAG.adv)) return 'none';
    if (u.tags & SKIP_TO_SUBJECT && !(u.tags & (TAG.second | TAG.third))) continue;
    return 'other';
  }
  return 'none';
}

/**
 * Said by someone other than the speaker: a reporting verb before the match whose subject is not
 * the speaker ("you said women are …", "people saying …", "Saying that …"), the speaker denying
 * having said it ("I never said …"), or a statement noun introducing it ("posts like …").
 */
export function reported(units: readonly Unit[], from: number): boolean {
  const sentence = units[from]!.sentence;
  for (let k = from - 1; k >= 0 && from - k <= REPORT_REACH; k--) {
    const u = units[k]!;
    if (u.sentence !== sentence) return false;
    // "posts like …", "the claim that …" report; "my view that …" is the speaker's own.
    if (u.tags & TAG['report-noun'] && (units[k + 1]?.key === 'like' || units[k + 1]?.key === 'that' || units[k + 1]?.key === 'about')) return !speakersOwn(units, k);
    // "It's not true that …", "a lie that …": the clause after is denied.
    if (TRUTH.has(u.key) && negatedBetween(units, Math.max(0, k - 3), k)) return true;
    // "I disagree that …", "he denies that …": whoever denies it, nobody asserts it; "who would deny …",
    // "you can't deny …", "there is no denying …" assert it.
    // Only the clause the verb opens is denied: "Muslims reject our values, they are …" denies nothing after.
    if (u.tags & TAG.deny) {
      if (opensDeniedClause(units, k, from)) return !deniedDenial(units, k);
      continue;
    }
    if (!(u.tags & TAG.report)) continue;
    if (askedOfAddressee(units, k)) continue; // "Don't you think …?" asks agreement with the speaker
    if (k > 0 && units[k - 1]!.tags & TAG.be && !u.key.endsWith('ing')) return true; // "I was told …": someone else said it
    if (rhetoricalSubject(units, k)) continue; // "Am I the only one who thinks …", "Who else thinks …"

    const subject = subjectOf(units, k);
    // A denial reaches only the clause its verb opens: "Don't say it, but women are …" still says it.
    const denied = () => negatedBetween(units, Math.max(0, k - 3), k) && !clauseBreakBetween(units, k, from);
    if (subject === 'speaker') return denied() || deniedByVerbBefore(units, k, clauseLists().refusing);
    // No subject: a gerund reports ("Saying that …", "people calling …"); an imperative does not ("Tell me …").
    // "Never say …", "Don't say …": a denied command to say it is no one's statement either.
    if (subject === 'none') return u.key.endsWith('ing') || denied();
    return true;
  }
  return false;
}

/**
 * The thinker of a rhetorical question is the speaker: "who else thinks …", "does anyone else
 * think …", "am I the only one who thinks …".
 */
function rhetoricalSubject(units: readonly Unit[], verb: number): boolean {
  const sentence = units[verb]!.sentence;
  let sawWho = false;
  let sawOne = false; // "the only one who …": "people who say …" is someone else
  for (let k = verb - 1; k >= 0 && verb - k <= 8 && units[k]!.sentence === sentence; k--) {
    const key = units[k]!.key;
    if (key === 'else') return true;
    if (key === 'who' || key === 'that') sawWho = true;
    else if (sawWho && (key === 'one' || key === 'only')) sawOne = true;
    else if (sawWho && sawOne && units[k]!.tags & TAG.first) return true;
    if (units[k + 1]!.pause) return false;
  }
  return false;
}

const SPEAKERS_OWN = new Set(['my', 'our']);

/** "my view that …", "I am of the opinion that …": the statement noun is the speaker's. */
function speakersOwn(units: readonly Unit[], noun: number): boolean {
  if (SPEAKERS_OWN.has(units[noun - 1]?.key ?? '')) return true;
  if (units[noun - 2]?.key !== 'of' || units[noun - 1]?.key !== 'the') return false;
  for (let k = noun - 3; k >= 0 && noun - k <= 5; k--) if (units[k]!.tags & TAG.first) return units[k]!.key === 'i' || units[k]!.key === 'we';
  return false;
}
const TRUTH = new Set(['true', 'correct', 'right', 'fair', 'accurate', 'case']);

/** "Don't you think …", "Do you agree …", "Wouldn't you say …": a question put to the addressee. */
function askedOfAddressee(units: readonly Unit[], verb: number): boolean {
  let k = verb - 1;
  if (((units[k]?.tags ?? 0) & TAG.second) === 0) return false;
  k--;
  if (units[k]?.key === 'not') k--;
  return k >= 0 && (units[k]!.tags & (TAG.do | TAG.modal | TAG.be)) !== 0 && (k === 0 || units[k]!.pause || units[k - 1]!.sentence !== units[k]!.sentence || units[k - 1]!.key === 'but' || units[k - 1]!.key === 'so');
}

/** Nouns a denied clause hangs from: "reject the idea that …". */
const CLAUSE_NOUNS = new Set(['idea', 'notion', 'claim', 'view', 'belief', 'assertion', 'suggestion', 'premise']);

/**
 * A denying verb opens the clause holding the match: "that" within two units after it (past a
 * determiner or a noun like "the idea"), and no pause or conjunction between "that" and the match.
 */
function opensDeniedClause(units: readonly Unit[], verb: number, from: number): boolean {
  for (let j = verb + 1; j < from && j <= verb + 3; j++) {
    const u = units[j]!;
    if (u.pause || u.sentence !== units[verb]!.sentence) return false;
    if (u.key === 'that') {
      for (let m = j + 1; m <= from; m++) if (units[m]!.pause || (m < from && units[m]!.tags & TAG.conj)) return false;
      return true;
    }
    if (!(u.tags & (TAG.det | TAG['report-noun']) || CLAUSE_NOUNS.has(u.key))) return false;
  }
  return false;
}

/** A denial itself denied or asked rhetorically: a negator or "who" just before it. */
function deniedDenial(units: readonly Unit[], verb: number): boolean {
  if (negatedBetween(units, Math.max(0, verb - 3), verb)) return true;
  for (let k = verb - 1; k >= 0 && verb - k <= 3 && units[k]!.sentence === units[verb]!.sentence; k--) if (units[k]!.key === 'who') return true;
  return false;
}

/** Inside an if-clause or a supposition ("if anyone touched her, …", "imagine killing …"). */
export function hypothetical(units: readonly Unit[], from: number): boolean {
  const sentence = units[from]!.sentence;
  for (let k = from; k >= 0; k--) {
    const u = units[k]!;
    if (u.sentence !== sentence) return false;
    if (u.tags & TAG.hypothetical && !(u.key === 'if' && units[k + 1]?.key === 'only')) return true;
    if (u.pause) return false; // the clause starts here
  }
  return false;
}
