/**
 * The conspiracy cue sets an analyzer reads: the shipped cue and frame files (or the caller's),
 * validated and compiled into token-keyed indexes once per analyzer.
 */
import { sourceId } from '../sources.js';
import { compileCues, CONSPIRACY_CUES_VERSION, loadDefaultCues, parseCues, type CompiledCues, type CueEntry } from './cues.js';
import { compileFrames, loadDefaultFrames, parseFrames, type CompiledFrame, type FrameEntry } from './frames.js';
import type { ConspiracyOptions } from './options.js';
import { DEFAULT_THRESHOLD } from './score.js';

/** The `source` of markers from the shipped cue and frame files. */
export const CONSPIRACY_CUES_SOURCE = `conspiracy-cues@${CONSPIRACY_CUES_VERSION}`;
const CALLER_CUES_SOURCE = sourceId('custom-conspiracy-cues', undefined);

export interface CueSets {
  markers: CompiledCues;
  critical: CompiledCues;
  frames: CompiledFrame[];
  threshold: number;
  /** The finding `source` of a cue or frame id: the shipped cue files, or the caller's. */
  originOf: (id: string) => string;
}

export function compileConspiracy(options: ConspiracyOptions = {}): CueSets {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const base = options.cues ? parseCues(options.cues) : loadDefaultCues();
  const extended = options.extraCues ? parseCues([...base, ...options.extraCues]) : base;
  const off = new Set(options.disable ?? []);
  const frames = options.frames ? parseFrames(options.frames) : loadDefaultFrames();
  // Cues and frames the caller supplied name the caller's data; the rest the shipped files.
  const own = new Set<string>(
    [...(options.cues ? base : []), ...(options.extraCues ? parseCues(options.extraCues) : []), ...(options.frames ? frames : [])].map((entry) => entry.id),
  );
  const originOf = (id: string) => (own.has(id) ? CALLER_CUES_SOURCE : CONSPIRACY_CUES_SOURCE);
  return split(extended.filter((cue) => !off.has(cue.id)), frames.filter((frame) => !off.has(frame.id)), threshold, originOf);
}

function split(cues: CueEntry[], frames: FrameEntry[], threshold: number, originOf: (id: string) => string): CueSets {
  return {
    markers: compileCues(cues.filter((cue) => cue.role !== 'critical')),
    critical: compileCues(cues.filter((cue) => cue.role === 'critical')),
    frames: compileFrames(frames),
    threshold,
    originOf,
  };
}
