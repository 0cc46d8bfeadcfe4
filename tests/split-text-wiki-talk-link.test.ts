/**
 * The wiki signature reader only tries its full pattern on lines holding "(talk" or "(disc"
 * (src/split/text/signed-tails.ts): every spelling the full pattern accepts must pass that
 * prefilter, or signatures in that spelling would silently stop being read. Every input is
 * invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';

const QUESTION = [
  'How do I keep a cast-iron pan from rusting between uses?',
  '',
  'I wash my pan with water after every use and dry it with a towel, but within a day there are orange spots along the rim. I oil it lightly afterwards too.',
  '',
];

const page = (link: string) =>
  [
    ...QUESTION,
    'Rust spots',
    `Heat it dry on the hob after washing, then wipe a drop of oil in. — Copper_Kettle (${link}) 10:02, 12 January 2026 (UTC) Reply`,
    `: Tried that, the spots still came back by morning. Stove Owl (${link}) 17:45, 12 January 2026 (UTC) Reply`,
  ].join('\n');

describe('wiki signatures in every spelling of the talk link', () => {
  it.each([
    ['talk'],
    ['Talk'],
    ['TALK'],
    ['talk · contribs'],
    ['Talk | contribs'],
    ['discuss'],
    ['Disc'],
    // A Kelvin sign (U+212A) is a "k" to a case-insensitive Unicode regex: the full pattern reads it.
    ['tal\u212A'],
  ])('reads "(%s)" as the talk link of a signature', (link) => {
    expect(splitPage(page(link)).comments.map((c) => [c.author, c.postedAt, c.text])).toEqual([
      ['Copper_Kettle', '10:02, 12 January 2026 (UTC)', 'Heat it dry on the hob after washing, then wipe a drop of oil in.'],
      ['Stove Owl', '17:45, 12 January 2026 (UTC)', 'Tried that, the spots still came back by morning.'],
    ]);
  });

  it('reads no signature where the link is another word', () => {
    expect(splitPage(page('chat')).comments.map((c) => c.author)).not.toContain('Stove Owl');
  });
});
