import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { lazyUnicodeRegex } from './scripts/build/lazy-unicode-regex.js';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * `import { Tokenizer } from 'htmlparser2'` bundled as htmlparser2's Tokenizer module alone. Its
 * entry module re-exports the DOM packages (domhandler, domutils, dom-serializer and a second,
 * older copy of entities), which esbuild cannot drop: they added about 150 kB to compile and
 * their decoding tables to build on every import, for code the library never runs.
 */
const htmlparser2TokenizerOnly: EsbuildPlugin = {
  name: 'htmlparser2-tokenizer-only',
  setup(build) {
    // The package's exports map names no subpath but its entry (dist/commonjs/index.js).
    const root = dirname(createRequire(import.meta.url).resolve('htmlparser2'));
    const tokenizer = join(root, '../esm/Tokenizer.js');
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'htmlparser2-tokenizer' }));
    build.onLoad({ filter: /.*/, namespace: 'htmlparser2-tokenizer' }, () => ({
      contents: `export { default as Tokenizer, QuoteType } from ${JSON.stringify(tokenizer)};`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * The bundled data files (`data/*.json` under src, default imports only) emitted as `JSON.parse('…')`
 * rather than object literals: V8 scans a string literal and parses JSON several times faster than
 * it compiles the same data as JavaScript (about 9 -> 6 ms for the 280 kB of the largest files).
 */
const dataAsJsonParse: EsbuildPlugin = {
  name: 'data-as-json-parse',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*[\\/]data[\\/][^\\/]+\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // The library: ESM + CJS with types. natural is bundled through its deep module paths so
    // consumers never install it (its root pulls in mongoose, pg and redis and prints dotenv lines).
    // htmlparser2's Tokenizer is bundled too (the only part used), so consumers install neither it
    // nor its DOM packages. Licences of everything bundled: dist/THIRD_PARTY_NOTICES.md
    // (scripts/build/third-party-notices.ts).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    noExternal: ['natural', 'htmlparser2', 'zod'],
    esbuildPlugins: [htmlparser2TokenizerOnly, dataAsJsonParse, lazyUnicodeRegex],
    // import.meta.url in the CJS build, for the lazy require of compromise.
    shims: true,
  },
  {
    // The CLI is ESM only; it also bundles natural's deep modules, never its root.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: ['natural', 'htmlparser2', 'zod'],
    esbuildPlugins: [htmlparser2TokenizerOnly, dataAsJsonParse, lazyUnicodeRegex],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
