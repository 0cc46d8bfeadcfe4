/**
 * The scale-out recipes, run for real: the SLURM array job of examples/scale-out on a single-node
 * cluster that this test starts (slurmctld, slurmd and munge from Debian's slurm-wlm), and the GNU
 * parallel script. Over a folder of WARC files, every HTML response record must come out exactly
 * once across the shards' files. Where the tools are missing the tests skip, saying why; in CI
 * (.ci/run sets THREADLENS_CI) they never skip: a missing tool fails them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWarc, warcRecordBytes, type WarcPage } from '../scripts/lib/warc-build.js';
import { CLI, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

const run = promisify(execFile);
const ROOT = new URL('..', import.meta.url).pathname;
const IN_CI = process.env.THREADLENS_CI === '1';
const FILES = 5;
const PER_FILE = 9;

let dir: string;
let cleanup: () => void;
/** warcRecordId of every HTML response written into the crawl folder. */
const expected: string[] = [];

function which(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Skips with a reason outside CI; in CI the missing tool is a failure. */
function missing(reason: string | null, context: { skip: (note?: string) => void }): boolean {
  if (reason === null) return false;
  if (IN_CI) throw new Error(`${reason}; CI installs it in .ci/run, so this test must not skip there`);
  console.warn(`skipped: ${reason}`);
  context.skip(reason);
  return true;
}

const html = (file: number, i: number) =>
  `<html><head><title>Story ${file}-${i}</title></head><body><article><h1>Story ${file}-${i}</h1><p>The council met on Monday about plan ${i}.</p></article></body></html>`;

beforeAll(async () => {
  requireBuild();
  ({ dir, cleanup } = tempDir('scale'));
  mkdirSync(join(dir, 'crawl', 'nested'), { recursive: true });
  for (let f = 0; f < FILES; f++) {
    const pages: WarcPage[] = Array.from({ length: PER_FILE }, (_, i) => ({ url: `https://site${f}.example/story/${i}`, body: html(f, i) }));
    const parts = [await buildWarc(pages, { withRequests: true })];
    parts.push(Buffer.from(await warcRecordBytes({ url: `https://site${f}.example/logo.png`, body: new Uint8Array([1, 2, 3]), contentType: 'image/png' })));
    writeFileSync(join(dir, 'crawl', f % 2 ? 'nested' : '', `crawl-${f}.warc.gz`), Buffer.concat(parts));
  }
  writeFileSync(join(dir, 'crawl', 'page.txt'), tinyPage(1));
  // The ids the files really hold, read back with the CLI itself in one unsharded run.
  const whole = await run(process.execPath, [CLI, 'pages', join(dir, 'crawl'), '--jobs', '2', '-q'], { maxBuffer: 1 << 28 });
  for (const record of parseJsonl(whole.stdout)) expected.push(record.warcRecordId ?? record.source);
  expect(expected).toHaveLength(FILES * PER_FILE + 1);
});

afterAll(() => cleanup?.());

/** Every record of every part file, checked for exactly-once coverage of the crawl. */
function expectEveryRecordOnce(outDir: string, shards: number): void {
  const files = readdirSync(outDir).filter((name) => name.endsWith('.jsonl')).sort();
  expect(files).toEqual(Array.from({ length: shards }, (_, i) => `part-${i}.jsonl`));
  const seen = files.flatMap((name) => parseJsonl(readFileSync(join(outDir, name), 'utf8')).map((r) => r.warcRecordId ?? r.source));
  expect(seen.length).toBe(expected.length);
  expect([...seen].sort()).toEqual([...expected].sort());
  // Not all in one shard: each file has a real share.
  for (const name of files) expect(parseJsonl(readFileSync(join(outDir, name), 'utf8')).length).toBeGreaterThan(0);
}

describe('SLURM array job (examples/scale-out/threadlens-array.sbatch)', () => {
  const cluster = () => join(dir, 'slurm');
  const env = () => ({ ...process.env, SLURM_CONF: join(cluster(), 'slurm.conf'), THREADLENS: `${process.execPath} ${CLI}` });

  afterAll(async () => {
    if (existsSync(join(cluster(), 'slurm.conf'))) await run('bash', [join(ROOT, 'scripts/slurm/single-node.sh'), 'stop', cluster()]);
  });

  it('an array of 4 over a folder of WARC files writes every record exactly once across the shards', async (context) => {
    const reason = !which('sbatch') || !which('slurmctld') || !which('munged')
      ? 'sbatch, slurmctld or munged is not installed (apt-get install slurm-wlm munge)'
      : process.getuid?.() !== 0
        ? 'starting slurmd needs root'
        : null;
    if (missing(reason, context)) return;
    await run('bash', [join(ROOT, 'scripts/slurm/single-node.sh'), 'start', cluster()]);
    const out = join(dir, 'slurm-out');
    const script = join(ROOT, 'examples/scale-out/threadlens-array.sbatch');
    // --wait returns when every array task has ended, with a non-zero status if any failed.
    await run('sbatch', ['--wait', '--array=0-3', '--cpus-per-task=1', '--export=ALL', `--chdir=${dir}`, script, join(dir, 'crawl'), out], { env: env(), timeout: 600_000 });
    expectEveryRecordOnce(out, 4);
    // Resubmitting resumes: nothing is written twice.
    await run('sbatch', ['--wait', '--array=0-3', '--cpus-per-task=1', '--export=ALL', `--chdir=${dir}`, script, join(dir, 'crawl'), out], { env: env(), timeout: 600_000 });
    expectEveryRecordOnce(out, 4);
  }, 900_000);
});

describe('GNU parallel on one machine (examples/scale-out/parallel.sh)', () => {
  it('3 shards side by side write every record exactly once; a rerun adds nothing', async (context) => {
    if (missing(which('parallel') ? null : 'GNU parallel is not installed (apt-get install parallel)', context)) return;
    const out = join(dir, 'parallel-out');
    const env = { ...process.env, THREADLENS: `${process.execPath} ${CLI}` };
    await run('bash', [join(ROOT, 'examples/scale-out/parallel.sh'), join(dir, 'crawl'), out, '3'], { env, timeout: 300_000 });
    expectEveryRecordOnce(out, 3);
    await run('bash', [join(ROOT, 'examples/scale-out/parallel.sh'), join(dir, 'crawl'), out, '3'], { env, timeout: 300_000 });
    expectEveryRecordOnce(out, 3);
  }, 600_000);
});
