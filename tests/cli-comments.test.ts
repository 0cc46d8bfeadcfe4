import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TAGGERS } from '../src/tag/registry.js';
import { cli, parseJsonl, requireBuild, tempDir } from './cli-helpers.js';

let dir: string;
let cleanup: () => void;

/** A comment record's keys: its id and language, and every tag field of the registry. */
const KEYS = ['id', ...TAGGERS.flatMap((tagger) => Object.keys(tagger.fields)), 'language'];

/** Quoted newlines (LF and CRLF), doubled quotes, commas in fields, a BOM, CRLF row ends, an emoji. */
const CSV = [
  '\uFEFFid,text,parent_id,targets',
  'a1,"First line\r\nsecond line, with a comma",,Biden;Trump',
  'a2,"😀 She said ""no"" twice.\nWhy? Is that true?",a1,',
  'a3,plain reply,a2,"[""Biden"",{""name"":""Donald Trump"",""aliases"":[""Trump""]}]"',
  '',
  'a4,"last row, no final newline"',
].join('\r\n');

const JSONL = [
  JSON.stringify({ id: 'j1', text: 'Is the bridge really closed?', articleText: 'The bridge closed on Monday.' }),
  '{"id": "j2", "text": "broken json',
  JSON.stringify({ id: 'j3', text: 'Yes, it closed on Monday.', parentId: 'j1', targets: [{ name: 'Mayor Smith', aliases: ['Smith'] }] }),
  '',
  JSON.stringify({ id: 'j4' }),
  JSON.stringify({ text: 'no id here' }),
  '[1, 2, 3]',
  JSON.stringify({ id: 5, text: 'numeric id', parentId: 'missing-parent', parentText: 'Given parent text.' }),
].join('\n');

beforeAll(() => {
  requireBuild();
  ({ dir, cleanup } = tempDir('comments'));
  writeFileSync(join(dir, 'rows.csv'), CSV);
  writeFileSync(join(dir, 'rows.jsonl'), `${JSONL}\n`);
  writeFileSync(join(dir, 'targets.txt'), '# stance targets\nMayor Smith\nCouncil\n');
});

afterAll(() => cleanup?.());

describe('threadlens comments on CSV', () => {
  it('reads quoted newlines, doubled quotes, BOM and CRLF: one record per row, in order', async () => {
    const result = await cli(['comments', 'rows.csv', '-q'], { cwd: dir });
    expect(result.status).toBe(0);
    const records = parseJsonl(result.stdout);
    expect(records.map((record) => record.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    for (const record of records) {
      for (const key of KEYS) expect(record).toHaveProperty(key);
      expect(record).toMatchObject({ threadlensVersion: expect.any(String), schemaVersion: expect.any(String), lexiconVersion: expect.any(String) });
    }
  });

  it('spans index the row text, multi-line quoted text included', async () => {
    const records = parseJsonl((await cli(['comments', 'rows.csv', '-q'], { cwd: dir })).stdout);
    const texts: Record<string, string> = {
      a1: 'First line\r\nsecond line, with a comma',
      a2: '😀 She said "no" twice.\nWhy? Is that true?',
      a3: 'plain reply',
      a4: 'last row, no final newline',
    };
    for (const record of records) {
      for (const finding of [...record.questions, ...record.slurs, ...record.insults, ...record.profanity, ...record.conspiracy.markers]) {
        expect(texts[record.id]!.slice(finding.start, finding.end)).toBe(finding.text);
      }
    }
  });

  it('returns every given target by name, from a ;-list or a JSON list with aliases', async () => {
    const records = parseJsonl((await cli(['comments', 'rows.csv', '-q'], { cwd: dir })).stdout);
    const targets = (id: string) => records.find((r) => r.id === id)!.stance.targets.map((t: { target: string }) => t.target);
    expect(targets('a1')).toEqual(['Biden', 'Trump']);
    expect(targets('a3')).toEqual(['Biden', 'Donald Trump']);
  });

  it('gives a reply its thread source from the parentId chain or from sourceText, and a csv column for it', async () => {
    const rows = [
      { id: 's1', text: 'Police confirm two gunmen inside the cafe.' },
      { id: 's2', text: 'Stay safe everyone.', parentId: 's1' },
      { id: 's3', text: "That's fake, it was one man.", parentId: 's2' },
      { id: 's4', text: "That's fake, it was one man.", parentText: 'Stay safe everyone.', sourceText: 'Police confirm two gunmen inside the cafe.' },
    ];
    writeFileSync(join(dir, 'source.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const records = parseJsonl((await cli(['comments', join(dir, 'source.jsonl')])).stdout) as { id: string; stance: { toSource?: { label: string } } }[];
    expect(records.map((r) => r.stance.toSource?.label)).toEqual([undefined, expect.any(String), 'deny', 'deny']);
    const csv = (await cli(['comments', join(dir, 'source.jsonl'), '--format', 'csv'])).stdout.split('\n');
    const column = csv[0]!.split(',').indexOf('stance_to_source');
    expect(column).toBeGreaterThan(-1);
    expect(csv[3]!.split(',')[column]).toBe('deny');
  });

  it('--targets FILE applies to rows that name none', async () => {
    const records = parseJsonl((await cli(['comments', 'rows.csv', '-q', '--targets', 'targets.txt'], { cwd: dir })).stdout);
    expect(records.find((r) => r.id === 'a2')!.stance.targets.map((t: { target: string }) => t.target)).toEqual(['Mayor Smith', 'Council']);
    expect(records.find((r) => r.id === 'a1')!.stance.targets.map((t: { target: string }) => t.target)).toEqual(['Biden', 'Trump']);
  });

  it('a row with more fields than the header, or an unclosed quote, is a malformed-row record', async () => {
    writeFileSync(join(dir, 'bad.csv'), 'id,text\nb1,fine\nb2,too,many,fields\nb3,"never closed\n');
    const result = await cli(['comments', 'bad.csv', '-q'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    expect(records.map((r) => [r.id, r.error?.code ?? null, r.line ?? null])).toEqual([
      ['b1', null, null],
      ['b2', 'malformed-row', 3],
      ['b3', 'malformed-row', 4],
    ]);
  });

  it('a CSV without id and text columns is a usage error', async () => {
    writeFileSync(join(dir, 'nohead.csv'), 'comment,author\nhello,me\n');
    const result = await cli(['comments', 'nohead.csv'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/"id" and "text" columns/);
  });

  it('csv output has one row per comment with its text; csv-long a stance row per comment', async () => {
    const wide = (await cli(['comments', 'rows.csv', '-q', '--format', 'csv'], { cwd: dir })).stdout;
    expect(wide.startsWith('source,id,')).toBe(true);
    expect(wide).toContain('"😀 She said ""no"" twice.\nWhy? Is that true?"');
    const long = (await cli(['comments', 'rows.csv', '-q', '--format', 'csv-long'], { cwd: dir })).stdout;
    expect(long.match(/^,a\d,stance,/gm)).toHaveLength(4);
  });

  it('--offsets codepoint counts the emoji as one', async () => {
    const utf16 = parseJsonl((await cli(['comments', 'rows.csv', '-q'], { cwd: dir })).stdout).find((r) => r.id === 'a2')!;
    const points = parseJsonl((await cli(['comments', 'rows.csv', '-q', '--offsets', 'codepoint'], { cwd: dir })).stdout).find((r) => r.id === 'a2')!;
    const text = '😀 She said "no" twice.\nWhy? Is that true?';
    const emoji = text.indexOf('😀');
    utf16.questions.forEach((question: { start: number; end: number; text: string }, i: number) => {
      const twin = points.questions[i];
      expect(twin.text).toBe(question.text);
      expect(twin.start).toBe(question.start > emoji ? question.start - 1 : question.start);
      expect(Array.from(text).slice(twin.start, twin.end).join('')).toBe(question.text);
    });
  });
});

describe('threadlens comments on JSONL', () => {
  it('gives malformed lines an error record with the line number and tags the rest', async () => {
    const result = await cli(['comments', 'rows.jsonl', '-q', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(1);
    const records = parseJsonl(result.stdout);
    const summary = records.map((r) => [r.id ?? null, r.line ?? null, r.error?.code ?? null]);
    expect(summary).toEqual([
      ['j1', null, null],
      [null, 2, 'malformed-row'],
      ['j3', null, null],
      ['j4', 5, 'malformed-row'],
      [null, 6, 'malformed-row'],
      [null, 7, 'malformed-row'],
      ['5', null, null],
    ]);
    for (const record of records.filter((r) => !r.error)) for (const key of KEYS) expect(record).toHaveProperty(key);
    expect(records.find((r) => r.id === 'j3')!.stance.targets.map((t: { target: string }) => t.target)).toEqual(['Mayor Smith']);
  });

  it('--max-bytes applies to each row\'s text', async () => {
    const result = await cli(['comments', 'rows.jsonl', '-q', '--max-bytes', '26'], { cwd: dir });
    expect(result.status).toBe(1);
    const codes = parseJsonl(result.stdout).map((r) => [r.id ?? null, r.error?.code ?? null]);
    expect(codes.filter(([, code]) => code !== 'malformed-row')).toEqual([
      ['j1', 'input-too-large'], // 28 bytes
      ['j3', null], // 25 bytes
      ['5', null],
    ]);
  });

  it('reads stdin with -, telling JSONL from CSV by the content', async () => {
    const jsonl = await cli(['comments', '-', '-q'], { input: JSONL });
    expect(parseJsonl(jsonl.stdout)).toHaveLength(7);
    const csv = await cli(['comments', '-', '-q'], { input: CSV });
    expect(parseJsonl(csv.stdout).map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('keeps row order with many rows and several jobs', async () => {
    const lines = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify({ id: `x${i}`, text: `Comment ${i}. Why is it ${i}?`, ...(i % 3 ? { parentId: `x${i - 1}` } : {}) }),
    );
    writeFileSync(join(dir, 'many.jsonl'), lines.join('\n'));
    const result = await cli(['comments', 'many.jsonl', '--jobs', '2'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(parseJsonl(result.stdout).map((r) => r.id)).toEqual(lines.map((_, i) => `x${i}`));
    expect(result.stderr).toMatch(/1200 comments, 0 errors/);
  });
});

describe('threadlens comments: target fields beyond the name', () => {
  const abortion = { name: 'Legal abortion', aliases: ['abortion'], opponents: ['pro-lifers'], vocabulary: { against: ['unborn'] } };

  it('keeps opponents and vocabulary from a row and from --targets', async () => {
    writeFileSync(join(dir, 'sides.jsonl'), `${JSON.stringify({ id: 's1', text: 'Protect the unborn.', targets: [abortion] })}\n${JSON.stringify({ id: 's2', text: 'Protect the unborn.' })}\n`);
    writeFileSync(join(dir, 'sides.json'), JSON.stringify([abortion]));
    const records = parseJsonl((await cli(['comments', 'sides.jsonl', '-q', '--targets', 'sides.json'], { cwd: dir })).stdout);
    for (const record of records) {
      const [target] = record.stance.targets;
      expect(target).toMatchObject({ target: 'Legal abortion', label: 'against' });
      expect(target.evidence.map((e: { rule: string }) => e.rule)).toEqual(['stance/vocabulary.against']);
    }
  });

  it('reads null fields as absent; a blank name or a wrong type is a malformed row saying where', async () => {
    const rows = [
      { id: 'n1', text: 'Protect the unborn.', targets: [{ name: 'Legal abortion', aliases: null, opponents: null, vocabulary: { favor: null, against: ['unborn'] }, concern: null }] },
      { id: 'n2', text: 'Protect the unborn.', targets: [{ name: '  ' }] },
      { id: 'n3', text: 'Protect the unborn.', targets: ['Legal abortion', { name: 'x', vocabulary: { favor: [1] } }] },
    ];
    writeFileSync(join(dir, 'nulls.jsonl'), `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
    const records = parseJsonl((await cli(['comments', 'nulls.jsonl', '-q'], { cwd: dir })).stdout);
    expect(records[0]!.stance.targets[0]).toMatchObject({ target: 'Legal abortion', label: 'against' });
    expect(records.slice(1).map((r) => [r.id, r.error?.code])).toEqual([['n2', 'malformed-row'], ['n3', 'malformed-row']]);
    expect(records[1]!.error.message).toMatch(/\(at 0\.name\)$/);
    expect(records[2]!.error.message).toMatch(/\(at 1\.vocabulary\.favor\.0\)$/);
  });

  it('a --targets entry of the wrong shape is a usage error naming where', async () => {
    writeFileSync(join(dir, 'bad-targets.json'), JSON.stringify([{ name: 'Legal abortion', vocabulary: { against: 'unborn' } }]));
    const result = await cli(['comments', 'sides.jsonl', '--targets', 'bad-targets.json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--targets bad-targets\.json: .*\(at 0\.vocabulary\.against\)/);
    // The earliest bad item is named, not the one with the deepest path.
    writeFileSync(join(dir, 'bad-first.json'), JSON.stringify([5, { name: 'x', vocabulary: { favor: [1] } }]));
    const first = await cli(['comments', 'sides.jsonl', '--targets', 'bad-first.json'], { cwd: dir });
    expect(first.stderr).toMatch(/\(at 0\)/);
  });
});
