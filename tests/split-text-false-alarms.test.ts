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
import { HARBOUR_ARTICLE as ARTICLE } from './text-pages.js';


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
    [
      // "Name, Place" lines over what is no sentence are a listing's places, not commenters.
      'an offers list: a place over each offer, one offer a sentence',
      [
        'Oban, Scotland', '', '£40 off every crossing', '',
        'Mallaig, Scotland', '', 'Free cabin upgrade', '',
        'Ullapool, Scotland', '', 'Kids travel free with any adult fare booked before March.', '',
        'Stornoway, Scotland', '', 'Up to 30% off cabins', '',
      ],
    ],
    [
      'a "Name, Place"-shaped subheading over a paragraph, then places over offers',
      [
        'Fair Isle, Shetland', 'A family often needs a cabin, a car space and a meal in one booking, and the office arranges all three.', '',
        'Oban, Scotland', '£40 off every crossing', '',
        'Mallaig, Scotland', 'Free cabin upgrade', '',
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
    // Both words of a name may be words the page writes ("the bill", "white"): not as the phrase.
    ['names made of words the thread writes', [['Bill White', LONG1], ['Tom Reed', 'Who will pay the bill for the white paint on the new pier?'], ['Bill White', LONG3], ['Ivy Lang', LONG4], ['Tom Reed', LONG2]]],
    // The same "Name, Place" lines as the offers list above, over sentences.
    ['a name and a place over each comment', [['Mairi, Oban', LONG1], ['Dougie, Mallaig', LONG2], ['Kirsty, Ullapool', LONG4]]],
  ];
  it.each(CASES)('%s', (_name, entries) => {
    const lines = entries.flatMap(([name, text]) => [name, text, '']);
    const result = splitPage([...ARTICLE, ...lines, ...FOOTER].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual(entries);
  });

  // Short capitalised comments without a full stop look like headlines; a header that names its
  // writer over each makes them a thread all the same (a related-posts list names no one).
  const SHORT: [string, string][] = [
    ['marta_q · 3h', 'Great piece thanks for writing it'],
    ['tom_reed · 2h', 'Totally agree with Marta on this one'],
    ['ivy_lang · 1h', 'Best news the island has had all year'],
    ['bob_k · 1h', 'Finally some sense from the council'],
  ];
  const NAMED: [string, string][] = [
    ['Marta Quinn · 3h', 'Great piece thanks for writing it'],
    ['Tom Reed · 2h', 'Totally agree with Marta on this one'],
    ['Ivy Lang · 1h', 'Best news the island has had all year'],
  ];
  it.each([
    ['handles over short capitalised comments', [], SHORT],
    ['names over short capitalised comments under a count', ['3 comments', ''], NAMED],
  ] as [string, string[], [string, string][]][])('%s', (_name, above, entries) => {
    const lines = [...above, ...entries.flatMap(([header, text]) => [header, text, ''])];
    const result = splitPage([...ARTICLE, ...lines, ...FOOTER].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => c.text)).toEqual(entries.map(([, text]) => text));
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
