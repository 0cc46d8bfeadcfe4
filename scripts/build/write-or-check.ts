/**
 * What every generator in scripts/build does with its rendered file: write it, or with `--check`
 * fail when the file in the repo differs (the data tests compare the same way).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Writes `text` to `out` (printing `summary`), or with --check exits 1 if `out` is stale. */
export function writeOrCheck(out: URL, text: string, script: string, summary: () => string): void {
  if (process.argv.includes('--check')) {
    if (readFileSync(out, 'utf8') !== text) {
      process.stderr.write(`${fileURLToPath(out)} is stale: run npx tsx ${script}\n`);
      process.exit(1);
    }
    return;
  }
  writeFileSync(out, text);
  process.stdout.write(`wrote ${out.pathname}: ${summary()}\n`);
}
