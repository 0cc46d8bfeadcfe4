/**
 * Conspiracy vs critical vs neither, with span markers for the PAN 2024 narrative roles and the
 * rhetorical cues of conspiracy talk. Cue lists are data (./data/*.json, see docs/conspiracy-cues.md).
 */
import type { Conspiracy } from '../../schema/index.js';
import { TextView, viewOf } from '../../text/view.js';
import { boundedByOptions } from '../options-cache.js';
import { namespaceRules } from '../rules.js';
import { compileConspiracy } from './compile.js';
import { findConspiracy } from './find.js';
import type { ConspiracyOptions } from './options.js';

export { CONSPIRACY_CUES_VERSION, CueEntry, loadDefaultCues, parseCues } from './cues.js';
export { FrameEntry, loadDefaultFrames, parseFrames } from './frames.js';
export { compileConspiracy, CONSPIRACY_CUES_SOURCE, type CueSets } from './compile.js';
export { findConspiracy } from './find.js';
export { conspiracyTagger } from './tagger.js';
export type { ConspiracyOptions } from './options.js';

/** Compiled cue sets per options, kept for the last few distinct option sets (explicit and bounded). */
const cueSetsFor = boundedByOptions(8, (options: ConspiracyOptions) => compileConspiracy(options));

/** One text's conspiracy tags as `tagComment` returns them (rules namespaced `conspiracy/…`). */
export function tagConspiracy(text: string | TextView, options?: ConspiracyOptions): Conspiracy {
  const view = text instanceof TextView ? text : viewOf(typeof text === 'string' ? text : String(text ?? ''));
  const result = findConspiracy(view, cueSetsFor(options ?? {}));
  namespaceRules('conspiracy', result.markers);
  return result;
}
