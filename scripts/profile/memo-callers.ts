/**
 * `tsx scripts/profile/memo-callers.ts [rounds] [all|text|html]`: which callers of the memo
 * closures (src/memo.ts memoize/memoizeBy) own their self time, on the built package over the tune
 * fixture pages (never fixtures/check): each sample whose leaf is a memo closure is charged to the
 * first caller outside src/memo.ts.
 */
import { readFileSync } from 'node:fs';
import { builtPackage } from '../lib/built.js';
import { callTree, profileRounds } from '../lib/cpu-profile.js';
import { printTable } from '../lib/table.js';
import { profilePages, type PageKind } from './pages.js';

const ROUNDS = Number(process.argv[2] ?? 6);
const KIND = (process.argv[3] ?? 'text') as PageKind;
const built = await builtPackage();
if (!built.api) throw new Error(built.note);
const call = built.api.analyzePage as (text: string) => unknown;
const pages = profilePages(KIND).map((page) => page.text);
const bundle = readFileSync(new URL('../../dist/index.js', import.meta.url), 'utf8').split('\n');
const memoStart = bundle.findIndex((line) => line === '// src/memo.ts');
const memoEnd = bundle.findIndex((line, k) => k > memoStart && line.startsWith('// src/'));
const { profile } = await profileRounds(ROUNDS, () => {
  for (const page of pages) call(page);
});
const { parentOf, keyOf } = callTree(profile);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const inMemo = (id: number) => {
  const { url, lineNumber } = byId.get(id)!.callFrame;
  return url.endsWith('dist/index.js') && lineNumber >= memoStart && lineNumber < memoEnd;
};
const charged = new Map<string, number>();
let memoSamples = 0;
for (const id of profile.samples) {
  if (!inMemo(id)) continue;
  memoSamples++;
  let at: number | undefined = id;
  while (at !== undefined && inMemo(at)) at = parentOf.get(at);
  const key = at === undefined ? '(none)' : keyOf(at);
  charged.set(key, (charged.get(key) ?? 0) + 1);
}
const rows = [...charged].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([key, n]) => [key, (100 * n) / profile.samples.length]);
process.stdout.write(`memo closures: ${((100 * memoSamples) / profile.samples.length).toFixed(2)}% of samples\n`);
printTable('memo self time by caller (share of all samples)', ['caller', '%'], rows);
