/**
 * Title and body rules of the twelfth session (issue 14), on page shapes rather than on any one
 * page: a site's call to join its channel on a messaging app under the text, a photo's caption
 * labelled "Foto:" over the first paragraph, a project site's "Did you make this project?" box.
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';
import { spaced, splitChecked, unspaced } from './text-pages.js';

const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const P3 = 'The council will review the winter service in April, when the operator publishes its passenger figures for the first full season.';

const paragraphs = (text: string) => (splitChecked(text).body?.paragraphs ?? []).map((paragraph) => paragraph.text);
const layouts = (lines: string[]): [string, string][] => [['spaced', spaced(lines)], ['unspaced', unspaced(lines)]];
const HEAD = ['Harbour Post', 'News  Sport  Opinion', 'The Winter Ferry Keeps Sailing', 'By Mara Quint'];
const TAIL = ['Topics: Ferries  Islands  Winter', 'Most read', 'Bridge repairs to start in May', 'Harbour fair returns'];

describe("the site's call to join its channel on a messaging app", () => {
  it.each([
    ['Join our Telegram channel and get the latest breaking news delivered to you.', true],
    ['Join us on WhatsApp for the day\'s top stories.', true],
    ['Join our Discord server to talk about the match.', true],
    ['Join our community of ferry fans.', true],
    ['Join our volunteers at the pier on Saturday morning.', false],
    ['Join the queue at the north pier before seven.', false],
  ])('%s', (line, call) => expect(matchBoilerplate(line)?.rule === 'social-call').toBe(call));
  it.each(layouts([...HEAD, P1, P2, P3, 'Join our Telegram channel and get the latest breaking news delivered to you.', ...TAIL]))('is not the last paragraph (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a photo caption labelled "Foto:" (the word in most European languages)', () => {
  it.each([
    ['Foto: Pohľad na prístav pri západe slnka. (Zdroj: TASR)', true],
    ['Fotos: Anna Berg', true],
    ['Photo: The harbour at dusk.', true],
    ['Fotografen Anna Berg stellte aus.', false],
  ])('%s', (line, caption) => expect(matchBoilerplate(line)?.kind === 'caption').toBe(caption));
  it.each([
    ['a byline', HEAD],
    ['a name, a date and a share row', ['Harbour Post', 'News  Sport  Opinion', 'The Winter Ferry Keeps Sailing', 'Mara Quint\n7. dec. 2026 o 6:30\nShare  Facebook  X  E-mail']],
  ])('under the headline and %s, is neither the title nor the text', (_head, head) => {
    const text = spaced([...head, 'Foto: Trajekt v prístave pri západe slnka. (Zdroj: Prístav)', P1, P2, P3, ...TAIL]);
    expect(splitChecked(text).title?.text).toBe('The Winter Ferry Keeps Sailing');
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a project site\'s "Did you make this project?" box under the last step', () => {
  it.each([
    ['Did you make this project? Share it with us!', true],
    ['Did you make this recipe?', true],
    ['Did you make this mistake too? Most people do.', false],
    // The box names what readers make (a recipe, a project); any noun would claim an article's question.
    ['Did you make this mistake?', false],
  ])('%s', (line, call) => expect(matchBoilerplate(line)?.rule === 'social-call').toBe(call));
  it.each(layouts([...HEAD, P1, P2, P3, 'Be the First to Share', 'Did you make this project? Share it with us!', 'I Made It!', 'Recommendations', 'Ferry Model in a Bottle', 'Harbour Light From Scrap']))('is not the text (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a comment section headed in Catalan ("Comentaris (7)") ends the text', () => {
  it.each([
    ['Comentaris (7)', true],
    ['Comentaris', true],
    ['12 comentaris', true],
    ['Comentaris de la setmana sobre el pressupost', false],
  ])('%s', (line, count) => expect(matchBoilerplate(line)?.kind === 'comment-count').toBe(count));
  const comment = (name: string, age: string, words: string) => [`${name} · fa ${age}`, words, "M'agrada (3) · Respon"];
  const page = [
    ...HEAD, P1, P2, P3, 'Etiquetes: Rodalies  Trens', 'Comentaris (3)', 'Ordena per: Més recents | Més valorats',
    ...comment('Jordi Puig', '3 hores', 'Finally some good news for the line, it has been a disaster for ten years.'),
    ...comment('montse_bcn', '2 hores', 'The article says 2029 but they said the same thing in 2021 about the first section.'),
    ...comment('Arnau', '1 hora', '@montse_bcn the first section is tendered, I saw the notice in October.'),
  ];
  it.each(layouts(page))('%s', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
});

describe('a list label over teasers of other pieces (headline, blurb, headline) ends the text', () => {
  const teasers = [
    'Related Articles',
    'Bridge tolls to rise for the first time in ten years',
    'The council says the extra money will pay for repairs to the old swing bridge, which has been closed twice this year.',
    'How the night ferry keeps running in a storm',
    'We spent a night on the bridge with the crew of the last sailing of the day, from the harbour wall to the north pier.',
  ];
  // A long tail under the list: an author box and a newsletter blurb, sentences all.
  const longTail = [
    'About the author',
    'Mara Quint has written about the islands, their ferries and the people who run them for twenty years, first for the weekly paper and now for Harbour Post, where she edits the transport pages.',
    'She lives on the north island with her family and a boat that rarely starts on the first try, and she is writing a history of the crossing for the centenary of the first steam ferry in 2028.',
    'Sign up for our weekly newsletter and get the best of Harbour Post in your inbox every Friday morning, with the week\'s sailings, the tide tables and the letters page.',
  ];
  it.each(layouts([...HEAD, P1, P2, P3, ...teasers, ...longTail]))('%s', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
  it.each(layouts([...HEAD, P1, 'Related Articles', 'Bridge tolls to rise for the first time in ten years', 'Harbour fair returns after two years away', P2, P3]))('headlines alone, with the text resuming under them, are an inline box (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual([P1, P2, P3]);
  });
  it.each(layouts([...HEAD, P1, 'Read more: Bridge tolls to rise for the first time in ten years', P2, 'Harbour fair returns after two years away', P3]))('an inline "Read more" over the next paragraph is not (%s)', (_layout, text) => {
    expect(paragraphs(text)).toContain(P3);
  });
  // The article going on under the box: two paragraphs in a row are no headline and its blurb.
  const P4 = 'Passenger groups said they would watch the figures closely, and asked for a seat on the panel that reviews the timetable each spring.';
  const P5 = 'The operator said a second boat could join the route in 2028 if numbers keep rising at the rate seen this winter.';
  it.each(layouts([...HEAD, P1, P2, ...teasers.slice(0, 4), P3, P4, P5, ...TAIL]))('a box of teasers with the article resuming under it is inline: the article keeps its end (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual(expect.arrayContaining([P1, P2, P3, P4, P5]));
  });
  // "Read more: <headline>" is a link, not a list's label: what follows is the article, subheadings and all.
  const subheaded = [P1, 'Read more: Bridge tolls to rise for the first time in ten years', 'What happens next for the route', P2, 'Who pays for the extra sailings', P3, P4, P5];
  it.each(layouts([...HEAD, ...subheaded, ...TAIL]))('an inline "Read more" link over subheadings and short paragraphs is not (%s)', (_layout, text) => {
    expect(paragraphs(text)).toEqual(expect.arrayContaining([P1, P2, P3, P4, P5]));
  });
});
