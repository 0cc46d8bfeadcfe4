/**
 * From cue hits to a label. Each distinct cue counts once, so repeating "globalists" ten times is
 * not ten times the evidence. A plot claim needs cues adding up to the threshold (one strong cue
 * such as "depopulation agenda" or "false flag", or several medium ones together).
 */
import type { Conspiracy } from '../../schema/index.js';
import type { CueHit } from './match.js';

export const DEFAULT_THRESHOLD = 1;
/** Opposition evidence that makes a text "critical" when it names an institution... */
const CRITICAL_WITH_TARGET = 0.25;
/** ...or on its own, when several kinds of opposition cue (lying, abuse, measures) co-occur. */
const CRITICAL_ALONE = 1;
/** Plot evidence short of the threshold still shows opposition to the powerful. */
const CRITICAL_FROM_PLOT = 0.5;
/** Weaker plot and opposition evidence together, from at least two cues. */
const CRITICAL_COMBINED = 0.75;

export interface Evidence {
  plot: number;
  opposition: number;
  /** An agent or facilitator (government, media, companies...) is named. */
  institution: boolean;
  /** Distinct cues of either kind; one medium cue alone ("staged", "wake up") is not opposition. */
  distinct: number;
}

export function weigh(markerHits: CueHit[], criticalHits: CueHit[]): Evidence {
  const plotIds = new Map<string, number>();
  for (const hit of markerHits) plotIds.set(hit.cue.id, hit.cue.weight);
  const oppositionIds = new Map<string, number>();
  for (const hit of criticalHits) oppositionIds.set(hit.cue.id, hit.cue.weight);
  return {
    plot: sum(plotIds.values()),
    opposition: sum(oppositionIds.values()),
    institution: markerHits.some((hit) => hit.cue.role === 'agent' || hit.cue.role === 'facilitator'),
    distinct: plotIds.size + oppositionIds.size,
  };
}

export function decide(evidence: Evidence, threshold: number): Pick<Conspiracy, 'label' | 'score'> {
  const { plot, opposition, institution, distinct } = evidence;
  // score is 0.5 exactly at the threshold and tends to 1 as plot evidence accumulates.
  const score = plot <= 0 ? 0 : Math.min(1, plot / (plot + threshold));
  if (plot >= threshold) return { label: 'conspiracy', score };
  // Critical means opposition aimed at governments, media or institutions, without the plot.
  const several = distinct >= 2;
  if ((several && (plot >= CRITICAL_FROM_PLOT || plot + opposition >= CRITICAL_COMBINED)) || opposition >= CRITICAL_ALONE || (institution && opposition >= CRITICAL_WITH_TARGET)) {
    return { label: 'critical', score };
  }
  return { label: 'none', score };
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
