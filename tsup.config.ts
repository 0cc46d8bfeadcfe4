import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS with types. natural is bundled through its deep module paths so
    // consumers never install it (its root pulls in mongoose, pg and redis and prints dotenv lines).
    // htmlparser2 is bundled too (only its Tokenizer is used), so consumers install neither it nor
    // its DOM packages; the bundle still carries what its entry module re-exports. Licences of
    // everything bundled: dist/THIRD_PARTY_NOTICES.md (scripts/build/third-party-notices.ts).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    noExternal: ['natural', 'htmlparser2'],
    // import.meta.url in the CJS build, for the lazy require of compromise.
    shims: true,
  },
  {
    // The CLI is ESM only; it also bundles natural's deep modules, never its root.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    noExternal: ['natural', 'htmlparser2'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
