import type { LexicalToken as Token } from '../../text/tokens.js';
import type { CompiledDehumanization } from '../lexicon/compile.js';
import type { PatternSet } from '../lexicon/schema.js';
import { memoizeById } from '../../memo.js';
import { MAX_WORD_IDS } from '../../text/word-ids.js';
import { after, before } from './context.js';

/** A dehumanization pattern match: the predicate words carry the span, the group is the target. */
export interface DehumHit {
  set: PatternSet;
  term: string;
  group: string;
  from: number;
  to: number;
  /** Where the group starts when it is the subject ("Muslims are …"): a verb of saying before it makes a mention. */
  groupFrom?: number;
}

// "arent" is no copula here: "Muslims aren't vermin" denies it.
const COPULAS = new Set(['are', 'r', 'is', 'were', 'was', 'be', 'being', 'remain', 'become']);
const FILLERS = new Set([
  'a', 'an', 'the', 'nothing', 'but', 'just', 'all', 'human', 'worthless', 'common', 'filthy', 'dirty', 'disgusting',
  'like', 'such', 'total', 'utter', 'absolute', 'stinking', 'subhuman', 'dangerous', 'invasive', 'walking',
  'literally', 'basically', 'only', 'mere', 'nasty', 'vile', 'diseased', 'fucking', 'bloody', 'damn', 'no', 'better',
  'than', 'more', 'less', 'bunch', 'of', 'pack', 'herd', 'horde', 'hordes', 'breed', 'kind', 'sort', 'type', 'race',
]);
const GLUE = new Set(['a', 'an', 'the', 'nothing', 'but', 'just', 'all', 'like', 'such', 'no', 'better', 'than', 'more', 'less', 'only', 'mere', 'literally', 'basically', 'of', 'bunch', 'pack', 'kind', 'sort', 'type']);
const DEMONSTRATIVES = new Set(['these', 'those', 'you', 'filthy', 'dirty', 'stinking', 'bloody', 'fucking']);
const MAX_GAP = 5;
const LITERAL = new Set(['bugs', 'insects', 'mice', 'ticks', 'fleas', 'termites', 'locusts', 'germs', 'bacteria']);
const MASS_NOUNS = new Set(['vermin', 'swine', 'scum', 'filth', 'trash', 'garbage', 'cattle', 'livestock', 'lice']);
const ALWAYS_PEOPLE = new Set(['swine', 'subhumans', 'subhuman', 'untermensch', 'untermenschen']);
const NOT_A_GROUP = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'to', 'like', 'as', 'african', 'wild', 'feral', 'domestic', 'farm', 'guinea']);

/**
 * Whether the group at tokens [from, to) is the object of what comes before it ("attacks on
 * Muslims are …", "People who hate Muslims are …"), so not the subject of a predicate after it:
 * the caller reads it on the clause view, as the identity-attack checks do.
 */
export type GroupIsObject = (from: number, to: number) => boolean;

/**
 * Group + vermin/animal/filth/disease predicate. Four shapes:
 *  1. GROUP are [fillers] PRED           "Muslims are worthless dirt", "women are a plague"
 *  2. GROUP-ADJECTIVE PRED               "gay vermin", "jihadi apes", "immigrant trash"
 *  3. these/those/you PRED(plural)       "these rats", "you swine"
 *  4. swarms of GROUP / GROUP infesting  "Swarms of immigrants are infesting …"
 *  5. GROUP-ADJECTIVE lives are worthless
 */
export function findDehumanization(tokens: readonly Token[], dehum: CompiledDehumanization, isObject: GroupIsObject): DehumHit[] {
  const hits: DehumHit[] = [];
  const roleOf = rolesReader(dehum);
  for (let i = 0; i < tokens.length; i++) {
    const role = roleOf(tokens[i]!);
    if (role === 0) continue; // no group word and no predicate (most words): nothing starts here
    const group = role & GROUP_START ? groupAt(tokens, i, dehum) : undefined;
    if (group && !isObject(i, group.to)) {
      const pred = predicateAfterCopula(tokens, group.to, dehum);
      if (pred) hits.push({ ...pred, group: group.name, groupFrom: i });
      let verbAt = nextInSentence(tokens, group.to);
      if (verbAt >= 0 && COPULAS.has(tokens[verbAt]!.key)) verbAt = nextInSentence(tokens, verbAt + 1);
      const swarm = sequenceAt(tokens, verbAt, dehum.swarm);
      if (swarm) hits.push({ set: dehum.swarmSet, term: swarm.term, group: group.name, from: swarm.from, to: swarm.to });
      if (group.lives) {
        const worthless = worthlessAfter(tokens, group.to, dehum);
        if (worthless) hits.push({ ...worthless, group: group.name });
      }
    }
    if (!(role & PREDICATE)) continue;
    const key = tokens[i]!.key;
    const set = dehum.predicates.get(key);
    if (!set || i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence) continue;
    const prev = tokens[i - 1]!.key;
    // "American Cancer Society" is a name, not a predicate.
    if (tokens[i]!.capital && tokens[i + 1]?.capital && tokens[i + 1]!.sentence === tokens[i]!.sentence) continue;
    if (dehum.groupAdjectives.has(prev)) hits.push({ set, term: key, group: prev, from: i, to: i + 1 });
    // "vermin" and "swine" are only ever said of people as metaphors, whoever the modifier names.
    else if (ALWAYS_PEOPLE.has(key) && !NOT_A_GROUP.has(prev)) hits.push({ set, term: key, group: prev, from: i, to: i + 1 });
    // "these rats", "you swine": a group addressed or pointed at. "you pig" is one person: an insult.
    // Disease and insect words are too often literal after "these" ("these viruses", "those bugs").
    else if (DEMONSTRATIVES.has(prev) && (key.endsWith('s') || MASS_NOUNS.has(key)) && !LITERAL.has(key) && set.id !== 'dehum.disease' && !(prev === 'you' && set.id === 'dehum.filth'))
      hits.push({ set, term: key, group: prev, from: i, to: i + 1 });
  }
  // "swarms of GROUP"
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.key !== 'swarms' && tokens[i]!.key !== 'hordes' && tokens[i]!.key !== 'plague') continue;
    if (tokens[i + 1]!.key !== 'of') continue;
    const group = groupAt(tokens, i + 2, dehum);
    if (group) hits.push({ set: dehum.swarmSet, term: tokens[i]!.key, group: group.name, from: i, to: i + 1 });
  }
  return hits;
}

/** What a word can be here: the first word of a group term (noun or adjective), a predicate. */
const GROUP_START = 1;
const PREDICATE = 2;

const readers = new WeakMap<CompiledDehumanization, (token: Token) => number>();

/**
 * A token's roles, kept per word id (src/text/word-ids.ts) and pattern data: one array index per
 * token instead of three string lookups, for words that are neither (most).
 */
function rolesReader(dehum: CompiledDehumanization): (token: Token) => number {
  let read = readers.get(dehum);
  if (!read) {
    read = memoizeById(MAX_WORD_IDS, (token: Token) => (dehum.groupAdjectives.has(token.key) || dehum.groupNouns.has(token.key) ? GROUP_START : 0) | (dehum.predicates.has(token.key) ? PREDICATE : 0));
    readers.set(dehum, read);
  }
  return read;
}

interface Group {
  name: string;
  to: number;
  lives: boolean;
}

/** A group noun ("Muslims", "asylum seekers") or identity adjective + person noun ("gay people"). */
function groupAt(tokens: readonly Token[], i: number, dehum: CompiledDehumanization): Group | undefined {
  const key = tokens[i]!.key;
  if (dehum.groupAdjectives.has(key) && i + 1 < tokens.length && dehum.personNouns.has(tokens[i + 1]!.key)) {
    const noun = tokens[i + 1]!.key;
    return { name: `${key} ${noun}`, to: i + 2, lives: noun === 'lives' };
  }
  const seq = sequenceAt(tokens, i, dehum.groupNouns);
  return seq ? { name: seq.term, to: seq.to, lives: false } : undefined;
}

function nextInSentence(tokens: readonly Token[], k: number): number {
  return k > 0 && k < tokens.length && tokens[k]!.sentence === tokens[k - 1]!.sentence ? k : -1;
}

function sequenceAt(
  tokens: readonly Token[],
  i: number,
  map: Map<string, string[][]>,
): { term: string; from: number; to: number } | undefined {
  if (i < 0 || i >= tokens.length) return undefined;
  const list = map.get(tokens[i]!.key);
  if (!list) return undefined;
  for (const words of list) {
    let ok = i + words.length <= tokens.length;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]!.key === words[k];
    if (ok) return { term: words.join(' '), from: i, to: i + words.length };
  }
  return undefined;
}

/** "are [a|nothing but|worthless …] PRED" within a few words. */
function predicateAfterCopula(
  tokens: readonly Token[],
  to: number,
  dehum: CompiledDehumanization,
): { set: PatternSet; term: string; from: number; to: number } | undefined {
  const ahead = after(tokens, to, MAX_GAP + 2);
  if (ahead.length < 2) return undefined;
  let k = 0;
  if (ahead[0] === 'and' || ahead[0] === 'like') return undefined;
  if (!COPULAS.has(ahead[k]!)) return undefined;
  k++;
  if (ahead[k] === 'not' || ahead[k] === 'never') return undefined; // "are not vermin"
  let first = -1; // first evaluative word: "worthless dirt", "human garbage" are one span
  for (; k < ahead.length; k++) {
    const set = dehum.predicates.get(ahead[k]!);
    if (set) return { set, term: ahead[k]!, from: to + (first < 0 ? k : first), to: to + k + 1 };
    if (first < 0 && !GLUE.has(ahead[k]!)) first = k;
    if (!FILLERS.has(ahead[k]!)) return undefined;
  }
  return undefined;
}

function worthlessAfter(
  tokens: readonly Token[],
  to: number,
  dehum: CompiledDehumanization,
): { set: PatternSet; term: string; from: number; to: number } | undefined {
  for (let k = to; k < Math.min(tokens.length, to + 3); k++) {
    const seq = sequenceAt(tokens, k, dehum.worthless);
    // "worth" followed by "any" or "less" ("not worth less than the rest of us") denies the claim.
    const next = tokens[seq?.to ?? -1]?.key;
    if (seq && next !== 'any' && next !== 'less') return { set: dehum.worthlessSet, ...seq };
  }
  return undefined;
}

export { before };
