/** `threadlens schema`: the JSON Schema the build emitted next to the CLI. */
import { readFileSync } from 'node:fs';

export function runSchema(): number {
  let text: string;
  try {
    text = readFileSync(new URL('./schema.json', import.meta.url), 'utf8');
  } catch (error) {
    process.stderr.write(`threadlens: schema.json is missing next to the CLI (${(error as Error).message})\n`);
    return 1;
  }
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
