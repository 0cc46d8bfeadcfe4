/**
 * Threats of violence (issue 15): direct ("I will …"), normative ("they should all be …") and
 * incitement ("someone needs to …"), each against a person or group. Clause frames
 * (data/frames.json) over the shared clause view; acts of harm come from WordNet classes
 * (killing, injuring, torture, extermination). Quoted, reported, denied and hypothetical threats,
 * and acts on things rather than people ("kill the lights"), are not threats.
 */
import type { Threat } from '../../schema/index.js';
import { FrameSet, type Needed } from '../clause/frames.js';
import { actWords } from './act-words.js';
import { clauseLists } from '../clause/checks.js';
import { clauseReading } from '../clause/reading.js';
import { shortPersonNoun } from '../clause/target-nouns.js';
import { disguised, locate, passes, spanOf, type Located } from '../clause/run.js';
import type { Target } from '../clause/targets.js';
import { clauseView, type Unit } from '../clause/view.js';
import { TAG } from '../clause/words.js';
import { getGroups, type CompiledGroups } from '../groups/index.js';
import type { IdentityOptions as ThreatOptions } from '../identity-attacks/options.js';
import { MEANING_CLASSES_VERSION, ROLE } from '../meaning/index.js';
import { viewOf, type TextView } from '../../text/view.js';
import framesJson from './data/frames.json';
import { once } from '../../memo.js';

export { threatsTagger } from './tagger.js';

// Compiled on first use, not at import: importing threadlens stays cheap (compiling the frames takes
// about 10 ms), and the data is validated by the first call and by the generic data test.
const FRAMES = once((): FrameSet => new FrameSet(framesJson, 'threats/data/frames.json'));
export const THREAT_FRAMES_VERSION: string = (framesJson as { version: string }).version;

/** Words a threat cannot do without besides a harm-role word, read off the frames (act-words.ts). */
const HARM_WORDS = once((): Set<string> => actWords(FRAMES().frames.map((frame) => frame.compiled.source)));
const HARM_ROLES = ROLE['harm-verb'] | ROLE['harm-noun'];

/** Threats in one text (rules without their namespace), one finding per act. */
export function findThreats(view: TextView, groups: CompiledGroups): Threat[] {
  return onePerAct(candidates(view, groups));
}

/** The same for a string, with the built-in groups or the caller's (tests and evals call this). */
export function tagThreats(text: string | TextView, options: ThreatOptions = {}): Threat[] {
  return findThreats(viewOf(text), getGroups(options.groups));
}

/** Every frame match that passes its checks, before one finding per act is kept (tests read this). */
export function threatCandidates(text: string | TextView, options: ThreatOptions = {}): Threat[] {
  return candidates(viewOf(text), getGroups(options.groups));
}

function candidates(textView: TextView, groups: CompiledGroups): Threat[] {
  const input = textView.text;
  const view = clauseView(textView, groups); // shared with the identity-attack tagger
  const isHarm = harmUnit();
  if (!view.units.some(isHarm)) return []; // no act of harm (most comments)
  const { targets, chunks } = clauseReading(textView, groups); // people, groups, and pronouns pointing back
  const source = `threat-frames@${THREAT_FRAMES_VERSION}+meaning@${MEANING_CLASSES_VERSION}+groups@${groups.version}`;
  const firsts = firstMentions(targets.list, view.units); // once per text: every target asks
  const findings: Threat[] = [];
  for (const match of FRAMES().run(view.units, chunks, threatNeeded(view.units, isHarm))) {
    const found = locate(match, chunks, (t) => isPerson(t, firsts) && !acronym(input, view.units, t));
    if (!found?.target || !passes(found, view.units, false)) continue; // no person threatened; quoted, reported, denied (some members threatened are threatened)
    if (inContest(view.units, found.units.to)) continue; // "beat you at chess": beaten in play
    findings.push(toFinding(input, view.units, found, found.target, source));
  }
  return findings;
}

/** A unit that can be a frame's act of harm: a harm-role word, or one of HARM_WORDS. */
function harmUnit(): (u: Unit) => boolean {
  const harm = HARM_WORDS();
  return (u) => (u.roles & HARM_ROLES) !== 0 || harm.has(u.key);
}

/** A chunk holding an act of harm in any of its units. */
export function actChunk(units: readonly Unit[], isHarm = harmUnit()): Needed {
  return (c) => {
    for (let k = c.from; k < c.to; k++) if (isHarm(units[k]!)) return true;
    return false;
  };
}

/**
 * What a threat frame match must hold for the tagger to use it (FrameSet.run's `needed`): a target
 * chunk, since locate needs its person inside the match, and a chunk with an act of harm, since
 * every frame's act is a harm-role word or one of HARM_WORDS (act-words.ts). Clauses without both
 * are skipped.
 */
export function threatNeeded(units: readonly Unit[], isHarm = harmUnit()): Needed[] {
  return [(c) => c.target !== undefined, actChunk(units, isHarm)];
}

/** Words between "at/in" and the game ("in the final round", "at a friendly game"). */
const CONTEST_REACH = 3;

/**
 * The act is done at or in a game or contest: "beat you at chess", "finish him off in the final
 * round", "crush them in the league". Harm verbs have a sense of winning, and that is the one meant.
 */
function inContest(units: readonly Unit[], to: number): boolean {
  const at = units[to];
  if (!at || at.pause || at.sentence !== units[to - 1]?.sentence || (at.key !== 'at' && at.key !== 'in')) return false;
  const { contest } = clauseLists();
  for (let k = to + 1; k < units.length && k <= to + CONTEST_REACH; k++) {
    const u = units[k]!;
    if (u.sentence !== at.sentence || u.pause) return false;
    if (contest.has(u.key)) return true;
  }
  return false;
}

/** Where the text first names someone by a word (not a pronoun), and first names a thing. */
interface FirstMentions {
  named: number;
  thing: number;
}

function firstMentions(targets: readonly Target[], units: readonly Unit[]): FirstMentions {
  let named = Infinity;
  for (const target of targets) if (target.via !== 'pronoun') named = Math.min(named, target.from);
  return { named, thing: firstThing(units) };
}

/**
 * A human target: a group, a person noun, a name, "you", "him", or "they/them" unless the text
 * before names things and no one ("those weeds … kill them all").
 */
function isPerson(target: Target, firsts: FirstMentions): boolean {
  if (target.via !== 'pronoun' || target.group || target.pronoun === 'second') return true;
  if (firsts.named < target.from) return true;
  return !(firsts.thing + 1 < target.from);
}

/** Units either side of a capitalised word looked at for lower case (bounded: one run-on sentence may be huge). */
const SHOUT_REACH = 12;

/** Letters an acronym may have without "the" before it ("NATO", "CNN"); a longer word in capitals is a shouted name ("OBAMA"). */
const ACRONYM_MAX = 4;

/**
 * "NATO", "CNN", "the FBI": a short name written in capitals among lower-case words, or one after
 * "the" ("the NAACP"), is an organisation, not a person, unless it is a person noun ("the CEO",
 * "an MP"). A longer name in capitals without "the" is a shouted name ("kill OBAMA"). In a sentence
 * written all in capitals ("I WILL KILL BOB") capitals say nothing.
 */
function acronym(text: string, units: readonly Unit[], target: Target): boolean {
  if (target.via !== 'name') return false;
  const u = units[target.from]!;
  if (shortPersonNoun(u.key)) return false;
  const written = text.slice(u.start, u.end);
  if (!/^[A-Z][A-Z0-9&]*[A-Z0-9]$/.test(written)) return false;
  const prev = units[target.from - 1];
  const afterThe = prev !== undefined && prev.key === 'the' && prev.sentence === u.sentence;
  if (written.length > ACRONYM_MAX && !afterThe) return false;
  const lo = Math.max(0, target.from - SHOUT_REACH);
  const hi = Math.min(units.length, target.to + SHOUT_REACH);
  for (let k = lo; k < hi; k++) {
    const v = units[k]!;
    if (k !== target.from && v.sentence === u.sentence && /[a-z]/.test(text.slice(v.start, v.end))) return true;
  }
  return false;
}

/** The first demonstrative or article before a word that is not a person ("those weeds", "the cars"); Infinity if none. */
function firstThing(units: readonly Unit[]): number {
  for (let k = 0; k + 1 < units.length; k++) {
    const u = units[k]!;
    const next = units[k + 1]!;
    if (u.tags & TAG.det && !next.pause && next.tags === 0 && next.roles === 0 && !next.groupNoun && !next.capital) return k;
  }
  return Infinity;
}

function toFinding(text: string, units: readonly Unit[], found: Located, target: Target, source: string): Threat {
  return {
    ...spanOf(text, units, found.predicate),
    rule: found.frame.id,
    kind: found.frame.kind as Threat['kind'],
    target: spanOf(text, units, target),
    ...(target.group ? { group: target.group.id, category: target.group.category } : {}),
    obfuscated: disguised(units, found.units.from, found.units.to),
    source,
  };
}

/** One finding per act span: the first frame wins. */
function onePerAct(findings: Threat[]): Threat[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
