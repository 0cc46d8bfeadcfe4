import { describe, expect, it } from 'vitest';
import { JsonArraySplitter, type ArrayElement } from '../src/cli/json-array.js';

function split(chunks: string[]): ArrayElement[] {
  const out: ArrayElement[] = [];
  const splitter = new JsonArraySplitter((element) => out.push(element), 'test.json');
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return out;
}

const ROWS = [
  { id: 'a', text: 'has "quotes", commas, ] brackets [ and } braces {' },
  { id: 2, text: 'escaped \\" and \\\\ backslashes', nested: { list: [1, [2, 3]], o: {} } },
  { id: 'c', text: 'line\nbreak and emoji 😀' },
];

describe('JsonArraySplitter', () => {
  it('gives each element\'s text and start line, whatever the chunk boundaries', () => {
    const text = `\uFEFF[\n${ROWS.map((row) => `  ${JSON.stringify(row)}`).join(',\n')}\n]\n`;
    const whole = split([text]);
    expect(whole.map((element) => JSON.parse(element.text))).toEqual(ROWS);
    expect(whole.map((element) => element.line)).toEqual([2, 3, 4]);
    for (let cut = 1; cut < text.length; cut++) expect(split([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    expect(split([...text])).toEqual(whole);
  });

  it('hands over non-object elements and broken ones for the caller to report', () => {
    expect(split(['[1, "x", {"id": 1}]']).map((element) => element.text)).toEqual(['1', '"x"', '{"id": 1}']);
    expect(split(['[{"id": 1}, {"id": '])).toEqual([{ text: '{"id": 1}', line: 1 }, { text: '{"id":', line: 1 }]);
  });

  it('reads an empty array; refuses what is not one', () => {
    expect(split(['[ ]'])).toEqual([]);
    expect(() => split(['{"id": 1}'])).toThrow(/does not start with "\["/);
    expect(() => split(['[1] 2'])).toThrow(/after the end/);
    expect(() => split(['  '])).toThrow(/never closed/);
  });
});
