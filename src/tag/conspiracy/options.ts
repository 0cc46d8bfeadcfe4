/** How a caller changes the conspiracy cues (`analyzePage(page, { conspiracy })`, `createAnalyzer`). */
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
