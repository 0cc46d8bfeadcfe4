/**
 * Writes dist/THIRD_PARTY_NOTICES.md: the licence text of every package the bundler copied into
 * dist (natural's stemmers, htmlparser2's tokenizer and what it imports, AFINN). MIT and BSD-2-Clause
 * both ask that their notice travel with copies, so the published package carries them.
 * The bundler marks each copied module with a `// node_modules/<package>/…` comment: that is the list.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Packages whose code is copied into dist, from the bundler's module markers. */
export function bundledPackages(dir = 'dist'): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => /\.(?:c?js)$/.test(f))) {
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm)) names.add(match[1]!);
  }
  // tsup's own shims (import.meta.url in CommonJS) are generated code, not a dependency.
  names.delete('tsup');
  return [...names].sort();
}

function notice(name: string): string {
  const root = join('node_modules', name);
  const meta = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; license?: string };
  const file = readdirSync(root).find((f) => /^licen[cs]e(?:\.(?:md|txt))?$/i.test(f));
  if (!file) throw new Error(`${name} is bundled into dist but has no licence file to copy`);
  return `## ${name} ${meta.version} (${meta.license ?? 'see text'})\n\n${readFileSync(join(root, file), 'utf8').trim()}\n`;
}

if (process.argv[1]?.endsWith('third-party-notices.ts') && existsSync('dist')) {
  const packages = bundledPackages();
  const head = '# Third-party notices\n\nthreadlens bundles code from these packages into `dist/`; their licences follow.\n';
  writeFileSync('dist/THIRD_PARTY_NOTICES.md', [head, ...packages.map(notice)].join('\n'));
  process.stderr.write(`wrote dist/THIRD_PARTY_NOTICES.md: ${packages.join(', ')}\n`);
}
