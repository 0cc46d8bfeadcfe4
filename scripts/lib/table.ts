import { readFileSync } from 'node:fs';

/** Plain-text tables for eval and bench output: aligned columns, numbers right-aligned. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((row) => row.map(formatCell))];
  const widths = header.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const out = [`## ${title}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  process.stdout.write(`${out.join('\n')}\n\n`);
}

function formatCell(value: string | number): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(3);
}

/** Path to ../shared/data, next to the checkout. */
export const SHARED_DATA = new URL('../../../shared/data/', import.meta.url).pathname;

/** The rows of a JSON-lines file under ../shared/data (blank lines skipped). */
export function readSharedJsonl<T>(path: string): T[] {
  return readFileSync(`${SHARED_DATA}${path}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}
