/**
 * Runs every section file in a folder, in file-name order; command-line words keep only the
 * sections whose file name contains one of them (`npm run eval -- dragnet`).
 */
import { readdirSync } from 'node:fs';

export async function runSections(dir: URL, filter: string[]): Promise<void> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => filter.length === 0 || filter.some((word) => name.includes(word)))
    .sort();
  for (const file of files) {
    const section = (await import(new URL(file, dir).href)) as { run: () => Promise<void> | void };
    const started = performance.now();
    await section.run();
    process.stdout.write(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n\n`);
  }
}
