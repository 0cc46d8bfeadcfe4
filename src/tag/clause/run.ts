/**
 * Running a frame set over a text and turning matches into spans: the steps the identity-attack
 * and threat taggers share. A match becomes a finding only when its words are the speaker's own
 * (not quoted, not reported) and its frame's checks pass.
 */
import { aimedAtByAct, aimedBy, deityNoun } from './target-nouns.js';
import type { Chunk } from './chunks.js';
import { anyQuoted, clauseLists, deniedByVerbBefore, hypothetical, negatedBetween, quantifierSubject, RELATIVE_REACH, RELATIVES, reported, takesClause } from './checks.js';
import type { CompiledFrame, FrameMatch } from './frames.js';
import type { Target } from './targets.js';
import type { Unit } from './view.js';
import { TAG } from './words.js';
import { ROLE } from '../meaning/index.js';

export interface Located {
  match: FrameMatch;
  frame: CompiledFrame;
  target: Target | undefined;
  /** Units of the predicate (the finding's span) and of the target. */
  predicate: { from: number; to: number };
  units: { from: number; to: number };
}

/** Units of a chunk range. */
function unitRange(chunks: readonly Chunk[], start: number, end: number): { from: number; to: number } {
  return { from: chunks[start]!.from, to: chunks[end - 1]!.to };
}

/** Where a match's parts are: its target (the first target chunk in it), its predicate, its units. */
export function locate(match: FrameMatch, chunks: readonly Chunk[], needsTarget: (t: Target) => boolean): Located | undefined {
  let target: Target | undefined;
  for (let k = match.start; k < match.end && !target; k++) if (chunks[k]!.target && needsTarget(chunks[k]!.target!)) target = chunks[k]!.target;
  const capture = match.captures.pred ?? match.captures.emo ?? match.captures.act;
  let predicate: { from: number; to: number };
  if (capture) predicate = unitRange(chunks, capture.start, capture.end);
  else {
    // No predicate captured: the match without its target.
    const all = unitRange(chunks, match.start, match.end);
    predicate = target && target.from === all.from ? { from: target.to, to: all.to } : target && target.to === all.to ? { from: all.from, to: target.from } : all;
    if (predicate.from >= predicate.to) predicate = all;
  }
  return { match, frame: match.frame, target, predicate, units: unitRange(chunks, match.start, match.end) };
}

const ATTRIBUTED_TO = TAG.second | TAG.third;
const OTHERS = new Set(['some', 'many', 'people', 'others', 'racists', 'bigots', 'them']);

/**
 * The default checks and the frame's own. `wholeGroup`: the finding is about a group as a whole
 * (identity attacks), so counted members ("two of the refugees") or someone the group has ("the
 * god of Muslims") standing first do not give one; a threat against them is still a threat.
 */
export function passes(found: Located, units: readonly Unit[], wholeGroup = true): boolean {
  const { frame, predicate, target } = found;
  const { from, to } = found.units;
  if (anyQuoted(units, from, to)) return false; // quoted: a mention
  if (reported(units, from)) return false; // someone else's words
  if (target && target.from === from && partial(units, from)) return false; // "some immigrants are …" is no generalisation
  if (wholeGroup && target && target.from === from && counted(units, from)) return false; // "one of the refugees is …": one member is
  if (wholeGroup && target && target.from === from && ownedByGroup(units, from)) return false; // "The god of Muslims is …": the god is
  if (target && target.from === from && objectOfWhatComesBefore(units, from, target.to)) return false; // "attacks on immigrants are …": the attacks are
  for (const check of frame.checks) {
    switch (check) {
      case 'not-negated':
        if (negatedBetween(units, negationStart(units, from, target), predicate.from)) return false;
        if (!(target && target.from === from) && deniedAct(units, from)) return false;
        break;
      case 'negated':
        if (!negatedBetween(units, negationStart(units, from, target), predicate.from)) return false;
        break;
      case 'speaker': {
        // "the hatred I have for …": a subject inside the match, before its target, decides first.
        const inside = subjectInside(units, from + 1, target ? target.from : predicate.from);
        if (inside === 'other') return false;
        if (inside === undefined) {
          const who = experiencer(units, from);
          // "Hatred towards gay people is disgusting": nobody's feeling, the subject of a judgement.
          // "… is justified / natural and right" endorses the feeling: still the speaker's attack.
          if (who === 'other' || (who === 'none' && condemnedAfter(units, to))) return false;
        }
        break;
      }
      case 'not-attributed': {
        // "… aren't worth shit to you": the judgement is the addressee's, not the speaker's.
        const next = units[to];
        const who = units[to + 1];
        if (next?.key === 'to' && who && who.sentence === next.sentence && ((who.tags & ATTRIBUTED_TO) !== 0 || OTHERS.has(who.key))) return false;
        break;
      }
      case 'not-hypothetical':
        if (hypothetical(units, from)) return false;
        break;
      case 'clause-start':
        if (!opensClause(units, from)) return false;
        if (condemnedGerund(units, from)) return false; // "Killing immigrants is wrong" commands nothing
        break;
      case 'active-voice':
        if (passive(units, predicate.from)) return false;
        break;
      case 'group-not-harmed':
        if (target && groupHarmed(units, from, target)) return false;
        break;
      case 'no-determiner-before':
        if (determinedBefore(units, from)) return false;
        break;
    }
  }
  return true;
}

/** Determiners and quantifiers that make the noun after them a count of times or things: "every time", "the last time", "no time". */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'some', 'no', 'one', 'another', 'last', 'first', 'next', 'same', 'what', 'whatever', 'whole', 'entire', 'other']);

/** The match's first word follows a determiner or quantifier in its clause: "Every time we …" tells of a time, it calls for nothing. */
function determinedBefore(units: readonly Unit[], from: number): boolean {
  const prev = units[from - 1];
  return prev !== undefined && !units[from]!.pause && prev.sentence === units[from]!.sentence && DETERMINERS.has(prev.key);
}

const HARMED = ROLE['harm-verb'] | ROLE['harm-noun'];

/**
 * The group is the one harmed in the clause after the speaker's own death: "I would rather starve
 * than see refugees go hungry", "… than hurt a refugee" (counter-speech, not an attack).
 */
function groupHarmed(units: readonly Unit[], from: number, target: Target): boolean {
  const { suffering, sparing } = clauseLists();
  const sentence = units[target.from]!.sentence;
  for (let k = target.from - 1; k > from && target.from - k <= 4; k--) {
    if (units[k]!.key === 'than' || units[k]!.key === 'before' || units[k]!.key === 'if') break;
    if (sparing.has(units[k]!.key) || units[k]!.roles & HARMED) return true;
  }
  for (let k = target.to; k < units.length && k - target.to < 4 && units[k]!.sentence === sentence; k++) {
    if (k > target.to && units[k]!.pause) break;
    if (suffering.has(units[k]!.key) || units[k]!.roles & HARMED) return true;
  }
  return false;
}

/** How far before a verb- or noun-first match a negator still governs it ("I don't think I have any hatred"). */
const NEGATION_REACH = 6;

/**
 * Where a negator would deny the match: for a target-first frame, between the target and the
 * predicate, plus a negative determiner just before the target ("No woman deserves …"); for
 * others, back to the clause start (a few words at most).
 */
function negationStart(units: readonly Unit[], from: number, target: Target | undefined): number {
  if (target && target.from === from) return negativeDeterminer(units, from) ? from - 1 : target.to;
  let k = from;
  // "I'm not racist but I hate …": a contrasting "but" starts a new clause the negator does not reach.
  while (k > 0 && from - k < NEGATION_REACH && !units[k]!.pause && units[k - 1]!.sentence === units[from]!.sentence && units[k - 1]!.key !== 'but') k--;
  return k;
}

/** A verb that denies the match's first verb: "I refuse to hate …", "stop hating …". */
function deniedAct(units: readonly Unit[], from: number): boolean {
  const { refusing, stopping } = clauseLists();
  return deniedByVerbBefore(units, from, refusing) || deniedByVerbBefore(units, from, stopping);
}

function negativeDeterminer(units: readonly Unit[], at: number): boolean {
  const prev = units[at - 1];
  return prev !== undefined && !units[at]!.pause && (prev.key === 'no' || prev.key === 'not' || prev.key === 'never' || prev.key === 'none');
}


const HAVE_FEEL = new Set(['have', 'has', 'had', 'feel', 'feels', 'felt', 'got', 'hold', 'holds', 'harbour', 'harbor', 'am', 'im', 'so', 'much', 'such']);

const PARTIAL = new Set(['some', 'few', 'certain', 'several', 'individual', 'particular']);

/** Quantifiers a "not" before them makes partial: "not all Muslims", "not every immigrant". */
const WHOLE = new Set(['all', 'every', 'most', 'each']);

/** A partial quantifier before the target: "some immigrants", "a few Muslims", "certain women", "not all women". */
function partial(units: readonly Unit[], at: number): boolean {
  const prev = units[at - 1];
  if (prev === undefined || units[at]!.pause) return false;
  if (PARTIAL.has(prev.key)) return true;
  const before = units[at - 2];
  return WHOLE.has(prev.key) && before !== undefined && before.key === 'not' && before.sentence === prev.sentence;
}

/** A count of members before the target: "two refugees", "one of the refugees", "none of those migrants". */
function counted(units: readonly Unit[], at: number): boolean {
  const prev = units[at - 1];
  if (prev === undefined || units[at]!.pause) return false;
  return memberCount(prev.key) || partitive(units, at);
}

/** A count of members (member-counts in data/lists.json): "one", "two", "a handful", "none". */
const memberCount = (key: string) => clauseLists()['member-counts'].has(key);

/** The target after a count and "of", a determiner between: "one of the refugees", "a few of those Muslims". */
function partitive(units: readonly Unit[], at: number): boolean {
  let k = at - 1;
  const joined = (j: number) => j >= 0 && !units[j + 1]!.pause && units[j]!.sentence === units[at]!.sentence;
  if (joined(k) && units[k]!.key !== 'of' && units[k]!.tags & TAG.det) k--;
  if (!joined(k) || units[k]!.key !== 'of' || !joined(k - 1)) return false;
  const count = units[k - 1]!.key;
  // "every one of these …", "each one of them": the whole group, one by one.
  if (count === 'one' && joined(k - 2) && (WHOLE.has(units[k - 2]!.key) || units[k - 2]!.key === 'any')) return false;
  return PARTIAL.has(count) || memberCount(count);
}

/** "were ruined (by …)": a past participle after a copula, the group the one it happens to. */
function passive(units: readonly Unit[], verb: number): boolean {
  const key = units[verb]!.key.split(' ')[0]!; // a phrasal verb's form is its first word's ("taking over")
  if (units[verb + 1]?.key === 'by') return true;
  let k = verb - 1;
  while (k >= 0 && units[k]!.tags & TAG.adv) k--;
  return k >= 0 && (units[k]!.tags & TAG.be) !== 0 && !key.endsWith('ing');
}

/**
 * The group at units [from, to) is the object of what comes before it, not the subject of what
 * follows: of an act or feeling aimed at it ("attacks on immigrants are …"), of a gerund or noun
 * before a singular copula ("Attacking Muslims is …"), of a relative clause's verb ("People who
 * hate Muslims are …"). The identity-attack checks and the toxicity dehumanisation pattern both
 * read this one test.
 */
export function objectOfWhatComesBefore(units: readonly Unit[], from: number, to: number): boolean {
  return aimedAtByAct(units, from) || objectBeforeSingularCopula(units, from, to) || insideRelative(units, from);
}

/** Determiners and adjectives that may stand before a group opening its clause ("All these lazy …"). */
const MODIFIER_REACH = 3;
/** Singular copulas: a plural group is not their subject ("Hating refugees is …"). */
const SINGULAR_BE = new Set(['is', 'was']);
/** Plural nouns without -s. */
const IRREGULAR_PLURALS = new Set(['people', 'women', 'men', 'children', 'folk', 'police']);
const plural = (key: string) => IRREGULAR_PLURALS.has(key) || (key.endsWith('s') && !key.endsWith('ss'));

/**
 * A plural group before a singular copula is not its subject when a word other than determiners
 * and adjectives comes before it in its clause: "Attacking Muslims is …", "The way they treat
 * women is …", "The persecution of Jews was …" judge the act. A group opening its clause keeps a
 * grammar slip its own ("Muslims is …"); "Lying Muslims are …" takes a plural copula.
 */
function objectBeforeSingularCopula(units: readonly Unit[], from: number, to: number): boolean {
  const after = units[to];
  if (!after || after.pause || !SINGULAR_BE.has(after.key) || !plural(units[to - 1]!.key)) return false;
  const sameClause = (k: number) => k >= 0 && !units[k + 1]!.pause && units[k]!.sentence === units[from]!.sentence;
  let k = from - 1;
  for (let skipped = 0; skipped < MODIFIER_REACH && sameClause(k) && modifierOnly(units[k]!); skipped++) k--;
  if (!sameClause(k) || (units[k]!.tags & (TAG.conj | TAG.adv)) !== 0 || units[k]!.profane) return false;
  // "I think Muslims is …": the group opens the clause a verb of saying or thinking takes.
  if (takesClause(units[k]!.key)) return false;
  // After "of" only an act done to the group ("The persecution of Jews is …") or a feeling about it
  // makes it the object; "Each of the …", "The majority of …", "The greed of …" keep it the subject.
  if (units[k]!.key === 'of') return sameClause(k - 1) && aimedBy(units[k - 1]!.key, 'of');
  return true;
}

/** A determiner ("these", a place word too) or an open-class word that may be an adjective; not "of" (a determiner word too) nor a gerund. */
const modifierOnly = (u: Unit) =>
  u.key !== 'of' && ((u.tags & TAG.det) !== 0 || (u.tags === 0 && !u.groupAdjective && !u.groupNoun && !u.key.endsWith('ing')));


/**
 * The group is inside a relative clause, after its verb: "People who hate Muslims are …" and "Men
 * who abuse women are …" judge the people and the men. "that" counts after a person noun ("people
 * that attack Jews"), not as a conjunction ("I think that these Muslims …"); "who are Muslims"
 * (a copula) names the head as the group; "Who would deny that …" (no head) asks.
 */
function insideRelative(units: readonly Unit[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= RELATIVE_REACH; k--) {
    const u = units[k]!;
    if (u.sentence !== units[from]!.sentence || units[k + 1]!.pause) return false;
    if (u.groupNoun || u.groupAdjective || u.tags & (TAG.be | TAG.conj)) return false;
    if (takesClause(u.key)) return false; // "a liberal who realizes Muslims are …": the group heads that clause
    // A relative pronoun follows its head noun; one opening the sentence asks ("Who would deny that …").
    const head = k > 0 && !u.pause && units[k - 1]!.sentence === u.sentence ? units[k - 1] : undefined;
    if (head !== undefined && (RELATIVES.has(u.key) || (u.key === 'that' && (head.roles & ROLE.person) !== 0))) return k < from - 1;
  }
  return false;
}

/**
 * The group follows "of" and a person or a god it has: "The god of Muslims is …", "The leaders of
 * the Jews are …" speak of the god and the leaders. A share ("the majority of"), a trait ("the
 * greed of") or an act ("the persecution of") is no person, so the group stays what they concern.
 */
function ownedByGroup(units: readonly Unit[], from: number): boolean {
  const joined = (k: number) => k >= 0 && !units[k + 1]!.pause && units[k]!.sentence === units[from]!.sentence;
  let k = from - 1;
  if (joined(k) && units[k]!.key !== 'of' && units[k]!.tags & TAG.det) k--; // "of the Jews" ("of" is a determiner word too)
  if (!joined(k) || units[k]!.key !== 'of' || !joined(k - 1)) return false;
  const head = units[k - 1]!;
  if (head.groupNoun || head.groupAdjective) return false; // "the women of Islam": a group itself
  return (head.roles & ROLE.person) !== 0 || deityNoun(head.key);
}

/** A gerund opening the clause whose copula condemns it: "Killing immigrants is wrong" (no command). */
function condemnedGerund(units: readonly Unit[], from: number): boolean {
  if (!units[from]!.key.endsWith('ing')) return false;
  const sentence = units[from]!.sentence;
  for (let k = from + 1; k < units.length && k - from <= PREDICATE_REACH + 2 && units[k]!.sentence === sentence && !units[k]!.pause; k++) {
    if (SINGULAR_BE.has(units[k]!.key)) return condemnedAfter(units, k);
  }
  return false;
}

const OPENERS = new Set(['just', 'please', 'so', 'now', 'then', 'and', 'ok', 'okay', 'go', 'out', 'simply', 'seriously', 'honestly', 'yes', 'yeah', 'also']);

/** Nothing but an opener ("just", "please", "so") stands between the clause start and the unit. */
function opensClause(units: readonly Unit[], from: number): boolean {
  for (let k = from; k >= 0; k--) {
    const u = units[k]!;
    if (k === 0 || u.pause || units[k - 1]!.sentence !== u.sentence) return true;
    if (!OPENERS.has(units[k - 1]!.key)) return false;
  }
  return true;
}

/** Words read on the way to the predicate's head after a copula ("is so very wrong", "is a disgrace"). */
const PREDICATE_REACH = 4;
const CONDEMNING = ROLE['negative-attribute'] | ROLE['negative-person'] | ROLE.dehumanising;

/**
 * A copula right after the match whose predicate condemns it: the matched phrase is the subject of
 * a judgement against it ("… is disgusting", "… is wrong", "… is not justified"). A predicate that
 * approves ("… is justified", "… is natural and right") leaves the feeling the speaker's.
 */
function condemnedAfter(units: readonly Unit[], to: number): boolean {
  const next = units[to];
  if (next === undefined || next.pause || next.sentence !== units[to - 1]!.sentence || (next.tags & TAG.be) === 0) return false;
  let denied = false;
  for (let k = to + 1; k < units.length && k <= to + PREDICATE_REACH; k++) {
    const u = units[k]!;
    if (u.sentence !== next.sentence || u.pause) break;
    if (u.tags & TAG.neg) denied = !denied;
    else if (u.tags & TAG.condemn || u.roles & CONDEMNING) return !denied;
    else if (u.tags & (TAG.adv | TAG.det | TAG.be)) continue;
    else return denied; // the predicate's head approves or describes: "not" before it condemns ("is not justified")
  }
  return denied;
}

/** A pronoun subject between a noun and its object ("hatred I have for", "contempt you feel for"). */
function subjectInside(units: readonly Unit[], from: number, to: number): 'speaker' | 'other' | undefined {
  for (let k = from; k < to; k++) {
    const u = units[k]!;
    if (u.tags & TAG.first) return 'speaker';
    if (u.tags & (TAG.second | TAG.third) && !(u.tags & TAG.det)) return 'other';
  }
  return undefined;
}

/** Open-class words skipped on the way back to the experiencer ("I feel pure disgust"). */
const OPEN_SKIP = 2;

/** Who feels it: the subject before the match, skipping auxiliaries, determiners and "have/feel". */
function experiencer(units: readonly Unit[], from: number): 'speaker' | 'none' | 'other' {
  const sentence = units[from]!.sentence;
  let open = 0;
  for (let k = from - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.sentence !== sentence || units[k + 1]!.pause) return 'none';
    if (u.tags & TAG.first) return 'speaker';
    if (quantifierSubject(units, k)) return 'other'; // "Some see immigrants as …": someone else's view
    if (u.tags & (TAG.second | TAG.third) && !(u.tags & TAG.det && units[k + 1] && units[k + 1]!.tags === 0)) return 'other';
    if (u.key === 'your' || u.key === 'his' || u.key === 'their') return 'other';
    if (u.tags & (TAG.adv | TAG.det | TAG.neg | TAG.modal | TAG.do | TAG.be | TAG.intent) || HAVE_FEEL.has(u.key)) continue;
    if (u.tags & TAG.conj) return 'none';
    if (u.key === "'s") return 'other'; // "people's hatred for …"
    if (u.tags === 0 && u.roles === 0 && open++ < OPEN_SKIP) continue;
    return 'other';
  }
  return 'none';
}

/** Spans in the original text of a unit range. */
export function spanOf(text: string, units: readonly Unit[], range: { from: number; to: number }): { text: string; start: number; end: number } {
  const start = units[range.from]!.start;
  const end = units[range.to - 1]!.end;
  return { text: text.slice(start, end), start, end };
}

export function disguised(units: readonly Unit[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units[k]!.disguised) return true;
  return false;
}
