/**
 * renderReport: records in, one self-contained HTML file out. The records are embedded as JSON and
 * drawn by the report's own script, which puts every piece of page text in with textContent.
 */
import type { PageAnalysis } from '../schema/index.js';
import { TAGGERS } from '../tag/registry.js';
import { THREADLENS_VERSION } from '../version.js';
import { reportDocument } from './document.js';
import { escapeScriptJson, scriptJson } from './embed.js';
import { REPLY_KIND } from './model/findings.js';
import type { ReportSettings } from './model/settings.js';
import { parseReportOptions, type ReportOptions } from './options.js';

export { ReportOptions } from './options.js';

const DEFAULT_TITLE = 'threadlens report';

/** What a report shows: page records and error records, as threadlens returns or writes them. */
export type ReportRecord = PageAnalysis | { source?: string; error: { code: string; message: string } };

/**
 * Renders page records (what analyzePage, analyzePages or `threadlens pages` give, error records
 * included) as one HTML string. Records that are not pages are shown as such, never dropped.
 */
export function renderReport(results: ReportRecord | Iterable<ReportRecord>, options?: ReportOptions): string {
  // Options are checked first: a typo should fail before any work.
  const { title = DEFAULT_TITLE } = parseReportOptions(options);
  // One record or many: a single PageAnalysis is a report of one page.
  const records = toRecords(results);
  // The legend lists the registered taggers' fields in registry order; fields only the data has follow.
  const settings: ReportSettings = { title, kinds: tagKinds(), generator: `threadlens@${THREADLENS_VERSION}` };
  // Data goes in as escaped JSON, never as markup.
  return reportDocument({ title, settingsJson: scriptJson(settings), recordsJson: recordsJson(records) });
}

/** One record that JSON cannot hold (a cycle, a BigInt) becomes an error entry; the rest still show. */
function recordsJson(records: unknown[]): string {
  const parts = records.map((record) => {
    try {
      return JSON.stringify(record) ?? 'null';
    } catch (error) {
      const message = `this record cannot be written as JSON: ${error instanceof Error ? error.message : String(error)}`;
      return JSON.stringify({ error: { code: 'invalid-input', message } });
    }
  });
  return escapeScriptJson(`[${parts.join(',')}]`);
}

function toRecords(results: unknown): unknown[] {
  if (Array.isArray(results)) return results;
  if (results && typeof results === 'object' && Symbol.iterator in results && typeof results !== 'string') return [...(results as Iterable<unknown>)];
  return [results];
}

/** The fields of every registered tagger, in registry order, then reply evidence. */
function tagKinds(): string[] {
  return [...TAGGERS.flatMap((tagger) => Object.keys(tagger.fields)), REPLY_KIND];
}
