/**
 * Questions-and-answers lists: each post labelled "Q:" or "A:", signed under its text ("By Name
 * on DATE") with a row of buttons under the signature, and a reviews list headed the usual way
 * under its own count label on the same page. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

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
