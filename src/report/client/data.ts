/** Reads the records and settings embedded in the report and turns them into report entries. */
import { readEntry, type ReportEntry } from '../model/entries.js';
import { orderKinds, type KindInfo } from '../model/kinds.js';
import type { Json } from '../model/types.js';
import type { ReportSettings } from '../model/settings.js';

export interface Report {
  settings: ReportSettings;
  entries: ReportEntry[];
  kinds: KindInfo[];
  kindByName: Map<string, KindInfo>;
}

export function readReport(): Report {
  const settings = readJson('threadlens-settings') as unknown as ReportSettings;
  const records = readJson('threadlens-records');
  const entries = (Array.isArray(records) ? records : []).map((record, position) => readEntry(record, position));
  const found = new Set<string>();
  for (const entry of entries) if (entry.type === 'page') for (const kind of Object.keys(entry.counts)) found.add(kind);
  const kinds = orderKinds(settings.kinds, found);
  return { settings, entries, kinds, kindByName: new Map(kinds.map((kind) => [kind.name, kind])) };
}

function readJson(id: string): Json {
  const element = document.getElementById(id);
  return JSON.parse(element?.textContent ?? 'null') as Json;
}
