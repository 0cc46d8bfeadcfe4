/**
 * Pages without comments that read as threads (issue 14, false alarms), and header lines that were
 * missed: a list of related posts under the article (a date and a category over each headline), a
 * field label printed over each item ("Photo Credit"), sub-headings made of the page's own words,
 * a name typed with a lower-case surname, a German "antwortete auf" reply header and English
 * time units the header patterns did not share with time-units.ts. Every page here is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { matchHeader } from '../src/split/text/headers.js';
import { shapeOf } from '../src/split/text/templates.js';
import { spanViolations } from './spans.js';

const ARTICLE = [
  'Harbour ferry to run through the winter for the first time',
  '',
  'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.',
  '',
  'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.',
  '',
  'The operator will add a heated waiting room at the pier and says fares stay at last summer’s level until the spring review.',
  '',
];

const FOOTER = ['© 2026 Harbour Gazette'];

describe('pages without comments report none', () => {
  const CASES: [name: string, lines: string[]][] = [
    [
      'related posts: a headline over its date and category, the category above the first',
      [
        'More from the Gazette', '',
        'Transport', '',
        'Bus timetable changes for the new year', '',
        '4 December 2025', 'Transport', '',
        'Why the coast road closes every February', '',
        '30 November 2025', 'Island life', '',
        'Ten walks to take before the light goes', '',
        '21 November 2025', '',
      ],
    ],
    [
      'related posts: a category and a date over each headline',
      [
        'Transport | 4 December 2025', 'Bus timetable changes for the new year', '',
        'Transport | 30 November 2025', 'Why the coast road closes every February', '',
        'Island life | 21 November 2025', 'Ten walks to take before the light goes', '',
      ],
    ],
    [
      'a status label over each item of a progress list',
      [
        'Subheads',
        'Done', 'The heated rooms will open at both ends of the crossing.', '',
        'Done', 'Fares for island residents will fall on weekdays.', '',
        'Done', 'The last sailing leaves later on Fridays.', '',
        'Planned', 'A second waiting room for the mainland pier.', '',
      ],
    ],
  ];
  it.each(CASES)('%s', (_name, lines) => {
    const result = splitPage([...ARTICLE, ...lines, ...FOOTER].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([]);
  });
});

describe('threads stay threads', () => {
  const LONG1 = 'About time too, my mother has missed two appointments this winter.';
  const LONG2 = 'I hope they keep the old ferry as a spare for the busy weeks.';
  const LONG3 = 'The winter timetable should have come years ago, ask anyone on the island.';
  const LONG4 = 'Will the night sailing on Fridays run in January as well?';
  const CASES: [name: string, entries: [string, string][]][] = [
    ['names typed with a lower-case surname', [['Marta quinn', LONG1], ['Tom reed', LONG2], ['Marta quinn', LONG3], ['Ivy lang', LONG4]]],
    ['one writer answering each of the others', [['Marta Quinn', LONG1], ['Harbour Gazette', LONG2], ['Tom Reed', LONG3], ['Harbour Gazette', LONG4]]],
  ];
  it.each(CASES)('%s', (_name, entries) => {
    const lines = entries.flatMap(([name, text]) => [name, text, '']);
    const result = splitPage([...ARTICLE, ...lines, ...FOOTER].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual(entries);
  });

  it('a thread of one-line replies is no list of headlines', () => {
    const entries: [string, string][] = [['marta_q · 3h', 'same here on the early boat'], ['tom_reed · 2h', 'about time they did this'], ['ivy_lang · 1h', 'see you all at the pier then']];
    const lines = entries.flatMap(([header, text]) => [header, text, '']);
    const result = splitPage([...ARTICLE, ...lines, ...FOOTER].join('\n'));
    expect(result.comments.map((c) => c.text)).toEqual(entries.map(([, text]) => text));
  });
});

describe('header lines', () => {
  const CASES: [line: string, author: string, date: string | null, replyTo: string | null][] = [
    ['Ute antwortete auf Gast', 'Ute', null, 'Gast'],
    ['Ute antwortet auf Jonas K.', 'Ute', null, 'Jonas K.'],
    ['anna_k 3 mths ago', 'anna_k', '3 mths ago', null],
    ['dB_dan 2 wks', 'dB_dan', '2 wks', null],
  ];
  it.each(CASES)('%s', (line, author, date, replyTo) => {
    const match = matchHeader(line);
    expect(match).not.toBeNull();
    const slice = (range: [number, number] | null | undefined) => (range ? line.slice(range[0], range[1]) : null);
    expect([slice(match!.author), slice(match!.postedAt), slice(match!.replyTo)]).toEqual([author, date, replyTo]);
  });
});

describe('a reading time is no date', () => {
  // A teaser's "4 min read" made "read" the writer of a learnt header template.
  it.each([
    ['4 min read', false],
    ['11 Min Read', false],
    ['Anna Berg 4 min ago', true],
    ['Anna Berg 4 min', true],
  ])('%s', (line, dated) => {
    expect(shapeOf(line)?.symbols.some((symbol) => symbol.kind === 'D') ?? false).toBe(dated);
  });
});
