import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageAnalysis } from '../src/schema/index.js';
import { CLI, cli, parseJsonl, requireBuild, tempDir, tinyPage } from './cli-helpers.js';

const FIXTURES = new URL('../fixtures/pages/', import.meta.url).pathname;
const isRoot = process.getuid?.() === 0;
let hasFifo = false;

let dir: string;
let cleanup: () => void;
let goodPages: string[];
/** `pages corpus` with default options, run once and shared by the tests that only read it. */
let baseline: Record<string, any>[];
const corpusRun = async () => (baseline ??= parseJsonl((await cli(['pages', 'corpus', '-q', '--jobs', '2'], { cwd: dir })).stdout));

/**
 * The "nothing lost" folder: good pages, an empty file, a binary file, invalid UTF-8, unreadable
 * entries and a file over --max-bytes. Unreadable must fail for root too, where chmod 000 does not
 * stop reading: a dangling symlink (stat fails with ENOENT) and a FIFO (not a regular file; opening
 * it would block forever, so the CLI must refuse it without opening it).
 */
beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('cli'));
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'nested', 'deeper'), { recursive: true });
  const fixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt')).slice(0, 3);
  goodPages = [];
  fixtures.forEach((name, i) => {
    copyFileSync(join(FIXTURES, name), join(corpus, `good-${i}.txt`));
    goodPages.push(`good-${i}.txt`);
  });
  writeFileSync(join(corpus, 'nested', 'deeper', 'good-html.html'), `<html><body><h1>Title</h1><p>${tinyPage(1)}</p></body></html>`);
  writeFileSync(join(corpus, 'nested', 'tiny.txt'), tinyPage(2));
  goodPages.push('nested/deeper/good-html.html', 'nested/tiny.txt');
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]));
  writeFileSync(join(corpus, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n\nA page in Latin-1.\n')]));
  writeFileSync(join(corpus, 'huge.txt'), 'x'.repeat(300_000));
  writeFileSync(join(corpus, 'notes.md'), 'not a page: wrong extension');
  symlinkSync(join(corpus, 'does-not-exist'), join(corpus, 'dangling.txt'));
  try {
    execFileSync('mkfifo', [join(corpus, 'pipe.txt')]);
    hasFifo = true;
  } catch {
    hasFifo = false; // no mkfifo on this system: the dangling symlink still covers "unreadable"
  }
  if (!isRoot) {
    writeFileSync(join(corpus, 'locked.txt'), 'secret');
    chmodSync(join(corpus, 'locked.txt'), 0o000);
  }
});

afterAll(() => cleanup?.());

describe('threadlens pages on a folder with bad files', () => {
  it('writes one record per input with the right error codes and exits 1', async () => {
    const result = await cli(['pages', 'corpus', '--max-bytes', '200000', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    const bySource = new Map(records.map((record) => [record.source, record]));
    const expected: Record<string, string | null> = {
      'corpus/empty.txt': 'empty-file',
      'corpus/image.txt': 'binary-input',
      'corpus/latin1.txt': null,
      'corpus/huge.txt': 'input-too-large',
      'corpus/dangling.txt': 'unreadable',
      ...(hasFifo ? { 'corpus/pipe.txt': 'unreadable' } : {}),
      ...(isRoot ? {} : { 'corpus/locked.txt': 'unreadable' }),
      ...Object.fromEntries(goodPages.map((name) => [`corpus/${name}`, null])),
    };
    expect(records).toHaveLength(Object.keys(expected).length);
    expect(new Set(bySource.keys())).toEqual(new Set(Object.keys(expected)));
    for (const [source, code] of Object.entries(expected)) {
      const record = bySource.get(source)!;
      if (code) expect(record.error, source).toEqual({ code, message: expect.any(String) });
      else expect(record.error, source).toBeUndefined();
    }
    // Invalid UTF-8 is a warning on a normal record, not an error.
    expect(bySource.get('corpus/latin1.txt')!.warnings.map((w: { code: string }) => w.code)).toContain('invalid-utf8');
    expect(result.stderr).toMatch(/errors/);
  });

  it('orders records like the sorted walk, the same with 1 job or several', async () => {
    const many = await corpusRun();
    const one = parseJsonl((await cli(['pages', 'corpus', '--jobs', '1', '-q'], { cwd: dir })).stdout);
    const sources = one.map((record) => record.source);
    expect(many.map((record) => record.source)).toEqual(sources);
    expect(sources.indexOf('corpus/dangling.txt')).toBeLessThan(sources.indexOf('corpus/empty.txt'));
    expect(sources.indexOf('corpus/nested/deeper/good-html.html')).toBeLessThan(sources.indexOf('corpus/nested/tiny.txt'));
    // Deterministic: the records themselves are identical whatever the job count.
    expect(many).toEqual(one);
  });

  it('stamps every record, error records included, with the three versions', async () => {
    for (const record of await corpusRun()) {
      expect(record).toMatchObject({
        threadlensVersion: expect.any(String),
        schemaVersion: expect.any(String),
        lexiconVersion: expect.any(String),
      });
    }
  });

  it('page records satisfy the PageAnalysis schema', async () => {
    for (const record of (await corpusRun()).filter((r) => !r.error)) {
      const parsed = PageAnalysis.safeParse(record);
      expect(parsed.success, `${record.source}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it('keeps spans valid: every comment and finding slices the page text', async () => {
    const records = (await corpusRun()).filter((r) => !r.error);
    for (const record of records) {
      for (const comment of record.comments) {
        expect(record.text.slice(comment.start, comment.end)).toBe(comment.text);
        for (const finding of [...comment.questions, ...comment.slurs, ...comment.insults, ...comment.profanity, ...comment.conspiracy.markers]) {
          expect(record.text.slice(finding.start, finding.end)).toBe(finding.text);
        }
      }
    }
  });

  it('--offsets codepoint: spans slice the text by code points (as Python does)', async () => {
    const utf16 = parseJsonl((await cli(['pages', 'corpus/nested/tiny.txt', '-q'], { cwd: dir })).stdout)[0]!;
    const points = parseJsonl((await cli(['pages', 'corpus/nested/tiny.txt', '-q', '--offsets', 'codepoint'], { cwd: dir })).stdout)[0]!;
    const chars = Array.from(points.text as string);
    const segments = (record: Record<string, any>) => [record.title, record.body, ...record.comments].filter(Boolean);
    expect(segments(points).length).toBe(segments(utf16).length);
    for (const segment of segments(points)) expect(chars.slice(segment.start, segment.end).join('')).toBe(segment.text);
    // The page has an emoji, so something after it must differ between the two offset kinds.
    const emojiAt = (utf16.text as string).indexOf('😀');
    expect(emojiAt).toBeGreaterThan(0);
    const after = segments(utf16).filter((s) => s.start > emojiAt);
    expect(after.length).toBeGreaterThan(0); // at least the body follows the title's emoji
    for (const segment of after) {
      const twin = segments(points).find((s) => s.text === segment.text)!;
      expect(twin.start).toBe(segment.start - 1);
    }
  });

  it('expands quoted globs itself, with ** across folders', async () => {
    const result = await cli(['pages', 'corpus/**/*.html', 'corpus/good-?.txt', '-q'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout).map((r) => r.source)).toEqual([
      'corpus/nested/deeper/good-html.html',
      ...goodPages.filter((name) => name.startsWith('good-')).map((name) => `corpus/${name}`),
    ]);
  });

  it('--ext selects what a folder walk takes', async () => {
    const result = await cli(['pages', 'corpus', '--ext', 'md,html', '-q'], { cwd: dir });
    expect(parseJsonl(result.stdout).map((r) => r.source)).toEqual(['corpus/nested/deeper/good-html.html', 'corpus/notes.md']);
  });

  it('reads one page from stdin with -', async () => {
    const result = await cli(['pages', '-', '-q'], { input: tinyPage(7) });
    expect(result.status).toBe(0);
    const [record] = parseJsonl(result.stdout);
    expect(record!.source).toBe('-');
    expect(record!.text).toBe(tinyPage(7));
  });

  it('writes to -o and keeps stdout empty; the summary goes to stderr', async () => {
    const result = await cli(['pages', 'corpus/nested', '-o', 'out.jsonl'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/2 pages, \d+ comments, 0 errors/);
    expect(result.stderr).not.toMatch(/\r/); // no progress bar when stderr is not a terminal
  });

  it('draws a progress bar (done/total, rate, ETA) when stderr is a terminal', async (context) => {
    // `script` gives the CLI a pseudo-terminal; without it there is no TTY to test on.
    let out: string;
    try {
      out = execFileSync('script', ['-qc', `"${process.execPath}" "${CLI}" pages corpus -o tty.jsonl --jobs 1`, '/dev/null'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 60_000,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return context.skip();
      throw error;
    }
    expect(out).toMatch(/\d+\/\d+ pages .*\/s\s+ETA/);
    expect(out).toMatch(/pages, \d+ comments/);
  });

  it('--quiet prints nothing on stderr', async () => {
    const result = await cli(['pages', 'corpus/nested', '-q'], { cwd: dir });
    expect(result.stdout).not.toBe('');
    expect(result.stderr).toBe('');
  });
});

describe('output formats', () => {
  it('json is one array with a record per input', async () => {
    const result = await cli(['pages', 'corpus', '--format', 'json', '-q'], { cwd: dir });
    const records = JSON.parse(result.stdout) as unknown[];
    expect(records).toEqual((await corpusRun()));
  });

  it('csv has a row per comment, and a row for each page without comments or with an error', async () => {
    const jsonl = await corpusRun();
    const rows = parseCsv((await cli(['pages', 'corpus', '--format', 'csv', '-q'], { cwd: dir })).stdout);
    const [header, ...body] = rows;
    expect(header).toContain('source');
    expect(header).toContain('error_code');
    const expected = jsonl.reduce((sum, record) => sum + Math.max(1, record.comments?.length ?? 0), 0);
    expect(body).toHaveLength(expected);
    for (const row of body) expect(row).toHaveLength(header!.length);
    const col = (name: string) => header!.indexOf(name);
    const errors = body.filter((row) => row[col('error_code')] !== '').map((row) => row[col('error_code')]);
    expect(errors.sort()).toEqual(jsonl.filter((r) => r.error).map((r) => r.error.code).sort());
    // Comment text with line breaks and commas survives the round trip.
    const texts = body.filter((row) => row[col('id')] !== '').map((row) => row[col('text')]);
    expect(texts).toEqual(jsonl.flatMap((record) => (record.comments ?? []).map((c: { text: string }) => c.text)));
  });

  it('csv-long has a stance row per comment and a row per finding', async () => {
    const jsonl = await corpusRun();
    const [header, ...body] = parseCsv((await cli(['pages', 'corpus', '--format', 'csv-long', '-q'], { cwd: dir })).stdout);
    const kind = header!.indexOf('kind');
    const count = (name: string) => body.filter((row) => row[kind] === name).length;
    const comments = jsonl.flatMap((record) => record.comments ?? []);
    expect(count('stance')).toBe(comments.length);
    expect(count('page')).toBe(jsonl.filter((r) => !r.error).length);
    expect(count('error')).toBe(jsonl.filter((r) => r.error).length);
    expect(count('question')).toBe(comments.reduce((sum, c) => sum + c.questions.length, 0));
    expect(count('insult')).toBe(comments.reduce((sum, c) => sum + c.insults.length, 0));
  });
});

describe('--csv-guard', () => {
  const rows = [
    { id: 'f1', text: '=HYPERLINK("http://evil.example","click") this is a comment' },
    { id: 'f2', text: '@Pete well said' },
    { id: 'f3', text: 'A plain comment, with a comma.' },
  ];
  it('prefixes cells a spreadsheet would run as formulas, only when asked', async () => {
    writeFileSync(join(dir, 'formulas.jsonl'), rows.map((row) => JSON.stringify(row)).join('\n'));
    const textOf = async (extra: string[]) => {
      const [header, ...body] = parseCsv((await cli(['comments', 'formulas.jsonl', '--format', 'csv', '-q', ...extra], { cwd: dir })).stdout);
      return body.map((row) => row[header!.indexOf('text')]);
    };
    expect(await textOf([])).toEqual(rows.map((row) => row.text));
    expect(await textOf(['--csv-guard'])).toEqual([`'${rows[0]!.text}`, `'${rows[1]!.text}`, rows[2]!.text]);
  });
});

describe('usage errors exit 2 with a message', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['pages']],
    [['pages', 'x', '--format', 'xml']],
    [['pages', 'x', '--jobs', '0']],
    [['pages', 'x', '--offsets', 'bytes']],
    [['pages', 'x', '--max-bytes', 'lots']],
    [['pages', 'x', '--no-such-flag']],
    [['pages', 'x', '--resume']],
    [['pages', 'x', '--resume', '-o', 'out.json', '--format', 'json']],
    [['pages', 'x', '--csv-guard']],
    [['pages', 'corpus/*.nothing']],
    [['pages', 'corpus', '--lexicon', 'missing.json']],
    [['comments', 'missing.jsonl']],
  ])('%j', async (args) => {
    const result = await cli(args, { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^threadlens: .+/);
  });

  it('--lexicon must be a JSON object; a valid one is accepted', async () => {
    writeFileSync(join(dir, 'lex-bad.json'), '{ not json');
    writeFileSync(join(dir, 'lex-list.json'), '[1, 2]');
    writeFileSync(join(dir, 'lex-ok.json'), '{ "allow": [] }');
    expect((await cli(['pages', 'corpus/nested/tiny.txt', '--lexicon', 'lex-bad.json'], { cwd: dir })).status).toBe(2);
    expect((await cli(['pages', 'corpus/nested/tiny.txt', '--lexicon', 'lex-list.json'], { cwd: dir })).status).toBe(2);
    expect((await cli(['pages', 'corpus/nested/tiny.txt', '--lexicon', 'lex-ok.json', '-q'], { cwd: dir })).status).toBe(0);
  });

  it('--help and --version print to stdout and exit 0', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/threadlens pages/);
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('threadlens schema', () => {
  it('prints valid JSON Schema', async () => {
    const result = await cli(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toMatch(/json-schema/);
  });
});

describe('threadlens targets', () => {
  it('prints the card each name gets, as a --targets file that reads back', async () => {
    const result = await cli(['targets', 'Hillary Clinton', 'Legalization of Abortion']);
    expect(result.status).toBe(0);
    const cards = JSON.parse(result.stdout);
    expect(cards.map((c: { name: string }) => c.name)).toEqual(['Hillary Clinton', 'Legalization of Abortion']);
    expect(cards[1].aliases).toContain('abortion');
    const file = join(dir, 'cards.json');
    writeFileSync(file, result.stdout);
    const again = await cli(['targets', '--targets', file]);
    expect(JSON.parse(again.stdout)).toEqual(cards);
  });

  it("lays a --targets file's own entries over the derived card", async () => {
    const file = join(dir, 'own-targets.json');
    writeFileSync(file, JSON.stringify([{ name: 'Atheism', vocabulary: { against: ['God'] } }]));
    const [card] = JSON.parse((await cli(['targets', '--targets', file])).stdout);
    expect(card.vocabulary.against).toEqual(expect.arrayContaining(['God', 'anti-atheism']));
  });

  it('asks for a name when given none', async () => {
    const result = await cli(['targets']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/needs a target name/);
  });
});

describe('a closed stdout pipe', () => {
  it('stops quietly, without a stack trace', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(many, `p${String(i).padStart(3, '0')}.txt`), tinyPage(i));
    const out = execFileSync('bash', ['-c', '"$NODE" "$CLI" pages many | head -n 2 | wc -l; echo "exit=${PIPESTATUS[0]}"'], {
      cwd: dir,
      env: { ...process.env, NODE: process.execPath, CLI },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toMatch(/^\s*2\n/);
    expect(out).toMatch(/exit=0/);
  });
});

/** A small RFC 4180 reader for checking the CLI's CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}
