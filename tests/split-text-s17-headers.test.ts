/**
 * Comment header shapes of the twelfth session (issue 14): an age with a word before its number
 * ("fa 3 hores", "acum 2 ore") beside the name, a lowercase "i" inside a name, an ordinal day
 * ("5th Mar 2027 09:12"), a weekday with a clock ("Tuesday at 6:40 PM"), and vBulletin's
 * "#3 (permalink)" over its date, name and profile. Every page here is invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { headerPartOf } from '../src/split/text/header-block.js';
import { matchHeader } from '../src/split/text/headers.js';
import { splitText } from '../src/split/text/index.js';
import { spanViolations } from './spans.js';

type Row = [author: string | null, text: string];

function rows(text: string): Row[] {
  const page = splitText(text);
  expect(spanViolations(page)).toEqual([]);
  return page.comments.map((comment) => [comment.author, comment.text]);
}

const NEWS_TOP = [
  'LA VEU DEL PENEDÈS',
  'Inici  Comarca  Esports  Cultura',
  "L'Ajuntament tanca la piscina d'estiu per obres fins al juliol",
  "La piscina municipal no obrirà fins al juliol perquè cal refer tot el sistema de filtratge, segons ha explicat el regidor d'Esports en un ple extraordinari.",
  'Les obres costaran 640.000 euros i les pagarà íntegrament el consistori amb el romanent de tresoreria.',
  'Comentaris (4)',
];

describe('an age with a short word before its number, beside the name', () => {
  const comment = (header: string, text: string) => ['', header, text, "M'agrada · Respon"];
  const PAGE = [
    ...NEWS_TOP,
    ...comment('Marta Soler i Vidal · fa 5 hores', 'Every summer the same story, the filters were already failing in 2019.'),
    ...comment('quimet_77 · fa 4 hores', 'Does anybody know if the indoor pool stays open meanwhile?'),
    ...comment('Núria B. · fa 2 hores', '@quimet_77 yes, the sports centre keeps its normal timetable.'),
    ...comment('Pere Roig · fa 35 minuts', 'Six hundred thousand euros for filters sounds like a lot to me.'),
    '',
    '© 2027 La Veu del Penedès',
  ].join('\n');

  it('reads each line as a header: the name, then the age in the page\u2019s language', () => {
    expect(rows(PAGE)).toEqual([
      ['Marta Soler i Vidal', 'Every summer the same story, the filters were already failing in 2019.'],
      ['quimet_77', 'Does anybody know if the indoor pool stays open meanwhile?'],
      ['Núria B.', '@quimet_77 yes, the sports centre keeps its normal timetable.'],
      ['Pere Roig', 'Six hundred thousand euros for filters sounds like a lot to me.'],
    ]);
  });

  it('still needs the unit to change down the thread when no list knows it', () => {
    // "fa 3 nits" on every line of an itinerary counts nights: one unknown unit throughout is no age.
    const list = ['', 'Itinerari', 'Girona · fa 3 nits', 'Hotel prop de la catedral, esmorzar inclòs.', 'Figueres · fa 3 nits', 'Apartament al centre amb vistes al castell.', 'Cadaqués · fa 3 nits', 'Casa de poble a dues passes de la platja.'];
    expect(splitText([...NEWS_TOP.slice(0, 5), ...list].join('\n')).comments).toEqual([]);
  });
});

describe('dates forum software prints', () => {
  it.each([
    ['5th Mar 2027 09:12', '5th Mar 2027 09:12'],
    ['22nd December 2026, 18:05', '22nd December 2026, 18:05'],
    ['Tuesday at 6:40 PM', 'Tuesday at 6:40 PM'],
    ['Posted Sunday at 11:02 AM', 'Sunday at 11:02 AM'],
    ['Wed 9:15am', 'Wed 9:15am'],
  ])('"%s" is a date line', (line, date) => {
    const header = matchHeader(line);
    expect(header?.postedAt && line.slice(...header.postedAt)).toBe(date);
  });

  it.each(['Monster at 4:30', 'Sundays at 9:00 are quiet', 'Tuesday at noon'])('"%s" is not', (line) => {
    expect(matchHeader(line)).toBeNull();
  });

  it('reads a post number with its permalink as a header part, and "#3 permalink" text as none', () => {
    expect(headerPartOf('#3 (permalink)').kind).toBe('profile');
    expect(headerPartOf('#3 permalink in the sidebar').kind).not.toBe('profile');
  });
});

describe('vBulletin posts: "#N (permalink)" over the date, the name and the profile', () => {
  const post = (n: number, date: string, name: string, joined: string, posts: string, text: string[]) => [
    '',
    `#${n} (permalink)`,
    date,
    name,
    `Join Date: ${joined}`,
    `Posts: ${posts}`,
    ...text.flatMap((line) => ['', line]),
  ];
  const PAGE = [
    'Narrowboat Talk',
    'Home  Forums  Search',
    'Lock 14 on the Shroppie closed again',
    ...post(1, '3rd Feb 2027 08:10', 'towpath_tom', 'May 2011', '2,310', ['CRT notice this morning: lock 14 gates failed, closure at least two weeks.']),
    ...post(2, '3rd Feb 2027 09:44', 'Kestrel Lady', 'Aug 2016', '418', ['We are moored just above it. Any idea if the water point stays open?']),
    ...post(3, '3rd Feb 2027 10:02', 'old_windlass', 'Jan 2009', '7,006', ['The water point is above the lock so it should be fine.']),
    ...post(4, '4th Feb 2027 07:30', 'towpath_tom', 'May 2011', '2,310', ['Update: stoppage extended to the end of the month.']),
    '',
    '« Previous Thread | Next Thread »',
    'Copyright © 2027 Narrowboat Talk',
  ].join('\n');

  it('reads every post after the first as a comment, named by its name line', () => {
    expect(rows(PAGE)).toEqual([
      ['Kestrel Lady', 'We are moored just above it. Any idea if the water point stays open?'],
      ['old_windlass', 'The water point is above the lock so it should be fine.'],
      ['towpath_tom', 'Update: stoppage extended to the end of the month.'],
    ]);
  });
});

describe('a profile stack, a blank line, then the post\u2019s date line', () => {
  const post = (stack: string[], date: string, text: string[]) => ['', ...stack, '', date, '', 'Share', '', ...text.flatMap((line) => [line, '']), 'Quote'];
  const PAGE = [
    'Allotment Chat',
    'Forums  Members  Search',
    'Blight on the maincrop potatoes already?',
    ...post(['spud_whisperer', 'Keen Grower', '311 posts', 'Ludlow, UK'], 'Posted June 12', ['Brown patches on the lower leaves since the rain last week. Is it blight this early?']),
    ...post(['Hazel Marsh', 'Plot Veteran', '4,870 posts', 'Norwich'], 'Posted June 12', ['Sounds like it. Cut the haulms now and leave the tubers in for two weeks.']),
    ...post(['greenfingers_42', 'New Grower', '12 posts'], 'Posted June 13', ['Hazel Marsh said:', 'Cut the haulms now', 'Would that not stop the tubers growing any bigger?']),
    ...post(['Hazel Marsh', 'Plot Veteran', '4,870 posts', 'Norwich'], 'Posted Friday at 7:15 PM', ['It does, but small potatoes beat rotten ones.']),
    '',
    'Create an account or sign in to comment',
  ].join('\n');

  it('takes the stack\u2019s first line as the writer, and a quote over a blank line as the replied-to post', () => {
    const page = splitText(PAGE);
    expect(spanViolations(page)).toEqual([]);
    expect(page.comments.map((c) => [c.author, c.text, c.parentId])).toEqual([
      ['Hazel Marsh', 'Sounds like it. Cut the haulms now and leave the tubers in for two weeks.', null],
      ['greenfingers_42', 'Would that not stop the tubers growing any bigger?', 'c1'],
      ['Hazel Marsh', 'It does, but small potatoes beat rotten ones.', 'c2'],
    ]);
  });

});

describe('"X said:" alone over a blank line, where X wrote nothing above', () => {
  const comment = (header: string, text: string[]) => ['', header, '', ...text.flatMap((line) => [line, '']), 'Like · Reply'];
  const TOP = [
    'Daily Courier',
    'Home  News  Sport',
    'Council shuts the town pool until July',
    'The municipal pool will not open until July because the whole filter system has to be rebuilt, a councillor told an extraordinary meeting.',
    'Comments (3)',
  ];
  it.each([
    ['The mayor said:', 'We will reopen the pool in May, I promise.', 'He said exactly the same last year.'],
    ['The report said:', 'Filters last fifteen years at most.', 'Ours are twenty-two years old.'],
  ])('keeps "%s", the words under it and the reply as the comment\u2019s text', (intro, quoted, reply) => {
    const page = [
      ...TOP,
      ...comment('Ann Lee · 3 hours ago', ['Filters again, what a waste of money.']),
      ...comment('Bob Dyer · 2 hours ago', [intro, quoted, reply]),
      ...comment('Cat Ng · 1 hour ago', ['The indoor pool should stay open meanwhile.']),
    ].join('\n');
    const comments = splitText(page).comments;
    expect(comments.map((c) => [c.author, c.text, c.parentId])).toEqual([
      ['Ann Lee', 'Filters again, what a waste of money.', null],
      ['Bob Dyer', `${intro}\n\n${quoted}\n\n${reply}`, null],
      ['Cat Ng', 'The indoor pool should stay open meanwhile.', null],
    ]);
  });
});

describe('"Quote:" / "Originally Posted by X" / the words, each a paragraph, over the reply', () => {
  const post = (n: number, name: string, text: string[]) => ['', `0${n}-02-2027, 08:1${n} PM   #${n}`, name, 'Registered User', 'Join Date: Mar 2015', 'Posts: 1,20' + n, '', ...text.flatMap((line) => [line, '']), 'Reply With Quote'];
  const PAGE = [
    'Tyre Forum',
    'Winter tyres on a rear-wheel-drive estate',
    ...post(1, 'estate_eddie', ['Do I need all four winter tyres or just the back two?']),
    ...post(2, 'Marek_W', ['All four. Mixed grip front to back is worse than none.']),
    ...post(3, 'slush_puppy', ['Check the pressures weekly once it gets cold.']),
    ...post(4, 'estate_eddie', ['Quote:', 'Originally Posted by Marek_W', 'Mixed grip front to back is worse than none.', 'Fair enough, four it is then.']),
    '',
    '« Previous Thread | Next Thread »',
  ].join('\n');

  it('reads the label, the intro and the words as the header and the quoted name as the parent', () => {
    const page = splitText(PAGE);
    expect(spanViolations(page)).toEqual([]);
    expect(page.comments.map((c) => [c.author, c.text, c.parentId])).toEqual([
      ['Marek_W', 'All four. Mixed grip front to back is worse than none.', null],
      ['slush_puppy', 'Check the pressures weekly once it gets cold.', null],
      ['estate_eddie', 'Fair enough, four it is then.', 'c1'],
    ]);
  });
});

describe('"Like Reactions: Ann, Bo and 3 others" under a post', () => {
  const post = (name: string, date: string, text: string, reacted: string | null) => ['', name, 'Member', 'Joined', 'Apr 2, 2020', 'Messages', '415', '', date, '', text, '', ...(reacted ? [reacted] : []), 'Reply'];
  const page = (reacted: string) =>
    [
      'Sourdough Corner',
      'Forums  What\u2019s new  Members',
      'Starter smells like nail polish remover',
      ...post('crumb_shot', 'Monday at 9:02 AM', 'Day six and the jar smells of acetone. Is it dead?', null),
      ...post('levain_lou', 'Monday at 10:40 AM', 'It is hungry, not dead. Feed it twice a day for a few days.', reacted),
      ...post('rye_not', 'Monday at 1:15 PM', 'A spoon of rye flour in each feed wakes it up faster.', 'Like Reactions: crumb_shot, levain_lou and 2 others'),
      ...post('crumb_shot', 'Tuesday at 8:05 AM', 'Doubled overnight after two feeds. Thank you both.', null),
    ].join('\n');

  it('is the site\u2019s list, not the comment\u2019s text', () => {
    const comments = splitText(page('Like Reactions: crumb_shot and rye_not')).comments;
    expect(comments.map((c) => [c.author, c.text])).toEqual([
      ['levain_lou', 'It is hungry, not dead. Feed it twice a day for a few days.'],
      ['rye_not', 'A spoon of rye flour in each feed wakes it up faster.'],
      ['crumb_shot', 'Doubled overnight after two feeds. Thank you both.'],
    ]);
  });

  // A list of who reacted is names, one or two words each; a sentence has a clause, period or not.
  it.each(['Reactions: mixed, to be honest', 'Reactions: I agree with Ann and Bob', 'Reactions here were mostly angry, and fair enough'])(
    '"%s" under the text stays a paragraph of it',
    (line) => {
      const comments = splitText(page(line)).comments;
      expect(comments[0]?.text).toBe(`It is hungry, not dead. Feed it twice a day for a few days.\n\n${line}`);
    },
  );

  it.each(['Like Reactions: Ann Lee, bo_99 and 3 others', 'Reactions: crumb_shot and rye_not', 'Love Reactions: Ann, Bo, Cy'])('"%s" is the list', (line) => {
    expect(splitText(page(line)).comments[0]?.text).toBe('It is hungry, not dead. Feed it twice a day for a few days.');
  });

  it('"Reactions: mixed, to be honest." is a sentence of the text', () => {
    const comments = splitText(page('Reactions: mixed, to be honest.')).comments;
    expect(comments[0]?.text).toBe('It is hungry, not dead. Feed it twice a day for a few days.\n\nReactions: mixed, to be honest.');
  });
});
