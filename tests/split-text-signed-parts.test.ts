/**
 * Comment sections whose headers are printed under each comment ("text / Posted by: NAME | DATE"):
 * a question opening the first post is that post's text, not a page link, and a comment-count line
 * between two signed posts does not cut the list into parts too small to read. Every page here is
 * invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';
import { isSignOff } from '../src/split/text/sign-offs.js';
import { spanViolations } from './spans.js';

const ARTICLE = [
  'Towpath to close for a month of repairs',
  '',
  'The canal towpath between Lock 9 and the old mill will close from Monday while contractors rebuild the bank where it slipped into the water last winter.',
  '',
  'Walkers and cyclists will be sent along the road through the village, which the county says will be marked with temporary signs at both ends.',
  '',
];

const texts = (lines: string[]) => {
  const page = splitText([...ARTICLE, ...lines].join('\n\n'));
  expect(spanViolations(page as never)).toEqual([]);
  return page.comments.map((c) => [c.author, c.text]);
};

describe('signed posts under a comments label', () => {
  it('keeps a question that opens the first post with that post', () => {
    expect(
      texts([
        'Comments',
        'Has anyone walked the diversion with a pushchair yet?',
        'The pavement by the church looked very narrow when I drove past this morning.',
        'Posted by: Nell Garside | May 4, 2026 at 08:15 AM',
        'It is fine as far as the pub, then you have to cross twice.',
        'Posted by: Bram Tuckett | May 4, 2026 at 10:02 AM',
        'The county could have left the field gate open for a month.',
        'Posted by: Ivo Marr | May 4, 2026 at 12:40 PM',
      ]),
    ).toEqual([
      ['Nell Garside', 'Has anyone walked the diversion with a pushchair yet?\n\nThe pavement by the church looked very narrow when I drove past this morning.'],
      ['Bram Tuckett', 'It is fine as far as the pub, then you have to cross twice.'],
      ['Ivo Marr', 'The county could have left the field gate open for a month.'],
    ]);
  });
  it('keeps a signed post that a comment-count line cuts off from the others', () => {
    expect(
      texts([
        'Comments',
        'The bank has been slipping for three winters, good that someone is finally fixing it.',
        'Posted by: Nell Garside | May 4, 2026 at 08:15 AM',
        '2 Comments',
        'It is fine as far as the pub, then you have to cross twice.',
        'Posted by: Bram Tuckett | May 4, 2026 at 10:02 AM',
        'The county could have left the field gate open for a month.',
        'Posted by: Ivo Marr | May 4, 2026 at 12:40 PM',
      ]).map(([author]) => author),
    ).toEqual(['Nell Garside', 'Bram Tuckett', 'Ivo Marr']);
  });
  it('keeps every post when a count line stands over each one', () => {
    const post = (count: number, text: string, name: string) => [`${count} Comments`, text, `Posted by: ${name} | May 4, 2026 at 08:15 AM`];
    expect(
      texts([
        ...post(1, 'The bank has been slipping for three winters, good that someone is finally fixing it.', 'Nell Garside'),
        ...post(2, 'It is fine as far as the pub, then you have to cross twice.', 'Bram Tuckett'),
        ...post(3, 'The county could have left the field gate open for a month.', 'Ivo Marr'),
        ...post(4, 'Signs were up at the mill end by Sunday evening, to be fair.', 'Ada Quill'),
      ]).map(([author]) => author),
    ).toEqual(['Nell Garside', 'Bram Tuckett', 'Ivo Marr', 'Ada Quill']);
  });
});

describe('a closing line under the last signature, on a page printed without blank lines', () => {
  const PAGE = [
    'The Slow Kettle',
    'Home | Recipes | About',
    'Why does my sourdough spread flat in the oven?',
    'By Hattie Marsh',
    'A loaf that spreads into a pancake is nearly always a shaping problem, not a starter problem. The outer skin of the dough holds the shape; without tension it relaxes as soon as it warms.',
    'Try a tighter pre-shape, a twenty-minute rest, and a final shape that drags the dough towards you on an unfloured bench.',
    'Comments',
    'Mine spread until I lowered the hydration to 68 percent. Shaping helped too, but the water was the real problem.',
    'Posted by: Rowan Tate | March 3, 2024 at 09:12 AM',
    'A cold retard in the fridge overnight makes it far easier to score and it holds its shape in the oven.',
    'Posted by: pip_bakes | March 3, 2024 at 11:40 AM',
    'Which flour do you use? Supermarket bread flour never worked for me.',
    'Posted by: Jonas Weir | March 4, 2024 at 07:05 PM',
    'The comments to this entry are closed.',
    'About',
    'Follow along by email',
    'Hattie bakes in a cold kitchen in Cumbria and writes about it twice a month.',
    'Categories',
    'Bread',
    'Cakes',
    'The Slow Kettle runs on Typepad.',
  ].join('\n');

  it('ends the thread there: the sidebar below signs nothing, and each signature stays with the text above it', () => {
    const page = splitText(PAGE);
    expect(page.comments.map((c) => [c.author, c.text])).toEqual([
      ['Rowan Tate', 'Mine spread until I lowered the hydration to 68 percent. Shaping helped too, but the water was the real problem.'],
      ['pip_bakes', 'A cold retard in the fridge overnight makes it far easier to score and it holds its shape in the oven.'],
      ['Jonas Weir', 'Which flour do you use? Supermarket bread flour never worked for me.'],
    ]);
    expect(spanViolations(page)).toEqual([]);
  });
});

describe('a sign-off glued under a comment ends that comment, never heads the next one', () => {
  const T1 = 'About time too, my mother has missed two appointments this winter.';
  const T2 = 'Will the café on the pier open earlier as well?';
  const T3 = 'The winter timetable should have come years ago.';
  const LAYOUTS: [string, (name: string, date: string, text: string, signOff: string | null) => string[]][] = [
    ['name over date, no blank lines', (name, date, text, signOff) => [name, date, text, ...(signOff ? [signOff] : [])]],
    ['name over date, a blank line under the header', (name, date, text, signOff) => [name, date, '', text, ...(signOff ? [signOff] : [])]],
    ['"name · date" on one line', (name, date, text, signOff) => [`${name} · ${date}`, text, ...(signOff ? [signOff] : [])]],
  ];
  const SIGN_OFFS = [['– Marta', 'Cheers, Tom'], ['-- Marta', 'Thanks, Tom'], ['~Marta', 'Kind regards, Tom R.']];
  it.each(LAYOUTS.flatMap(([layout, comment]) => SIGN_OFFS.map(([first, second]): [string, string, string, typeof comment] => [layout, first!, second!, comment])))('%s, signed "%s" and "%s"', (_layout, first, second, comment) => {
    const page = [
      ...ARTICLE,
      '3 Comments',
      '',
      ...comment('Marta Quinn', 'January 3, 2027 at 9:12 am', T1, first),
      ...comment('Tom Reed', 'January 3, 2027 at 10:40 am', T2, second),
      ...comment('Ivy Lang', 'January 4, 2027 at 8:05 am', T3, null),
      '',
      '© 2027 Canal Times',
    ].join('\n');
    const result = splitText(page);
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([
      ['Marta Quinn', `${T1}\n${first}`],
      ['Tom Reed', `${T2}\n${second}`],
      ['Ivy Lang', T3],
    ]);
  });
});

describe('a sign-off is a closing word and a capitalised name, or a dash and one', () => {
  it.each([
    ['Cheers, Tom', true], ['thanks Tom', true], ['Kind regards, Anna B.', true], ['– Marta', true], ['~Marta', true],
    ['Love it', false], ['thanks everyone', false], ['Best part', false], ['Cheers mate', false], ['- apples', false], ['Thanks again for this', false],
  ])('"%s": %s', (line, expected) => {
    expect(isSignOff(line)).toBe(expected);
  });

  it('a name that opens with a closing word ("Love Andersson") over a date heads the next comment', () => {
    const T1 = 'About time too, my mother has missed two appointments this winter.';
    const T2 = 'Will the café on the pier open earlier as well?';
    const T3 = 'The winter timetable should have come years ago.';
    const page = [
      ...ARTICLE, '3 Comments', '',
      'Marta Quinn', 'January 3, 2027 at 9:12 am', T1,
      'Love Andersson', 'January 3, 2027 at 10:40 am', T2,
      'Ivy Lang', 'January 4, 2027 at 8:05 am', T3,
      '', '© 2027 Canal Times',
    ].join('\n');
    const result = splitText(page);
    expect(spanViolations(result)).toEqual([]);
    expect(result.comments.map((c) => [c.author, c.text])).toEqual([['Marta Quinn', T1], ['Love Andersson', T2], ['Ivy Lang', T3]]);
  });
});
