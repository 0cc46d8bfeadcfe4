/**
 * `tsx scripts/profile/inclusive.ts [rounds] [top] [all|text|html] [analyzePage|splitPage]`: inclusive
 * CPU share by function (each sample charged once to every distinct function on its stack), on the
 * built package over the tune fixture pages: which callers own the time scripts/profile/cpu.ts
 * shows spread over small functions. Shares are of samples.
 */
import { builtPackage } from '../lib/built.js';
import { callTree, profileRounds } from '../lib/cpu-profile.js';
import { printTable } from '../lib/table.js';
import { profilePages, type PageKind } from './pages.js';

const ROUNDS = Number(process.argv[2] ?? 10);
const TOP = Number(process.argv[3] ?? 40);
const KIND = (process.argv[4] ?? 'text') as PageKind;
const CALL = process.argv[5] ?? 'analyzePage';

const built = await builtPackage();
if (!built.api) throw new Error(built.note);
if (CALL !== 'analyzePage' && CALL !== 'splitPage') throw new Error(`inclusive: analyzePage or splitPage, not ${CALL}`);
const call = built.api[CALL] as (text: string) => unknown;
const pages = profilePages(KIND).map((page) => page.text);
const { profile } = await profileRounds(ROUNDS, () => {
  for (const page of pages) call(page);
});
const { parentOf, keyOf } = callTree(profile);
const inclusive = new Map<string, number>();
for (const id of profile.samples) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) seen.add(keyOf(at));
  for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
}
const rows = [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([key, n]) => [key, (100 * n) / profile.samples.length]);
printTable(`Inclusive share by function, ${CALL} over ${pages.length} ${KIND} pages`, ['function', '%'], rows);
