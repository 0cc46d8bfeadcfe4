/**
 * HTML pages per second on the WCXB dev pages (every 4th, for time) and the Dragnet pages:
 * threadlens splitHtml (parse, render, body and comments) beside @mozilla/readability on linkedom
 * (parse and article only), same pages, same run, with the ratio. Then pathological markup (deep
 * nesting, tens of thousands of sibling comments, huge attributes) at 256 KB and 16x that: the
 * time ratio, which for linear work is about 16 (the bench flags any case above 20).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { printTable } from '../../lib/table.js';
import { loadDragnet } from '../../eval/dragnet/load.js';
import { loadWcxb, wcxbIds } from '../../eval/wcxb/load.js';

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
  // HTML_BENCH=pathological runs only the growth table.
  if (process.env.HTML_BENCH === 'pathological') return pathological();
  const wcxb = loadWcxb(wcxbIds().filter((_, i) => i % 4 === 0)).map((page) => page.html);
  pagesPerSecond('WCXB dev pages (every 4th)', wcxb);
  pagesPerSecond('Dragnet pages', loadDragnet().map((page) => decodeHtmlBytes(page.bytes).text));
  pathological();
}

function pagesPerSecond(name: string, pages: string[]): void {
  if (pages.length === 0) {
    process.stdout.write(`## HTML bench: no ${name}\n\n`);
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
  printTable(`HTML pages/s on ${pages.length} ${name} (${megabytes.toFixed(1)} MB of HTML), single thread`, ['extractor', 'pages', 'pages/s', 'MB/s', 'p50 ms', 'p95 ms', 'max ms'], [
    row('threadlens splitHtml (body + comments)', ours),
    row('@mozilla/readability on linkedom (article only)', theirs),
    ['threadlens speed / Readability speed', '', theirs.seconds / ours.seconds, '', '', '', ''],
  ]);
}

/** One comment of a WordPress-style list, with author, date and text. */
function commentItem(i: number, classes = 'comment', text = `This is comment number ${i} with some words in it.`): string {
  return `<li class="${classes}" id="comment-${i}"><div class="comment-author vcard"><cite class="fn">User${i % 97}</cite> says:</div><div class="comment-meta"><a href="#comment-${i}">May 1, 2012 at 10:${String(i % 60).padStart(2, '0')} am</a></div><p>${text}</p></li>`;
}

function commentPage(chars: number, item: (i: number) => string): string {
  const parts = ['<html><body><article><h1>Title</h1><p>Body text of the article, long enough to be the article body for sure.</p></article><ol class="commentlist">'];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const one = item(i);
    parts.push(one);
    size += one.length;
  }
  parts.push('</ol></body></html>');
  return parts.join('');
}

/** Generators of bad markup about `chars` characters long. */
const PATHOLOGICAL: [string, (chars: number) => string][] = [
  ['nested <div>', (n) => '<div>'.repeat(n / 5) + 'x'],
  ['nested <span>', (n) => '<span>'.repeat(n / 6) + 'x'],
  ['nested <b>', (n) => '<b>'.repeat(n / 3) + 'x'],
  ['unclosed <li> (siblings)', (n) => '<li>'.repeat(n / 4) + 'x'],
  // A million one-letter paragraphs at 4 MB: the text fallback then sees a million blocks.
  ['unclosed <p>x (siblings)', (n) => '<p>x'.repeat(n / 4)],
  ['<div>x</div> (siblings)', (n) => '<div>x</div>'.repeat(n / 12)],
  ['nested <ul><li>', (n) => '<ul><li>'.repeat(n / 8) + 'x'],
  ['unclosed <p>a<div>b', (n) => '<p>a<div>b'.repeat(n / 10)],
  ['nested <svg>', (n) => '<svg>'.repeat(n / 5) + 'x'],
  ['<div> x 20k, then stray </x>', (n) => '<div>'.repeat(20_000) + '</x>'.repeat((n - 100_000) / 4)],
  ['sibling comments', (n) => commentPage(n, (i) => commentItem(i))],
  ['comments with depth classes', (n) => commentPage(n, (i) => commentItem(i, `comment depth-${i % 3 === 0 ? 1 : 2}`))],
  ['comments opening with @Nobody', (n) => commentPage(n, (i) => commentItem(i, 'comment', `@Nobody comment ${i}.`))],
  ['one row of <td> cells', (n) => '<table><tr>' + '<td>x</td>'.repeat(n / 10) + '</tr></table>'],
  ['huge attribute values', (n) => `<div class="${'a '.repeat(n / 4)}" title="${'b'.repeat(n / 2)}">text</div>`],
  ['<script> full of "</div>"', (n) => '<div><script>' + 'var s = "</div>";'.repeat(n / 17) + '</script>text</div>'],
  ['entities', (n) => '<p>' + '&amp;&lt;&#x1F600;&nbsp;&bogus;'.repeat(n / 31) + '</p>'],
  ['NUL bytes in paragraphs', (n) => '<p>a\u0000b</p>'.repeat(n / 11)],
  ['<pre> spaces under 255 open <b>', (n) => '<pre>' + '<b>'.repeat(255) + ' '.repeat(n) + 'x'],
  ['<pre> spaces between 255 </b>', (n) => '<pre>' + '<b>'.repeat(255) + 'x' + (' '.repeat(n / 256) + '</b>').repeat(255)],
];

/** Base size of the pathological pages; each is also run at SCALE times it. */
const BASE_CHARS = 256_000;
const SCALE = 16;
/** Linear work takes about SCALE times as long; above this, the case is flagged. */
const MAX_RATIO = 20;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function pathological(): void {
  const rows: (string | number)[][] = [];
  splitHtml('<div><p>warm up</p></div>', {});
  for (const [name, make] of PATHOLOGICAL) {
    const times: number[] = [];
    let comments = 0;
    for (const chars of [BASE_CHARS, BASE_CHARS * SCALE]) {
      const html = make(chars);
      // The faster of two runs, on this process's CPU clock: one sample swings with garbage
      // collection, and wall time with the machine's load.
      let best = Infinity;
      for (let run = 0; run < 2; run++) {
        const started = cpuMs();
        const result = splitHtml(html, {});
        best = Math.min(best, cpuMs() - started);
        comments = result?.comments.length ?? 0;
      }
      times.push(best);
    }
    // Below a few milliseconds timer noise swamps the ratio: the small page counts as 5 ms.
    const ratio = times[1]! / Math.max(5, times[0]!);
    rows.push([name, Math.round(times[0]!), Math.round(times[1]!), ratio, ratio <= MAX_RATIO ? 'ok' : 'SUPERLINEAR', comments]);
  }
  printTable(
    `splitHtml on pathological markup, CPU ms per page at ${BASE_CHARS / 1000} KB and ${SCALE}x (${(BASE_CHARS * SCALE) / 1e6} MB); linear work has a ratio near ${SCALE}, at most ${MAX_RATIO} allowed`,
    ['case', `${BASE_CHARS / 1000} KB ms`, `${(BASE_CHARS * SCALE) / 1e6} MB ms`, 'ratio', `<= ${MAX_RATIO}`, `comments at ${SCALE}x`],
    rows,
  );
}
