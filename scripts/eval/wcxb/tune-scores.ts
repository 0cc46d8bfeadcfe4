/**
 * Tune-only per-page WCXB scores as JSON lines (check pages are never loaded), for comparing two
 * trees or two views page by page. Run: npx tsx scripts/eval/wcxb/tune-scores.ts > tune.jsonl
 */
import { splitHtml } from '../../../src/split/html/index.js';
import { partOf } from '../../lib/parts.js';
import { extractedText } from '../sections/21-wcxb.js';
import { loadWcxb, wcxbIds } from './load.js';
import { scorePage } from './score.js';

const ids = wcxbIds().filter((id) => partOf('wcxb', id) === 'tune');
for (const page of loadWcxb(ids)) {
  const result = splitHtml(page.html, {});
  const ours = extractedText(result, page.type);
  const score = scorePage(ours, page);
  const lower = ours.toLowerCase();
  const found = page.without.filter((s) => lower.includes(s.toLowerCase()));
  const row = { id: page.id, type: page.type, ...score, found };
  process.stdout.write(JSON.stringify(row) + '\n');
  page.html = '';
}
