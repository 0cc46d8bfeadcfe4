import type { InsultFinding, ProfanityFinding, SlurFinding } from '../../schema/index.js';
import type { LexicalToken as Token } from '../../text/tokens.js';
import type { TextView } from '../../text/view.js';
import type { CompiledDehumanization, CompiledLexicon } from '../lexicon/compile.js';
import {
  afterDegreeWord,
  isAbusiveFrame,
  isHostileModifier,
  isAdjectiveUse,
  isHomonym,
  isMention,
  inDeniedList,
  isNegated,
  isProperName,
  isReclaimed,
  isSelfDirected,
  isTargeted,
  isVerbUse,
} from './context.js';
import { ABUSIVE_BEFORE, DEGREE, IDENTITY_NOUNS, MENTION_BEFORE, SECOND_PERSON } from './cues.js';
import { TAG, tagsOf } from '../clause/words.js';
import { findDehumanization, type GroupIsObject } from './dehumanization.js';
import { groupNotSubject } from '../clause/run.js';
import { clauseView, type Unit } from '../clause/view.js';
import { getGroups } from '../groups/index.js';
import { findNameMangling } from './mangling.js';
import { findTerms, type Hit } from './match.js';
import { CODE_SOURCE } from '../sources.js';
import { keepLongest, mergeSpans, overlapsMerged, uniqueSpans } from '../../text/spans.js';

export interface ToxicityTags {
  slurs: SlurFinding[];
  insults: InsultFinding[];
  profanity: ProfanityFinding[];
}

/**
 * Slurs, insults and profanity in one text, each a span of the ORIGINAL text with the lexicon
 * entry that fired (rules without their namespace). Linear in the input: the view folds and reads
 * the words once; matching is table lookups per word.
 */
export function findToxicity(view: TextView, lex: CompiledLexicon): ToxicityTags {
  const input = view.text;
  const tokens = view.lexical; // words of the folded text, leetspeak read, offsets back to the original
  // Lexicon forms, disguised or not; of overlapping ones the longest ("camel fucker" over "fucker").
  const hits = keepLongest(findTerms(tokens, lex), rank);
  const out: ToxicityTags = { slurs: [], insults: [], profanity: [] };
  for (const hit of hits) classify(hit, tokens, input, out); // context: homonym, frame, use/mention
  // Dehumanization is a pattern, not a word: group + vermin/animal/filth/disease predicate.
  if (lex.dehumanization) addDehumanization(tokens, input, lex.dehumanization, out, groupIsObject(view));
  for (const m of findNameMangling(tokens)) out.insults.push(mangled(m, tokens, input)); // "Hayat Tahrir Al Toilet"
  return dedupe(out);
}

const rank = (hit: Hit) => (hit.entry.kind === 'slur' ? 0 : hit.entry.kind === 'insult' ? 1 : 2);

function span(input: string, tokens: readonly Token[], from: number, to: number) {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { text: input.slice(start, end), start, end };
}

/** Disguised when the original is not literally one of the entry's forms (case and spacing aside). */
function isObfuscated(hit: Hit, original: string): boolean {
  const plain = original.toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'");
  return hit.via === 'prefix' ? !plain.startsWith(hit.term) : !hit.entry.termSet.has(plain);
}

/** A pattern span is disguised when any of its words was (leet, look-alikes, invisible characters). */
function tokensObfuscated(tokens: readonly Token[], input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.leet || input.slice(t.start, t.end).toLowerCase() !== t.raw) return true;
  }
  return false;
}

function classify(hit: Hit, tokens: readonly Token[], input: string, out: ToxicityTags): void {
  const { entry, from, to } = hit;
  if (isHomonym(entry, tokens, from, to)) return;
  if (entry.kind === 'slur' && hit.via !== 'glued' && isProperName(tokens, input, from, to)) return; // "Sen. Coons", "Van Dyke"
  const where = hit.via === 'glued' || hit.masked ? { text: input.slice(hit.start, hit.end), start: hit.start, end: hit.end } : span(input, tokens, from, to);
  const obfuscated = hit.via === 'glued' || isObfuscated(hit, where.text);
  if (entry.kind === 'slur') {
    const use = slurUse(hit, tokens);
    if (use && entry.category !== 'insult' && entry.category !== 'profanity') {
      // Written out, not spread from `base` below: a spread copies on a slow path, once per hit.
      out.slurs.push({ text: where.text, start: where.start, end: where.end, rule: entry.id, source: entry.origin, term: entry.canonical, severity: entry.severity, obfuscated, category: entry.category, use });
    }
    return;
  }
  const base = { text: where.text, start: where.start, end: where.end, rule: entry.id, source: entry.origin, term: entry.canonical, severity: entry.severity, obfuscated };
  if (entry.frame === 'target' && !isTargeted(tokens, from, to)) return;
  if (entry.kind === 'insult') {
    if (isSelfDirected(tokens, from, to)) return; // "I felt like an idiot" abuses nobody
    if (isNegated(tokens, from, to) || inDeniedList(tokens, from)) return; // "you are not stupid", "he isn't a crook or a fraud"
    if (entry.nounOnly && isAdjectiveUse(tokens, to)) return; // "a Kook fan": the word modifies the noun after it
    out.insults.push(base);
    return;
  }
  // Profanity aimed at someone ("you fucker", "fuck you") is an insult; otherwise it targets nobody.
  const aimed =
    entry.aimable &&
    !isSelfDirected(tokens, from, to) &&
    (SECOND_PERSON.has(tokens[to]?.key ?? '') || (isNameForm(hit.term) && isTargeted(tokens, from, to)));
  (aimed ? out.insults : out.profanity).push(base);
}

/** Nouns for a person ("fucker", "asshole"), not verbs or exclamations ("fucked up", "shit"). */
const isNameForm = (term: string) => !/(ing|in|ed|y)$/.test(term) && !['fuck', 'fucks', 'shit', 'shits', 'damn', 'crap', 'piss'].includes(term);

/** use / mention / reclaimed, or undefined when context says it is not the slur at all. */
function slurUse(hit: Hit, tokens: readonly Token[]): SlurFinding['use'] | undefined {
  const { entry, from, to } = hit;
  if (entry.nounOnly && isAdjectiveUse(tokens, to) && !isHostileModifier(tokens, from)) {
    // "queer people" is the identity, "a queer feeling" the old sense, "jihadi groups" a description;
    // after a word of contempt ("typical queer behaviour", "filthy jihadi scum") it is the slur.
    const next = tokens[to]!.key;
    return entry.reclaimable && IDENTITY_NOUNS.has(next) ? 'reclaimed' : undefined;
  }
  // Run into a closed word ("manyqueer"): that word, not the one before, is what precedes it.
  const glued = hit.gluedTo;
  if (entry.nounOnly && (glued ? DEGREE.has(glued) : afterDegreeWord(tokens, from))) return undefined; // "slightly queer"
  if (entry.id === 'slur.cripple' || entry.id === 'slur.retard') if (isVerbUse(tokens, to)) return undefined;
  if (entry.frame === 'abusive' && !(glued && ABUSIVE_BEFORE.has(glued)) && !isAbusiveFrame(tokens, from, to)) return undefined;
  if (entry.defaultUse === 'mention') return 'mention';
  if (tokens[from]!.quoted) return 'mention';
  if (entry.reclaimable && isReclaimed(tokens, from, to)) return 'reclaimed';
  if (isMention(tokens, from, to)) return 'mention';
  if (entry.defaultUse === 'reclaimed') return isAbusiveFrame(tokens, from, to) ? 'use' : 'reclaimed';
  return 'use';
}

function addDehumanization(
  tokens: readonly Token[],
  input: string,
  dehum: CompiledDehumanization,
  out: ToxicityTags,
  isObject: GroupIsObject,
): void {
  for (const hit of findDehumanization(tokens, dehum, isObject)) {
    const where = span(input, tokens, hit.from, hit.to);
    // A clause "group are vermin" after a verb of saying or thinking is someone's claim ("racists think …").
    const mention = hit.groupFrom === undefined ? isMention(tokens, hit.from, hit.to) : isMention(tokens, hit.groupFrom, hit.to, sayingOrThinking);
    const use = mention || tokens[hit.from]!.quoted ? 'mention' : 'use';
    out.slurs.push({
      ...where,
      rule: hit.set.id,
      source: dehum.origin,
      term: hit.term,
      category: 'dehumanization',
      severity: hit.set.severity,
      use,
      obfuscated: tokensObfuscated(tokens, input, hit.from, hit.to),
    });
  }
}

/**
 * The clause checks' "group is not the subject" test (clause/run.ts groupNotSubject: the object of an act,
 * counted members, someone outside the group) for a group at lexical tokens [from, to):
 * the clause view is built only when a group is found, and its units are found by offset.
 */
function groupIsObject(view: TextView): GroupIsObject {
  let units: readonly Unit[] | undefined;
  return (from, to) => {
    const tokens = view.lexical;
    units ??= clauseView(view, getGroups()).units;
    let first = unitStartingAt(units, tokens[from]!.start);
    const last = unitStartingAt(units, tokens[to - 1]!.start);
    if (first < 0 || last < first) return false;
    // The group term starts at any group word before it, as the clause targets read it ("elderly Muslims").
    while (first > 0 && !units[first]!.pause && (units[first - 1]!.groupNoun || units[first - 1]!.groupAdjective)) first--;
    return groupNotSubject(units, first, last + 1);
  };
}

/** The index of the unit starting at `offset`, or -1 (a word the view read joined with another). */
function unitStartingAt(units: readonly Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < units.length && units[lo]!.start === offset ? lo : -1;
}

const sayingOrThinking = (key: string) => MENTION_BEFORE.has(key) || (tagsOf(key) & TAG.report) !== 0;

function mangled(m: { from: number; to: number; term: string }, tokens: readonly Token[], input: string): InsultFinding {
  return { ...span(input, tokens, m.from, m.to), rule: 'insult.name-mangling', source: CODE_SOURCE, term: m.term, severity: 1, obfuscated: false };
}

/** One finding per span and list; a dehumanization span replaces an insult on the same words. */
function dedupe(out: ToxicityTags): ToxicityTags {
  // No slur or dehumanization span covers anything (most comments): only duplicates go.
  if (out.slurs.length === 0) return { slurs: out.slurs, insults: uniqueSpans(out.insults), profanity: uniqueSpans(out.profanity) };
  const covered = mergeSpans(out.slurs);
  return {
    slurs: uniqueSpans(out.slurs),
    insults: uniqueSpans(out.insults.filter((f) => !overlapsMerged(f, covered))),
    profanity: uniqueSpans(out.profanity.filter((f) => !overlapsMerged(f, covered))),
  };
}
