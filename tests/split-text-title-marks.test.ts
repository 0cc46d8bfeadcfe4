/**
 * Headlines that the page marks by what sits around them, not by their own shape (issue 14): a
 * short name over its "by X" line, a headline kept inside a menu column of a page printed without
 * blank lines, and the timeline entries of a live page that are not the page's headline. Each table
 * holds the shape a rule reads and a neighbouring shape that must keep its reading. Every input is
 * invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Harbour ferry to run through the winter for the first time';
const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const ALBUM = 'Recorded over four nights in a flooded chapel on the edge of the fens, these eight songs were sung by a choir of twelve with no microphone closer than the doorway.';
const ALBUM_MORE = 'The vinyl edition comes in a hand-printed sleeve with a lyric sheet, and the download includes a short film of the last night of recording.';

/** A page with a blank line after every line. */
const spaced = (lines: string[]) => lines.flatMap((line) => [line, '']).join('\n');
/** A page printed without blank lines. */
const unspaced = (lines: string[]) => lines.join('\n');

function expectTitle(text: string, title: string | null): void {
  const result = splitPage(text);
  expect(result.title?.text ?? null).toBe(title);
  expect(spanViolations(result)).toEqual([]);
}

describe('a name of one to three words over its "by X" line is the headline', () => {
  it.each([
    ['an album over its artist', ['Skip to content', 'Listen', 'Search', 'Fen Choir', 'Lowland Rain', 'by Fen Choir', 'Digital Album', 'Streaming + Download', ALBUM, 'Buy Record + Digital Album', ALBUM_MORE], 'Lowland Rain'],
    ['a one-word title over its author', ['Skip to content', 'Books', 'Search', 'Saltmarsh', 'By Ines Varga', 'Paperback and ebook', ALBUM, ALBUM_MORE], 'Saltmarsh'],
    ['a longer headline over its byline keeps winning over a short section label', ['Skip to content', 'News', 'Coast', HEADLINE, 'By Mara Quint', P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => expectTitle(spaced(lines), title));
});

describe('a line between two relative times is an entry of a timeline, not the headline', () => {
  it.each([
    ['a live page\'s key events under its headline and byline', ['Skip to content', 'News', 'Live', HEADLINE, 'Pier closed to cars; crossings every two hours from Tuesday', 'Mara Quint', 'Sat 5 Dec 2026 16.05 GMT', 'Key events', '2h ago', 'Last crossing of the evening cancelled', '5h ago', 'Operator confirms the winter timetable', 'Show key events only', P1, P2], HEADLINE],
    ['a headline under its poster\'s relative time, with text under it, keeps winning', ['Skip to content', 'r/harbourtown', 'Posted by u/pier_watcher', '5 hours ago', HEADLINE, P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => expectTitle(spaced(lines), title));
});

describe('a script-less page\'s notice is a widget line', () => {
  it.each([
    ['Please turn on JavaScript to use this feature', 'noscript'],
    ['You need to enable JavaScript to run this app.', 'noscript'],
    ['JavaScript is disabled in your browser', 'noscript'],
    ['JavaScript was the first language the course taught us', null],
  ])('%s', (line, rule) => {
    expect(matchBoilerplate(line)?.rule ?? null).toBe(rule);
  });
});

describe('no blank lines: a headline the page marks is cut out of the menu column around it', () => {
  const LEDE = 'Solid oak and reclaimed timber, made to order in a workshop outside the town and delivered by the makers themselves.';
  const TRACK = 'Made on the last ferry of the night with the engine hum sampled on a phone, this is the slow mix of the single.';
  it.each([
    ['the heading restates the breadcrumb\'s last crumb', ['Shopview', 'Categories', 'Blog', 'Log in', 'For businesses', 'Search for a company or category', 'Home › Furniture › Elmfield Joinery', 'Elmfield Joinery', 'Reviews 312 • Good', '4.1', 'Visit website', 'www.elmfieldjoinery.example', 'Write a review', 'Claimed profile', 'Verified company', 'Company details', 'Written by the company', LEDE, 'Contact info', 'Halden, United Kingdom', 'Reviews', 'Filter'], 'Elmfield Joinery'],
    ['a track over its uploader and a relative time', ['Skip to main content', 'Wavehouse', 'Home', 'Feed', 'Library', 'Search for artists, bands, tracks', 'Try Wavehouse Pro', 'Sign in', 'Create account', 'Upload', 'Pier Lights (Slow Mix)', 'Ines Varga', '4 months ago', '#Electronic', 'Play', '3:58', '12K', 'Like', 'Share', 'Ines Varga', '212 followers', 'Follow', TRACK, 'Released by: Ines Varga'], 'Pier Lights (Slow Mix)'],
    ['a tag row over a bare date stays in the column', ['Harbour Post', 'Top Stories', 'ferries winter timetable pier news', '5 Dec 2026 4:30 PM', 'Share', HEADLINE, 'Mara Quint', P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => expectTitle(unspaced(lines), title));
});

describe('the article ends before the sidebar: link lines under its last paragraph are no body', () => {
  const lines = ['Harbour Post', 'News', 'Coast', HEADLINE, 'By Mara Quint', P1, P2, 'Councillors will vote on the coastal fund budget in February.', 'Elsewhere', 'Ferry timetable changes from June', 'Harbour bikes return to the streets', 'Top five today', '1. Storm warning for the coast', '2. Queue for ice cream on the pier', 'Newsletter', 'Sign up to get the top stories from the region.', 'Sign up', 'Reader views (2)', 'Two years?! The last repair on the pier took six months, someone is planning this badly.', 'The pier had one berth, the new terminal has four and a car deck. It is not the same job at all.'];
  it('no blank lines: the body ends at the article\'s last sentence', () => {
    const result = splitPage(unspaced(lines));
    const body = result.body?.paragraphs.map((p) => p.text) ?? [];
    expect(body.at(-1)).toBe('Councillors will vote on the coastal fund budget in February.');
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('an editor\'s update note is boilerplate; a writer\'s own update goes on with the text', () => {
  it.each([
    ['Update, March 10: We have added a note on performance to the verdict box.', 'disclosure'],
    ['Updated: This story has been updated with the council\'s response.', 'disclosure'],
    ['UPDATE 16 Nov: the hotfix fixed the memory leak, credit where it\'s due.', null],
    ['Update for anyone who finds this later: the ferry ran on time.', null],
  ])('%s', (line, rule) => {
    expect(matchBoilerplate(line)?.rule ?? null).toBe(rule);
  });
});
