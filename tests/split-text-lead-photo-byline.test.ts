/**
 * A headline over its lead photo's credit, the caption under the credit, and the writer's box under
 * the article when the byline stands above the headline as a name over a date. Pages printed
 * without blank lines, as innerText gives them. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const TEXT = [
  'Every spring the ferry company promises a new timetable, and every spring the island waits to see whether the last boat will still leave at six.',
  'This year the answer came early: the evening sailing moves to seven from May, and a second boat joins on Saturdays through the summer.',
];

function page(top: string[], bottom: string[] = []): ReturnType<typeof splitText> {
  return splitText([...top, ...TEXT, ...bottom, 'Comments', 'Ines Varga', 'Today 10:02am', 'About time, thank you.', 'Reply'].join('\n'));
}

describe('a title-cased headline over the lead photo\u2019s credit, its caption under the credit', () => {
  const top = ['Island Herald', 'Ana Ruiz', 'Today 9:40am', 'The Last Boat Leaves Later This Summer', 'Photo: Sam Okafor', 'The evening ferry waits at the north pier at dusk.'];
  it('is the title', () => {
    expect(page(top).title?.text).toBe('The Last Boat Leaves Later This Summer');
  });
  it('leaves the caption out of the body', () => {
    expect(page(top).body?.paragraphs.map((p) => p.text)).toEqual(TEXT);
  });
  it('keeps a caption-shaped line over a credit out of the title', () => {
    const result = page(['Island Herald', 'Ferry to run later in summer', 'Ana Ruiz', 'The evening ferry at the north pier', 'Photo: Sam Okafor']);
    expect(result.title?.text).toBe('Ferry to run later in summer');
  });
  it('keeps a short lede under a name-shaped credit (a byline) in the body', () => {
    const lede = 'The last boat will leave later this summer.';
    const result = splitText(['Island Herald', 'Ferry to run later in summer', 'Ana Ruiz for The Herald', lede, ...TEXT].join('\n'));
    expect(result.body?.paragraphs[0]?.text).toBe(lede);
  });
});

describe('a caption over a credit under a plainly printed headline', () => {
  const lede = 'The last boat will leave later this summer, the ferry company said on Monday.';
  it('keeps a title-cased caption out of the title', () => {
    const result = page(['Island Herald', 'Ferry to run later in summer', 'Ana Ruiz', 'Mayor Ines Varga Opens The New Pier', 'Photo: Sam Okafor']);
    expect(result.title?.text).toBe('Ferry to run later in summer');
  });
  it('keeps a short lede under the credit in the body when the caption stands above the credit', () => {
    const result = page(['Island Herald', 'Ferry to run later in summer', 'Ana Ruiz', 'The evening ferry at the north pier', 'Photo: Sam Okafor', lede]);
    expect(result.body?.paragraphs[0]?.text).toBe(lede);
  });
});

describe('the writer\u2019s box under the article, the byline a name over a date above the headline', () => {
  const top = ['Island Herald', 'Home', 'News', 'Sport', 'Log in', 'Ana Ruiz', 'Today 9:40am', 'The Last Boat Leaves Later This Summer'];
  it('closes the body', () => {
    const result = page(top, ['Ana Ruiz', 'Ferry correspondent. Lives two streets from the pier.']);
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(TEXT);
  });
  it('does not close it when the name is not the byline\u2019s', () => {
    const result = page(top, ['Tom Ellis', 'The harbourmaster said the change was long overdue.']);
    expect(result.body?.paragraphs.at(-1)?.text).toBe('The harbourmaster said the change was long overdue.');
  });
});
