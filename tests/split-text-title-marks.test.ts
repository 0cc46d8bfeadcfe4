/**
 * Headlines that the page marks by what sits around them, not by their own shape (issue 14): a
 * short name over its "by X" line, a headline kept inside a menu column of a page printed without
 * blank lines, and the timeline entries of a live page that are not the page's headline. Each table
 * holds the shape a rule reads and a neighbouring shape that must keep its reading, and the review's
 * pages where a rule misfired on an ordinary page shape. Every input is invented here (no tune page's
 * lines or layout copied).
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { matchBoilerplate } from '../src/split/text/boilerplate.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Harbour ferry to run through the winter for the first time';
const P1 = 'The island ferry will keep its timetable through December and January this year, the operator said on Monday, after a trial last winter carried more passengers than expected.';
const P2 = 'Residents had campaigned for three years for a year-round service, saying the gap left older people without a way to reach the hospital on the mainland.';
const ALBUM = 'Recorded over four nights in a flooded chapel on the edge of the fens, these eight songs were sung by a choir of twelve with no microphone closer than the doorway.';
const SIDEBAR = 'Coastguard called to the north beach after reports of a swimmer';
const ALBUM_MORE = 'The vinyl edition comes in a hand-printed sleeve with a lyric sheet, and the download includes a short film of the last night of recording.';

/** A page with a blank line after every line. */
const spaced = (lines: string[]) => lines.flatMap((line) => [line, '']).join('\n');
/** A page printed without blank lines. */
const unspaced = (lines: string[]) => lines.join('\n');
/** Groups of lines printed without blank lines, a blank line between groups. */
const grouped = (groups: string[][]) => groups.map((group) => group.join('\n')).join('\n\n');

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
    ['a section label between the headline and its byline is no headline', ['Skip to content', 'Harbour Post', HEADLINE, 'Opinion', 'By Mara Quint', P1, P2], HEADLINE],
    ['a sidebar entry over its byline under the bylined headline is no headline', ['Harbour Post', 'News', HEADLINE, 'Mara Quint', '5 Dec 2026', 'More Opinion', 'By Kai Brant', P1, P2], HEADLINE],
    ['"by the numbers" under a label names no maker', ['Harbour Post', 'News', HEADLINE, 'Mara Quint', '5 Dec 2026', 'Key facts', 'by the numbers', P1, P2], HEADLINE],
    ['"By the numbers" under a label under the byline names no maker', ['Harbour Post', 'News', HEADLINE, 'By Mara Quint', 'Ferries', 'By the numbers', P1, P2], HEADLINE],
    ['a lowercase "by x" names no maker', ['Harbour Post', 'News', HEADLINE, 'Mara Quint', '5 Dec 2026', 'Key facts', 'by mara quint', P1, P2], HEADLINE],
    ['a label over "by the numbers" above a short title over its author', ['Skip to content', 'Books', 'Search', 'In Brief', 'by the numbers', 'Saltmarsh', 'By Ines Varga', 'Paperback and ebook', ALBUM, ALBUM_MORE], 'Saltmarsh'],
    ['a maker\'s line with a date after a separator', ['Skip to content', 'Books', 'Search', 'Saltmarsh', 'By Ines Varga · 4 March 2026', 'Paperback and ebook', ALBUM, ALBUM_MORE], 'Saltmarsh'],
  ])('%s', (_name, lines, title) => expectTitle(spaced(lines), title));
});

describe('a line between two relative times is an entry of a timeline, not the headline', () => {
  it.each([
    ['a live page\'s key events under its headline and byline', ['Skip to content', 'News', 'Live', HEADLINE, 'Pier closed to cars; crossings every two hours from Tuesday', 'Mara Quint', 'Sat 5 Dec 2026 16.05 GMT', 'Timeline', '2h ago', 'Last crossing of the evening cancelled', '5h ago', 'Operator confirms the winter timetable', 'Show the whole timeline', P1, P2], HEADLINE],
    ['a headline under its poster\'s relative time, with text under it, keeps winning', ['Skip to content', 'r/harbourtown', 'Posted by u/pier_watcher', '5 hours ago', HEADLINE, P1, P2], HEADLINE],
    ['a post\'s title under its poster\'s time, its meta row opening with a time', ['Harbour Forum', SIDEBAR, 'pier_watcher', '2h ago', HEADLINE, '2h · 14 replies', P1, P2], HEADLINE],
    ['a post\'s title under its poster\'s time, a ticker\'s time three blocks above', ['Harbour Forum', SIDEBAR, '3h', 'pier_watcher', '2h ago', HEADLINE, P1, P2], HEADLINE],
  ])('%s', (_name, lines, title) => expectTitle(spaced(lines), title));

  it('no blank lines: the headline under a list of posts with their posters and times is no timeline entry', () => {
    expectTitle(unspaced(['Harbour Post', 'Home', 'News', 'Sport', 'Recent posts', 'Ferry Timetable Changes From June', 'Mara Quint', '2 days ago', 'Harbour Bikes Return To The Streets', 'Kai Brant', '3 days ago', HEADLINE, 'Mara Quint', '5 Dec 2026', P1, P2]), HEADLINE);
  });
});

describe('a script-less page\'s notice is a widget line', () => {
  it.each([
    ['Please turn on JavaScript to view the map.', 'noscript'],
    ['You need to enable JavaScript to run this app.', 'noscript'],
    ['JavaScript is disabled in your browser', 'noscript'],
    ['Please enable JavaScript', 'noscript'],
    ['Enable JavaScript to see the comments.', 'noscript'],
    ['JavaScript was the first language the course taught us', null],
    ['Enable JavaScript in your browser settings, then reload the page.', null],
    ['Enable JavaScript in your browser.', null],
  ])('%s', (line, rule) => {
    expect(matchBoilerplate(line)?.rule ?? null).toBe(rule);
  });

  it('a help article\'s step that enables JavaScript is the article\'s', () => {
    const steps = ['If the checkout page shows nothing but a spinner, a browser setting or an extension is usually to blame, and the fix takes a minute: check your settings first, then each extension.', 'Enable JavaScript in your browser settings, then reload the page.', 'If that does not help, turn off ad blockers for this site and try again in a private window.'];
    const result = splitPage(spaced(['Help Centre', 'How to fix a blank checkout page in your browser', 'By Support Team', ...steps]));
    expect(result.body?.paragraphs.map((p) => p.text)).toEqual(steps);
    expect(spanViolations(result)).toEqual([]);
  });
});

describe('no blank lines: a headline the page marks is cut out of the menu column around it', () => {
  const WALK = 'A loop along the cliff top from the harbour car park to the old mine chimney and back through the fields, with two stiles and one steep climb out of the cove.';
  const WALK_MORE = 'Dogs are welcome on leads; the path is narrow and exposed after the second stile, so keep children close in wind.';
  const EPISODE = 'The keeper of the last staffed lighthouse on the coast talks about forty winters on the rock, the night the lamp failed, and what the automatic light cannot do.';
  const EPISODE_MORE = 'Recorded on the gallery of the lighthouse in March, with the foghorn in the background for most of the second half.';
  const RECIPE = 'This chilli cooks low and slow with smoked paprika and a square of dark chocolate, and it tastes even better on the second day, when the beans have soaked up the sauce.';
  const RECIPE_MORE = 'Serve it with rice, a spoon of soured cream and plenty of coriander; it freezes well for up to three months.';
  const RECENT = ['Recent recipes', 'Lemon Barley Water For Summer', 'Tomas Reid', '2 days ago', 'Quick Pickled Red Onions Jar', 'Ana Ruiz', '5 days ago'];
  it.each([
    ['the heading restates the breadcrumb\'s last crumb', grouped([['Trailfinder', 'Walks', 'Maps', 'Shop', 'Sign in', 'Home › Walks › Cornwall › Cliff Path Loop', 'Cliff Path Loop', '4.6 miles', 'Moderate', 'Circular route', 'Save route'], [WALK], [WALK_MORE], ['Route points', 'Parking', 'Cafe']]), 'Cliff Path Loop'],
    ['an episode over its show\'s name and a date', unspaced(['Podshelf', 'Browse', 'Top charts', 'Search podcasts', 'Sign in', 'The Last Lighthouse Keeper On The Rock', 'Harbour Radio', '12 Mar 2026', '38 min', 'Play', 'Follow', 'Share', EPISODE, EPISODE_MORE]), 'The Last Lighthouse Keeper On The Rock'],
    ['a recipe under a list of recent recipes with their cooks and times: the one standing apart', unspaced(['Kitchenly', 'Recipes', 'Videos', ...RECENT, 'Log in', 'Smoky Black Bean Chilli Pot', 'Ines Varga', '3 weeks ago', '45 min', 'Serves 4', 'Print', 'Save', RECIPE, RECIPE_MORE]), 'Smoky Black Bean Chilli Pot'],
    ['a list of recent recipes alone gives no headline', unspaced(['Kitchenly', 'Recipes', 'Videos', ...RECENT, 'Log in', '45 min', 'Serves 4', 'Print', 'Save', RECIPE, RECIPE_MORE]), null],
    ['a tag row over a bare date stays in the column', unspaced(['Harbour Post', 'Top Stories', 'ferries winter timetable pier news', '5 Dec 2026 4:30 PM', 'Share', HEADLINE, 'Mara Quint', P1, P2]), HEADLINE],
  ])('%s', (_name, text, title) => expectTitle(text, title));
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
    ['Update, 3 May: We have corrected the opening times of the pool in the second paragraph.', 'disclosure'],
    ['Updated: This story has been updated with the council\'s response.', 'disclosure'],
    ['Update: We\'ve added the harbour master\'s reply below.', 'disclosure'],
    ['UPDATE 2: the boiler man came back and fitted the new valve, all warm now.', null],
    ['Update after the weekend: the lido reopened on Saturday.', null],
    ['Update for anyone reading this in the spring: we took the early bus as suggested and it was fine.', null],
    ['UPDATE: we got the bike back from the shop today.', null],
  ])('%s', (line, rule) => {
    expect(matchBoilerplate(line)?.rule ?? null).toBe(rule);
  });

  it('a blog post that ends with the writer\'s own "Update: we …" keeps it', () => {
    const update = 'Update: we went back in January and the crossing was even rougher, but the crew were kind and the tea was hot.';
    const result = splitPage(spaced(['Harbour Post', HEADLINE, 'By Mara Quint', P1, P2, update]));
    expect(result.body?.paragraphs.map((p) => p.text).at(-1)).toBe(update);
    expect(spanViolations(result)).toEqual([]);
  });
});
