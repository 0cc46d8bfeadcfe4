/**
 * The fuzz harness's own parts: each check reports the fault it exists for (planted in a real
 * result), mutants are a pure function of (seed, index), the shrinker keeps the failure while it
 * shrinks, and the prototype check sees an added key.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../src/index.js';
import type { AnalyzedPage } from '../src/schema/index.js';
import { checkPage, type ProblemKind } from '../scripts/fuzz/checks.js';
import { shrink } from '../scripts/fuzz/minimize.js';
import { makeMutant } from '../scripts/fuzz/mutations/index.js';
import { prototypeChanges, snapshotPrototypes } from '../scripts/fuzz/prototypes.js';
import { loadSeeds } from '../scripts/fuzz/seeds/index.js';
import { CpuWatchdog } from '../scripts/lib/cpu-watchdog.js';
import { loadGoldPages } from './gold.js';

const page = loadGoldPages().find(({ gold }) => gold.comments.length >= 4 && gold.comments.some((c) => c.parent !== null))!.input;
const analyzed = analyzePage(page);
const fresh = () => structuredClone(analyzed);
const kinds = (result: AnalyzedPage, input: string | null = page) => checkPage(result, input, true).problems.map((p) => p.kind);

describe('fuzz checks', () => {
  it('find nothing wrong with an untouched result, and count its spans', () => {
    const result = fresh();
    expect(kinds(result)).toEqual([]);
    expect(checkPage(result, page, true).spans).toBeGreaterThan(result.comments.length * 2);
  });

  const faults: [ProblemKind, (r: AnalyzedPage) => void][] = [
    ['span-mismatch', (r) => void (r.comments[1]!.start += 1)],
    ['span-mismatch', (r) => void (r.comments.flatMap((c) => [...c.questions!, ...c.stance!.toParent.evidence, ...c.conspiracy!.markers])[0]!.end += 1)],
    ['comment-overlap', (r) => Object.assign(r.comments[0]!, { end: r.comments[1]!.end, text: r.text.slice(r.comments[0]!.start, r.comments[1]!.end) })],
    ['comment-order', (r) => void r.comments.reverse()],
    ['leaf-overlap', (r) => void r.boilerplate.push({ ...r.comments[0]!.paragraphs[0]!, kind: 'other', rule: 'planted' })],
    ['thread-links', (r) => void (r.comments[0]!.parentId = r.comments[2]!.id)],
    ['warning-offset', (r) => void r.warnings.push({ code: 'nul-bytes', message: 'planted', start: 0, end: 1 })],
    ['warning-offset', (r) => void r.warnings.push({ code: 'long-line', message: 'planted', start: r.text.length, end: r.text.length + 1 })],
    ['schema', (r) => void ((r.comments[0] as { depth: number }).depth = -1)],
    ['text-changed', (r) => void (r.text += ' ')],
  ];
  it.each(faults)('report %s when it is planted', (kind, plant) => {
    const result = fresh();
    plant(result);
    expect(kinds(result)).toContain(kind);
  });

  it('see a key added to Object.prototype, and remove it', () => {
    const before = snapshotPrototypes();
    (Object.prototype as Record<string, unknown>).plantedByTest = 1;
    expect(prototypeChanges(before)).toEqual(['Object.prototype.plantedByTest added']);
    expect(({} as Record<string, unknown>).plantedByTest).toBeUndefined();
  });
});

describe('fuzz mutants and shrinking', () => {
  const seeds = loadSeeds();

  it('rebuild the same mutant from the same seed and index, and differ across indexes', () => {
    const a = makeMutant(7, 123, seeds);
    expect(makeMutant(7, 123, seeds)).toEqual(a);
    const inputs = new Set(Array.from({ length: 20 }, (_, i) => String(makeMutant(7, i, seeds).input)));
    expect(inputs.size).toBe(20);
  });

  it('draw seeds from text fixtures, HTML layouts and shapes, never from check pages', () => {
    const origins = new Set(seeds.map((s) => s.name.split(':')[0]));
    expect([...origins].sort()).toEqual(expect.arrayContaining(['fixture', 'html', 'shape', 'text']));
    // A seed is named after its page ('fixture:314_x.txt', 'html:engine:314_x'); none may be a check page's.
    const checkPages = new Set([...readdirSync(new URL('../fixtures/check/text/pages', import.meta.url)), ...readdirSync(new URL('../fixtures/check/html', import.meta.url))].map((file) => file.replace(/\.(txt|html|gold\.json)$/u, '')));
    const fromCheck = seeds.filter((s) => checkPages.has(s.name.split(':').at(-1)!.replace(/\.(txt|html)$/u, '')));
    expect(checkPages.size).toBeGreaterThan(100);
    expect(fromCheck.map((s) => s.name)).toEqual([]);
  });

  it('shrink to the smallest part that keeps the failure', () => {
    const text = `${'lorem ipsum '.repeat(50)}x${'dolor sit '.repeat(50)}y${'amet '.repeat(50)}`;
    const fails = (parts: string[]) => /x.*y/s.test(parts.join(''));
    expect(shrink([...text], fails, performance.now() + 10_000)).toEqual({ parts: ['x', 'y'], complete: true });
  });
});

describe('the CPU watchdog', () => {
  it('kills a child that spins past its CPU limit, and leaves an idle one alone', async () => {
    const run = async (script: string, limitMs: number) => {
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      let expired = false;
      const watchdog = new CpuWatchdog(child.pid!, () => {
        expired = true;
        child.kill('SIGKILL');
      });
      watchdog.arm(limitMs);
      const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_, s) => resolve(s)));
      watchdog.stop();
      return { expired, signal };
    };
    expect(await run('for (;;) {}', 300)).toEqual({ expired: true, signal: 'SIGKILL' });
    // Sleeping 3 s uses almost no CPU: a 2 s wall-clock timer would have killed it.
    expect(await run('setTimeout(() => {}, 3000)', 2000)).toEqual({ expired: false, signal: null });
  });
});
