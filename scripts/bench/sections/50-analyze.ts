/**
 * Full analyzePage throughput (split plus every tagger) on the fixture pages repeated to a few MB,
 * beside what a naive user would do: a full compromise parse (`nlp(text).json()`) of the same pages.
 * compromise is slow, so it runs over fewer repetitions; rates are per second either way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzePage } from '../../../src/analyze.js';
import { splitPage } from '../../../src/split/index.js';
import { tagQuestions } from '../../../src/tag/questions/index.js';
import { findSalientTargets, tagStance, type StanceContext } from '../../../src/tag/stance/index.js';
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
 * What stance costs inside analyzePage (issue 16: at most 25% of its time). The stance calls
 * analyzePage makes (each comment with its parent, thread source and the page's salient targets)
 * are collected once, then timed alone, in rounds alternating with whole analyzePage rounds on the
 * same pages in this process, so machine load hits both alike.
 */
function stanceShare(corpus: string[]): void {
  const calls: { text: string; context: StanceContext }[] = [];
  for (const page of corpus) {
    const split = splitPage(page);
    const article = split.body?.text ?? '';
    const targets = findSalientTargets(article);
    const byId = new Map(split.comments.map((c) => [c.id, c]));
    for (const comment of split.comments) {
      const parent = comment.parentId ? byId.get(comment.parentId)?.text : article;
      let root = comment;
      while (root.parentId && byId.get(root.parentId) && byId.get(root.parentId) !== comment) root = byId.get(root.parentId)!;
      const source = comment.parentId ? root.text : undefined;
      calls.push({ text: comment.text, context: { parent, source, targets, questions: tagQuestions(comment.text) } });
    }
  }
  const stanceSeconds: number[] = [];
  const analyzeSeconds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    analyzeSeconds.push(time(corpus, (text) => void analyzePage(text)).seconds);
    const started = performance.now();
    for (const call of calls) tagStance(call.text, call.context);
    stanceSeconds.push((performance.now() - started) / 1000);
  }
  const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  printTable('analyzePage: stance share (target ≤ 25% of analyzePage time)', ['measure', 'value'], [
    ['stance calls per round (comments)', calls.length],
    [`analyzePage seconds, median of ${ROUNDS} rounds`, median(analyzeSeconds)],
    [`stance alone seconds (toParent, toSource, targets), median of ${ROUNDS} rounds`, median(stanceSeconds)],
    ['stance share of analyzePage time', median(stanceSeconds) / median(analyzeSeconds)],
  ]);
}
