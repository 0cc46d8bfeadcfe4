/**
 * What a consumer pays before any page is analysed: import time of the built package (ESM and
 * CJS, fresh processes) and the size of the tarball and of a fresh install with its dependencies,
 * then with the optional peer warcio added (what WARC input costs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { printTable } from '../../lib/table.js';
import { median } from '../../lib/rounds.js';

const ROOT = new URL('../../../', import.meta.url).pathname;
const RUNS = 7;

/**
 * Median wall-clock and CPU milliseconds of an import in fresh processes. The probe prints both;
 * CPU time (all of the process's threads, compiler and GC included) is what other processes on a
 * shared machine disturb least, so before/after comparisons read that column.
 */
function importMs(args: string[]): [number, number] {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [w, c] = execFileSync(process.execPath, [...args], { cwd: ROOT, encoding: 'utf8' }).trim().split(' ').map(Number);
    wall.push(w!);
    cpu.push(c!);
  }
  return [median(wall), median(cpu)];
}

/** A probe script: starts the clocks, runs `load`, prints wall and CPU milliseconds. */
const probe = (load: string) => `const c=process.cpuUsage(); const t=performance.now(); ${load}; const u=process.cpuUsage(c); console.log(performance.now()-t, (u.user+u.system)/1000)`;

function folderBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

/** A package and its dependencies, transitively, as installed at the top of node_modules. */
function closure(modules: string, name: string, seen = new Set<string>()): Set<string> {
  if (seen.has(name)) return seen;
  seen.add(name);
  const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  for (const dep of Object.keys(manifest.dependencies ?? {})) closure(modules, dep, seen);
  return seen;
}

/** Bytes of `name`'s closure that no other top-level dependency of threadlens needs. */
function closureBytes(modules: string, name: string): number {
  const own = closure(modules, name);
  const manifest = JSON.parse(readFileSync(join(modules, 'threadlens', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const others = new Set<string>();
  for (const dep of Object.keys(manifest.dependencies)) if (dep !== name) closure(modules, dep, others);
  return [...own].filter((pkg) => !others.has(pkg)).reduce((sum, pkg) => sum + folderBytes(join(modules, pkg)), 0);
}

function peerRange(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> };
  return manifest.peerDependencies[name]!;
}

export async function run(): Promise<void> {
  const esm = importMs(['--input-type=module', '-e', probe("await import('./dist/index.js')")]);
  const cjs = importMs(['-e', probe("require('./dist/index.cjs')")]);
  const natural = importMs(['-e', probe('const w=process.stdout.write.bind(process.stdout); process.stdout.write=()=>true; require(\'natural\'); process.stdout.write=w')]);
  const warcio = importMs(['--input-type=module', '-e', probe("await import('warcio')")]);
  printTable(`import time, median of ${RUNS} fresh processes (load average ${loadavg()[0]!.toFixed(1)})`, ['module', 'wall ms', 'CPU ms'], [
    ['threadlens (ESM, dist/index.js)', ...esm],
    ['threadlens (CJS, dist/index.cjs)', ...cjs],
    ['warcio, which only the CLI loads, on the first WARC input', ...warcio],
    ["for scale: require('natural') root, which threadlens never loads", ...natural],
  ]);

  const project = mkdtempSync(join(tmpdir(), 'threadlens-size-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(project, 'package.json'), '{"name":"size","private":true}');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(project, tarball)], { cwd: project, stdio: 'pipe' });
    const modules = join(project, 'node_modules');
    const packages = () => readdirSync(modules).filter((name) => !name.startsWith('.'));
    const rows: (string | number)[][] = [
      ['tarball', statSync(join(project, tarball)).size / 1e6, ''],
      ['threadlens unpacked', folderBytes(join(modules, 'threadlens')) / 1e6, 1],
      ['node_modules after npm install threadlens', folderBytes(modules) / 1e6, packages().length],
    ];
    // warcio is an optional peer: a consumer who reads WARC files installs it beside threadlens.
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `warcio@${peerRange('warcio')}`], { cwd: project, stdio: 'pipe' });
    rows.push(['node_modules after also npm install warcio (WARC input)', folderBytes(modules) / 1e6, packages().length]);
    rows.push(['of which warcio and what only it needs', closureBytes(modules, 'warcio') / 1e6, closure(modules, 'warcio').size]);
    printTable('install size for a consumer', ['what', 'MB', 'packages'], rows);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
