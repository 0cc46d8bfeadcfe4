/**
 * The plain-text splitter on the hand-written HTML fixture pages rendered to text: the HTML path
 * renders each page (`splitHtml(...).text`) and the text path splits that text, as it would split a
 * browser's innerText dump of the same page. The pages and their gold were written for the HTML
 * splitter, by other hands than the text splitter's rules: a second, differently made set of
 * whole-page dumps. Tune pages (fixtures/html/written) are listed one by one; check pages
 * (fixtures/check/html) only ever as totals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { PageAnalysis } from '../../../src/schema/index.js';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { splitText } from '../../../src/split/text/index.js';
import { printTable } from '../../lib/table.js';

const FIXTURES = new URL('../../../fixtures/', import.meta.url).pathname;
const DIRS = { tune: `${FIXTURES}html/written/`, check: `${FIXTURES}check/html/` } as const;
type Part = keyof typeof DIRS;

interface WrittenGold {
  page: string;
  title: string | null;
  body: { first: string; last: string } | null;
  comments: { author: string | null; textStart: string; parent: number | null }[];
}

interface PageTally {
  page: string;
  title: boolean;
  bodyFirst: boolean;
  bodyLast: boolean;
  gold: number;
  predicted: number;
  matched: number;
  author: number;
  parent: number;
}

const normalize = (value: string) => value.replace(/\s+/gu, ' ').trim();

export async function run(): Promise<void> {
  const tallies: Record<Part, PageTally[]> = { tune: scoreDir(DIRS.tune), check: scoreDir(DIRS.check) };
  if (tallies.tune.length + tallies.check.length === 0) {
    process.stdout.write('## Written HTML pages rendered to text: no pages\n\n');
    return;
  }
  printTable('Text splitter on the written HTML tune pages rendered to text, page by page', ['page', 'title', 'body first', 'body last', 'matched/gold (pred)', 'author', 'parent'],
    tallies.tune.map((t) => [t.page, t.title ? 'yes' : 'NO', t.bodyFirst ? 'yes' : 'NO', t.bodyLast ? 'yes' : 'NO', `${t.matched}/${t.gold} (${t.predicted})`, ratio(t.author, t.matched), ratio(t.parent, t.matched)]),
  );
  const parts: Part[] = ['tune', 'check'];
  const sum = (part: Part, pick: (t: PageTally) => number) => tallies[part].reduce((total, t) => total + pick(t), 0);
  const metric = (name: string, pick: (part: Part) => number | string) => [name, ...parts.map(pick)];
  printTable('Text splitter on the written HTML pages rendered to text (title exact; body by its first and last words; comments by text start, one-to-one in page order)', ['metric', ...parts], [
    metric('pages', (p) => tallies[p].length),
    metric('title accuracy', (p) => ratio(sum(p, (t) => Number(t.title)), tallies[p].length)),
    metric('body first right', (p) => ratio(sum(p, (t) => Number(t.bodyFirst)), tallies[p].length)),
    metric('body last right', (p) => ratio(sum(p, (t) => Number(t.bodyLast)), tallies[p].length)),
    metric('comments gold / predicted / matched', (p) => `${sum(p, (t) => t.gold)} / ${sum(p, (t) => t.predicted)} / ${sum(p, (t) => t.matched)}`),
    metric('comment F1', (p) => f1(sum(p, (t) => t.gold), sum(p, (t) => t.predicted), sum(p, (t) => t.matched))),
    metric('author accuracy', (p) => ratio(sum(p, (t) => t.author), sum(p, (t) => t.matched))),
    metric('parent accuracy', (p) => ratio(sum(p, (t) => t.parent), sum(p, (t) => t.matched))),
  ]);
}

function scoreDir(dir: string): PageTally[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .flatMap((name) => {
      const html = `${dir}${name.replace(/\.gold\.json$/u, '.html')}`;
      if (!existsSync(html)) return [];
      const gold = JSON.parse(readFileSync(`${dir}${name}`, 'utf8')) as WrittenGold;
      const rendered = splitHtml(decodeHtmlBytes(readFileSync(html)).text, {})?.text ?? '';
      return [scorePage(gold, splitText(rendered))];
    });
}

function scorePage(gold: WrittenGold, result: PageAnalysis): PageTally {
  const paragraphs = result.body?.paragraphs ?? [];
  const first = normalize(paragraphs[0]?.text ?? '');
  const last = normalize(paragraphs[paragraphs.length - 1]?.text ?? '');
  const tally: PageTally = {
    page: gold.page.replace(/\.html$/u, ''),
    title: normalize(result.title?.text ?? '') === normalize(gold.title ?? ''),
    bodyFirst: gold.body === null ? result.body === null : first.length > 0 && first.startsWith(normalize(gold.body.first)),
    bodyLast: gold.body === null ? result.body === null : last.length > 0 && last.endsWith(normalize(gold.body.last)),
    gold: gold.comments.length,
    predicted: result.comments.length,
    matched: 0,
    author: 0,
    parent: 0,
  };
  // One-to-one in page order: a predicted comment matches the gold comment whose text it starts with.
  const predictedOf = new Map<number, number>();
  let cursor = 0;
  gold.comments.forEach((comment, gi) => {
    const start = normalize(comment.textStart);
    for (let i = cursor; i < result.comments.length; i++) {
      if (!normalize(result.comments[i]!.text).startsWith(start)) continue;
      predictedOf.set(gi, i);
      cursor = i + 1;
      return;
    }
  });
  for (const [gi, pi] of predictedOf) {
    const comment = gold.comments[gi]!;
    const predicted = result.comments[pi]!;
    tally.matched++;
    if (predicted.author === comment.author) tally.author++;
    const goldParent = comment.parent === null ? null : predictedOf.has(comment.parent) ? result.comments[predictedOf.get(comment.parent)!]!.id : 'unmatched';
    if (predicted.parentId === goldParent) tally.parent++;
  }
  return tally;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function f1(gold: number, predicted: number, matched: number): number {
  return gold + predicted === 0 ? 1 : (2 * matched) / (gold + predicted);
}
