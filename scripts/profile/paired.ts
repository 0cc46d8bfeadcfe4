/**
 * `tsx scripts/profile/paired.ts <old dist folder> [rounds] [all|text|html] [analyzePage|splitPage]`:
 * the working tree's built package (dist/, `npm run build` first) against an older build copied
 * aside (`cp -r dist /tmp/old-dist && ln -s "$PWD/node_modules" /tmp/old-dist/` before a change: the
 * bundle imports its dependencies), over the tune fixture pages
 * (scripts/profile/pages.ts; never fixtures/check), page by page in one process (which runs
 * first swaps every page), so a shared machine's load falls on both alike. Prints CPU ms per
 * round of each and the median and spread of new / old: a change is resolved only when the spread
 * of the ratios clears 1.
 */
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { builtPackage } from '../lib/built.js';
import { median, timeRound } from '../lib/rounds.js';
import { profilePages, type PageKind } from './pages.js';

const OLD = process.argv[2];
if (!OLD) throw new Error('paired: name the old dist folder');
const ROUNDS = Number(process.argv[3] ?? 20);
const KIND = (process.argv[4] ?? 'text') as PageKind;
const CALL = process.argv[5] ?? 'analyzePage';
if (CALL !== 'analyzePage' && CALL !== 'splitPage') throw new Error(`paired: analyzePage or splitPage, not ${CALL}`);

const built = await builtPackage();
if (!built.api) throw new Error(built.note);
const old = (await import(pathToFileURL(join(resolve(OLD), 'index.js')).href)) as Record<string, any>;
const systems: [string, (text: string) => unknown][] = [
  ['old', old[CALL] as (text: string) => unknown],
  ['new', built.api[CALL] as (text: string) => unknown],
];
const pages = profilePages(KIND).map((page) => page.text);
const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
for (let r = 0; r < 2; r++) for (const [, call] of systems) for (const page of pages) call(page);
const cpu: Record<string, number[]> = { old: [], new: [] };
// Page by page, the two builds one after the other (which goes first swaps every page): a burst of
// another process's load falls on both within a millisecond or two, not on one whole round.
for (let r = 0; r < ROUNDS; r++) {
  const sums: Record<string, number> = { old: 0, new: 0 };
  pages.forEach((page, k) => {
    const order = (r + k) % 2 === 0 ? systems : [...systems].reverse();
    for (const [name, call] of order) sums[name]! += timeRound(() => call(page)).cpuMs;
  });
  for (const name of ['old', 'new']) cpu[name]!.push(sums[name]!);
}
const ratios = cpu.new!.map((ms, r) => ms / cpu.old![r]!).sort((a, b) => a - b);
const rate = (ms: number) => (megabytes / (ms / 1000)).toFixed(3);
process.stdout.write(
  `${CALL}, ${ROUNDS} alternating rounds of ${pages.length} ${KIND} pages (${megabytes.toFixed(2)} MB), CPU\n` +
    `old median ${median(cpu.old!).toFixed(1)} ms (${rate(median(cpu.old!))} MB/s), new median ${median(cpu.new!).toFixed(1)} ms (${rate(median(cpu.new!))} MB/s)\n` +
    `new / old per round: median ${median(ratios).toFixed(3)}, quartiles ${ratios[Math.floor(ROUNDS / 4)]!.toFixed(3)}-${ratios[Math.floor((3 * ROUNDS) / 4)]!.toFixed(3)}, range ${ratios[0]!.toFixed(3)}-${ratios[ROUNDS - 1]!.toFixed(3)}\n`,
);
