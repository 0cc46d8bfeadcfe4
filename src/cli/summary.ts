import { errorTotal, type Stats } from './stats.js';

/** The end-of-run report on stderr: what was read, what failed and why, what was found, how long. */
export function formatSummary(stats: Stats, seconds: number, extra: { skipped: number; unit: 'pages' | 'comments'; notes?: string[] }): string {
  const errors = errorTotal(stats);
  const units = extra.unit === 'pages' ? stats.pages : stats.comments + errors;
  const rate = seconds > 0 ? `, ${(units / seconds).toFixed(1)} ${extra.unit}/s` : '';
  const lines = [
    `threadlens: ${stats.pages} pages, ${stats.comments} comments, ${errors} errors in ${seconds.toFixed(1)} s${rate}`,
  ];
  if (extra.skipped > 0) lines.push(`  skipped (already in output): ${extra.skipped}`);
  for (const note of extra.notes ?? []) lines.push(`  ${note}`);
  if (errors > 0) lines.push(`  errors: ${list(stats.errors)}`);
  lines.push(`  tags: ${Object.keys(stats.tags).length > 0 ? list(stats.tags) : 'none'}`);
  return `${lines.join('\n')}\n`;
}

function list(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
