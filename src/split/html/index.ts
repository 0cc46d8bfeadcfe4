// PLACEHOLDER until issue 6 lands: HTML is not split structurally yet.
import type { PageAnalysis } from '../../schema/index.js';
import type { SplitOptions } from '../options.js';

/** Splits an HTML page; returns null when it cannot, so the caller falls back to the text splitter. */
export function splitHtml(_html: string, _options: SplitOptions): PageAnalysis | null {
  return null;
}
