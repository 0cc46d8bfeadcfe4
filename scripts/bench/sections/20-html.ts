/**
 * HTML pages per second on the Dragnet pages: threadlens splitHtml (parse, render, body and
 * comments) beside @mozilla/readability on linkedom (parse and article only), same pages, same run.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { printTable } from '../../lib/table.js';
import { loadDragnet } from '../../eval/sections/20-dragnet.js';

function time(pages: string[], work: (html: string) => void): { seconds: number; perPage: number[] } {
  const perPage: number[] = [];
  const started = performance.now();
  for (const html of pages) {
    const t = performance.now();
    work(html);
    perPage.push(performance.now() - t);
  }
  return { seconds: (performance.now() - started) / 1000, perPage };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function run(): Promise<void> {
  const pages = loadDragnet().map((page) => decodeHtmlBytes(page.bytes).text);
  if (pages.length === 0) {
    process.stdout.write('## HTML bench: no Dragnet data\n\n');
    return;
  }
  const megabytes = pages.reduce((sum, html) => sum + html.length, 0) / 1e6;
  // One warm-up pass each, so JIT compilation is not charged to either side.
  const warm = pages.slice(0, 30);
  const threadlens = (html: string) => void splitHtml(html, {});
  const readability = (html: string) => {
    try {
      const { document } = parseHTML(html);
      void new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    } catch {
      // Readability throws on a few pages; the time still counts.
    }
  };
  time(warm, threadlens);
  time(warm, readability);
  const ours = time(pages, threadlens);
  const theirs = time(pages, readability);
  const row = (name: string, r: { seconds: number; perPage: number[] }) => [
    name,
    pages.length,
    pages.length / r.seconds,
    megabytes / r.seconds,
    percentile(r.perPage, 50),
    percentile(r.perPage, 95),
    Math.max(...r.perPage),
  ];
  printTable(`HTML pages/s on ${pages.length} Dragnet pages (${megabytes.toFixed(1)} MB of HTML), single thread`, ['extractor', 'pages', 'pages/s', 'MB/s', 'p50 ms', 'p95 ms', 'max ms'], [
    row('threadlens splitHtml (body + comments)', ours),
    row('@mozilla/readability on linkedom (article only)', theirs),
  ]);
}
