/**
 * `tsx scripts/profile/alloc.ts [shape|fixtures] [chars]`: bytes allocated by one analyzePage call,
 * by function (V8's sampling heap profiler, node:inspector), for the allocation work on the tagger
 * core. Sampling with no GC forcing: totals are of everything allocated, live or not.
 */
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzePage } from '../../src/analyze.js';
import { SHAPES } from '../fuzz/shapes/index.js';
import { FIXTURES } from '../../tests/gold.js';

const which = process.argv[2] ?? 'one comment: many sentences';
const chars = Number(process.argv[3] ?? 1_000_000);

function inputs(): string[] {
  if (which === 'fixtures') {
    const dir = join(FIXTURES, 'pages');
    return readdirSync(dir).filter((n) => n.endsWith('.txt')).sort().map((n) => readFileSync(join(dir, n), 'utf8'));
  }
  const shape = SHAPES.find((s) => s.name.startsWith(which));
  if (!shape) throw new Error(`no shape ${which}`);
  return [shape.make(chars)];
}

interface Node { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: Node[] }

const pages = inputs();
for (const page of pages) analyzePage(page); // warm-up: lazy tables and JIT not charged
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
for (const page of pages) analyzePage(page);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: Node } };
const byFunction = new Map<string, number>();
const walk = (node: Node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const key = `${functionName || '(anon)'} ${url.replace(/^.*\/src\//, 'src/').replace(/^file:\/\/.*node_modules\//, '')}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
  node.children.forEach(walk);
};
walk(profile.head);
const total = [...byFunction.values()].reduce((a, b) => a + b, 0);
const mb = (n: number) => (n / 1e6).toFixed(1);
process.stdout.write(`${which}: ${pages.length} page(s), ${mb(pages.reduce((s, p) => s + p.length, 0))} MB of text; allocated ${mb(total)} MB\n`);
for (const [key, size] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 30))) process.stdout.write(`${mb(size).padStart(7)} MB  ${key}\n`);
