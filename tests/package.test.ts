/**
 * The packed tarball works for a consumer: installed into a fresh project, it imports from ESM,
 * requires from CJS, prints nothing on load, and brings neither natural nor its database drivers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackages } from '../scripts/build/third-party-notices.js';

const ROOT = new URL('..', import.meta.url).pathname;
let project = '';
let packedFiles: string[] = [];

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'threadlens-consumer-'));
  const report = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { cwd: ROOT, encoding: 'utf8' })) as { filename: string; files: { path: string }[] }[];
  const packed = report[0]!.filename;
  packedFiles = report[0]!.files.map((file) => file.path).sort();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', join(project, packed)], { cwd: project, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const PAGE = 'Title of a page about trains\\n\\nThe council voted on Tuesday to expand the tram network across the city centre by 2030.\\n\\nAnna Berg says:\\n\\nFinally, good news.';

describe('the packed package', () => {
  it('holds the license, the readme and the build, and nothing from the repo besides', () => {
    expect(packedFiles).toContain('LICENSE');
    expect(packedFiles).toContain('README.md');
    expect(packedFiles).toContain('dist/schema.json');
    const outside = packedFiles.filter((path) => !path.startsWith('dist/') && !['LICENSE', 'README.md', 'package.json'].includes(path));
    expect(outside).toEqual([]);
  });

  it('imports from ESM and splits a page', () => {
    const out = node(['--input-type=module', '-e', `import { splitPage, PageAnalysis } from 'threadlens'; const r = splitPage("${PAGE}"); PageAnalysis.parse(r); console.log(JSON.stringify(r.comments.map((c) => c.author)));`]);
    expect(out.trim()).toBe('["Anna Berg"]');
  });

  it('requires from CJS and tags a comment', () => {
    const out = node(['-e', `const t = require('threadlens'); const tags = t.tagComment('you idiot, what the hell?'); console.log(typeof t.analyzePage, tags.insults.length > 0, tags.questions.length);`]);
    expect(out.trim()).toBe('function true 1');
  });

  it('prints nothing to stdout when loaded', () => {
    expect(node(['-e', "require('threadlens')"])).toBe('');
    expect(node(['--input-type=module', '-e', "import 'threadlens'"])).toBe('');
  });

  it('ships its JSON Schema and a working bin', () => {
    const schema = JSON.parse(node(['-e', "process.stdout.write(JSON.stringify(require('threadlens/schema.json')))"]));
    expect(schema.$defs.PageAnalysis).toBeDefined();
    // Input shapes too: other languages write --targets files.
    expect(schema.$defs.TargetInput.anyOf).toHaveLength(2);
    expect(schema.$defs.TargetsFile.items.$ref).toBe('#/$defs/TargetInput');
    expect(existsSync(join(project, 'node_modules', '.bin', 'threadlens'))).toBe(true);
  });

  it('leaves out warcio, an optional peer, and says how to get it when a WARC is given', () => {
    expect(readdirSync(join(project, 'node_modules'))).not.toContain('warcio');
    writeFileSync(join(project, 'crawl.warc'), 'WARC/1.0\r\n\r\n');
    const run = spawnSync(join(project, 'node_modules', '.bin', 'threadlens'), ['pages', 'crawl.warc'], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm install warcio');
  });

  it('does not install natural or database drivers into the consumer', () => {
    const installed = readdirSync(join(project, 'node_modules'));
    for (const name of ['natural', 'mongoose', 'pg', 'redis', 'dotenv']) expect(installed).not.toContain(name);
  });

  it('carries the licence of every package bundled into dist', () => {
    const bundled = bundledPackages(join(ROOT, 'dist'));
    expect(bundled).toContain('natural');
    const notices = readFileSync(join(project, 'node_modules', 'threadlens', 'dist', 'THIRD_PARTY_NOTICES.md'), 'utf8');
    const listed = [...notices.matchAll(/^## (\S+) /gm)].map((m) => m[1]);
    expect(listed).toEqual(bundled);
    expect(notices).toMatch(/Permission is hereby granted|Redistribution and use in source and binary forms/);
  });
});
