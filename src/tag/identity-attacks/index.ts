/**
 * Identity attacks (issue 15): a protected group targeted by a derogatory or dehumanising
 * predicate, negative emotion, exclusion or stereotype. Clause frames (data/frames.json) over the
 * shared clause view; predicates come from meaning classes built from WordNet, groups from
 * data (extensible by the caller).
 */
import type { IdentityAttack, IdentityAttackKind } from '../../schema/index.js';
import type { Chunk } from '../clause/chunks.js';
import { FrameSet } from '../clause/frames.js';
import { clauseReading } from '../clause/reading.js';
import { disguised, locate, passes, spanOf, type Located } from '../clause/run.js';
import { clauseView, type Unit } from '../clause/view.js';
import { getGroups, type CompiledGroups, type GroupRef } from '../groups/index.js';
import { MEANING_CLASSES_VERSION, ROLE } from '../meaning/index.js';
import { viewOf, type TextView } from '../../text/view.js';
import framesJson from './data/frames.json';
import { once } from '../../memo.js';
import type { IdentityOptions } from './options.js';

export type { IdentityOptions } from './options.js';
export { identityAttacksTagger } from './tagger.js';

// Compiled on first use, not at import: importing threadlens stays cheap (compiling the frames takes
// about 10 ms), and the data is validated by the first call and by the generic data test.
const FRAMES = once((): FrameSet => new FrameSet(framesJson, 'identity-attacks/data/frames.json'));
export const IDENTITY_FRAMES_VERSION: string = (framesJson as { version: string }).version;

/** Identity attacks in one text (rules without their namespace), one finding per predicate span. */
export function findIdentityAttacks(view: TextView, groups: CompiledGroups): IdentityAttack[] {
  return onePerSpan(candidates(view, groups));
}

/** The same for a string, with the built-in groups or the caller's (tests and evals call this). */
export function tagIdentityAttacks(text: string | TextView, options: IdentityOptions = {}): IdentityAttack[] {
  return findIdentityAttacks(viewOf(text), getGroups(options.groups));
}

/** Every frame match that passes its checks, before one finding per span is kept (tests read this). */
export function identityAttackCandidates(text: string | TextView, options: IdentityOptions = {}): IdentityAttack[] {
  return candidates(viewOf(text), getGroups(options.groups));
}

function candidates(textView: TextView, groups: CompiledGroups): IdentityAttack[] {
  const input = textView.text;
  const view = clauseView(textView, groups); // words with their classes; disguises undone
  if (!view.units.some((u) => u.groupNoun || u.groupAdjective)) return []; // no group named (most comments)
  // Group terms and pronouns pointing back to them, each one chunk (frames say $group once); shared with threats.
  const { chunks } = clauseReading(textView, groups);
  const source = `identity-frames@${IDENTITY_FRAMES_VERSION}+meaning@${MEANING_CLASSES_VERSION}+groups@${groups.version}`;
  const findings: IdentityAttack[] = [];
  // Only clauses that name a group can give a finding (locate needs its group inside the match).
  for (const match of FRAMES().run(view.units, chunks, (c) => namesGroup(view.units, c))) {
    const found = locate(match, chunks, (t) => t.group !== undefined); // its target and predicate
    if (!found || !passes(found, view.units)) continue; // quoted, reported, denied, someone else's feeling
    const group = found.target?.group ?? adjectiveGroup(view.units, found);
    if (!group) continue;
    findings.push(toFinding(input, view.units, found, group, source));
  }
  return findings;
}

/** A chunk a finding can take its group from: a target with a group, or a group adjective. */
function namesGroup(units: readonly Unit[], c: Chunk): boolean {
  if (c.target?.group) return true;
  for (let k = c.from; k < c.to; k++) if (units[k]!.groupAdjective) return true;
  return false;
}

/** "immigrant vermin": the group comes from the adjective, not a target. */
function adjectiveGroup(units: readonly Unit[], found: Located): GroupRef | undefined {
  for (let k = found.units.from; k < found.units.to; k++) if (units[k]!.groupAdjective) return units[k]!.groupAdjective;
  return undefined;
}

function toFinding(text: string, units: readonly Unit[], found: Located, group: GroupRef, source: string): IdentityAttack {
  const head = units[found.predicate.to - 1]!;
  const targetRange = found.target ?? adjectiveRange(units, found);
  return {
    ...spanOf(text, units, found.predicate),
    rule: found.frame.id,
    kind: kindOf(found, head),
    group: group.id,
    category: group.category,
    target: spanOf(text, units, targetRange),
    ...(head.classes.length > 0 ? { meaning: head.classes[0] } : {}),
    obfuscated: disguised(units, found.units.from, found.units.to),
    source,
  };
}

function adjectiveRange(units: readonly Unit[], found: Located): { from: number; to: number } {
  for (let k = found.units.from; k < found.units.to; k++) if (units[k]!.groupAdjective) return { from: k, to: k + units[k]!.groupSpan };
  return found.units;
}

/** The frame's kind, or the predicate's: a dehumanising class (or a group's lives judged) is dehumanisation. */
function kindOf(found: Located, head: Unit): IdentityAttackKind {
  if (found.frame.kind !== 'from-predicate') return found.frame.kind as IdentityAttackKind;
  return head.roles & ROLE.dehumanising || found.target?.lives ? 'dehumanisation' : 'derogation';
}

/** One finding per predicate span (several frames can read the same clause): the first frame wins. */
function onePerSpan(findings: IdentityAttack[]): IdentityAttack[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
