/**
 * `tsx scripts/profile/toxicity.ts [rounds] [top]`: where the toxicity bench's issue-15 path goes
 * (viewOf + tagToxicity + tagIdentityAttacks + tagThreats + summarizeAttributes,
 * withIdentity imported from scripts/bench/sections/30-toxicity.ts, so both run one path), from the sources, over the Toxic Spans train
 * posts only (tune; the trial file is check and is not read here). Only the timed rounds are
 * sampled (node:inspector, after two warm-up passes, scripts/lib/cpu-profile.ts). Prints a share per stage (each sample is
 * charged to the innermost stage function on its stack, see STAGES) and self time by function.
 * Shares are of samples, which follow wall time: on a loaded machine compare shares, not seconds.
 * Hottest lines need one bundle (tsx's per-file transform shifts them): `npx esbuild
 * scripts/profile/toxicity.ts --bundle --platform=node --format=esm --outfile=/tmp/prof.mjs
 * --banner:js="import {createRequire} from 'module'; const require = createRequire(import.meta.url);"`
 * and run it with node from the repository (stage names then need the tsx run: esbuild renames
 * duplicate functions). PROFILE_CALLERS=<function> adds who calls it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withIdentity } from '../bench/sections/30-toxicity.js';
import { loadToxicSpans } from '../eval/toxicity/toxic-spans.js';
import { profileRounds } from '../lib/cpu-profile.js';
import { printTable } from '../lib/table.js';

const ROUNDS = Number(process.argv[2] ?? 3);
const TOP = Number(process.argv[3] ?? 25);

/** Stage by function name and source file (a suffix of its path); the innermost one on the stack wins. */
const STAGES: [name: string, file: string, stage: string][] = [
  ['fold', 'normalize/fold.ts', 'text view: fold'],
  ['readLexicalWords', 'text/tokens.ts', 'text view: lexical words'],
  ['scanWords', 'text/tokens.ts', 'text view: words'],
  ['build', 'clause/view.ts', 'clause view'],
  ['findTargets', 'clause/targets.ts', 'targets'],
  ['chunk', 'clause/chunks.ts', 'chunks'],
  ['run', 'clause/frames.ts', 'frames'],
  ['locate', 'clause/run.ts', 'frame checks'],
  ['passes', 'clause/run.ts', 'frame checks'],
  ['findTerms', 'toxicity/match.ts', 'lexicon matching'],
  ['keepLongest', 'text/spans.ts', 'toxicity: other'],
  ['classify', 'toxicity/find.ts', 'toxicity: context of hits'],
  ['addDehumanization', 'toxicity/find.ts', 'toxicity: dehumanization'],
  ['findNameMangling', 'toxicity/mangling.ts', 'toxicity: name mangling'],
  ['dedupe', 'toxicity/find.ts', 'toxicity: other'],
  ['findToxicity', 'toxicity/find.ts', 'toxicity: other'],
  ['tagToxicity', 'toxicity/index.ts', 'toxicity: other'],
  ['candidates', 'identity-attacks/index.ts', 'identity attacks: other'],
  ['candidates', 'threats/index.ts', 'threats: other'],
  ['summarizeAttributes', 'attributes/index.ts', 'attributes'],
];


const texts = loadToxicSpans('tsd_train.csv').map((p) => p.text);
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const { profile, used } = await profileRounds(ROUNDS, () => {
  for (const t of texts) withIdentity(t);
});

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const file = (url: string) => url.replace(/^.*\/(src|node_modules)\//u, '');
const stageOf = new Map<number, string>();
function stage(id: number): string {
  const known = stageOf.get(id);
  if (known) return known;
  const { functionName, url } = byId.get(id)!.callFrame;
  const hit = STAGES.find(([name, path]) => name === functionName && url.endsWith(path));
  const up = parent.get(id);
  const found = hit ? withCaller(hit[2], id) : functionName === '(garbage collector)' ? 'GC' : up === undefined ? 'outside the stages' : stage(up);
  stageOf.set(id, found);
  return found;
}

/** Shared stages (the clause view, frames) named with the tagger that ran them: the first to ask builds a shared reading. */
const CALLERS: [name: string, file: string, caller: string][] = [
  ['findToxicity', 'toxicity/find.ts', 'toxicity'],
  ['candidates', 'identity-attacks/index.ts', 'identity'],
  ['candidates', 'threats/index.ts', 'threats'],
];
function withCaller(name: string, id: number): string {
  if (!/^(clause view|targets|chunks|frames|frame checks|text view)/.test(name)) return name;
  for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
    const { functionName, url } = byId.get(up)!.callFrame;
    const hit = CALLERS.find(([n, path]) => n === functionName && url.endsWith(path));
    if (hit) return `${name} (${hit[2]})`;
  }
  return name;
}

const byStage = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  total += dt;
  const s = stage(id);
  byStage.set(s, (byStage.get(s) ?? 0) + dt);
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const key = `${functionName || '(anonymous)'} ${file(url)}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
});
const share = (t: number) => (100 * t) / total;
const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
const cpuSeconds = (used.user + used.system) / 1e6;
process.stdout.write(`${ROUNDS} rounds of ${texts.length} Toxic Spans train posts (${megabytes.toFixed(2)} MB): ${((megabytes * ROUNDS) / cpuSeconds).toFixed(3)} MB/s CPU while profiled\n\n`);
printTable('Share of samples by stage (innermost stage function on the stack)', ['stage', '%'], top(byStage, 100).map(([s, t]) => [s, share(t)]));
printTable('Self time by function (share of samples)', ['function', '%'], top(byFunction, TOP).map(([key, t]) => [key, share(t)]));

// Hottest lines, when the script runs as one bundle (`esbuild --bundle`): tsx's per-file transform shifts lines.
const lines = new Map<string, number>();
let ticks = 0;
const sources = new Map<string, string[]>();
for (const n of profile.nodes) {
  const { url } = n.callFrame;
  if (!url.startsWith('file:') || url.includes('node_modules')) continue;
  if (!sources.has(url)) sources.set(url, readFileSync(fileURLToPath(url), 'utf8').split('\n'));
  for (const { line, ticks: t } of n.positionTicks ?? []) {
    const key = `${url.replace(/^.*\//u, '')}:${line}\t${sources.get(url)![line - 1]!.trim().slice(0, 100)}`;
    lines.set(key, (lines.get(key) ?? 0) + t);
    ticks += t;
  }
}
printTable('Hottest lines (share of all samples; meaningful for a bundle only)', ['line', 'code', '%'], top(lines, TOP).map(([key, t]) => [...key.split('\t'), (100 * t) / profile.samples.length]));

// PROFILE_CALLERS=name: who calls a function, by share of its self time.
const asked = process.env.PROFILE_CALLERS;
if (asked) {
  const callers = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    if (byId.get(id)!.callFrame.functionName !== asked) return;
    const up = parent.get(id);
    const frame = up === undefined ? undefined : byId.get(up)!.callFrame;
    const key = frame ? `${frame.functionName} ${file(frame.url)}` : '(root)';
    callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0));
  });
  printTable(`Callers of ${asked} (share of all samples)`, ['caller', '%'], top(callers, 10).map(([key, t]) => [key, share(t)]));
}
