/**
 * Readings of the plain-text splitter a second review found wrong (a hang, symbol-labelled lines read
 * as headers, a quote of a writer named over the date, a first line read as a profile field, a new topic
 * read as a reply). Each table holds the wrong reading's shape and a neighbour that keeps its reading.
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { matchHeader } from '../src/split/text/headers.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Branch library to reopen after roof repairs';
const P1 = 'The Westgate branch library will open its doors again on Saturday, eight months after a winter storm tore part of the roof away and soaked the children’s section.';
const P2 = 'Volunteers have spent the past three weeks shelving close to nine thousand books that were dried out and cleaned at a warehouse outside town.';
const P3 = 'The reading room keeps its old opening hours, but the study tables upstairs will stay closed until the lift has been inspected in the autumn.';
const ARTICLE = [HEADLINE, '', P1, '', P2, ''];

const split = (lines: string[]) => {
  const page = splitPage(lines.join('\n'));
  expect(spanViolations(page)).toEqual([]);
  return page;
};

describe('a pager-shaped line with no closing arrow', () => {
  it('is read in linear time (the old pattern backtracked exponentially: over ten seconds at 32 digits)', () => {
    split([...ARTICLE, '<1']); // builds the patterns first, so only the line is timed
    const started = performance.now();
    split([...ARTICLE, '<' + '1'.repeat(32)]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
  it.each([['‹ 1 2 ›'], ['« 1 2 3 … 9 »'], ['< 1 2 3 ... 10 >']])('"%s" is still a pager', (pager) => {
    const page = split([...ARTICLE, '2 Comments', '', 'Rosa Kim · 3h', 'Good to have it back.', '', 'Ivan Petrov · 2h', 'Two buses away is too far.', '', pager]);
    expect(page.boilerplate.find((b) => b.text === pager)?.rule).toBe('split/pager');
  });
});

describe('a symbol in front of a name', () => {
  it.each([
    ['© Riverside Gazette | March 3, 2026', false],
    ['★ Featured · 2d', false],
    ['✓ Verified · 2h', false],
    ['📷 Jane Doe | March 3, 2026', false],
    ['☭ Comrade Dimitri · 2h', true],
    ['✪ Old Gaffer · 4h', true],
  ])('"%s" is a header: %s', (line, header) => {
    expect(matchHeader(line) !== null).toBe(header);
  });
  it.each([['📷 Jane Doe | March 3, 2026'], ['★ Editor\'s Pick · March 3, 2026']])('a "%s" line inside the article leaves the body whole', (line) => {
    const page = split([HEADLINE, '', P1, '', line, P2, '', P3]);
    expect(page.comments).toEqual([]);
    expect(page.body?.paragraphs.map((p) => p.text)).toContain(P3);
  });
});

describe('a quote of a writer named on the line over the date', () => {
  const entry = (name: string, date: string, text: string[]) => [name, date, '', ...text, 'Report', ''];
  it.each([
    ['a writer named however worded', 'Friends of Mill Road Park'],
    ['a writer with a person\'s name', 'Maureen Tully'],
  ])('%s: the quoting comment keeps its writer, its quote and its parent', (_name, quoted) => {
    const page = split([
      ...ARTICLE, '3 Comments', '',
      ...entry('Maureen Tully', 'March 2, 2026', ['The lanes were a nuisance for the whole winter.']),
      ...entry('Friends of Mill Road Park', 'March 2, 2026', ['We are sad to see the lanes go, the park was quieter.']),
      ...entry('Dot Fenwick', 'March 3, 2026', [`${quoted} said:`, 'We will miss the lanes being closed.', 'I will not miss them at all.']),
    ]);
    const third = page.comments[2]!;
    expect([third.author, third.text.startsWith(`${quoted} said:`)]).toEqual(['Dot Fenwick', true]);
    expect(third.parentId).toBe(page.comments.find((c) => c.author === quoted)!.id);
  });
});

describe('a "Label: value" line under two profile fields', () => {
  const post = (name: string, posts: string, place: string, first: string) => [name, `Posts: ${posts}`, `Location: ${place}`, first, 'Reply', ''];
  it.each([
    ['a sentence after a label is the post\'s first line', 'Short answer: yes, replace the chain.', 'Short answer: yes, replace the chain.'],
    ['a field with a short value is the profile\'s', 'Bike: Dawes Galaxy 2019', null],
  ])('%s', (_name, line, text) => {
    const lines = [...ARTICLE, 'Replies', '', ...post('spoke_wrench', '3120', 'Hebden Bridge', line), ...post('gear_head', '412', 'Leeds', 'I would check the cassette as well before you buy.')];
    if (text === null) lines.splice(lines.indexOf(line) + 1, 0, 'The chain is the cheap part, the cassette is not.');
    const page = split(lines);
    expect(page.comments.map((c) => c.author)).toEqual(['spoke_wrench', 'gear_head']);
    expect(page.comments[0]!.text).toBe(text ?? 'The chain is the cheap part, the cassette is not.');
  });
});

describe('a writer commenting again right after a reply to them', () => {
  it.each([
    ['a new topic is no reply', 'Separately: does anyone know when the Hope Street lights get switched over to the new timing?', null],
    ['a question to the room is no reply', 'Does anyone know if the bins go out on Tuesday this week with the road closed?', null],
    ['an answer to the reply continues the exchange', 'The second round is usually past nine, so that is too late for the school run.', 1],
  ])('%s', (_name, text, parent) => {
    const page = split([...ARTICLE, '4 Comments', '', 'Marek · 5h', 'Will the lanes be cleared before the next snow comes in?', '', 'Sue Ellery · 4h', '@Marek the gritting map says your street is on the second round.', '', 'Marek · 3h', text, '', 'Dot Fenwick · 2h', 'The library car park was gritted this morning already.']);
    expect(page.comments[2]!.parentId).toBe(parent === null ? null : page.comments[parent]!.id);
  });
});

describe('a name-shaped line under a whole one-line dated header', () => {
  it.each([
    ['over a line of text it is a flair: the text is the line below', ['Hartford Wolves', 'The lanes look great honestly, my commute is much better now.'], 'The lanes look great honestly, my commute is much better now.'],
    ['with nothing under it, it is the text', ['solid lanes'], 'solid lanes'],
  ])('%s', (_name, under, text) => {
    const page = split([...ARTICLE, '2 Comments', '', 'goalie_dad_88 · 7h', ...under, '', 'rink_rat_22 · 6h', 'Springfield Thunder', 'Not convinced, the junction by the school is still a mess.']);
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([['goalie_dad_88', text], ['rink_rat_22', 'Not convinced, the junction by the school is still a mess.']]);
  });
});
