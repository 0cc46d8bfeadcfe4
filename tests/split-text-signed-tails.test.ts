/**
 * Comments signed at the end of their own line ("text – Name date", Stack Exchange comments): the
 * head is the comment, the tail its header, once the page signs two or more comments that way. A
 * paragraph ending in one dash and a name is a quotation's attribution. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const QUESTION = [
  'How do I keep a cast-iron pan from rusting between uses?',
  '',
  'I wash my pan with water after every use and dry it with a towel, but within a day there are orange spots along the rim. I oil it lightly afterwards too.',
  '',
  'Is the towel not enough, or is something else going on with the seasoning layer?',
  '',
];
const SIGNED = [
  'Do you heat it on the stove after drying? A towel leaves a film of water in the pores. – pan_whisperer_9 Apr 2 at 10:15',
  '',
  '@pan_whisperer_9 No, I just towel it and hang it up. I will try heating it. – Oskar Lind Apr 2 at 10:40',
  '',
  'Which oil are you using? Olive oil tends to stay sticky and trap moisture. – M. Adeyemi 3 hours ago',
];

const commentsOf = (page: string) => splitPage(page).comments.map((c) => [c.author, c.postedAt, c.text]);

describe('comments signed at the end of their own line', () => {
  it.each([
    ['three signed comments under a question, blank lines between', [...QUESTION, ...SIGNED], [
      ['pan_whisperer_9', 'Apr 2 at 10:15', 'Do you heat it on the stove after drying? A towel leaves a film of water in the pores.'],
      ['Oskar Lind', 'Apr 2 at 10:40', '@pan_whisperer_9 No, I just towel it and hang it up. I will try heating it.'],
      ['M. Adeyemi', '3 hours ago', 'Which oil are you using? Olive oil tends to stay sticky and trap moisture.'],
    ]],
    ['signed with an em dash and a comma before a short relative date', [...QUESTION, 'Dry it over a low flame for a minute, then wipe on a drop of oil. — Ruth Calloway, 3h', '', 'Store it with the lid off so the air can move over it. — kettle_and_crumb, 5 mins ago'], [
      ['Ruth Calloway', '3h', 'Dry it over a low flame for a minute, then wipe on a drop of oil.'],
      ['kettle_and_crumb', '5 mins ago', 'Store it with the lid off so the air can move over it.'],
    ]],
    ['an absolute date signs with its clock', [...QUESTION, 'Dry it over a low flame for a minute, then wipe on a drop of oil. – Ruth Calloway Mar 3, 2019 at 14:20', '', 'Store it with the lid off so the air can move over it. – kettle_and_crumb Mar 4 at 09:05'], [
      ['Ruth Calloway', 'Mar 3, 2019 at 14:20', 'Dry it over a low flame for a minute, then wipe on a drop of oil.'],
      ['kettle_and_crumb', 'Mar 4 at 09:05', 'Store it with the lid off so the air can move over it.'],
    ]],
  ])('%s', (_name, lines, expected) => {
    const page = lines.join('\n');
    expect(commentsOf(page)).toEqual(expected);
    expect(spanViolations(splitPage(page))).toEqual([]);
  });

  it.each([
    ['one paragraph closed by a dated attribution is the article', [...QUESTION, 'The best pans are the ones used every day, and the worst are the ones kept for best. – Ada Fennimore, March 3, 2019', '', 'Our own test ran for six weeks on three pans and two kinds of oil, with one pan left unoiled as a control.']],
    ['two quotations attributed with a date and no clock, prose after them, are the article', ['Slow work, well done', '', 'A carpenter of forty years on why the good jobs always take longer than the quote says they will.', '', '"Measure the room twice, then measure the wood once more for luck." – Greta Holm, April 9, 2018', '', '"A joint that is forced today will open by the winter, every time." – Piet Vos, October 1, 2021', '', 'Both sayings hang on the wall of the workshop, burnt into an offcut of oak above the bench.']],
    ['a poem page: stanzas signed by name and date, then an editor\'s note', ['Two poems about rivers', '', 'This month two readers sent us poems about the river that runs past the old mill, and we liked both too much to choose.', '', 'The water does not ask the stones\nwhich way the valley wants to go;\nit simply leaves, and leaves, and leaves. – Ilse Brandt, July 7, 2020', '', 'At the ford the cattle wait\nfor the evening to cool the shallows,\nthen wade across as one slow animal. – Karl Ostrow, 14 May 2019', '', 'Both poems were sent in for our spring reading and appear here with the permission of their writers.']],
    ['quotations attributed with a comma and a day-old relative date, prose after them, are the article', ['Slow work, well done', '', 'A carpenter of forty years on why the good jobs always take longer than the quote says they will.', '', '"Measure the room twice, then measure the wood once more for luck." – Greta Holm, 4 days ago', '', '"A joint that is forced today will open by the winter, every time." – Piet Vos, yesterday', '', 'Both sayings hang on the wall of the workshop, burnt into an offcut of oak above the bench.']],
    ['two clocked tails inside the article, unsigned prose after them, are the article', ['Slow work, well done', '', 'A carpenter of forty years on why the good jobs always take longer than the quote says they will.', '', 'We asked him about the first chair he ever built for money. – Greta Holm Mar 3 at 14:20', '', 'He laughed and said it still stands in his sister\'s kitchen. – Piet Vos Mar 3 at 14:25', '', 'Both sayings hang on the wall of the workshop, burnt into an offcut of oak above the bench.']],
    ['two quotations attributed without a date are the article', [...QUESTION, 'A pan remembers every meal you cook in it. – Ada Fennimore', '', 'Seasoning is patience you can hold in your hand. — Tomasz Wrona', '', 'Our own test ran for six weeks on three pans and two kinds of oil, with one pan left unoiled as a control.']],
  ])('%s', (_name, lines) => {
    const page = lines.join('\n');
    const result = splitPage(page);
    expect(result.comments).toEqual([]);
    expect(result.body?.text).toContain(lines[lines.length - 3]);
    expect(spanViolations(result)).toEqual([]);
  });

  it('a one-word label before the tail is no comment text; two words are', () => {
    const page = [...QUESTION, 'Edited – Oskar Lind Apr 2 at 10:40', '', 'Thanks, fixed. – Ruth Calloway Apr 2 at 11:02', '', 'Same here, works now. – kettle_and_crumb Apr 2 at 11:30'].join('\n');
    const comments = commentsOf(page);
    expect(comments.some(([, , text]) => text === 'Edited')).toBe(false);
    expect(comments).toContainEqual(['Ruth Calloway', 'Apr 2 at 11:02', 'Thanks, fixed.']);
  });
});

/** An answer: its score, its paragraphs, an action row, then "answered DATE" over the writer's name and reputation. */
const answer = (score: string, paragraphs: string[], date: string, name: string) => [score, '', ...paragraphs.flatMap((p) => [p, '']), 'Share', '', 'Improve this answer', '', 'Follow', '', `answered ${date}`, '', name, '', '1,204', ''];

describe('answers signed under their text', () => {
  const page = [
    ...QUESTION,
    'Do you heat it on the stove after drying? A towel leaves a film of water in the pores. – pan_whisperer_9 Apr 2 at 10:15',
    '',
    '2 Answers',
    '',
    ...answer('12', ['Heat drives the last water out of the iron. Put the pan back on a low flame for two minutes after towelling it.', 'Then rub in half a teaspoon of oil while it is still warm, and wipe off everything you can.'], 'Apr 2 at 11:03', 'Ruth Calloway'),
    'This worked for me, the rim has stayed clean for a week now. – Oskar Lind Apr 9 at 08:12',
    '',
    '@Oskar Lind glad to hear it, the rim is always the first place to go. – kettle_and_crumb Apr 9 at 09:30',
    '',
    ...answer('3', ['Hanging it on the wall over the sink is the problem: the steam from the sink settles on it every day.'], 'Apr 3 at 17:45', 'kettle_and_crumb'),
    ...['Your Answer', 'Post as a guest', 'Name', 'Email', 'Required, but never shown', 'Post Your Answer', 'Hot Network Questions'].flatMap((line) => [line, '']),
    ...['Why does my wok turn sticky after seasoning?', 'Is enamelled cast iron safe at high heat?', '© 2026 Pan Talk'].flatMap((line) => [line, '']),
  ];

  it('each answer is one comment by the name under its signature; comments under it are on it', () => {
    const result = splitPage(page.join('\n'));
    expect(result.comments.map((c) => [c.author, c.postedAt, c.text.slice(0, 20)])).toEqual([
      ['pan_whisperer_9', 'Apr 2 at 10:15', 'Do you heat it on th'],
      ['Ruth Calloway', 'Apr 2 at 11:03', 'Heat drives the last'],
      ['Oskar Lind', 'Apr 9 at 08:12', 'This worked for me, '],
      ['kettle_and_crumb', 'Apr 9 at 09:30', '@Oskar Lind glad to '],
      ['kettle_and_crumb', 'Apr 3 at 17:45', 'Hanging it on the wa'],
    ]);
    expect(result.comments[1]!.text.endsWith('wipe off everything you can.')).toBe(true);
    expect(result.comments.map((c) => c.parentId)).toEqual([null, null, 'c2', 'c3', null]);
    expect(spanViolations(result)).toEqual([]);
  });

  it('a lone "posted DATE" over a name under an article paragraph signs no post', () => {
    const lone = [...QUESTION, 'Share', '', 'answered Apr 2 at 11:03', '', 'Ruth Calloway', '', 'The pan in the picture was bought at a flea market for two pounds and has been in daily use since.'].join('\n');
    const result = splitPage(lone);
    expect(result.comments.some((c) => c.author === 'Ruth Calloway')).toBe(false);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('wiki talk pages', () => {
  it('reads posts signed "Name (talk) HH:MM, D Month YYYY (UTC) Reply" as comments, with colons for reply depth, a dash or "Preceding unsigned comment added by" left out of the text', () => {
    const page = [
      ...QUESTION,
      'Rust spots',
      'Heat it dry on the hob after washing, then wipe a drop of oil in. — Copper_Kettle (talk · contribs) 10:02, 12 January 2026 (UTC) Reply',
      ': Tried that, the spots still came back by morning. Stove Owl (talk) 17:45, 12 January 2026 (UTC) Reply',
      ':: Then the seasoning is thin; strip it and season again in the oven. — Preceding unsigned comment added by 81.2.69.160 (talk) 09:10, 13 January 2026 (UTC) Reply',
      'Store it with a paper towel inside so the air stays dry. Copper_Kettle (talk) 11:20, 14 January 2026 (UTC) Reply',
    ].join('\n');
    const result = splitPage(page);
    expect(result.comments.map((c) => [c.author, c.postedAt, c.text, c.parentId === null ? null : result.comments.findIndex((p) => p.id === c.parentId)])).toEqual([
      ['Copper_Kettle', '10:02, 12 January 2026 (UTC)', 'Heat it dry on the hob after washing, then wipe a drop of oil in.', null],
      ['Stove Owl', '17:45, 12 January 2026 (UTC)', 'Tried that, the spots still came back by morning.', 0],
      ['81.2.69.160', '09:10, 13 January 2026 (UTC)', 'Then the seasoning is thin; strip it and season again in the oven.', 1],
      ['Copper_Kettle', '11:20, 14 January 2026 (UTC)', 'Store it with a paper towel inside so the air stays dry.', null],
    ]);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('smileys and editors signed by address', () => {
  it('keeps a smiley that opens a signed comment (":)", ":D") in its text: colons are reply depth only on a wiki, before a space', () => {
    const page = [
      ...QUESTION,
      ':) Try a thin coat of lard instead of oil, it polymerises better. – skillet_sam Apr 3 at 09:05',
      '',
      ':D Lard worked on mine, three coats in the oven at a high heat. – Pia Holm Apr 3 at 09:50',
    ].join('\n');
    expect(commentsOf(page).map(([, , text]) => text)).toEqual([
      ':) Try a thin coat of lard instead of oil, it polymerises better.',
      ':D Lard worked on mine, three coats in the oven at a high heat.',
    ]);
  });

  it('reads an editor signed with an IPv6 or IPv4 address (no account) as the comment\'s author on a wiki talk page', () => {
    const page = [
      ...QUESTION,
      'Seasoning',
      'Bake it upside down for an hour so the oil does not pool. — 2001:DB8:AC10:FE01::2B (talk) 08:15, 3 February 2026 (UTC) Reply',
      ': An hour was not enough for mine, two did it. 198.51.100.23 (talk) 12:40, 3 February 2026 (UTC) Reply',
    ].join('\n');
    const result = splitPage(page);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([
      ['2001:DB8:AC10:FE01::2B', 'Bake it upside down for an hour so the oil does not pool.'],
      ['198.51.100.23', 'An hour was not enough for mine, two did it.'],
    ]);
    expect(spanViolations(result)).toEqual([]);
  });
});
