/** The README's example is real: its code is the example file, and its output is what running it prints. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const readme = readFileSync(`${ROOT}README.md`, 'utf8');
const use = readme.slice(readme.indexOf('## Use'), readme.indexOf('## API'));
const blocks = [...use.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2]! }));

describe('README', () => {
  it('shows the example file as it is', () => {
    const code = blocks.find((b) => b.lang === 'js')!.body;
    expect(code).toBe(readFileSync(`${ROOT}examples/analyze-page.mjs`, 'utf8'));
  });

  it('shows what the example prints', () => {
    const expected = blocks.find((b) => b.lang === 'text')!.body;
    const output = execFileSync(process.execPath, ['examples/analyze-page.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(output).toBe(expected);
  });

  it('shows a stance target the schema accepts', async () => {
    const { TargetInput } = await import('../src/schema/index.js');
    const api = readme.slice(readme.indexOf('A target (`TargetInput`)'));
    const example = /```js\n([\s\S]*?)```/.exec(api)![1]!;
    // The example is an object literal with comments, as a user would write it in code.
    const target = new Function(`return (${example})`)();
    expect(TargetInput.parse(target)).toEqual(target);
    expect(target.vocabulary.against).toContain('unborn');
  });

  it('shows the test command', () => {
    expect(readme).toContain('npm test');
  });
});

describe('README CLI summary', () => {
  it('gives the counts the CLI really prints for its example command', async () => {
    const { execFile } = await import('node:child_process');
    const cli = readme.slice(readme.indexOf('## CLI'));
    const shown = /```text\n([\s\S]*?)```/.exec(cli)![1]!;
    const stderr = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['dist/cli.js', 'pages', 'fixtures/pages', '--format', 'csv', '-o', '/dev/null', '--jobs', '2'], { cwd: ROOT }, (error, _out, err) =>
        error && error.code !== 0 ? reject(error) : resolve(err),
      ),
    );
    // Timings vary by machine; every count must match.
    const counts = (text: string) => text.replace(/ in [\d.]+ s, [\d.]+ pages\/s/, '');
    expect(counts(stderr)).toBe(counts(shown));
  });
});
