/**
 * Who a clause is about. A target is a span of units: a group term ("women", "gay people",
 * "female lives", "asylum seekers"), a pronoun ("they", "you", "those"), a person noun ("the
 * landlord") or a name. Pronouns point back (or forward) to a group the text names:
 *  - "they", "them", "those", "their": the nearest group named before them, within a few
 *    sentences, or a group they are said to be ("… Needless to say they are women.");
 *  - "you", "your": a group the addressee is put in ("you women", "women like you", "you're
 *    just immigrants"); otherwise "you" is one person, and no group is attacked.
 */
import type { GroupRef } from '../groups/index.js';
import { ROLE } from '../meaning/index.js';
import type { Unit } from './view.js';
import { TAG } from './words.js';

export interface Target {
  /** Units [from, to) of the whole target ("you women", "women like you"). */
  from: number;
  to: number;
  /** The protected group, named or pointed back to. */
  group?: GroupRef;
  /** How the group was found: named in the target, or through a pronoun. */
  via: 'named' | 'pronoun' | 'person' | 'name';
  /** A pronoun target: which person. */
  pronoun?: 'first' | 'second' | 'third';
  /** "female lives", "their lives": a group's lives rather than its members. */
  lives: boolean;
}

const LIKE_OBJECTS = new Set(['you', 'them', 'me', 'us', 'her', 'him', 'that', 'this', 'yourself', 'yourselves', 'those', 'these']);
const THIRD_PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves', 'those', 'these']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'u', 'ur', 'ya', 'yall', 'thou', 'thee', 'youse']);
const SINGULAR_THIRD = new Set(['him', 'her', 'his', 'he', 'she']);
/** Pronouns pointing back this many sentences at most. */
const REACH = 3;

/** Targets in unit order; at most one per unit. `at[i]` is the target that starts at unit i. */
export interface Targets {
  list: Target[];
  at: (Target | undefined)[];
}

export function findTargets(units: readonly Unit[]): Targets {
  const list: Target[] = [];
  for (let i = 0; i < units.length; i++) {
    const target = targetAt(units, i);
    if (!target) continue;
    list.push(target);
    i = target.to - 1;
  }
  resolvePronouns(units, list);
  const at: (Target | undefined)[] = new Array(units.length);
  for (const target of list) at[target.from] = target;
  return { list, at };
}

const POINTING = new Set(['these', 'those']);

function targetAt(units: readonly Unit[], i: number): Target | undefined {
  const u = units[i]!;
  // "you women", "you gay people": the addressee named as a group.
  if (SECOND.has(u.key) && u.key !== 'your' && units[i + 1] && !units[i + 1]!.pause) {
    const named = namedGroup(units, i + 1);
    if (named) return withLike(units, { ...named, from: i, pronoun: 'second' });
  }
  const named = namedGroup(units, i);
  if (named) return withLike(units, named);
  if (SECOND.has(u.key)) return withLike(units, pronounTarget(units, i, 'second'));
  if (THIRD_PLURAL.has(u.key) && !nounFollows(units, i)) return withLike(units, pronounTarget(units, i, 'third'));
  if ((u.key === 'those' || u.key === 'these' || u.key === 'such') && units[i + 1]?.key === 'people') {
    return withLike(units, { from: i, to: i + 2, via: 'pronoun', pronoun: 'third', lives: false });
  }
  if (SINGULAR_THIRD.has(u.key)) return { from: i, to: i + 1, via: 'person', pronoun: 'third', lives: false };
  if ((u.roles & ROLE.person) !== 0 && !(u.tags & TAG.adv)) return withLike(units, { from: i, to: i + 1, via: 'person', lives: false });
  // An insult pointed at ("these thugs", "those scumbags") names people, whether WordNet lists it or not.
  if (u.insult && i > 0 && POINTING.has(units[i - 1]!.key) && !u.pause) return withLike(units, { from: i, to: i + 1, via: 'person', lives: false });
  if (u.capital && u.roles === 0 && u.tags === 0 && i > 0 && units[i - 1]!.sentence === u.sentence && !units[i - 1]!.pause) {
    return { from: i, to: i + 1, via: 'name', lives: false };
  }
  return undefined;
}

/** A group noun, or group adjective(s) before a person noun ("black women", "female lives"). */
function namedGroup(units: readonly Unit[], i: number): Target | undefined {
  const u = units[i]!;
  if (u.groupAdjective) {
    // Adjectives may stack ("young black men"); the noun after them decides.
    let k = i + u.groupSpan;
    while (units[k]?.groupAdjective && !units[k]!.pause && k - i < 4) k += units[k]!.groupSpan;
    const noun = units[k];
    if (noun && !noun.pause && (noun.roles & ROLE.person || noun.groupNoun) && noun.sentence === u.sentence) {
      return { from: i, to: k + 1, group: u.groupAdjective, via: 'named', lives: noun.key === 'lives' || noun.key === 'life' };
    }
  }
  if (u.groupNoun) {
    const to = i + u.groupSpan;
    return { from: i, to, group: u.groupNoun, via: 'named', lives: livesAfter(units, to) };
  }
  return undefined;
}

/** A pronoun, with "lives" or "kind" after it in the target: "their lives", "your kind". */
function pronounTarget(units: readonly Unit[], i: number, pronoun: 'second' | 'third'): Target {
  const lives = livesAfter(units, i + 1);
  const next = units[i + 1];
  const kind = !lives && next !== undefined && !next.pause && KIND_NOUNS.has(next.key) && (units[i]!.key === 'your' || units[i]!.key === 'their');
  return { from: i, to: i + (lives || kind ? 2 : 1), via: 'pronoun', pronoun, lives };
}
const KIND_NOUNS = new Set(['kind', 'sort', 'type', 'lot', 'people', 'ilk', 'breed']);

/** "women like you", "immigrants like that": the comparison belongs to the target. */
function withLike(units: readonly Unit[], target: Target): Target {
  const like = units[target.to];
  const object = units[target.to + 1];
  if (like?.key === 'like' && !like.pause && object && LIKE_OBJECTS.has(object.key) && !object.pause) return { ...target, to: target.to + 2 };
  return target;
}

/** "their lives", "your lives": a pronoun followed by lives. */
function livesAfter(units: readonly Unit[], k: number): boolean {
  const next = units[k];
  return next !== undefined && (next.key === 'lives' || next.key === 'life') && !next.pause;
}

/** "those weeds": a demonstrative before a noun is a determiner, not a pronoun. */
function nounFollows(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  if (u.key !== 'those' && u.key !== 'these' && u.key !== 'their') return false;
  const next = units[i + 1];
  return next !== undefined && !next.pause && next.sentence === u.sentence && next.tags === 0;
}

function resolvePronouns(units: readonly Unit[], targets: Target[]): void {
  const addressee = addresseeGroup(units, targets);
  const named = targets.filter((t) => t.via === 'named');
  // Targets come in text order, so one pointer walks `named` once: named[next] is the first named
  // target after the pronoun, named[next - 1] the last before it (linear, not a scan per pronoun).
  let next = 0;
  let third: GroupRef | undefined | null = null; // identified(…, 'third'), found on first need
  for (const target of targets) {
    if (target.group || target.via !== 'pronoun') continue;
    if (target.pronoun === 'second') {
      if (addressee) target.group = addressee;
      continue;
    }
    while (next < named.length && named[next]!.from < target.from) next++;
    const sentence = units[target.from]!.sentence;
    // Sentences only grow along the text: if the nearest named target before is too far back, all are.
    const last = named[next - 1];
    const before = last && sentence - units[last.from]!.sentence <= REACH ? last : undefined;
    // "They are all animals, those immigrants": a group named later in the same sentence.
    const first = named[next];
    const after = first && units[first.from]!.sentence === sentence ? first : undefined;
    target.group = before?.group ?? after?.group ?? (third === null ? (third = identified(units, targets, 'third')) : third);
  }
}

/** The group the addressee is put in: "you women", "women like you", "you're just women". */
function addresseeGroup(units: readonly Unit[], targets: Target[]): GroupRef | undefined {
  for (const t of targets) {
    if (!t.group) continue;
    if (t.pronoun === 'second') return t.group;
    const likeObject = units[t.to - 1]!;
    if (t.to - t.from >= 3 && units[t.to - 2]!.key === 'like' && SECOND.has(likeObject.key)) return t.group;
  }
  return identified(units, targets, 'second');
}

/** "they are women", "you're just immigrants after all": a pronoun said to be a group. */
function identified(units: readonly Unit[], targets: Target[], person: 'second' | 'third'): GroupRef | undefined {
  for (const t of targets) {
    if (!t.group || t.via !== 'named') continue;
    let k = t.from - 1;
    while (k >= 0 && (units[k]!.tags & (TAG.adv | TAG.det)) !== 0 && !units[k]!.pause) k--;
    if (k < 1 || !(units[k]!.tags & TAG.be) || units[k]!.pause) continue;
    const subject = units[k - 1]!.key;
    if (person === 'third' ? subject === 'they' : SECOND.has(subject)) return t.group;
  }
  return undefined;
}
