/**
 * Full analyzePage throughput (split plus every tagger) on the fixture pages repeated to a few MB,
 * beside what a naive user would do: a full compromise parse (`nlp(text).json()`) of the same pages.
 * compromise is slow, so it runs over fewer repetitions; rates are per second either way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzePage } from '../../../src/analyze.js';
import { rootOf } from '../../../src/analyzer/page.js';
import { splitPage } from '../../../src/split/index.js';
import { findQuestions } from '../../../src/tag/questions/find.js';
import { compileTargets, findSalientTargets, findStance } from '../../../src/tag/stance/index.js';
import { TextView } from '../../../src/text/view.js';
import { FIXTURES } from '../../../tests/gold.js';
import { printTable } from '../../lib/table.js';

const TARGET_MB = Number(process.env.BENCH_ANALYZE_MB ?? 3);
const COMPROMISE_MB = Number(process.env.BENCH_COMPROMISE_MB ?? 0.3);
const ROUNDS = 5;

function loadPages(): string[] {
  const dir = join(FIXTURES, 'pages');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function repeat(pages: string[], megabytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < megabytes * 1e6 && pages.length > 0) {
    for (const page of pages) {
      out.push(page);
      size += page.length;
    }
  }
  return out;
}

function time(pages: string[], work: (text: string) => void) {
  const started = performance.now();
  let comments = 0;
  for (const page of pages) work(page);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
  return { seconds, megabytes, pages: pages.length, comments };
}

export async function run(): Promise<void> {
  const pages = loadPages();
  if (pages.length === 0) {
    process.stdout.write('## analyzePage bench: no fixture pages\n\n');
    return;
  }
  // Warm-up so JIT compilation and lazy tables are not charged.
  for (const page of pages) {
    analyzePage(page);
    nlp(page.slice(0, 2000)).json();
  }
  // Rounds, not one long run: on a shared machine one sample swings by ±15%; the median is steadier.
  const corpus = repeat(pages, TARGET_MB / ROUNDS);
  let comments = 0;
  const rounds = Array.from({ length: ROUNDS }, () => {
    let found = 0;
    const round = time(corpus, (text) => {
      found += analyzePage(text).comments.length;
    });
    comments = found;
    return round;
  });
  const rates = rounds.map((r) => r.megabytes / r.seconds).sort((a, b) => a - b);
  const ours = rounds[0]!;
  const oursRate = rates[Math.floor(rates.length / 2)]!;
  const theirs = time(repeat(pages, COMPROMISE_MB), (text) => void nlp(text).json());
  const theirsRate = theirs.megabytes / theirs.seconds;
  printTable(
    `analyzePage vs full compromise parse, ${pages.length} fixture pages repeated, single thread`,
    ['pipeline', 'pages', 'MB', 'seconds', 'MB/s', 'pages/s'],
    [
      ...rounds.map((r, k) => [`threadlens analyzePage (split + all tags), round ${k + 1}`, r.pages, r.megabytes, r.seconds, r.megabytes / r.seconds, r.pages / r.seconds]),
      ['compromise nlp(text).json()', theirs.pages, theirs.megabytes, theirs.seconds, theirsRate, theirs.pages / theirs.seconds],
    ],
  );
  printTable('analyzePage: summary (target ≥ 1 MB/s on one core)', ['measure', 'value'], [
    [`analyzePage MB/s, median of ${ROUNDS} rounds`, oursRate],
    ['analyzePage MB/s, slowest round', rates[0]!],
    ['compromise MB/s', theirsRate],
    ['speed ratio (median analyzePage / compromise)', oursRate / theirsRate],
    ['comments tagged per second (median round)', (comments / ours.megabytes) * oursRate],
  ]);
  stanceShare(corpus);
}

/**
 * What stance costs inside analyzePage (issue 16: at most 25% of its time). Each page is split
 * once; then, in rounds alternating with whole analyzePage rounds on the same pages (so machine
 * load hits both alike), every comment's stance is found as analyzePage finds it: against its
 * parent (the article for a top-level comment), its thread's source and the page's salient
 * targets compiled once per page. Text views are made fresh each round. Two figures: everything
 * stance touches, questions and words included (which analyzePage shares with other taggers): an
 * upper bound; and stance's own work once the questions and words are read, as in analyzePage.
 */
function stanceShare(corpus: string[]): void {
  const pages = corpus.map((page) => {
    const split = splitPage(page);
    const article = split.body?.text ?? '';
    const byId = new Map(split.comments.map((c, i) => [c.id, i]));
    const comments = split.comments.map((comment) => {
      const parentAt = comment.parentId ? byId.get(comment.parentId) : undefined;
      return { text: comment.text, parentAt, rootAt: parentAt !== undefined ? rootOf(parentAt, split.comments, byId) : undefined };
    });
    return { article, targets: compileTargets(findSalientTargets(article)), comments };
  });
  const stanceSeconds: number[] = [];
  const ownSeconds: number[] = [];
  const analyzeSeconds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    analyzeSeconds.push(time(corpus, (text) => void analyzePage(text)).seconds);
    let own = 0;
    const started = performance.now();
    for (const page of pages) {
      const article = new TextView(page.article);
      const views = page.comments.map((c) => new TextView(c.text));
      page.comments.forEach((c, i) => {
        const parent = c.parentAt !== undefined ? views[c.parentAt]! : article;
        const source = c.rootAt !== undefined ? views[c.rootAt] : undefined;
        // What the other taggers have read by the time stance runs: the words and the questions.
        const questions = findQuestions(views[i]!);
        void views[i]!.words;
        void parent.words;
        const before = performance.now();
        findStance(views[i]!, parent, page.targets, questions, source);
        own += performance.now() - before;
      });
    }
    stanceSeconds.push((performance.now() - started) / 1000);
    ownSeconds.push(own / 1000);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  printTable('analyzePage: stance share (target ≤ 25% of analyzePage time)', ['measure', 'value'], [
    ['stance calls per round (comments)', pages.reduce((sum, p) => sum + p.comments.length, 0)],
    [`analyzePage seconds, median of ${ROUNDS} rounds`, median(analyzeSeconds)],
    [`stance alone (toParent, toSource, targets; questions and text views included) seconds, median of ${ROUNDS} rounds`, median(stanceSeconds)],
    ['stance share of analyzePage time (upper bound)', median(stanceSeconds) / median(analyzeSeconds)],
    [`stance's own work (questions and words already read) seconds, median of ${ROUNDS} rounds`, median(ownSeconds)],
    ["stance's own share of analyzePage time", median(ownSeconds) / median(analyzeSeconds)],
  ]);
}
