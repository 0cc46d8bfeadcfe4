/**
 * `--input jsonl`: a page stream, one page per line: `{ source|url|id, html|text|content }`. The
 * line's source is the page's identity; a line that cannot be read gets an error record named
 * after the file and line, and the stream goes on.
 */
import type { ErrorInfo } from '../../batch/errors.js';
import { linesOf } from './lines.js';
import type { PageItem } from './types.js';

/** JSON escaping can double a page's size, so a line may be up to twice --max-bytes (plus the keys). */
const LINE_ALLOWANCE = 2;

export async function* streamItems(stream: AsyncIterable<Buffer>, name: string, maxBytes: number): AsyncGenerator<PageItem> {
  for await (const entry of linesOf(stream, maxBytes * LINE_ALLOWANCE + 4096)) {
    const where = `${name}:${entry.line}`;
    if ('tooLong' in entry) {
      yield failed(where, { code: 'input-too-large', message: `line ${entry.line} is ${entry.tooLong} bytes, over the limit for a page of ${maxBytes} bytes.` });
      continue;
    }
    const text = entry.line === 1 ? entry.text.replace(/^\uFEFF/, '') : entry.text;
    if (text.trim() === '') continue;
    yield itemOf(text, where, entry.line);
  }
}

function itemOf(text: string, where: string, line: number): PageItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failed(where, malformed(`line ${line} is not valid JSON: ${(error as Error).message}`));
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return failed(where, malformed(`line ${line} is not a JSON object`));
  const fields = value as Record<string, unknown>;
  const source = [fields.source, fields.url, fields.id].find((field) => typeof field === 'string' ? field !== '' : typeof field === 'number');
  if (source === undefined) return failed(where, malformed(`line ${line} has no "source", "url" or "id" to name the page by`));
  const name = String(source);
  for (const [field, format] of [['html', 'html'], ['text', 'text'], ['content', undefined]] as const) {
    const content = fields[field];
    if (content === undefined || content === null) continue;
    if (typeof content !== 'string') return failed(name, malformed(`line ${line}: "${field}" must be a string`));
    return { key: name, source: name, content, ...(format ? { format } : {}) };
  }
  return failed(name, malformed(`line ${line} has no "html", "text" or "content" field`));
}

function failed(source: string, error: ErrorInfo): PageItem {
  return { key: source, source, error };
}

function malformed(message: string): ErrorInfo {
  return { code: 'malformed-row', message };
}
