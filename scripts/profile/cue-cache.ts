/**
 * `tsx scripts/profile/cue-cache.ts [passes] [joined]`: the narrowed-regex caches of the cue lists
 * (src/text/cues.ts) over a long run. Every comment-sized paragraph of the tune fixture pages
 * (fixtures/pages) is matched against every stance and question cue list, `passes` times over,
 * each pass on fresh copies of the strings. A first pass ("joined") matches each paragraph
 * joined with `joined - 1` others (default 2 in all): longer texts hold other combinations of cue
 * strings, as the first pages of a run may, and a cache that keeps what it met first serves the
 * later passes badly. Prints per pass the share of narrowing look-ups
 * answered from a cache and the CPU time of matchCues, then each list's cache size and hit rate.
 * A cache that stops taking new subsets shows as a hit rate that stays below the one a cache that
 * keeps learning reaches; times follow the machine's load (printed), so compare rates first.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from '../../tests/gold.js';
import { matchCues, type CueList } from '../../src/text/cues.js';
import { stanceCues } from '../../src/tag/stance/cues.js';
import { questionCues } from '../../src/tag/questions/cues.js';
import { printTable } from '../lib/table.js';

const PASSES = Number(process.argv[2] ?? 20);
const JOINED = Number(process.argv[3] ?? 2);

/** A narrowed-regex cache that counts its look-ups. */
class CountingMap<K, V> extends Map<K, V> {
  hits = 0;
  lookups = 0;
  override get(key: K): V | undefined {
    const value = super.get(key);
    this.lookups++;
    if (value !== undefined) this.hits++;
    return value;
  }
}

const dir = join(FIXTURES, 'pages');
const texts = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/u))
  .filter((text) => text.trim().length > 0 && text.length <= 2000);
const lists: [string, CueList][] = [...Object.entries(stanceCues()), ...Object.entries(questionCues())];
for (const [, list] of lists) list.narrowedRegexes = list.narrowedRegexes.map(() => new CountingMap<string, never>());
const counters = (list: CueList) => list.narrowedRegexes as CountingMap<string, unknown>[];
const totals = () => {
  let hits = 0;
  let lookups = 0;
  for (const [, list] of lists) for (const map of counters(list)) (hits += map.hits), (lookups += map.lookups);
  return { hits, lookups };
};

process.stdout.write(`${texts.length} paragraphs × ${lists.length} cue lists, one pass of ${JOINED} joined, then ${PASSES} passes; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
const rows: (string | number)[][] = [];
let cpuTotal = 0;
for (let pass = 0; pass <= PASSES; pass++) {
  // Fresh strings: nothing keyed by string identity carries over from the pass before.
  const fresh = pass === 0
    ? texts.map((text, i) => [text, ...Array.from({ length: JOINED - 1 }, (_, k) => texts[(i * (7 + 6 * k) + 13 * (k + 1)) % texts.length]!)].join('\n\n'))
    : texts.map((text) => Array.from(text).join(''));
  const before = totals();
  const started = process.cpuUsage();
  let found = 0;
  for (const text of fresh) for (const [, list] of lists) found += matchCues(list, text).length;
  const used = process.cpuUsage(started);
  const after = totals();
  const ms = (used.user + used.system) / 1000;
  cpuTotal += ms;
  const lookups = after.lookups - before.lookups;
  rows.push([pass === 0 ? `joined ${JOINED}` : pass, lookups, ((100 * (after.hits - before.hits)) / Math.max(1, lookups)).toFixed(1), ms.toFixed(0), found]);
}
printTable('Per pass: narrowing look-ups, % answered from a cache, matchCues CPU ms, matches', ['pass', 'look-ups', 'hit %', 'CPU ms', 'matches'], rows);
const passes = rows.slice(2).map((row) => Number(row[3]));
process.stdout.write(`CPU ms: all passes ${cpuTotal.toFixed(0)}; passes 2–${PASSES} mean ${(passes.reduce((a, b) => a + b, 0) / Math.max(1, passes.length)).toFixed(1)}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
printTable('Per cue list, over all passes', ['list', 'cues', 'largest cache', 'entries', 'look-ups', 'hit %'], lists.map(([name, list]) => {
  const maps = counters(list);
  const hits = maps.reduce((sum, map) => sum + map.hits, 0);
  const lookups = maps.reduce((sum, map) => sum + map.lookups, 0);
  return [name, list.cues.length, Math.max(...maps.map((map) => map.size)), maps.reduce((sum, map) => sum + map.size, 0), lookups, ((100 * hits) / Math.max(1, lookups)).toFixed(1)];
}));
