/**
 * The plain-text splitter on Dragnet pages rendered to text: the HTML path renders each page
 * (`splitHtml(...).text`) and the text path splits that text, as it would split any whole-page
 * innerText dump. Tune and check parts side by side (`partOf('dragnet', id)`); only totals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { PageAnalysis } from '../../../src/schema/index.js';
import { decodeHtmlBytes } from '../../../src/split/charset.js';
import { splitHtml } from '../../../src/split/html/index.js';
import { splitText } from '../../../src/split/text/index.js';
import { scanBlocks, withoutLineSpacing } from '../../../src/split/text/blocks.js';
import { classifyBlocks, isUnspaced } from '../../../src/split/text/classify.js';
import { findRegions } from '../../../src/split/text/regions.js';
import { countTokens, tokenBag, TokenScore } from '../../lib/bag-of-words.js';
import { addTally, authorAccuracy, boundaryF1, EMPTY_TALLY, normalize, parentAccuracy, scoreComments, type GoldComment, type Tally } from '../html-gold/score.js';
import { PARTS, partOf, type Part } from '../../lib/parts.js';
import { printTable } from '../../lib/table.js';
import { loadDragnet } from './20-dragnet.js';

const GOLD_DIR = new URL('../../../fixtures/html/gold/', import.meta.url).pathname;

interface PartTally {
  /** Pages whose gold opens with a headline-shaped line that the rendered text prints as a line. */
  headlines: number;
  headlinesFound: number;
  article: TokenScore;
  comments: TokenScore;
  withoutComments: number;
  falseAlarms: number;
  hand: Tally;
  /** Gold article tokens the article missed, by where the splitter put them (totals only). */
  lost: { comments: number; boilerplate: number; nowhere: number; gold: number; halfLostPages: number };
  /** Article tokens read as comments, by what opened the comment section (totals only). */
  lostByOpener: Map<string, number>;
  /** Pages without gold comments that got some, by what opened the section. */
  alarmsByOpener: Map<string, number>;
}

const articleOf = (page: PageAnalysis) => `${page.title?.text ?? ''}\n${page.body?.text ?? ''}`;
/** Header and text of every comment: the Dragnet gold keeps author and date lines in the comments. */
const commentsOf = (page: PageAnalysis) => page.comments.map((c) => `${c.header?.text ?? ''}\n${c.text}`).join('\n');

export async function run(): Promise<void> {
  const pages = loadDragnet();
  if (pages.length === 0) {
    process.stdout.write('## Dragnet rendered text: no data\n\n');
    return;
  }
  const hand = loadHandGold();
  const parts: Record<Part, PartTally> = { tune: newTally(), check: newTally() };
  for (const page of pages) {
    const tally = parts[partOf('dragnet', page.id)];
    const rendered = splitHtml(decodeHtmlBytes(page.bytes).text, {})?.text ?? '';
    const result = splitText(rendered);
    tally.article.add(countTokens(articleOf(result), page.goldArticle));
    const lostToComments = tally.lost.comments;
    addLost(tally.lost, result, page.goldArticle);
    const opener = sectionOpener(rendered);
    if (tally.lost.comments > lostToComments) tally.lostByOpener.set(opener, (tally.lostByOpener.get(opener) ?? 0) + tally.lost.comments - lostToComments);
    const headline = goldHeadline(page.goldArticle, rendered);
    if (headline !== null) {
      tally.headlines++;
      if (result.title !== null && normalize(result.title.text) === headline) tally.headlinesFound++;
    }
    if (tokenBag(page.goldComments).size > 0) tally.comments.add(countTokens(commentsOf(result), page.goldComments));
    else {
      tally.withoutComments++;
      if (result.comments.length > 0) {
        tally.falseAlarms++;
        tally.alarmsByOpener.set(opener, (tally.alarmsByOpener.get(opener) ?? 0) + 1);
      }
    }
    const gold = hand.get(page.id);
    if (gold) tally.hand = addTally(tally.hand, scoreComments(gold, result.comments));
  }
  const metric = (name: string, pick: (t: PartTally) => number | string) => [name, ...PARTS.map((p) => pick(parts[p]))];
  // Where errors went is error analysis: the check part shows only its scores, never its errors by kind.
  const tuneOnly = (name: string, pick: (t: PartTally) => number | string) => [name, ...PARTS.map((p) => (p === 'tune' ? pick(parts[p]) : '-'))];
  printTable(`Text splitter on Dragnet pages rendered to text (${pages.length} pages; bag-of-words token F1, lowercased ASCII alphanumerics)`, ['metric', ...PARTS], [
    metric('pages', (t) => t.article.n),
    metric('headline = gold first line (pages)', (t) => `${(t.headlinesFound / Math.max(1, t.headlines)).toFixed(3)} (${t.headlines})`),
    metric('article: P (micro)', (t) => t.article.precision()),
    metric('article: R (micro)', (t) => t.article.recall()),
    metric('article: F1 micro', (t) => t.article.micro()),
    metric('article: F1 macro', (t) => t.article.macro()),
    tuneOnly('article tokens missed: in comments', (t) => t.lost.comments / Math.max(1, t.lost.gold)),
    tuneOnly('article tokens missed: in boilerplate', (t) => t.lost.boilerplate / Math.max(1, t.lost.gold)),
    tuneOnly('article tokens missed: not placed', (t) => t.lost.nowhere / Math.max(1, t.lost.gold)),
    tuneOnly('pages missing half their article', (t) => t.lost.halfLostPages),
    metric('pages with gold comments', (t) => t.comments.n),
    metric('comments: P (micro)', (t) => t.comments.precision()),
    metric('comments: R (micro)', (t) => t.comments.recall()),
    metric('comments: F1 micro', (t) => t.comments.micro()),
    metric('comments: F1 macro', (t) => t.comments.macro()),
    metric('pages without gold comments', (t) => t.withoutComments),
    metric('false alarms (comments returned)', (t) => t.falseAlarms),
    metric('false-alarm rate', (t) => t.falseAlarms / Math.max(1, t.withoutComments)),
  ]);
  const tune = parts.tune;
  const openers = [...new Set([...tune.lostByOpener.keys(), ...tune.alarmsByOpener.keys()])].sort();
  printTable('What opened the comment section on TUNE pages (error analysis: never printed for check): article tokens read as comments (share of tune gold article tokens), and false alarms', ['opener', 'tune: lost', 'tune: alarms'], openers.map((opener) => [
    opener,
    ((tune.lostByOpener.get(opener) ?? 0) / Math.max(1, tune.lost.gold)).toFixed(3),
    tune.alarmsByOpener.get(opener) ?? 0,
  ]));
  const hands = PARTS.map((p) => parts[p].hand);
  const handMetric = (name: string, pick: (t: Tally) => number | string) => [name, ...hands.map(pick)];
  printTable('Text splitter on the hand-annotated Dragnet pages (fixtures/html/gold): per-comment boundaries by text start; author, parent over matched', ['metric', ...PARTS], [
    handMetric('pages', (t) => t.pages),
    handMetric('comments gold / found / matched', (t) => `${t.gold} / ${t.predicted} / ${t.matched}`),
    handMetric('boundary F1', boundaryF1),
    handMetric('author accuracy', authorAccuracy),
    handMetric('parent accuracy', parentAccuracy),
  ]);
  const check = parts.check;
  const verdict = (value: number, floor: number, above: boolean) => `${value.toFixed(3)} (${(above ? value >= floor : value <= floor) ? 'met' : 'BELOW'})`;
  process.stdout.write(
    `Floors on the check part (issue 14): article F1 >= 0.85: micro ${verdict(check.article.micro(), 0.85, true)}, macro ${verdict(check.article.macro(), 0.85, true)}; ` +
      `comments F1 >= 0.80: micro ${verdict(check.comments.micro(), 0.8, true)}, macro ${verdict(check.comments.macro(), 0.8, true)}; ` +
      `false alarms <= 10%: ${verdict(check.falseAlarms / Math.max(1, check.withoutComments), 0.1, false)}.\n\n`,
  );
}

function newTally(): PartTally {
  const lost = { comments: 0, boilerplate: 0, nowhere: 0, gold: 0, halfLostPages: 0 };
  return { headlines: 0, headlinesFound: 0, article: new TokenScore(), comments: new TokenScore(), withoutComments: 0, falseAlarms: 0, hand: EMPTY_TALLY, lost, lostByOpener: new Map(), alarmsByOpener: new Map() };
}

/** The kind of block that opened the comment section, as the text splitter's regions find it. */
export function sectionOpener(rendered: string): string {
  const scanned = withoutLineSpacing(rendered, scanBlocks(rendered, 100_000).blocks);
  const blocks = classifyBlocks(rendered, scanned, isUnspaced(scanned));
  const regions = findRegions(blocks);
  if (regions.section >= regions.footer) return 'none';
  if (regions.headerlessLead) return 'headerless comments before a header';
  const role = blocks[regions.section]!.role;
  if (role.kind === 'furniture') return `marker ${role.match.rule}`;
  if (role.kind === 'header') return `${role.header.strong ? 'strong' : 'weak'} ${role.header.rule}`;
  return role.kind;
}

/**
 * Where the gold article's missed tokens went: into comments, into boilerplate, or nowhere (the
 * renderer dropped them). Summed over a part, so a low recall points at a cause without any page.
 */
function addLost(lost: PartTally['lost'], result: PageAnalysis, goldArticle: string): void {
  const found = tokenBag(articleOf(result));
  const inComments = tokenBag(commentsOf(result));
  const inBoilerplate = tokenBag(result.boilerplate.map((leaf) => leaf.text).join('\n'));
  let missed = 0;
  let gold = 0;
  for (const [token, n] of tokenBag(goldArticle)) {
    gold += n;
    let left = n - Math.min(n, found.get(token) ?? 0);
    missed += left;
    const toComments = Math.min(left, inComments.get(token) ?? 0);
    left -= toComments;
    const toBoilerplate = Math.min(left, inBoilerplate.get(token) ?? 0);
    lost.comments += toComments;
    lost.boilerplate += toBoilerplate;
    lost.nowhere += left - toBoilerplate;
  }
  lost.gold += gold;
  if (gold > 0 && missed * 2 > gold) lost.halfLostPages++;
}

function loadHandGold(): Map<string, GoldComment[]> {
  if (!existsSync(GOLD_DIR)) return new Map();
  const files = readdirSync(GOLD_DIR).filter((name) => name.endsWith('.json'));
  return new Map(
    files.map((file) => {
      const gold = JSON.parse(readFileSync(`${GOLD_DIR}${file}`, 'utf8')) as { id: string; comments: GoldComment[] };
      return [gold.id, gold.comments];
    }),
  );
}

/**
 * The gold article's headline, where it can be told: its first line that is not a bare date
 * (blogs open the gold with "Friday, October 19, 2012"), of 3 words to 150 characters, printed
 * as a whole line of the rendered text. Null otherwise (the page is not counted).
 */
function goldHeadline(goldArticle: string, rendered: string): string | null {
  const first = goldArticle.split('\n').map((line) => line.trim()).find((line) => line.length > 0 && !(/\b(?:19|20)\d\d\b/u.test(line) && line.split(/\s+/u).length <= 8));
  if (first === undefined || first.length > 150 || first.split(/\s+/u).length < 3) return null;
  const headline = normalize(first);
  return rendered.split('\n').some((line) => normalize(line) === headline) ? headline : null;
}

