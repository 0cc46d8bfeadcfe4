/**
 * Conspiracy vs critical vs neither, with span markers for the PAN 2024 narrative roles and the
 * rhetorical cues of conspiracy talk. Cue lists are data (./data/*.json, see docs/conspiracy-cues.md).
 */
import type { Conspiracy, ConspiracyMarker, ConspiracyRole } from '../../schema/index.js';
import { compileCues, loadDefaultCues, parseCues, type CompiledCues, type CueEntry } from './cues.js';
import { compileFrames, findFrameHits, loadDefaultFrames, parseFrames, type CompiledFrame, type FrameEntry } from './frames.js';
import { addFree, findHits, resolveOverlaps, type CueHit } from './match.js';
import { decide, DEFAULT_THRESHOLD, weigh } from './score.js';
import { widenClaims } from './spans.js';
import { tokenize } from './tokens.js';
import { CONSPIRACY_CUES_VERSION } from './cues.js';
import { sourceId } from '../sources.js';
import { namespaceRules } from '../rules.js';

export { CONSPIRACY_CUES_VERSION, CueEntry, loadDefaultCues, parseCues } from './cues.js';
export { FrameEntry, loadDefaultFrames, parseFrames } from './frames.js';

export interface ConspiracyOptions {
  /** Plot evidence at which a text becomes "conspiracy" (default 1; score is 0.5 there). */
  threshold?: number;
  /** Cue entries added to the shipped ones (same shape as the JSON files' `cues`). */
  extraCues?: unknown[];
  /** Replace the shipped cues entirely. */
  cues?: unknown[];
  /** Replace the shipped plot frames (same shape as data/frames.json's `frames`; [] for none). */
  frames?: unknown[];
  /** Cue or frame ids to switch off. */
  disable?: string[];
}

export function tagConspiracy(text: string, options?: ConspiracyOptions): Conspiracy {
  const input = typeof text === 'string' ? text : String(text ?? '');
  const sets = cuesFor(options);
  const { markers: markerCues, critical: criticalCues, frames } = sets;
  const tokens = tokenize(input);
  // Frames (agent + intent + harm in one sentence) catch plot claims made in ordinary words.
  const frameHits = findFrameHits(tokens, frames);
  // Plot and opposition cues in one pass over the words.
  const markerCueHits = findHits(input, tokens, markerCues);
  const criticalHits = findHits(input, tokens, criticalCues);
  // Overlapping phrase cues: the longest wins ("globalist cabal" is one piece of evidence, not two).
  const phraseHits = resolveOverlaps(markerCueHits, input.length);
  // A frame is separate evidence from the phrases inside it, so both count towards the plot...
  const evidence = weigh([...phraseHits, ...frameHits], criticalHits);
  // ...but as markers a frame only fills characters no phrase took: phrases name roles more exactly.
  const markerHits = addFree(phraseHits, resolveOverlaps(frameHits, input.length), input.length);
  const { label, score } = decide(evidence, options?.threshold ?? DEFAULT_THRESHOLD);
  // A text that is neither gets no markers: "the government" alone is not a narrative role.
  if (label === 'none') return { label, score, markers: [] };
  // Objectives and harms are claims, so their markers cover the clause that states them.
  const markers = widenClaims(markerHits, tokens).map((hit) => toMarker(input, hit, sets.originOf(hit.cue.id)));
  return { label, score, markers: namespaceRules('conspiracy', markers) };
}

function toMarker(input: string, hit: CueHit, source: string): ConspiracyMarker {
  return {
    text: input.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    rule: hit.cue.id,
    source,
    role: hit.cue.role as ConspiracyRole,
  };
}

interface CueSets {
  markers: CompiledCues;
  critical: CompiledCues;
  frames: CompiledFrame[];
  /** The finding `source` of a cue or frame id: the shipped cue files, or the caller's. */
  originOf: (id: string) => string;
}

/** The `source` of markers from the shipped cue and frame files. */
export const CONSPIRACY_CUES_SOURCE = `conspiracy-cues@${CONSPIRACY_CUES_VERSION}`;

let defaults: CueSets | undefined;
const custom = new WeakMap<ConspiracyOptions, CueSets>();

/** Compiling the cue index costs a few ms, so it happens once per options object. */
function cuesFor(options?: ConspiracyOptions): CueSets {
  const plain = !options || (!options.cues && !options.extraCues && !options.frames && !options.disable?.length);
  if (plain) return (defaults ??= split(loadDefaultCues(), loadDefaultFrames()));
  let sets = custom.get(options);
  if (!sets) {
    const base = options.cues ? parseCues(options.cues) : loadDefaultCues();
    const extended = options.extraCues ? parseCues([...base, ...options.extraCues]) : base;
    const off = new Set(options.disable ?? []);
    const frames = options.frames ? parseFrames(options.frames) : loadDefaultFrames();
    // Cues and frames the caller supplied name the caller's data; the rest the shipped files.
    const own = new Set<string>([...(options.cues ? base : []), ...parseCues(options.extraCues ?? []), ...(options.frames ? frames : [])].map((entry) => entry.id));
    const callers = sourceId('custom-conspiracy-cues', undefined);
    sets = split(extended.filter((cue) => !off.has(cue.id)), frames.filter((frame) => !off.has(frame.id)), (id) => (own.has(id) ? callers : CONSPIRACY_CUES_SOURCE));
    custom.set(options, sets);
  }
  return sets;
}

function split(cues: CueEntry[], frames: FrameEntry[], originOf: (id: string) => string = () => CONSPIRACY_CUES_SOURCE): CueSets {
  return {
    originOf,
    markers: compileCues(cues.filter((cue) => cue.role !== 'critical')),
    critical: compileCues(cues.filter((cue) => cue.role === 'critical')),
    frames: compileFrames(frames),
  };
}
