/** Rendering one record in the chosen format; light enough for the main thread (no taggers). */
import { toCodepointOffsets } from '../batch/offsets.js';
import type { FormatName, OffsetsName } from './args.js';
import { FORMATS, type RenderInput } from './formats/index.js';

/** Offsets are converted last, just before rendering, so every format sees the same numbers. */
export function render(input: RenderInput, settings: { format: FormatName; offsets: OffsetsName; csvGuard?: boolean }): string {
  const record = settings.offsets === 'codepoint' ? toCodepointOffsets(input.record, input.text) : input.record;
  return FORMATS[settings.format].render({ ...input, record, csvGuard: settings.csvGuard === true });
}
