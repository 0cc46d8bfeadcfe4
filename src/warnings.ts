/**
 * Warning messages are data, keyed by code: one sentence per code, with `{name}` slots filled from
 * the details a stage reports. Code branches on `code`; people read `message`.
 */
import type { Warning, WarningCode } from './schema/index.js';

export const WARNING_MESSAGES: Readonly<Record<WarningCode, string>> = {
  'empty-input': 'The input is empty or whitespace only.',
  'invalid-utf8': 'The input is not valid UTF-8; {handling}.',
  'nul-bytes': 'The input contains NUL characters; they were kept and treated as spaces.',
  'control-characters': 'The input contains control characters; they were kept.',
  'html-as-text': 'The input looks like HTML but was split as plain text{reason}.',
  'ambiguous-comment-boundaries':
    'Comments and their paragraphs are both separated by single blank lines and many comments have no header; boundaries between headerless paragraphs are a best guess.',
  'ambiguous-page-structure': 'No comment headers or markers: the comment section was placed by blank-line rhythm and writing style.',
  'long-line': 'A line longer than {limit} characters; it was treated as one paragraph.',
  'truncated-input': 'The HTML ends with elements still open; it may be truncated.',
  'html-fallback-to-text': 'The markup has no comment structure; comments were found in the rendered text instead.',
  'comments-loaded-by-script': 'Comments are loaded by script ({providers}); they are not in this HTML.',
  'charset-mismatch': 'The page declares {declared} but its bytes {bytes}; decoded as {decodedAs}.',
  'deep-nesting': 'Elements nest {depth} deep; the page may be malformed.',
  'no-body': 'No article body was found in the markup.',
};

/** A warning with its message from the table; `details` fill the `{name}` slots. */
export function warning(code: WarningCode, details: Record<string, string | number> = {}, span?: { start: number; end: number }): Warning {
  const message = WARNING_MESSAGES[code].replace(/\{(\w+)\}/gu, (_, name: string) => String(details[name] ?? ''));
  return { code, message, ...(span ? { start: span.start, end: span.end } : {}) };
}
