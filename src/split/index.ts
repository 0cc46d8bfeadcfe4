import { SCHEMA_VERSION, type PageAnalysis } from '../schema/index.js';
import { decodeInput } from './decode.js';
import { looksLikeHtml } from './detect-html.js';
import { splitHtml } from './html/index.js';
import type { SplitOptions } from './options.js';
import { splitText } from './text/index.js';
import { CODE_SOURCE } from '../tag/sources.js';
import { warning } from '../warnings.js';
import { memoize } from '../memo.js';

export type { SplitOptions } from './options.js';

/**
 * Splits a scraped page into title, body, comments and boilerplate. Every segment indexes the
 * returned `text`: the input itself for plain text, the rendered visible text for HTML.
 */
export function splitPage(input: string | Uint8Array, options: SplitOptions = {}): PageAnalysis {
  // Bytes become text first; binary input throws a ThreadlensError here, before any work.
  const decoded = decodeInput(input);
  // HTML goes to the structural splitter, which may hand back null when the markup gives no help.
  const htmlLike = looksLikeHtml(decoded.text);
  const wantsHtml = options.format === 'html' || (options.format !== 'text' && htmlLike);
  const html = wantsHtml ? splitHtml(decoded.text, options) : null;
  const page = html ?? splitText(decoded.text);
  // HTML that reached the text splitter is worth a warning: the markup will appear as text. That
  // happens when the caller asks for text, or when the HTML splitter finds nothing to work with.
  if (!html && htmlLike) {
    page.warnings.unshift(warning('html-as-text', { reason: options.format === 'text' ? ' (format "text" was asked for)' : '' }));
  }
  // Decoding warnings point into the input; on the HTML path `text` is the rendered page instead.
  page.warnings.unshift(...(html ? rebaseWarnings(decoded.warnings, decoded.text, page.text) : decoded.warnings));
  namespaceSplitRules(page);
  return { ...page, schemaVersion: SCHEMA_VERSION, ...(options.source ? { source: options.source } : {}) };
}

/**
 * Warning offsets must index `text`. A decoding warning on an HTML page points at a character of
 * the raw markup (a NUL, a U+FFFD): it moves to the first such character of the rendered text, or
 * loses its offsets when the rendering shows none (the character sat in a tag or a script).
 */
function rebaseWarnings(warnings: PageAnalysis['warnings'], input: string, text: string): PageAnalysis['warnings'] {
  return warnings.map((warning) => {
    if (warning.start === undefined || warning.end === undefined) return warning;
    const { start: _start, end: _end, ...rest } = warning;
    const marked = input.slice(warning.start, warning.end);
    const at = marked ? text.indexOf(marked) : -1;
    return at >= 0 ? { ...rest, start: at, end: at + marked.length } : rest;
  });
}

/**
 * The splitters name their rules locally ("caption:credit", "reply:at-mention", "dom-nesting");
 * here, at one point, they become `split/<rule>` in the one rule-id grammar (":" and anything else
 * outside it read as "-"), and reply evidence gets the `source` every finding carries.
 */
function namespaceSplitRules(page: PageAnalysis): void {
  for (const item of page.boilerplate) item.rule = splitRule(item.rule);
  for (const comment of page.comments) {
    const evidence = comment.replyEvidence;
    if (evidence) comment.replyEvidence = { ...evidence, rule: splitRule(evidence.rule), source: CODE_SOURCE };
  }
}

/** Cached: a page names a few dozen rules over thousands of boilerplate lines (2% of analyzePage's CPU uncached). */
const splitRule = memoize(1000, (rule: string): string => {
  const local = rule.toLowerCase().replace(/[^a-z0-9.]+/gu, '-').replace(/[.-]{2,}/gu, '-').replace(/^[-.]+|[-.]+$/gu, '');
  return `split/${local || 'unnamed'}`;
});
