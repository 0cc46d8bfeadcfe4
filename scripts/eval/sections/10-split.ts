/** Plain-text splitter against the hand-made gold in fixtures/gold. */
import { splitPage } from '../../../src/index.js';
import { loadGoldPages } from '../../../tests/gold.js';
import { scorePage, totals, type PageScore } from '../../../tests/split-scoring.js';
import { printTable } from '../../lib/table.js';

export async function run(): Promise<void> {
  const scores: PageScore[] = loadGoldPages().map(({ gold, input }) => scorePage(gold, input, splitPage(input)));
  const rows = scores.map((s) => {
    const t = totals([s]);
    return [s.page.replace(/\.txt$/, ''), yes(s.titleRight), yes(s.bodyRight), `${s.matchedComments}/${s.goldComments} (${s.predictedComments})`, t.precision, t.recall, t.f1, t.authorAccuracy, t.parentAccuracy, s.leakedBoilerplate.length];
  });
  const all = totals(scores);
  rows.push(['TOTAL', all.titleAccuracy, all.bodyAccuracy, `${sum(scores, 'matchedComments')}/${sum(scores, 'goldComments')} (${sum(scores, 'predictedComments')})`, all.precision, all.recall, all.f1, all.authorAccuracy, all.parentAccuracy, scores.reduce((n, s) => n + s.leakedBoilerplate.length, 0)]);
  printTable('Text splitter on hand-annotated fixtures (exact comment spans)', ['page', 'title', 'body', 'matched/gold (pred)', 'P', 'R', 'F1', 'author', 'parent', 'bp leaks'], rows);
  process.stdout.write('Floors (issue 2): comment F1 >= 0.95, author accuracy >= 0.95, body right on every page. Author and parent accuracy are over matched comments.\n\n');
}

function yes(value: boolean): string {
  return value ? 'yes' : 'NO';
}

function sum(scores: PageScore[], key: 'matchedComments' | 'goldComments' | 'predictedComments'): number {
  return scores.reduce((total, score) => total + score[key], 0);
}
