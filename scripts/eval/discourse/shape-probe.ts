/**
 * Tune-only probe: for each regular expression given, the gold stance labels (top-level | reply) of
 * the tune fixture comments whose first 1500 characters match it, and what the tagger says now.
 * `--except FROM-TO` leaves out a blind batch. Usage: npx tsx shape-probe.ts [--except A-B] [--show] REGEX...
 */
import { createAnalyzer } from '../../../src/analyzer/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { goldSplit } from './gold-split.js';

const args = process.argv.slice(2);
const at = args.indexOf('--except');
const [from, to] = at >= 0 ? args[at + 1]!.split('-').map(Number) : [Infinity, Infinity];
const show = args.includes('--show');
const patterns = args.filter((a, i) => !a.startsWith('--') && !(at >= 0 && i === at + 1)).map((p) => (p.startsWith('i:') ? new RegExp(p.slice(2), 'iu') : new RegExp(p, 'u')));
const analyzer = createAnalyzer();
const counts = patterns.map(() => new Map<string, number>());
for (const { gold: page, input } of loadGoldPages('tune')) {
  const n = Number.parseInt(page.page, 10);
  if (n >= from! && n <= to!) continue;
  const tagged = analyzer.tagPage(goldSplit(page, input));
  page.comments.forEach((comment, i) => {
    if (!comment.stance) return;
    const text = comment.text.slice(0, 1500);
    patterns.forEach((re, k) => {
      const m = re.exec(text);
      if (!m) return;
      const got = tagged.comments[i]!.stance.toParent.label;
      const key = `${comment.parent === null ? 'top' : 'reply'}:${comment.stance}${got === comment.stance ? '' : '(' + got + ')'}`;
      counts[k]!.set(key, (counts[k]!.get(key) ?? 0) + 1);
      if (show) process.stdout.write(`  ${key} «${m[0]}» ${text.replace(/\s+/g, ' ').slice(Math.max(0, m.index - 60), m.index + 80)}\n`);
    });
  });
}
patterns.forEach((re, k) => process.stdout.write(`${re.source}: ${[...counts[k]!.entries()].sort().map(([key, v]) => `${key}=${v}`).join(' ')}\n`));
