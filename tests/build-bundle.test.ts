/**
 * The build: zod imported so that it tree-shakes, and the lazy Unicode-regex plugin
 * (scripts/build/lazy-unicode-regex.ts), which must change when a regex is made, never what it
 * matches: the rewritten module answers as the original does, and literals that keep state (g, y)
 * or need no Unicode tables stay as written.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { requireBuild } from './cli-helpers.js';
import { lazyUnicodeRegexes } from '../scripts/build/lazy-unicode-regex.js';

/** Every .ts file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const SAMPLE = `
const TOP = /^\\p{Lu}\\p{Ll}+$/u;
export function run(s: string) {
  const words = s.match(/[\\p{L}'’]+/gu) ?? [];
  const first = /^\\p{Lu}/u.test(s);
  const slash = /[\\p{L}]+\\/[\\p{N}]+/u.exec(s)?.[0] ?? null;
  return { top: TOP.test(words[0] ?? ''), words, first, slash, plain: /^a/i.test(s) };
}
`;

function evaluate(source: string): (s: string) => unknown {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as { run: (s: string) => unknown } };
  new Function('module', 'exports', js)(module, module.exports);
  return module.exports.run;
}

describe('lazy Unicode regex literals in the build', () => {
  it('rewrite only Unicode-property literals without g or y, and the module answers the same', () => {
    const rewritten = lazyUnicodeRegexes(SAMPLE, 'sample.ts')!;
    expect(rewritten).not.toBeNull();
    expect(rewritten).toContain('/[\\p{L}\'’]+/gu');
    expect(rewritten).toContain('/^a/i');
    expect(rewritten).not.toContain('/^\\p{Lu}/u');
    const [before, after] = [evaluate(SAMPLE), evaluate(rewritten)];
    for (const text of ['Hello world', 'élan vital', 'ab12/34 x', 'Zoë Ünal', '', 'abc/123', 'İstanbul']) {
      expect(after(text)).toEqual(before(text));
      expect(after(text)).toEqual(before(text)); // again: the shared objects keep no state
    }
  });

  it('leave every source file parseable', () => {
    let rewritten = 0;
    for (const path of sourceFiles('src')) {
      const out = lazyUnicodeRegexes(readFileSync(path, 'utf8'), path);
      if (out === null) continue;
      rewritten++;
      const parsed = ts.createSourceFile(path, out, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) as ts.SourceFile & { parseDiagnostics: ts.Diagnostic[] };
      expect(parsed.parseDiagnostics, path).toEqual([]);
    }
    expect(rewritten).toBeGreaterThan(0);
  });
});

describe('zod in the bundle', () => {
  it('is imported as a namespace everywhere in src, so the build keeps only the parts the schemas use', () => {
    const named: string[] = [];
    for (const path of sourceFiles('src')) {
      // `import { z } from 'zod'` binds zod's whole namespace object, locales included, and esbuild keeps all of it.
      for (const line of readFileSync(path, 'utf8').split('\n')) if (/from 'zod'/.test(line) && !/import (?:type )?\* as z from 'zod'/.test(line)) named.push(`${path}: ${line}`);
    }
    expect(named).toEqual([]);
  });
});

describe('the built package answers as the sources do', () => {
  it('analyzePage from dist (ESM and CJS) equals analyzePage from src on fixture pages of both kinds', async () => {
    requireBuild();
    const root = new URL('..', import.meta.url).pathname;
    const fromSrc = await import('../src/index.js');
    const fromEsm = await import(pathToFileURL(join(root, 'dist/index.js')).href);
    const fromCjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs'));
    const pages = [
      ...readdirSync(join(root, 'fixtures/pages')).filter((name) => name.endsWith('.txt')).slice(0, 4).map((name) => join(root, 'fixtures/pages', name)),
      ...readdirSync(join(root, 'fixtures/html/written')).filter((name) => name.endsWith('.html')).slice(0, 4).map((name) => join(root, 'fixtures/html/written', name)),
    ];
    for (const path of pages) {
      const input = readFileSync(path, 'utf8');
      const expected = JSON.stringify(fromSrc.analyzePage(input, { source: path }));
      expect(JSON.stringify(fromEsm.analyzePage(input, { source: path })), path).toBe(expected);
      expect(JSON.stringify(fromCjs.analyzePage(input, { source: path })), path).toBe(expected);
    }
  }, 120_000);
});
