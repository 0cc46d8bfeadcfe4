/**
 * `npm run bench`: every section in scripts/bench/sections/, in file-name order, each printing its
 * own tables. `npm run bench -- dragnet` runs only the sections whose file name contains "dragnet".
 */
import { readdirSync } from 'node:fs';

const filter = process.argv.slice(2);
const dir = new URL('./sections/', import.meta.url);
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
