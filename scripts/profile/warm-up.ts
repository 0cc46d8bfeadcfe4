/**
 * `tsx scripts/profile/warm-up.ts [pages] [rounds] [--regexes]`: where a fresh isolate's first
 * pages go (issue 17: each CLI worker pays ~10 CPU-s over its first ~150 pages). Runs analyzePage
 * over sets of `pages` Dragnet training pages (A = the first set, B the next, ...) in the order
 * `rounds` gives (default "A,A,F,A,B,C,D"), printing CPU ms per page per round; "F" empties every
 * memo (forgetMemos) without touching anything else. Reading the rounds: A's first round minus its
 * repeat is the whole warm-up on A; the repeat after F adds back the memos' share; a set run first
 * after other sets and an F shows what is left for compiled code, lazily built data and the caches
 * forgetMemos does not reach (the cue lists' narrowed regexes, word ids, compromise).
 * With --regexes, every regex executed is recorded (by wrapping RegExp.prototype.exec, which slows
 * the rounds: read only the second table then) and each distinct source and flags is compiled and
 * run twice (bytecode, then native code) in a child process: the CPU one isolate spends compiling
 * the regexes these pages need, and the costliest ones. Times follow the machine's load (printed).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePage } from '../../src/index.js';
import { forgetMemos } from '../../src/memo.js';
import { printTable, SHARED_DATA } from '../lib/table.js';

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const PAGES = Number(args[0] ?? 40);
const ROUNDS = (args[1] ?? 'A,A,F,A,B,C,D').split(',');
const REGEXES = process.argv.includes('--regexes');
const DRAGNET = `${SHARED_DATA}dragnet/training/`;

const seen = new Set<string>();
if (REGEXES) {
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, subject: string) {
    seen.add(`${this.flags}/${this.source}`);
    return exec.call(this, subject);
  };
}

const files = readdirSync(DRAGNET).filter((name) => name.endsWith('.html')).sort();
const setOf = (name: string) => {
  const at = name.charCodeAt(0) - 65;
  return files.slice(at * PAGES, (at + 1) * PAGES).map((file) => readFileSync(join(DRAGNET, file), 'utf8'));
};
const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const rows: (string | number)[][] = [];
for (const round of ROUNDS) {
  if (round === 'F') {
    forgetMemos();
    rows.push(['F (forgetMemos)', '-', '-', loadavg()[0]!]);
    continue;
  }
  const pages = setOf(round);
  const start = cpuMs();
  for (const page of pages) analyzePage(page, { format: 'html' });
  const used = cpuMs() - start;
  rows.push([round, pages.length, used / pages.length, loadavg()[0]!]);
}
printTable(`analyzePage CPU per page by round (${PAGES} Dragnet pages a set)`, ['round', 'pages', 'cpu ms/page', 'load'], rows);

if (REGEXES) {
  const work = mkdtempSync(join(tmpdir(), 'threadlens-warm-up-'));
  try {
    const list = join(work, 'regexes.json');
    writeFileSync(list, JSON.stringify([...seen].map((key) => [key.slice(key.indexOf('/') + 1), key.slice(0, key.indexOf('/'))])));
    // A fresh process, so no regex is compiled already; the subject is a short header line.
    const child = `
      const list = JSON.parse(require('fs').readFileSync(${JSON.stringify(list)}, 'utf8'));
      const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
      const out = list.map(([source, flags]) => { const t = cpu(); const re = new RegExp(source, flags);
        for (let k = 0; k < 2; k++) { re.lastIndex = 0; re.exec('Posted by Anna on 3 May 2024 at 10:02: is that true?'); }
        return [cpu() - t, flags, source.length, source.slice(0, 50)]; });
      console.log(JSON.stringify(out));`;
    const timed = JSON.parse(execFileSync(process.execPath, ['-e', child], { encoding: 'utf8', maxBuffer: 64 << 20 })) as [number, string, number, string][];
    timed.sort((a, b) => b[0] - a[0]);
    const total = timed.reduce((sum, [ms]) => sum + ms, 0);
    printTable(`Compiling the ${timed.length} regexes these rounds ran, in a fresh isolate: ${total.toFixed(0)} CPU ms (load ${loadavg()[0]!.toFixed(1)})`, ['cpu ms', 'flags', 'chars', 'source'], timed.slice(0, 20).map(([ms, flags, chars, source]) => [ms, flags, chars, source]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
