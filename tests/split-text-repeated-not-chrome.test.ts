/**
 * Review findings on the repetition rules (issue 14): a writer printed in a template's name slot on
 * every line is still the writer, a flair under the first commenter's name is no section label, and a
 * page with no comment headers has no button rows. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { splitText } from '../src/split/text/index.js';

const ARTICLE = [
  'Night Desk',
  'Notes from the count',
  'Polling stations closed at ten and the first boxes reached the count centre within the hour, escorted by police.',
  'Officials expect the last result from the islands shortly after dawn.',
];

describe('a template whose name slot prints the same name on every line', () => {
  const TEXTS = [
    'Turnout in the north is up on last time, officials say.',
    'Polls have closed in the capital after a long queue.',
    'First results are expected within the hour from the coast.',
    'The governing party concedes two seats in the east.',
    'The opposition leader arrives at the count centre.',
    'Final turnout stands at 71 percent, the highest since 1998.',
  ];
  const cases: [string, (i: number) => string, string][] = [
    ['a numbered live blog (number, name, clock)', (i) => `${i + 1} Hans 2${i}:00`, 'Hans'],
    ['one writer\u2019s comment history (name, day, month words, clock)', (i) => `night_reader ${10 + i} мая в 10:0${i}`, 'night_reader'],
  ];
  it.each(cases)('%s keeps every entry, by its writer', (_, header, writer) => {
    const page = splitText([...ARTICLE, 'Live updates', ...TEXTS.flatMap((t, i) => [header(i), t]), '© 2026 Night Desk'].join('\n'));
    expect(page.comments.map((c) => [c.author, c.text])).toEqual(TEXTS.map((t) => [writer, t]));
  });
});

describe('a flair or place under the first commenter\u2019s name, over the date', () => {
  const reply = (name: string, text: string) => [name, 'March 3, 2026', text, 'Reply'];
  it.each(['Local Guide', 'Gold Member', 'Birding Buddy', 'Greater Manchester'])('"%s" stays in the header, and the name above it is the author', (flair) => {
    const page = splitText([
      'Bird Notes',
      'Swifts are late this year',
      'No swifts over our street yet, and it is the twelfth of May already. The north winds have not let up all week.',
      'Comments',
      'Marcus Webb',
      flair,
      'March 3, 2026',
      'Two over the river on the ninth, none since.',
      'Reply',
      ...reply('Jo Hart', 'Same here, cold winds all week.'),
      ...reply('Priya', 'Three over Bristol this morning.'),
      ...reply('Tom Ellis', 'They are coming, give them a week.'),
    ].join('\n'));
    expect(page.comments.map((c) => c.author)).toEqual(['Marcus Webb', 'Jo Hart', 'Priya', 'Tom Ellis']);
  });
});

describe('a short line repeated on a page with no comments', () => {
  it('keeps a poem\u2019s refrain in the article', () => {
    const PAGE = ['Poems', 'Come home', 'The fields are wide and the night is long,', 'Come home', 'The river runs where it used to run,', 'Come home', 'The lamp is lit and the door is wide,', 'Come home', 'and the kettle sings.'].join('\n');
    const page = splitText(PAGE);
    expect(page.boilerplate.filter((b) => b.rule === 'comment-actions').map((b) => b.text)).toEqual([]);
  });
});

describe('a short line readers repeat is their text; a button row stays chrome', () => {
  const HEAD = [
    'Lakeside Gazette',
    'Ferry timetable cut for the winter',
    'The ferry between the two villages will run every two hours from November, the operator said on Monday, citing falling winter traffic.',
    'Residents say the change leaves no crossing before the school run.',
    'Comments',
  ];
  // [writer, text lines]: the writers' own words, then the site's row under each comment.
  const THREAD: [string, string[]][] = [
    ['Anna Berg', ['That leaves my daughter with no way to school by eight.']],
    ['kettle_joe', ['The council should have pushed back on this.']],
    ['Mo Farouk', ['Winter traffic falls every year and they never cut it before.']],
    ['Pella', ['Is there a bus instead?']],
    ['Lou', ['Write to the operator, it worked last time.']],
    ['Gus', ['They listen only when the papers write about it.']],
    ['Ria', ['Signed the petition at the library.']],
  ];
  const page = (closing: (i: number) => string[], row: (i: number) => string, separator: string) =>
    [...HEAD, ...THREAD.flatMap(([name, lines], i) => [name, `${i + 1} hours ago`, ...lines, ...closing(i), row(i)]), '© 2026 Lakeside Gazette'].join(separator);
  const texts = (text: string) => splitText(text).comments.map((c) => c.text.split(/\n+/u).pop());

  // Three writers of seven close with the same words: under fewer than half the comments, no button's shape.
  const closers = (line: string) => (i: number) => (i % 2 === 0 && i < 6 ? [line] : []);
  // The repeated-closer rule once cut these (a short line ending 3+ comments by 2+ writers is the
  // site's row) once the 'Reply' row under every comment was cut: a template prints its line above
  // that row every time, readers' closers end fewer than half the comments.
  it.each([
    ['"+1" from three writers', '+1'],
    ['"Thanks all" from three writers', 'Thanks all'],
    ['"Cheers all" from three writers', 'Cheers all'],
  ])('%s stays in their comments', (_, line) => {
    for (const separator of ['\n', '\n\n']) {
      expect(texts(page(closers(line), () => 'Reply', separator))).toEqual(THREAD.map(([, lines], i) => (closers(line)(i)[0] ?? lines[lines.length - 1])));
    }
  });

  it('keeps a frequent writer\u2019s sign-off under each of their comments, though they wrote most of them', () => {
    const writers = ['Anna Berg', 'kettle_joe', 'Anna Berg', 'Pella', 'Anna Berg', 'Anna Berg', 'Anna Berg'];
    const text = [
      ...HEAD,
      ...THREAD.flatMap(([, lines], i) => [writers[i]!, `${i + 1} hours ago`, ...lines, ...(writers[i] === 'Anna Berg' ? ['Sent from my phone'] : []), 'Reply']),
      '© 2026 Lakeside Gazette',
    ].join('\n');
    expect(splitText(text).comments.filter((c) => c.author === 'Anna Berg').map((c) => c.text.endsWith('\nSent from my phone'))).toEqual([true, true, true, true, true]);
  });

  it.each([
    ['buttons side by side under the top comments only', (i: number) => (i < 3 ? 'Reply  Notify me  Helpful' : 'Share')],
    ['a count that differs from comment to comment', (i: number) => (i < 3 ? `+${i * 7 + 2}` : 'Share')],
  ])('%s is still the site\u2019s row', (_, row) => {
    const text = page(() => [], row, '\n');
    expect(splitText(text).comments.map((c) => c.text)).toEqual(THREAD.map(([, lines]) => lines.join('\n')));
  });

  // Above the 'Reply' row under every comment, under three comments of seven: few, but its count
  // changes from comment to comment, which no readers' own line does.
  it.each([
    ['a vote count under the voted comments only', (i: number) => `${i * 37 + 4} people found this review useful`],
    ['a rating under the rated comments only', (i: number) => `Rated ${i + 2} by readers`],
  ])('%s above the row under every comment is the site’s', (_, count) => {
    for (const separator of ['\n', '\n\n']) {
      const counted = (i: number) => (i % 2 === 0 && i < 6 ? [count(i)] : []);
      expect(texts(page(counted, () => 'Reply', separator))).toEqual(THREAD.map(([, lines]) => lines[lines.length - 1]));
    }
  });
});
