/**
 * `tsx scripts/profile/cpu.ts [rounds] [top] [all|text|html] [analyzePage|splitPage]`: where analyzePage's
 * (or, named last, splitPage's alone) CPU goes, on the
 * built package (dist/index.js, `npm run build` first) over the tune fixture pages: by default the
 * text pages (fixtures/pages) and the hand-written HTML pages (fixtures/html/written), so the HTML
 * split paths are sampled too; `text` or `html` profiles one kind alone (scripts/profile/pages.ts). Only the timed rounds are sampled
 * (node:inspector's profiler, started after two warm-up passes), so import, lazy tables and JIT
 * warm-up are not charged. Prints self time by function, by source file of the bundle's
 * functions' hottest lines, and the hottest lines themselves: a regex's execution is charged to
 * the line that runs it, and a line is often clearer than a function (a spread, a Map lookup).
 * Shares are of samples, which follow wall time: on a loaded machine compare shares, not seconds.
 */
import { readFileSync } from 'node:fs';
import { builtPackage } from '../lib/built.js';
import { profileRounds } from '../lib/cpu-profile.js';
import { printTable } from '../lib/table.js';
import { profilePages, type PageKind } from './pages.js';

const ROUNDS = Number(process.argv[2] ?? 10);
const TOP = Number(process.argv[3] ?? 30);
const KIND = (process.argv[4] ?? 'all') as PageKind;
const CALL = process.argv[5] ?? 'analyzePage';

const built = await builtPackage();
if (!built.api) throw new Error(built.note);
if (CALL !== 'analyzePage' && CALL !== 'splitPage') throw new Error(`cpu: analyzePage or splitPage, not ${CALL}`);
const call = built.api[CALL] as (text: string) => unknown;
const chosen = profilePages(KIND);
const pages = chosen.map((page) => page.text);
const counted = (kind: string) => chosen.filter((page) => page.kind === kind).length;
const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
const { profile, used } = await profileRounds(ROUNDS, () => {
  for (const page of pages) call(page);
});

const selfTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  total += dt;
});
const bundle = new URL('../../dist/index.js', import.meta.url).pathname;
const source = readFileSync(bundle, 'utf8').split('\n');
const byFunction = new Map<string, number>();
const byLine = new Map<number, number>();
let ticks = 0;
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/dist\//u, 'dist/').replace(/^.*node_modules\//u, '');
  const key = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + (selfTime.get(node.id) ?? 0));
  if (!url.endsWith('/dist/index.js')) continue;
  for (const { line, ticks: n } of node.positionTicks ?? []) byLine.set(line, (byLine.get(line) ?? 0) + n);
}
for (const n of byLine.values()) ticks += n;
const share = (part: number, whole: number) => (100 * part) / whole;
const top = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);

process.stdout.write(`${ROUNDS} rounds of ${pages.length} tune fixture pages, ${CALL} (${counted('text')} text, ${counted('html')} HTML; ${megabytes.toFixed(2)} MB): ${(megabytes * ROUNDS / ((used.user + used.system) / 1e6)).toFixed(3)} MB/s CPU while profiled\n\n`);
printTable('Self time by function (share of samples)', ['function', '%'], top(byFunction).map(([key, t]) => [key, share(t, total)]));
printTable('Hottest lines of dist/index.js (share of all samples)', ['code', 'line', '%'], top(byLine).map(([line, n]) => [source[line - 1]!.trim().slice(0, 110), line, share(n, profile.samples.length)]));
process.stdout.write(`Line ticks cover ${share(ticks, profile.samples.length).toFixed(1)}% of the samples (the rest: builtins, GC, natives).\n`);
