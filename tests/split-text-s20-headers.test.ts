/**
 * Comment header shapes of the fifteenth session's tune batch (issue 14), on pages invented for the
 * test: a forum user title of any words between the poster's name and the profile lines, a later
 * page of a numbered thread (no opening post on it), vBulletin's "Quote:" label over a quote parted
 * from the reply by a blank line, a reply arrow opening its writer's header ("↳ Name"), relative
 * dates in other languages and scripts ("сегодня, 12:51", "13 минут назад", "heute 09:40"), action
 * rows and load-more buttons in other languages, and a deleted comment's notice under its header.
 */
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE, spaced, splitChecked, unspaced } from './text-pages.js';
import { isActionLine, matchBoilerplate } from '../src/split/text/boilerplate.js';
import { matchHeader } from '../src/split/text/headers.js';

const FORUM_TOP = [
  'Skip to content',
  'Allotment Growers Forum',
  'Home  Forums  Search  Register  Log in',
  'Forums > Fruit > Soft fruit',
  'Gooseberry sawfly again this year, nematodes or picking by hand',
  'Page 3 of 4  < 1 2 3 4 >',
  'Thread Tools  Search this Thread',
];

type Post = [name: string, title: string, lines: string[]];

/** A vBulletin page of a thread: "Old DATE  #N", name, user title, profile lines, a blank line, the text, the buttons. */
function forumPage(posts: Post[], firstNumber: number): string {
  return spaced([
    unspaced(FORUM_TOP),
    ...posts.flatMap(([name, title, lines], i) => [
      unspaced([`Old 11-1${i}-2026, 0${i + 1}:20 PM   #${firstNumber + i}`, name, title, `Join Date: Apr 20${10 + i}`, 'Location: Shropshire', `Posts: ${1200 + i * 311}`]),
      ...lines,
      'Reply With Quote',
    ]),
    '« Previous Thread | Next Thread »',
    'All times are GMT. The time now is 09:12 PM.',
  ]);
}

const POSTS: Post[] = [
  ['bramble_pete', 'Digs for victory, every weekend', ['Picked the caterpillars off by hand twice a day last May and still lost half the leaves by June. Is there anything that works?']],
  ['Margaret Hollins', 'Full time grower: Plot 14.', ['Nematodes. Water them into the soil under the bushes in late April and again in June. It worked on all six of mine.']],
  ['veg_and_vino', 'Cannot keep off the forum', ['I open the bushes up in winter so the birds can get at the larvae. Less trouble, and cheaper.']],
];

describe('a forum user title of any words between the name and the profile lines', () => {
  const page = forumPage(POSTS, 41);
  const result = splitChecked(page);

  it('reads the name over the title as the author and keeps the title out of the text', () => {
    expect(result.comments.map((c) => c.author)).toEqual(POSTS.map(([name]) => name));
    expect(result.comments.map((c) => c.text)).toEqual(POSTS.map(([, , lines]) => lines[0]));
  });

  it('reads a later page of a numbered thread as all replies: no post on it is the opening post', () => {
    expect(result.body).toBeNull();
    expect(result.comments).toHaveLength(POSTS.length);
  });

  it('keeps the first post as the article on the thread\u2019s first page', () => {
    const first = splitChecked(forumPage(POSTS, 1));
    expect(first.body?.text).toBe(POSTS[0]![2][0]);
    expect(first.comments.map((c) => c.author)).toEqual(['Margaret Hollins', 'veg_and_vino']);
  });
});

describe('vBulletin\u2019s "Quote:" label over a quote parted from the reply by a blank line', () => {
  const quoted = 'Water them into the soil under the bushes in late April and again in June.';
  const reply = 'Same here, nematodes every spring. The second dose is the one people forget.';
  const page = forumPage([POSTS[0]!, POSTS[1]!, ['veg_and_vino', 'Cannot keep off the forum', [unspaced(['Quote:', 'Originally Posted by Margaret Hollins', quoted]), reply]]], 41);

  it('leaves the quote out of the reply, and the reply is one comment', () => {
    const result = splitChecked(page);
    expect(result.comments).toHaveLength(3);
    expect(result.comments[2]!.author).toBe('veg_and_vino');
    expect(result.comments[2]!.text.endsWith(reply)).toBe(true);
    expect(result.comments[2]!.parentId).toBe(result.comments[1]!.id);
  });
});

describe('a reply arrow opening the header names the reply\u2019s writer', () => {
  const comments: [string, string, string][] = [
    ['Hanna Gerber', 'vor 4 Std.', 'Endlich fährt die Fähre auch im Winter. Das hätte man schon lange machen sollen.'],
    ['↳ Ruedi K., Thun', 'vor 3 Std.', 'Die Frage ist, wer das bezahlt. Die Fahrpreise bleiben ja nur bis zum Frühling.'],
    ['↳ Hanna Gerber', 'vor 2 Std.', '@Ruedi K. Der Kanton, wie bei allen anderen Linien auch.'],
    ['seebueb_77', 'vor 1 Std.', 'Ein geheizter Warteraum am Steg ist das Beste an der ganzen Sache.'],
  ];
  const page = spaced([
    ...HARBOUR_ARTICLE,
    'Kommentare (4)',
    ...comments.map(([name, date, text]) => unspaced([name, date, text, '12 Likes  3 Dislikes  Antworten  Melden', ...(name === 'Hanna Gerber' && date === 'vor 4 Std.' ? ['2 Antworten ausblenden'] : [])])),
    'Weitere Kommentare laden',
    'Impressum  Datenschutz  Kontakt',
  ]);
  const result = splitChecked(page);

  it('takes the name after the arrow, never the reply toggle above it', () => {
    expect(result.comments.map((c) => c.author)).toEqual(['Hanna Gerber', 'Ruedi K., Thun', 'Hanna Gerber', 'seebueb_77']);
    expect(result.comments.map((c) => c.text)).toEqual(comments.map(([, , text]) => text));
  });

  it('nests the arrowed comments under the comment above them', () => {
    expect(result.comments.map((c) => c.parentId)).toEqual([null, 'c1', 'c2', null]);
  });
});

describe('relative dates in other languages and scripts beside the name', () => {
  it.each([
    ['Нурлан_77   сегодня, 12:51', 'Нурлан_77', 'сегодня, 12:51'],
    ['qanat   13 минут назад', 'qanat', '13 минут назад'],
    ['Сергій · 1 годину тому', 'Сергій', '1 годину тому'],
    ['Jonas Weber   heute 09:40', 'Jonas Weber', 'heute 09:40'],
    ['marta.k   ayer', 'marta.k', 'ayer'],
    ['Élodie   hier à 18:05', 'Élodie', 'hier à 18:05'],
    ['Piet   3 dagen geleden', 'Piet', '3 dagen geleden'],
  ])('reads %j', (line, author, date) => {
    const header = matchHeader(line);
    expect(header && header.author && line.slice(...header.author)).toBe(author);
    expect(header && header.postedAt && line.slice(...header.postedAt)).toBe(date);
  });

  it.each(['Hier ist es schön', 'Heute Abend bin ich weg', 'hier'])('leaves the sentence or word %j alone', (line) => {
    expect(matchHeader(line)).toBeNull();
  });

  it('splits a thread dated "today" in Russian by its headers', () => {
    const comments: [string, string, string][] = [
      ['Нурлан_77', 'сегодня, 12:51', 'Зарплаты не повышают, а проезд повышают. Классика.'],
      ['Dana K.', 'сегодня, 12:58', 'The new buses will not buy themselves, fuel went up by a third this year.'],
      ['qanat', '13 минут назад', 'Поверю, когда увижу новые автобусы на линии.'],
    ];
    const result = splitChecked(spaced([...HARBOUR_ARTICLE, 'Комментарии (3)', ...comments.map(([name, date, text]) => unspaced([`${name}   ${date}`, text, '+12   Ответить   Пожаловаться'])), 'Показать еще комментарии']));
    expect(result.comments.map((c) => [c.author, c.postedAt, c.text])).toEqual(comments);
  });
});

describe('action rows and buttons in other languages', () => {
  it.each(['88 Likes  4 Dislikes  Antworten  Melden', '4 Antworten ausblenden', '1 Antwort ausblenden', 'Ver 3 respuestas', 'Likes For Bill Kapaun:  Like (3)', '12 likes'])('%j is an action row', (line) => {
    expect(isActionLine(line)).toBe(true);
  });

  it.each(['Likes for this: great stuff', 'Mostrar el camino es fácil'])('%j is text', (line) => {
    expect(isActionLine(line)).toBe(false);
  });

  it.each(['Weitere Kommentare laden', 'Показать еще комментарии', 'Cargar más comentarios', 'Alle Kommentare anzeigen'])('%j is the section\u2019s load-more button', (line) => {
    expect(matchBoilerplate(line)?.rule).toBe('comment-widget');
  });
});

describe('a deleted comment\u2019s notice under its header', () => {
  it.each(['Dieser Kommentar wurde gelöscht, weil er gegen die Netiquette verstösst.', 'This comment has been removed by a moderator. It did not comply with our moderation policy.'])('%j is no comment policy', (line) => {
    expect(matchBoilerplate(line)).toBeNull();
  });

  it('keeps the section\u2019s own policy line as furniture', () => {
    expect(matchBoilerplate('Bitte beachten Sie unsere Netiquette.')?.rule).toBe('comment-policy');
    expect(matchBoilerplate('Comments are subject to our moderation policy.')?.rule).toBe('comment-policy');
  });
});

describe('an anonymous user\u2019s placeholder in another language', () => {
  it('is no name', () => {
    const result = splitChecked(spaced([...HARBOUR_ARTICLE, 'Comentarios (2)', unspaced(['Usuario anónimo', 'hace 2 horas', 'Ojalá también bajen el precio del pasaje.']), unspaced(['carla_88', 'hace 1 hora', 'Eso no lo van a hacer este año.'])]));
    expect(result.comments.map((c) => c.author)).toEqual([null, 'carla_88']);
  });
});
