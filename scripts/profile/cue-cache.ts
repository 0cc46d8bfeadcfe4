/**
 * `tsx scripts/profile/cue-cache.ts [passes] [joined]`: the narrowed cue regexes (src/text/cues.ts
 * `narrowed`) over a long run. Every comment-sized paragraph of the tune fixture pages
 * (fixtures/pages) is matched against every stance and question cue list, `passes` times over,
 * each pass on fresh copies of the strings. A first pass ("joined") matches each paragraph
 * joined with `joined - 1` others (default 2 in all): longer texts hold other combinations of cue
 * strings, as the first pages of a run may. Prints per pass how many alternatives had their own
 * regexes made (a run that keeps compiling shows as passes past the first that still make some)
 * and the CPU time of matchCues, then per list its alternatives and how many were made. Times
 * follow the machine's load (printed).
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

const dir = join(FIXTURES, 'pages');
const texts = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(join(dir, name), 'utf8').split(/\n\s*\n/u))
  .filter((text) => text.trim().length > 0 && text.length <= 2000);
const lists: [string, CueList][] = [...Object.entries(stanceCues()), ...Object.entries(questionCues())];
/** Alternatives whose own regexes a list has made (src/text/cues.ts `narrowed`), per cue. */
const madePerCue = (list: CueList) => list.alternativeRegexes.map((made) => Object.keys(made).length);
const totals = () => lists.reduce((sum, [, list]) => sum + madePerCue(list).reduce((a, b) => a + b, 0), 0);

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
  rows.push([pass === 0 ? `joined ${JOINED}` : pass, after - before, ms.toFixed(0), found]);
}
printTable('Per pass: alternatives whose regexes were made, matchCues CPU ms, matches', ['pass', 'made', 'CPU ms', 'matches'], rows);
const passes = rows.slice(2).map((row) => Number(row[3]));
process.stdout.write(`CPU ms: all passes ${cpuTotal.toFixed(0)}; passes 2–${PASSES} mean ${(passes.reduce((a, b) => a + b, 0) / Math.max(1, passes.length)).toFixed(1)}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n\n`);
printTable('Per cue list, over all passes', ['list', 'cues', 'alternatives', 'made'], lists.map(([name, list]) => [
  name,
  list.cues.length,
  list.cues.reduce((sum, cue) => sum + (cue.alternatives?.patterns.length ?? 1), 0),
  madePerCue(list).reduce((a, b) => a + b, 0),
]));
