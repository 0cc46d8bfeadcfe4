/**
 * An esbuild plugin for the library build: regex literals with a Unicode property class (`\p{L}`,
 * `\p{Lu}` …) and neither the `g` nor the `y` flag become one shared RegExp per literal, made on its
 * first use. V8 validates every regex literal when it compiles the script, and a property class
 * costs it 0.04-0.13 ms even in a function never called; the bundle holds about 200 of them, so
 * importing threadlens paid for all of them up front. Without `g` or `y` a regex keeps no state
 * between calls (test, exec, match, replace and split leave or ignore lastIndex), so one shared
 * object per literal behaves as a fresh one per evaluation. Literals with `g` or `y` stay as written.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

const HELPER = '__threadlensLazyRegex';

/** The source with each qualifying literal replaced by a call of a per-file lazy getter, or null when none qualifies. */
export function lazyUnicodeRegexes(source: string, fileName: string): string | null {
  if (!source.includes('\\p{')) return null;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { start: number; end: number; pattern: string; flags: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf('/');
      const pattern = text.slice(1, slash);
      const flags = text.slice(slash + 1);
      if (pattern.includes('\\p{') && !flags.includes('g') && !flags.includes('y')) found.push({ start: node.getStart(file), end: node.end, pattern, flags });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found.length === 0) return null;
  let out = source;
  for (let k = found.length - 1; k >= 0; k--) {
    const { start, end } = found[k]!;
    out = `${out.slice(0, start)}${HELPER}(${k})${out.slice(end)}`;
  }
  const table = found.map(({ pattern, flags }) => `[${JSON.stringify(pattern)}, ${JSON.stringify(flags)}]`).join(', ');
  // At the top: a module-level literal is evaluated while the module loads, so the table must exist by then.
  const helper = `const ${HELPER}_made: (RegExp | undefined)[] = [];\nconst ${HELPER}_sources: [string, string][] = [${table}];\nfunction ${HELPER}(k: number): RegExp {\n  return (${HELPER}_made[k] ??= new RegExp(${HELPER}_sources[k]![0], ${HELPER}_sources[k]![1]));\n}\n`;
  return helper + out;
}

export const lazyUnicodeRegex: EsbuildPlugin = {
  name: 'lazy-unicode-regex',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const contents = lazyUnicodeRegexes(source, path);
      return contents === null ? undefined : { contents, loader: 'ts' };
    });
  },
};
