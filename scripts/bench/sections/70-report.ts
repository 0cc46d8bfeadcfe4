/**
 * The HTML report: renderReport time and output size (a 2,000-comment page, and the fixture pages
 * as a corpus), then Chromium drawing the 2,000-comment report: time to the first comments on
 * screen, time until every comment is drawn, and the longest main-thread task while it draws (the
 * report draws in slices so the page never freezes). Times are medians of several rounds in one
 * process; the machine's load swings single samples.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePage } from '../../../src/analyze.js';
import { renderReport } from '../../../src/report/index.js';
import { CHROMIUM, launchBrowser } from '../../lib/chromium.js';
import { printTable } from '../../lib/table.js';
import { threadPage } from '../../lib/thread-page.js';

const ROUNDS = 5;
const BROWSER_ROUNDS = 5;
const FIXTURES = new URL('../../../fixtures/pages/', import.meta.url).pathname;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeRender(records: unknown[]): { ms: number; bytes: number } {
  renderReport(records as never); // warm-up
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    bytes = Buffer.byteLength(renderReport(records as never));
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

export async function run(): Promise<void> {
  const big = { ...analyzePage(threadPage(2000).text), source: 'synthetic-2000' };
  const findings = big.comments.reduce((sum, c) => sum + c.slurs.length + c.insults.length + c.profanity.length + c.questions.length + c.conspiracy.markers.length + c.stance.toParent.evidence.length, 0);
  const corpus = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ ...analyzePage(readFileSync(join(FIXTURES, name))), source: name }));
  const bigRender = timeRender([big]);
  const corpusRender = timeRender(corpus);
  printTable(`renderReport, median of ${ROUNDS} rounds`, ['records', 'comments', 'ms', 'HTML MB', 'record JSON MB'], [
    [`1 synthetic page (${findings} findings)`, big.comments.length, bigRender.ms, bigRender.bytes / 1e6, Buffer.byteLength(JSON.stringify(big)) / 1e6],
    [`${corpus.length} fixture pages`, corpus.reduce((n, p) => n + p.comments.length, 0), corpusRender.ms, corpusRender.bytes / 1e6, Buffer.byteLength(JSON.stringify(corpus)) / 1e6],
  ]);

  if (!existsSync(CHROMIUM)) {
    process.stdout.write(`## report first render: skipped, no Chromium at ${CHROMIUM}\n\n`);
    return;
  }
  const browser = await launchBrowser();
  try {
    const file = join(browser.dir, 'bench-2000.html');
    writeFileSync(file, renderReport(big));
    const samples: { first: number; all: number; longest: number }[] = [];
    for (let round = 0; round < BROWSER_ROUNDS + 1; round++) {
      const page = await browser.context.newPage();
      // Timestamps taken inside the page, from navigation start (performance.now()).
      await page.addInitScript(() => {
        const marks: { first: number | null; longest: number } = { first: null, longest: 0 };
        (window as any).__bench = marks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) marks.longest = Math.max(marks.longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        new MutationObserver(() => {
          marks.first ??= performance.now();
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-drawn'] });
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 120_000 });
      const result = await page.evaluate(() => {
        const marks = (window as any).__bench as { first: number; longest: number };
        return { first: marks.first, all: performance.now(), longest: marks.longest };
      });
      await page.close();
      if (round > 0) samples.push(result); // the first round warms the browser's caches
    }
    printTable(`report of a 2,000-comment page in Chromium (headless), median of ${BROWSER_ROUNDS} loads`, ['measure', 'ms'], [
      ['navigation start to first comments drawn', median(samples.map((s) => s.first))],
      ['navigation start to every comment drawn', median(samples.map((s) => s.all))],
      ['longest main-thread task while drawing (>50 ms tasks only)', median(samples.map((s) => s.longest))],
    ]);
  } finally {
    await browser.close();
  }
}
