/**
 * Why the plain-text splitter misses titles and bodies on TUNE fixture pages (fixtures/pages +
 * fixtures/gold; check pages are never read here). For each tune page whose title or body is wrong
 * it prints the gold title beside the one taken, and for the body how far off its start and end are
 * (in lines and words, + meaning the splitter's paragraph lies later in the page) and the lines the
 * splitter took, then groups the misses by the direction of the error.
 *
 *   npx tsx scripts/probe/text-title-body.ts            every tune miss, then the groups
 *   npx tsx scripts/probe/text-title-body.ts --from 367  only pages numbered 367 and up
 */
import { splitPage } from '../../src/index.js';
import { loadTextFixtures, scorePage } from '../../tests/split-scoring.js';

const args = process.argv.slice(2);
const from = Number(args[args.indexOf('--from') + 1] ?? 0) || 0;

/** Lines and words between two offsets of the page, signed: + when `to` lies after `from`. */
function distance(input: string, fromOffset: number, toOffset: number): string {
  if (fromOffset === toOffset) return '0';
  const [a, b] = fromOffset < toOffset ? [fromOffset, toOffset] : [toOffset, fromOffset];
  const between = input.slice(a, b);
  const lines = between.split('\n').filter((line) => line.trim() !== '').length;
  const words = between.split(/\s+/u).filter(Boolean).length;
  const sign = toOffset > fromOffset ? '+' : '-';
  return `${sign}${lines} lines / ${sign}${words} words`;
}

const short = (text: string | null | undefined) => (text == null ? 'null' : JSON.stringify(text.length > 90 ? `${text.slice(0, 87)}...` : text));

const groups = new Map<string, string[]>();
let pages = 0;
let titlesRight = 0;
let bodiesRight = 0;
const note = (group: string, page: string) => groups.set(group, [...(groups.get(group) ?? []), page]);

for (const { gold, input } of loadTextFixtures('tune').pages) {
  if (Number.parseInt(gold.page, 10) < from) continue;
  const result = splitPage(input);
  const score = scorePage(gold, input, result);
  pages++;
  titlesRight += Number(score.titleRight);
  bodiesRight += Number(score.bodyRight);
  const name = gold.page.replace(/\.txt$/u, '');
  const title = result.title?.text ?? null;
  const lines: string[] = [];
  if (title !== gold.title) {
    lines.push(`  title: gold ${short(gold.title)}`);
    lines.push(`         took ${short(title)}`);
    note(gold.title === null ? 'title: gold none, one taken' : title === null ? 'title: none taken' : 'title: another line taken', name);
  }
  const paragraphs = result.body?.paragraphs ?? [];
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (gold.body === null) {
    if (result.body !== null) {
      lines.push(`  body: gold none, took ${short(first?.text)} .. ${short(last?.text)}`);
      note('body: gold none, one taken', name);
    }
  } else if (!first || !last) {
    lines.push('  body: none taken');
    note('body: none taken', name);
  } else {
    const goldStart = input.indexOf(gold.body.first);
    const goldLast = input.indexOf(gold.body.last, goldStart);
    const goldEnd = goldLast + gold.body.last.length;
    if (first.text !== gold.body.first) {
      const off = distance(input, goldStart, first.start);
      lines.push(`  body start ${off}: gold ${short(gold.body.first)}`);
      lines.push(`                took ${short(first.text)}`);
      note(first.start < goldStart ? 'body start: too early' : 'body start: too late', name);
    }
    if (last.text !== gold.body.last) {
      const off = distance(input, goldEnd, last.end);
      lines.push(`  body end ${off}: gold ${short(gold.body.last)}`);
      lines.push(`              took ${short(last.text)}`);
      note(last.end < goldEnd ? 'body end: too early' : 'body end: too late', name);
    }
  }
  if (lines.length > 0) process.stdout.write(`${name}\n${lines.join('\n')}\n`);
}

process.stdout.write(`\nTune pages ${pages} (in-sample): titles ${(titlesRight / pages).toFixed(3)} (${titlesRight}), body ${(bodiesRight / pages).toFixed(3)} (${bodiesRight}; a body also fails when a gold comment starts inside it)\n`);
process.stdout.write('\nGroups (tune pages):\n');
for (const [group, pages] of [...groups].sort()) process.stdout.write(`  ${group} (${pages.length}): ${pages.join(', ')}\n`);
