/**
 * `tsx scripts/profile/stance.ts [rounds] [top]`: where stance's own work goes, measured as the
 * analyze bench's stance share measures it (scripts/bench/sections/50-analyze.ts): each tune text
 * page split once, then per round fresh text views, the questions and words read first, and only
 * the findStance calls sampled. Prints inclusive and self shares of the samples inside findStance,
 * from sources (tsx), by function and file:line. Never fixtures/check.
 */
import { findQuestions } from '../../src/tag/questions/find.js';
import { findStance } from '../../src/tag/stance/index.js';
import { TextView } from '../../src/text/view.js';
import { callTree, profileRounds } from '../lib/cpu-profile.js';
import { stancePages } from '../lib/stance-pages.js';
import { printTable } from '../lib/table.js';
import { profilePages } from './pages.js';

const ROUNDS = Number(process.argv[2] ?? 10);
const TOP = Number(process.argv[3] ?? 40);

const pages = stancePages(profilePages('text').map(({ text }) => text));

const { profile } = await profileRounds(ROUNDS, () => {
  for (const page of pages) {
    const article = new TextView(page.article);
    const views = page.comments.map((c) => new TextView(c.text));
    page.comments.forEach((c, i) => {
      const parent = c.parentAt !== undefined ? views[c.parentAt]! : article;
      const source = c.rootAt !== undefined ? views[c.rootAt] : undefined;
      const questions = findQuestions(views[i]!);
      void views[i]!.words;
      void parent.words;
      findStance(views[i]!, parent, page.targets, questions, source, parent === article);
    });
  }
});

const { parentOf, keyOf } = callTree(profile);
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let inside = 0;
for (const id of profile.samples) {
  const stack: string[] = [];
  let found = false;
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const key = keyOf(at);
    if (key.startsWith('findStance ')) {
      found = true;
      break;
    }
    stack.push(key);
  }
  if (!found) continue;
  inside++;
  for (const key of new Set(stack)) inclusive.set(key, (inclusive.get(key) ?? 0) + 1);
  const leaf = stack[0] ?? 'findStance (self)';
  self.set(leaf, (self.get(leaf) ?? 0) + 1);
}
const top = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([key, n]) => [key, (100 * n) / inside]);
process.stdout.write(`findStance: ${inside} of ${profile.samples.length} samples (${((100 * inside) / profile.samples.length).toFixed(1)}% of the loop)\n\n`);
printTable('Inclusive share of findStance by function', ['function', '%'], top(inclusive));
printTable('Self share of findStance by function', ['function', '%'], top(self));
