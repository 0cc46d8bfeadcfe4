/**
 * Questions-and-answers lists: each post labelled "Q:" or "A:", signed under its text ("By Name
 * on DATE") with a row of buttons under the signature, and a reviews list headed the usual way
 * under its own count label on the same page. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';
import { spanViolations } from './spans.js';

const PRODUCT = [
  'Pantry & Hob',
  '',
  'Basket (0)',
  '',
  'Ridgeway Cast Iron Casserole, 24cm, Sage',
  '',
  '£64.00',
  '',
  'Enamelled cast iron holds heat evenly for slow braises, stews and bread, on every hob including induction.',
  '',
  'The lid is self-basting: small studs underneath drip condensation back over the food as it cooks.',
  '',
];

const QA = [
  'Customer questions & answers (14)',
  '',
  'Search questions',
  '',
  'Q: Can it go in an oven at 250 degrees with the knob on?',
  'By lentil_larder on 4 March 2026',
  'A: Yes, the knob is steel, not plastic. Mine lives in a hot oven every Friday.',
  'By Ottilie Grange on 5 March 2026',
  'Helpful (9)',
  'Report',
  'A: The manual gives 260 degrees as safe for the whole pot.',
  'By Pantry & Hob Team on 6 March 2026',
  'Helpful (3)',
  'Report',
  'Q: Does the sage colour chip easily?',
  'By Fen Doherty on 11 April 2026',
  'A: Two years of daily use and no chips on mine, but I never use metal spoons.',
  'By Barnaby Crewe on 12 April 2026',
  'Helpful (6)',
  'Report',
  'See all 14 questions',
  '',
];

const REVIEWS = [
  'Customer reviews',
  '',
  'Wren Hollister',
  '5 out of 5 stars',
  'Reviewed on 2 May 2026',
  'Best pot I have owned. The bread comes out with a proper crust.',
  'Helpful',
  'Report',
  'Dmitri Osei',
  '3 out of 5 stars',
  'Reviewed on 19 May 2026',
  'Heavy to lift when full, which matters more than I expected.',
  'Helpful',
  'Report',
  '',
  'Pantry & Hob Ltd, registered in England',
];

/** Each comment as [author, text, index of its parent or null]. */
function thread(lines: string[]): [string | null, string, number | null][] {
  const page = splitText(lines.join('\n'));
  return page.comments.map((comment) => [comment.author, comment.text, comment.parentId === null ? null : page.comments.findIndex((c) => c.id === comment.parentId)]);
}

describe('a questions-and-answers list signed under each post', () => {
  it('reads the labels as labels, the signatures as headers, and each answer as a reply to its question', () => {
    expect(thread([...PRODUCT, ...QA, ...REVIEWS])).toEqual([
      ['lentil_larder', 'Can it go in an oven at 250 degrees with the knob on?', null],
      ['Ottilie Grange', 'Yes, the knob is steel, not plastic. Mine lives in a hot oven every Friday.', 0],
      ['Pantry & Hob Team', 'The manual gives 260 degrees as safe for the whole pot.', 0],
      ['Fen Doherty', 'Does the sage colour chip easily?', null],
      ['Barnaby Crewe', 'Two years of daily use and no chips on mine, but I never use metal spoons.', 3],
      ['Wren Hollister', 'Best pot I have owned. The bread comes out with a proper crust.', null],
      ['Dmitri Osei', 'Heavy to lift when full, which matters more than I expected.', null],
    ]);
  });

  it('leaves the page labels around the list out of the posts', () => {
    const page = splitText([...PRODUCT, ...QA, ...REVIEWS].join('\n'));
    const texts = page.comments.map((c) => c.text).join('\n');
    expect(texts).not.toContain('Search questions');
    expect(texts).not.toContain('See all 14 questions');
    for (const label of page.boilerplate.filter((b) => b.rule === 'section:qa-label')) expect(page.text.slice(label.start, label.end)).toBe(label.text);
  });
});

describe('a text opening with a capital A or Q is no label on its own', () => {
  const headed = (name: string, date: string, text: string) => [name, date, text, 'Reply', ''];
  it.each([
    ['"A great …", a wide space missing', ['A great pot for bread, and the lid fits tight.', 'A bit heavy, though.']],
    ['one labelled comment among plain ones', ['Q: anyone tried it on a ceramic hob?', 'Mine works fine on gas.']],
  ])('%s', (_name, texts) => {
    const lines = [...PRODUCT, '2 Comments', '', ...headed('Ruth Amos', 'May 2, 2026', texts[0]!), ...headed('Colm Reddy', 'May 3, 2026', texts[1]!)];
    expect(thread(lines).map(([, text]) => text)).toEqual(texts);
  });
});

describe('"Question" / "Answered" printed where a header prints a name are the layout’s labels, not writers', () => {
  const PRODUCT = [
    'Cast iron skillet, 26 cm',
    '',
    'Pre-seasoned cast iron skillet for the hob, the oven and the campfire. Holds heat evenly and lasts for generations with a little care.',
    '',
    'Weight 2.4 kg. Handle length 14 cm. Made in our own foundry and seasoned with vegetable oil before it leaves.',
    '',
  ];
  const Q1 = 'Does it work on an induction hob?';
  const A1 = 'Yes, it works on induction, as long as the base sits flat on the ring.';
  const Q2 = 'How heavy is it with the lid?';
  const A2 = 'About 3.1 kg with the lid on, so use both hands when it is full.';
  it.each([
    ['labels alone on their lines', ['Question', Q1, 'Answered', A1, '', 'Question', Q2, 'Answered', A2]],
    ['labels over a date line', ['Question', 'March 3, 2026', Q1, 'Answered', 'March 4, 2026', A1, '', 'Question', 'March 1, 2026', Q2, 'Answered', 'March 2, 2026', A2]],
    ['"label · relative date" on one line', ['Question · 3 days ago', Q1, 'Answered · 2 days ago', A1, '', 'Question · 5 days ago', Q2, 'Answered · 4 days ago', A2]],
  ])('%s: no author, and each answer under its question', (_layout, qa) => {
    const result = splitText([...PRODUCT, 'Questions & Answers (2)', '', ...qa, '', '© 2026 Kestrel Home'].join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text, c.parentId])).toEqual([
      [null, Q1, null],
      [null, A1, 'c1'],
      [null, Q2, null],
      [null, A2, 'c3'],
    ]);
  });
});

describe('a one-letter name is a Q&A label only where both Q and A label posts', () => {
  const C1 = 'About time too, my mother has missed two appointments this winter.';
  const C2 = 'Will the café on the pier open earlier as well?';
  const C3 = 'The winter timetable should have come years ago.';
  it.each([['Q'], ['A']])('a user called "%s" posting twice keeps the name', (name) => {
    const page = [...PRODUCT, 'Comments (3)', '', `${name} · 3 days ago`, C1, '', 'Tom Reed · 2 days ago', C2, '', `${name} · 1 day ago`, C3, '', '© 2026 Kestrel Home'];
    const result = splitText(page.join('\n'));
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([[name, C1], ['Tom Reed', C2], [name, C3]]);
  });
});
