/**
 * `tsx scripts/profile/stages.ts [rounds] [all|text|html]`: where analyzePage's CPU goes by stage,
 * on the built package (dist/index.js, `npm run build` first; tsx's transform adds a `__name` call
 * per closure the bundle does not have) over the tune fixture pages (scripts/profile/pages.ts;
 * never fixtures/check). A bundle line is charged to the source file of the `// src/...` marker
 * tsup writes above each module.
 * A flat profile hides which stage to attack: each sample is charged to the innermost stage on its
 * stack (walking from the leaf up): a text-view reading (words, folded, lexical, sentences…), the
 * clause view, splitting, one tagger's own run, or the page glue around them (targets, thread
 * links, finishing tags). So a view reading first asked for by stance is charged to the view, not
 * to stance. Shares are of samples (wall time): on a loaded machine compare shares, not seconds.
 */
import { readFileSync } from 'node:fs';
import { builtPackage } from '../lib/built.js';
import { profileRounds, type ProfileNode } from '../lib/cpu-profile.js';
import { printTable } from '../lib/table.js';
import { profilePages, type PageKind } from './pages.js';

const ROUNDS = Number(process.argv[2] ?? 10);
const KIND = (process.argv[3] ?? 'text') as PageKind;

const VIEW_READINGS = new Set(['get words', 'wordsIn', 'get sentences', 'sentencesUpTo', 'get quotes', 'get cueWords', 'get folded', 'get lexical', 'get lower', 'get negated', 'stemsUpTo']);

const built = await builtPackage();
if (!built.api) throw new Error(built.note);
const analyzePage = built.api.analyzePage as (text: string) => unknown;
const bundle = new URL('../../dist/index.js', import.meta.url).pathname;
/** Source file of each bundle line (0-based), from tsup's module markers. */
const fileOfLine: string[] = [];
{
  let current = '';
  for (const line of readFileSync(bundle, 'utf8').split('\n')) {
    const marker = /^\/\/ src\/(.+\.ts)$/u.exec(line);
    if (marker) current = marker[1]!;
    fileOfLine.push(current);
  }
}

/** The stage a frame opens, or undefined when the frame is inside a stage. */
function stageOf(frame: ProfileNode['callFrame']): string | undefined {
  if (!frame.url.endsWith('/dist/index.js')) return undefined;
  const file = fileOfLine[frame.lineNumber] ?? '';
  const name = frame.functionName;
  if (file === 'text/view.ts' && VIEW_READINGS.has(name)) return `view: ${name.replace(/^get /u, '')}`;
  if (file.startsWith('tag/clause/') && /^(clauseView|ClauseView|buildClauseView|clauseViewOf)$/u.test(name)) return 'clause view';
  if (file === 'split/index.ts' && name === 'splitPage') return 'split';
  const tagger = /^tag\/([^/]+)\/tagger\.ts$/u.exec(file);
  // Only run and thread call out from a tagger's file (its columns and summaries are not on this path).
  if (tagger) return `tagger ${tagger[1]}${name === 'thread' ? ' (thread)' : ''}`;
  if (file === 'analyzer/page.ts' && name === 'tagSplitPage') return 'page glue (views, targets, finish)';
  if (file === 'analyzer/core.ts' && name === 'targetsFor') return 'article targets';
  if (file === 'tag/run.ts' && name === 'finishTags') return 'finish tags';
  if (file === 'analyzer/index.ts' && name === 'analyzePage') return 'analyzePage other (language, result)';
  return undefined;
}

const pages = profilePages(KIND).map((page) => page.text);
const megabytes = pages.reduce((sum, p) => sum + p.length, 0) / 1e6;
const { profile, used } = await profileRounds(ROUNDS, () => {
  for (const page of pages) analyzePage(page);
});

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const stageCache = new Map<number, string>();
function stageOfNode(id: number): string {
  const known = stageCache.get(id);
  if (known) return known;
  const node = byId.get(id)!;
  const name = node.callFrame.functionName;
  let stage: string;
  if (name === '(garbage collector)') stage = 'GC';
  else if (name === '(program)' || name === '(idle)' || name === '(root)') stage = name;
  else {
    stage = stageOf(node.callFrame) ?? (parentOf.has(id) ? stageOfNode(parentOf.get(id)!) : 'outside analyzePage');
  }
  stageCache.set(id, stage);
  return stage;
}
// (idle) and (program) are no stage's work (waiting, and V8 outside any JS frame): they are left
// out of the total the shares are of, and their own share of all samples is printed below.
const NOT_A_STAGE = new Set(['(idle)', '(program)']);
const byStage = new Map<string, number>();
const outside = new Map<string, number>();
let total = 0;
let all = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  const stage = stageOfNode(id);
  all += dt;
  if (NOT_A_STAGE.has(stage)) {
    outside.set(stage, (outside.get(stage) ?? 0) + dt);
    return;
  }
  byStage.set(stage, (byStage.get(stage) ?? 0) + dt);
  total += dt;
});
process.stdout.write(`${ROUNDS} rounds of ${pages.length} tune pages (${KIND}; ${megabytes.toFixed(2)} MB): ${((megabytes * ROUNDS) / ((used.user + used.system) / 1e6)).toFixed(3)} MB/s CPU while profiled\n\n`);
printTable(
  'analyzePage by stage (innermost stage on the stack; share of samples)',
  ['stage', '%'],
  [...byStage].sort((a, b) => b[1] - a[1]).map(([stage, t]) => [stage, (100 * t) / total]),
);
process.stdout.write(`Left out of the shares: ${[...NOT_A_STAGE].map((name) => `${name} ${((100 * (outside.get(name) ?? 0)) / all).toFixed(1)}% of all samples`).join(', ')}.\n`);
