/**
 * Reaction buttons printed with their counts on lines of their own ("Agree" / "1,204" / "Helpful"
 * / "12") run into the next comment's header when no blank line parts them: the name under them
 * is the author. A name over a count with no other name under it (a karma line) stays the author.
 * Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const ARTICLE = [
  'Valley Post',
  'Bridge reopens after six months of repairs',
  'The river bridge on Mill Road reopened to traffic on Friday morning, six months after engineers found cracks in two of its supports.',
  'Buses return to their usual route from Monday, the council said.',
  'Comments',
];

describe('reaction buttons over their counts, then the next commenter', () => {
  it('names the commenter under them as the author', () => {
    const page = splitText([
      ...ARTICLE,
      'Ines Varga',
      'May 14, 2026 at 7:02 pm',
      'Finally, the detour added twenty minutes to every trip.',
      'Agree',
      '1,204',
      'Disagree',
      '47',
      'Tom Ellis',
      'May 14, 2026 at 7:20 pm',
      'Twenty minutes was the good days.',
      'Agree',
      '312',
      'Disagree',
      '9',
      'Priya Shah',
      'May 14, 2026 at 8:05 pm',
      'Good news for the school run.',
    ].join('\n'));
    expect(page.comments.map((c) => c.author)).toEqual(['Ines Varga', 'Tom Ellis', 'Priya Shah']);
  });
});

describe('a name over a count, no name under it', () => {
  it('keeps the name as the author', () => {
    const groups = [
      ARTICLE.join('\n\n'),
      ['Priya Shah', 'May 14, 2026 at 6:05 pm', 'Good news for the school run.'].join('\n'),
      ['Tom Ellis', '312', 'May 14, 2026 at 7:20 pm', 'Twenty minutes was the good days.'].join('\n'),
    ];
    const page = splitText(groups.join('\n\n'));
    expect(page.comments.map((c) => c.author)).toEqual(['Priya Shah', 'Tom Ellis']);
  });
});
