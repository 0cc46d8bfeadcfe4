/**
 * Items dated by the minute (issue 14, "no comments where none are"): a site's own timelines (a news
 * ticker or a live blog signed by its desk, a reporter's dated stories, an events calendar) are
 * no thread, and readers' posts of the same surface (a thread with clock times, a live blog's
 * readers, a user's comment history, one regular answering many) stay comments. Each table holds
 * both sides of one shape. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { HARBOUR_ARTICLE as ARTICLE, splitChecked } from './text-pages.js';

const FOOTER = ['About us\nContact\nPrivacy', '', '© 2026 Harbour Gazette'];
const commentsOf = (lines: string[]) => splitChecked([...ARTICLE, ...lines, ...FOOTER].join('\n')).comments;

/** A site's items: a headline over its blurb. */
const STORIES: [string, string][] = [
  ['Council approves winter timetable', 'The council voted on Tuesday to keep the ferry running through January and February.'],
  ['New pontoons lifted into place', 'Two new pontoons were lifted into place at the marina, adding berths for forty boats.'],
  ['Lifeboat crew trains at night', 'The lifeboat crew took part in a night exercise with the coastguard helicopter.'],
  ['Harbour master named', 'The trust named a new harbour master after a search of six months.'],
  ['Café on the pier to close', 'The café on the mainland side closes for refurbishment until March.'],
];
/** Readers' posts, some in the first person, some not. */
const POSTS: [string, string][] = [
  ['Mike Dunn', 'Fares will go up in spring, mark these words.'],
  ['Sara Lee', 'Does anyone know if the late Friday boat stays?'],
  ['Tom Ellis', 'My mother has waited years for this, finally.'],
  ['Ruth Hale', 'The old pier should have been fixed first, honestly.'],
  ['Mike Dunn', 'Good news at last for the island.'],
];
/** One writer's posts without "I" and without naming anyone. */
const PLAIN = ['Fares will rise in spring.', 'Why does nobody ask the islanders?', 'The old pier should have been fixed first.', 'Queues on the mainland doubled last winter.', 'Good news at last.'];
/** One writer's posts, three of five in the first person. */
const FIRST = ['I said the fares would rise, and here we are.', 'Why does nobody ask the islanders?', 'My mother has waited years for this.', 'The old pier should have been fixed first.', 'I will believe it when I see the boat.'];
const clock = (i: number) => `1${i}:05`;
const day = (i: number) => `December ${3 + i}, 2025`;

describe('a site dating its own items by the minute: no comments', () => {
  const cases: [string, string[]][] = [
    ['a news ticker: "Desk · clock" over each story', STORIES.flatMap(([h, b], i) => [`Harbour Desk · ${clock(i)}`, '', `${h}. ${b}`, ''])],
    ['a news ticker: date and clock, then the desk', STORIES.flatMap(([, b], i) => [`${day(i)} ${clock(i)}`, 'Harbour Desk', '', b, ''])],
    ['a newsroom label over timed entries', STORIES.flatMap(([h, b], i) => [clock(i), 'Newsroom', '', h, b, ''])],
    ['a reporter\'s stories, each dated with its time', STORIES.flatMap(([, b], i) => ['Anna Berg', `${day(i)} at ${clock(i)}`, '', b, ''])],
    ['an events calendar: "Venue · date, time"', STORIES.flatMap(([, b], i) => [`Town Hall · December ${14 + i}, 2025, 7:30 pm`, '', b, ''])],
    ['an events calendar: "day, time / venue"', STORIES.flatMap(([h, b], i) => [`Sat ${14 + i} Dec, 19:30`, 'Town Hall', '', h, b, ''])],
  ];
  it.each(cases)('%s', (_, lines) => {
    expect(commentsOf(lines)).toEqual([]);
  });
});

describe('readers\' posts with clock times: every post a comment', () => {
  const cases: [string, string[], (string | null)[]][] = [
    ['a thread: "Name / date at time"', POSTS.flatMap(([n, t], i) => [n, `${day(0)} at ${clock(i)}`, '', t, '']), POSTS.map(([n]) => n)],
    ['a thread: "time Name"', POSTS.flatMap(([n, t], i) => [`${clock(i)} ${n}`, '', t, '']), POSTS.map(([n]) => n)],
    ['a live blog\'s readers: "time / Name"', POSTS.flatMap(([n, t], i) => [clock(i), n, '', t, '']), POSTS.map(([n]) => n)],
    ['a regular writing four posts of five at clock times, no "I"', PLAIN.flatMap((t, i) => [i === 4 ? 'Sara Lee' : 'Mike Dunn', `${day(0)} at ${clock(i)}`, '', t, '']), [...Array(4).fill('Mike Dunn'), 'Sara Lee']],
    ['a user\'s comment history under a handle, no "I"', PLAIN.flatMap((t, i) => ['harbour_watcher', `${day(i)} at ${clock(i)}`, '', t, '']), Array(5).fill('harbour_watcher')],
    ['a user\'s comment history under a full name, in the first person', FIRST.flatMap((t, i) => ['Mike Dunn', `${day(i)} at ${clock(i)}`, '', t, '']), Array(5).fill('Mike Dunn')],
  ];
  it.each(cases)('%s', (_, lines, authors) => {
    expect(commentsOf(lines).map((c) => c.author)).toEqual(authors);
  });

  it('the operator answering every reader at clock times: the readers and the operator', () => {
    const lines = POSTS.flatMap(([n, t], i) => [n, `${day(0)} at ${clock(i)}`, '', t, '', 'Harbour Ferries', `${day(0)} at ${clock(i)}`, '', `Thanks ${n.split(' ')[0]}, we will pass this on.`, '']);
    expect(commentsOf(lines).map((c) => c.author)).toEqual(POSTS.flatMap(([n]) => [n, 'Harbour Ferries']));
  });
});
