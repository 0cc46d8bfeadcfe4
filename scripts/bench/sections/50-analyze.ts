/**
 * Full analyzePage throughput (split plus every tagger) on the fixture pages repeated to a few MB,
 * beside what a naive user would do: a full compromise parse (`nlp(text).json()`) of the same pages.
 * compromise is slow, so it runs over fewer repetitions; rates are per second either way. Rates
 * are by CPU time of this process (and wall-clock beside it): the bench machine is shared.
 * BENCH_BASE=<ref> adds the base build in alternating rounds (scripts/lib/rounds.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { analyzePage } from '../../../src/analyze.js';
import { findQuestions } from '../../../src/tag/questions/find.js';
import { findStance } from '../../../src/tag/stance/index.js';
import { TextView } from '../../../src/text/view.js';
import { FIXTURES } from '../../../tests/gold.js';
import { builtPackage } from '../../lib/built.js';
import { benchBase, median, slowest, timeRound, type Round } from '../../lib/rounds.js';
import { stancePages } from '../../lib/stance-pages.js';
import { printTable } from '../../lib/table.js';

const TARGET_MB = Number(process.env.BENCH_ANALYZE_MB ?? 3);
const COMPROMISE_MB = Number(process.env.BENCH_COMPROMISE_MB ?? 0.3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

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

const megabytesOf = (pages: string[]) => pages.reduce((sum, p) => sum + p.length, 0) / 1e6;

export async function run(): Promise<void> {
  const pages = loadPages();
  if (pages.length === 0) {
    process.stdout.write('## analyzePage bench: no fixture pages\n\n');
    return;
  }
  const base = await benchBase();
  const systems: [string, (text: string) => unknown][] = [['threadlens analyzePage (split + all tags)', (text) => analyzePage(text)]];
  if (base) systems.push([`base ${base.commit.slice(0, 8)} analyzePage`, (text) => base.api.analyzePage(text)]);
  // The same code as built for npm (no tsx transform): what a user's process runs.
  const built = await builtPackage();
  if (built.api) systems.push(['built package dist/index.js analyzePage', (text) => built.api!.analyzePage(text)]);
  // Warm-up so JIT compilation and lazy tables are not charged.
  for (const page of pages) {
    for (const [, analyze] of systems) analyze(page);
    nlp(page.slice(0, 2000)).json();
  }
  // Rounds, not one long run: on a shared machine one sample swings; the median is steadier.
  const corpus = repeat(pages, TARGET_MB / ROUNDS);
  const megabytes = megabytesOf(corpus);
  const rounds = new Map<string, Round[]>(systems.map(([name]) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, analyze] of systems) rounds.get(name)!.push(timeRound(() => corpus.forEach((text) => analyze(text))));
  }
  const theirsCorpus = repeat(pages, COMPROMISE_MB);
  const theirs = timeRound(() => theirsCorpus.forEach((text) => void nlp(text).json()));
  const theirsRate = megabytesOf(theirsCorpus) / (theirs.cpuMs / 1000);
  const rows: (string | number)[][] = [];
  for (const [name, list] of rounds) {
    list.forEach((r, k) => rows.push([`${name}, round ${k + 1}`, corpus.length, megabytes, r.cpuMs / 1000, megabytes / (r.cpuMs / 1000), megabytes / (r.wallMs / 1000)]));
  }
  rows.push(['compromise nlp(text).json()', theirsCorpus.length, megabytesOf(theirsCorpus), theirs.cpuMs / 1000, theirsRate, megabytesOf(theirsCorpus) / (theirs.wallMs / 1000)]);
  printTable(
    `analyzePage vs full compromise parse, ${pages.length} fixture pages repeated, single thread`,
    ['pipeline', 'pages', 'MB', 'CPU s', 'MB/s (CPU)', 'MB/s (wall)'],
    rows,
  );
  const summary: (string | number)[][] = [];
  for (const [name, list] of rounds) {
    const cpu = list.map((r) => megabytes / (r.cpuMs / 1000));
    const wall = list.map((r) => megabytes / (r.wallMs / 1000));
    summary.push([`${name}: MB/s, median of ${ROUNDS} rounds (CPU | wall)`, median(cpu), median(wall)]);
    summary.push([`${name}: MB/s, slowest round (CPU | wall)`, Math.min(...cpu), Math.min(...wall)]);
    summary.push([`${name}: speed ratio to compromise (median, CPU)`, median(cpu) / theirsRate, '']);
  }
  if (base) {
    const [ours, before] = [...rounds.values()].map((list) => median(list.map((r) => r.cpuMs)));
    summary.push(['working tree / base, CPU time per round (median; < 1 is faster)', ours! / before!, '']);
  }
  summary.push(['compromise MB/s (CPU | wall)', theirsRate, megabytesOf(theirsCorpus) / (theirs.wallMs / 1000)]);
  summary.push(['slowest round CPU s (working tree)', slowest([...rounds.values()][0]!.map((r) => r.cpuMs)) / 1000, '']);
  const comments = corpus.reduce((sum, text) => sum + analyzePage(text).comments.length, 0);
  const ownMedian = median([...rounds.values()][0]!.map((r) => r.cpuMs)) / 1000;
  summary.push(['comments tagged per second (median round, CPU)', comments / ownMedian, '']);
  printTable('analyzePage: summary (targets: >= 2.5 MB/s on one core, >= 20x compromise)', ['measure', 'value', 'wall'], summary);
  process.stdout.write(`Sources run through tsx; the built package row: ${built.note}.\n\n`);
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
 * All by CPU time of this process, as the rounds above: wall-clock shares swing with the machine's load.
 */
function stanceShare(corpus: string[]): void {
  const pages = stancePages(corpus);
  const stanceSeconds: number[] = [];
  const ownSeconds: number[] = [];
  const analyzeSeconds: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    analyzeSeconds.push(timeRound(() => corpus.forEach((text) => void analyzePage(text))).cpuMs / 1000);
    let own = 0;
    const started = process.cpuUsage();
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
        const before = process.cpuUsage();
        findStance(views[i]!, parent, page.targets, questions, source);
        own += cpuMsSince(before);
      });
    }
    stanceSeconds.push(cpuMsSince(started) / 1000);
    ownSeconds.push(own / 1000);
  }
  printTable('analyzePage: stance share (target ≤ 25% of analyzePage time)', ['measure', 'value'], [
    ['stance calls per round (comments)', pages.reduce((sum, p) => sum + p.comments.length, 0)],
    [`analyzePage CPU seconds, median of ${ROUNDS} rounds`, median(analyzeSeconds)],
    [`stance alone (toParent, toSource, targets; questions and text views included) CPU seconds, median of ${ROUNDS} rounds`, median(stanceSeconds)],
    ['stance share of analyzePage time (upper bound)', median(stanceSeconds) / median(analyzeSeconds)],
    [`stance's own work (questions and words already read) CPU seconds, median of ${ROUNDS} rounds`, median(ownSeconds)],
    ["stance's own share of analyzePage time", median(ownSeconds) / median(analyzeSeconds)],
  ]);
}

/** CPU milliseconds (user + system) of this process since `start` (a process.cpuUsage() reading). */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
