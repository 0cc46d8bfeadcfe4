/**
 * How the HTML comment detector does on markup it cannot know by name (issue 13), on TUNE pages
 * only (fixtures/html/written; check pages are never read here). Each page is split three times:
 * as written; with every class token and id renamed to a meaningless word (one word per distinct
 * name on the page, so repeated structure stays repeated, and a name's digits kept after its word); and with no class or id at all. The
 * gap between the columns is what the class vocabulary carries and the structure rules do not.
 *
 *   npx tsx scripts/probe/unnamed-markup.ts            totals and the pages that lose comments
 *   npx tsx scripts/probe/unnamed-markup.ts --all      every page's row
 *   npx tsx scripts/probe/unnamed-markup.ts --page 308 --mode renamed   the page's gold comments
 *        (found or missed) and what was returned, to read why
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitPage } from '../../src/split/index.js';
import { scoreComments, addTally, EMPTY_TALLY, tallyRows, squeeze, type Tally } from '../eval/html-gold/score.js';
import { HtmlGoldPage } from '../fixtures/html-gold.js';
import { printTable } from '../lib/table.js';

const TUNE_PAGES = new URL('../../fixtures/html/written/', import.meta.url).pathname;
const MODES = ['written', 'renamed', 'bare'] as const;
type Mode = (typeof MODES)[number];

/** Script, style and comment text are left alone: only markup attributes are rewritten. */
const RAW_PARTS = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->)/i;
const TAG = /<[a-zA-Z][^>]*>/g;
const NAME_ATTRIBUTE = /(\s)(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;

/**
 * Pronounceable words from letters that spell no vocabulary cue and no digit (a digit would make
 * every token a varying one): the n-th distinct name gets the n-th word.
 */
function meaninglessWord(n: number): string {
  const consonants = 'bgkvz';
  const vowels = 'aiou';
  let word = '';
  let rest = n;
  do {
    word += consonants[rest % consonants.length]! + vowels[Math.floor(rest / consonants.length) % vowels.length]!;
    rest = Math.floor(rest / (consonants.length * vowels.length));
  } while (rest > 0);
  return `${word}x`;
}

export function rewriteNames(html: string, mode: Mode): string {
  if (mode === 'written') return html;
  const words = new Map<string, string>();
  const wordFor = (name: string) => {
    if (!words.has(name)) words.set(name, meaninglessWord(words.size));
    return words.get(name)!;
  };
  // A name numbered per item (`blockpost1`, `comment-2140981`) keeps its number: what varies stays varying.
  const renameToken = (name: string) => wordFor(name.replace(/\d+/g, '#')) + (name.match(/\d+/g) ?? []).join('');
  return html
    .split(RAW_PARTS)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(TAG, (tag) =>
            tag.replace(NAME_ATTRIBUTE, (_all, space: string, attribute: string, quoted: string) => {
              if (mode === 'bare') return '';
              const value = quoted.replace(/^["']|["']$/g, '');
              const renamed = value.split(/\s+/).filter(Boolean).map(renameToken).join(' ');
              return `${space}${attribute}="${renamed}"`;
            }),
          ),
    )
    .join('');
}

interface PageRow {
  page: string;
  tallies: Record<Mode, Tally>;
}

function goldPages(): HtmlGoldPage[] {
  return readdirSync(TUNE_PAGES)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => HtmlGoldPage.parse(JSON.parse(readFileSync(join(TUNE_PAGES, name), 'utf8'))));
}

function split(gold: HtmlGoldPage, mode: Mode) {
  const html = rewriteNames(readFileSync(join(TUNE_PAGES, gold.page), 'utf8'), mode);
  return splitPage(Buffer.from(html), { format: 'html' });
}

function showPage(prefix: string, mode: Mode): void {
  const gold = goldPages().find((g) => g.page.startsWith(prefix));
  if (!gold) throw new Error(`no tune page starts with ${prefix}`);
  const result = split(gold, mode);
  process.stdout.write(`# ${gold.page} (${gold.engine}) as ${mode}: ${gold.comments.length} gold, ${result.comments.length} found\n`);
  const found = result.comments.map((c) => squeeze(c.text));
  for (const comment of gold.comments) {
    const hit = found.some((text) => text.includes(squeeze(comment.textStart)));
    process.stdout.write(`${hit ? 'found ' : 'MISSED'}  ${comment.author ?? '-'} | ${comment.postedAt ?? '-'} | ${comment.textStart.slice(0, 60)}\n`);
  }
  process.stdout.write('\n# returned\n');
  for (const c of result.comments) process.stdout.write(`${c.author ?? '-'} | ${c.postedAt ?? '-'} | ${c.text.replace(/\s+/g, ' ').slice(0, 80)}\n`);
  process.stdout.write(`\n# body: ${(result.body?.text ?? '').replace(/\s+/g, ' ').slice(0, 200)}\n`);
}

function main(): void {
  const args = process.argv.slice(2);
  const pageAt = args.indexOf('--page');
  if (pageAt >= 0) {
    const modeAt = args.indexOf('--mode');
    const mode = (modeAt >= 0 ? args[modeAt + 1] : 'renamed') as Mode;
    if (!MODES.includes(mode)) throw new Error(`--mode is one of ${MODES.join(', ')}`);
    showPage(args[pageAt + 1]!, mode);
    return;
  }
  const rows: PageRow[] = goldPages().map((gold) => ({
    page: `${gold.page} (${gold.engine})`,
    tallies: Object.fromEntries(MODES.map((mode) => [mode, scoreComments(gold.comments, split(gold, mode).comments)])) as Record<Mode, Tally>,
  }));
  const shown = args.includes('--all') ? rows : rows.filter((r) => r.tallies.renamed.matched < r.tallies.written.matched || r.tallies.bare.matched < r.tallies.written.matched || r.tallies.renamed.predicted > r.tallies.renamed.matched);
  const cell = (t: Tally) => `${t.gold}/${t.predicted}/${t.matched}`;
  printTable(
    'Tune pages whose comments move without class names (gold/found/matched)',
    ['page', ...MODES],
    shown.map((r) => [r.page, ...MODES.map((mode) => cell(r.tallies[mode]))]),
  );
  const totals = MODES.map((mode) => rows.reduce((sum, r) => addTally(sum, r.tallies[mode]), EMPTY_TALLY));
  printTable('Tune pages, all (fixtures/html/written)', ['metric', ...MODES], tallyRows(totals));
}

main();
