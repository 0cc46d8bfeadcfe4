/** Conspiracy vs critical vs neither for one text, markers with rules without their namespace. */
import type { Conspiracy, ConspiracyMarker, ConspiracyRole } from '../../schema/index.js';
import type { TextView } from '../../text/view.js';
import type { CueSets } from './compile.js';
import { findFrameHits } from './frames.js';
import { addFree } from '../../text/spans.js';
import { findHits, resolveOverlaps, type CueHit } from './match.js';
import { decide, weigh } from './score.js';
import { widenClaims } from './spans.js';

export function findConspiracy(view: TextView, sets: CueSets): Conspiracy {
  const input = view.text;
  const tokens = view.cueWords;
  // Frames (agent + intent + harm in one sentence) catch plot claims made in ordinary words.
  const frameHits = findFrameHits(tokens, sets.frames);
  // Plot and opposition cues in one pass over the words.
  const markerCueHits = findHits(input, tokens, sets.markers);
  const criticalHits = findHits(input, tokens, sets.critical);
  // Overlapping phrase cues: the longest wins ("globalist cabal" is one piece of evidence, not two).
  const phraseHits = resolveOverlaps(markerCueHits, input.length);
  // A frame is separate evidence from the phrases inside it, so both count towards the plot...
  const evidence = weigh([...phraseHits, ...frameHits], criticalHits);
  // ...but as markers a frame only fills characters no phrase took: phrases name roles more exactly.
  const markerHits = addFree(phraseHits, resolveOverlaps(frameHits, input.length), input.length);
  const { label, score } = decide(evidence, sets.threshold);
  // A text that is neither gets no markers: "the government" alone is not a narrative role.
  if (label === 'none') return { label, score, markers: [] };
  // Objectives and harms are claims, so their markers cover the clause that states them.
  const markers = widenClaims(markerHits, tokens).map((hit) => toMarker(input, hit, sets.originOf(hit.cue.id)));
  return { label, score, markers };
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
