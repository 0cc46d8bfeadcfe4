/** Warnings about the page as a whole: comments that load by script, malformed or cut-off markup, no body. */
import type { Body, Warning } from '../../schema/index.js';

/** Nesting deeper than this is not a real page; it still parses, with a warning. */
const DEEP_NESTING = 1000;

export function scriptWarning(providers: string[]): Warning {
  return {
    code: 'comments-loaded-by-script',
    message: `Comments are loaded by script (${providers.join(', ')}); they are not in this HTML.`,
  };
}

export const fallbackWarning = (): Warning => ({
  code: 'html-fallback-to-text',
  message: 'The markup has no comment structure; comments were found in the rendered text instead.',
});

export function structureWarnings(maxDepth: number, truncated: boolean, body: Body | null): Warning[] {
  const warnings: Warning[] = [];
  if (maxDepth > DEEP_NESTING) {
    warnings.push({ code: 'deep-nesting', message: `Elements nest ${maxDepth} deep; the page may be malformed.` });
  }
  if (truncated) {
    warnings.push({ code: 'truncated-input', message: 'The HTML ends with elements still open; it may be truncated.' });
  }
  if (!body) warnings.push({ code: 'no-body', message: 'No article body was found in the markup.' });
  return warnings;
}
