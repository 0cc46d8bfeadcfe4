import { readFileSync } from 'node:fs';
import { CsvParser } from '../../../src/cli/csv-parse.js';
import { SHARED_DATA } from '../../lib/table.js';

export interface SpanPost {
  text: string;
  gold: Set<number>;
}

/** SemEval-2021 Task 5 CSV: `spans,text`, spans a JSON list of character offsets. */
export function loadToxicSpans(file: 'tsd_trial.csv' | 'tsd_train.csv'): SpanPost[] {
  const rows = parseCsv(readFileSync(`${SHARED_DATA}toxic-spans/${file}`, 'utf8'));
  return rows.slice(1).filter((row) => row.length >= 2).map(([spans, text]) => ({
    text: text!,
    gold: new Set(JSON.parse(spans!) as number[]),
  }));
}

/** The CLI's RFC 4180 reader: quoted fields may hold commas, doubled quotes and newlines. */
function parseCsv(data: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser((row) => rows.push(row.fields));
  parser.push(data);
  parser.end();
  return rows;
}

/** Official per-post F1 (Pavlopoulos et al. 2021): empty gold and empty prediction score 1. */
export function spanF1(pred: Set<number>, gold: Set<number>): number {
  if (gold.size === 0) return pred.size === 0 ? 1 : 0;
  if (pred.size === 0) return 0;
  let both = 0;
  for (const offset of pred) if (gold.has(offset)) both++;
  if (both === 0) return 0;
  const p = both / pred.size;
  const r = both / gold.size;
  return (2 * p * r) / (p + r);
}

export function offsets(spans: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const s of spans) for (let k = s.start; k < s.end; k++) out.add(k);
  return out;
}
