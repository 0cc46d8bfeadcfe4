/**
 * Readings of the plain-text splitter a review found wrong: each table holds the wrong reading's
 * shape and a neighbouring shape that must keep its reading. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const HEADLINE = 'Branch library to reopen after roof repairs';
const P1 = 'The Westgate branch library will open its doors again on Saturday, eight months after a winter storm tore part of the roof away and soaked the children’s section.';
const P2 = 'Volunteers have spent the past three weeks shelving close to nine thousand books that were dried out and cleaned at a warehouse outside town.';
const P3 = 'The reading room keeps its old opening hours, but the study tables upstairs will stay closed until the lift has been inspected in the autumn.';

const bodyOf = (page: string) => splitPage(page).body?.paragraphs.map((p) => p.text) ?? [];
const ruleOf = (page: string, start: string) => splitPage(page).boilerplate.find((b) => b.text.startsWith(start))?.rule;
const commentsOf = (page: string) => splitPage(page).comments.map((c) => [c.author, c.text]);

describe('lines printed right under a picture placeholder', () => {
  it.each([
    ['a paragraph under "[Image: …]" with no credit is the article', [HEADLINE, '', P1, '', '[Image: The reading room after the storm]', P2, '', P3], [P1, P2, P3]],
    ['two paragraphs under a bare "[Image]" are the article', [HEADLINE, '', P1, '', '[Image]', P2, P3], [P1, P2, P3]],
    ['a short line under a described picture that says what the description says stays out', [HEADLINE, '', P1, '', '[Image: Damaged roof beams over the reading room]', 'The roof beams over the reading room in January.', '', P2, '', P3], [P1, P2, P3]],
    ['a paragraph under a described picture, one word shared, is the article', [HEADLINE, '', P1, '', '[Image: The reading room]', 'Volunteers spent three weeks in the back room sorting wet books from dry ones before the warehouse took them away.', '', P3], [P1, 'Volunteers spent three weeks in the back room sorting wet books from dry ones before the warehouse took them away.', P3]],
    ['a caption closed by a "Name for Outlet" credit stays out', [HEADLINE, '', P1, '', '[Image: The reading room]', 'Volunteers carry boxes of books into the reading room.', 'Lena Varga for The Gazette', '', P2, '', P3], [P1, P2, P3]],
    ['a caption closed by a "Name/Agency" credit stays out', [HEADLINE, '', P1, '', '[Photo: Shelves]', 'New shelves in the children’s section.', 'Lena Varga/Northline', '', P2, '', P3], [P1, P2, P3]],
  ])('%s', (_name, lines, body) => {
    const page = lines.join('\n');
    expect(bodyOf(page)).toEqual(body);
    expect(spanViolations(splitPage(page))).toEqual([]);
  });
});

describe('the line above a photo credit', () => {
  it.each([
    ['a subhead a blank line above a credit is the article', [HEADLINE, '', P1, '', P2, '', 'What the volunteers found', '', 'Photo: Lena Varga / Gazette', '', P3], 'What the volunteers found', 'body'],
    ['a caption printed right above its credit (no blank lines on the page) stays out', [HEADLINE, P1, P2, 'Volunteers at the returns desk', 'Photo: Lena Varga / Gazette', P3], 'Volunteers at the returns desk', 'split/caption-above-credit'],
  ])('%s', (_name, lines, start, expected) => {
    const page = lines.join('\n');
    if (expected === 'body') expect(bodyOf(page)).toContain(lines.find((line) => line.startsWith(start)));
    else expect(ruleOf(page, start)).toBe(expected);
  });
});

const THREAD = ['2 comments', '', 'Rosa Kim', '3h', '', 'Good to have it back. The nearest other branch is two buses away.', '', 'Ivan Petrov', '2h', ''];

describe('"views expressed" sentences', () => {
  it.each([
    ['a commenter disowning a group\'s views is a comment', 'The opinions expressed here are those of a handful of regulars, not the whole street.', 'comment'],
    ['a commenter saying the council\'s views are not the street\'s is a comment', 'The views expressed by the council do not reflect what the families here want.', 'comment'],
    ['a sentence the disclaimer rule still claims is a headed comment\'s only text: the comment keeps it', 'The views expressed here do not necessarily reflect mine, but the roof needed fixing.', 'comment'],
    ['the site\'s own disclaimer over its comments is a widget', 'The views expressed in the comments below are the views of their writers and not necessarily those of this paper.', 'split/views-disclaimer'],
    ['the site\'s disclaimer naming its users is a widget', 'Opinions expressed on this site are solely those of the users who post them.', 'split/views-disclaimer'],
  ])('%s', (_name, sentence, expected) => {
    const page = expected === 'comment'
      ? [HEADLINE, '', P1, '', P2, '', ...THREAD, sentence, '', 'Jo Park', '1h', '', 'Not my experience at all.'].join('\n')
      : [HEADLINE, '', P1, '', P2, '', sentence, '', ...THREAD, 'Will the upstairs tables really take until autumn?'].join('\n');
    if (expected === 'comment') expect(commentsOf(page).slice(1)).toEqual([['Ivan Petrov', sentence], ['Jo Park', 'Not my experience at all.']]);
    else {
      expect(ruleOf(page, sentence.slice(0, 20))).toBe(expected);
      expect(commentsOf(page).map(([author]) => author)).toEqual(['Rosa Kim', 'Ivan Petrov']);
    }
  });
});

describe('a badge line under a name on a page printed without blank lines in its thread', () => {
  it.each([
    ['"Top fan" under each name', 'Top fan'],
    ['"Verified reader" under each name', 'Verified reader'],
  ])('%s: each name heads its own comment', (_name, badge) => {
    const page = [HEADLINE, '', P1, '', P2, '', '2 Comments', 'Rosa Kim', badge, 'Good to have it back. The nearest other branch is two buses away.', 'Ivan Petrov', badge, 'Is the lift the only way up?'].join('\n');
    expect(commentsOf(page)).toEqual([
      ['Rosa Kim', 'Good to have it back. The nearest other branch is two buses away.'],
      ['Ivan Petrov', 'Is the lift the only way up?'],
    ]);
  });
});

describe('a lone "Ends" line', () => {
  const AFTER = 'A second long paragraph carries on the story, with what the branch manager plans for the summer reading scheme and the craft club.';
  it.each([
    ['"Ends" with the article going on after it is a line of the text', [HEADLINE, '', P1, '', P2, '', 'Ends', '', P3, '', AFTER], [P1, P2, 'Ends', P3, AFTER]],
    ['"Ends" over "Notes to editors" ends the release', [HEADLINE, '', P1, '', P2, '', 'Ends', '', 'Notes to editors', '', 'The Westgate Library Friends is a charity founded in 1987 that raises money for books, events and the upkeep of the building.'], [P1, P2]],
    ['"Ends" over a contact line ends the release', [HEADLINE, '', P1, '', P2, '', 'ENDS', '', 'Media contact: press office, 01632 960 000', '', P3], [P1, P2]],
    ['"Ends" closing the last paragraph run ends the release', [HEADLINE, '', P1, '', P2, '', '-Ends-', '', 'Help keep the library open', '', '£10 buys a new picture book.'], [P1, P2]],
  ])('%s', (_name, lines, body) => {
    expect(bodyOf(lines.join('\n'))).toEqual(body);
  });
});

describe('badge and profile lines are never sentences', () => {
  const LAST = ['Mo Ali', '1h', '', 'Not my experience at all.'];
  it.each([
    ['a comment "Staff were …" under a blank line is a comment', ['Jo Park', '1h', '', 'Staff were rude to me at the counter'], 'Staff were rude to me at the counter'],
    ['a comment "Staff were …" printed right under its header is a comment', ['Jo Park', '1h', 'Staff were rude to me at the counter'], 'Staff were rude to me at the counter'],
    ['a comment "Verified it …" is a comment', ['Jo Park', '1h', '', 'Verified it myself, the lift was out again on Monday'], 'Verified it myself, the lift was out again on Monday'],
    ['a comment "Went to …" is a comment', ['Jo Park', '1h', 'Went to the desk and they had my reservation ready'], 'Went to the desk and they had my reservation ready'],
    ['a "Staff" badge under a name is part of the header', ['Jo Park', 'Staff', '1h', '', 'Happy to see the doors open again.'], 'Happy to see the doors open again.'],
    ['a "Top fan" badge under a name is part of the header', ['Jo Park', 'Top fan', '1h', '', 'Happy to see the doors open again.'], 'Happy to see the doors open again.'],
    ['a "Retired from US …" profile line under a name is part of the header (an upper-case place is no pronoun)', ['Jo Park', 'Retired from US Forest Service', '1h', '', 'Happy to see the doors open again.'], 'Happy to see the doors open again.'],
    ['a "Works at …" profile line under a name is part of the header', ['Jo Park', 'Works at Westgate Primary School', '1h', '', 'Happy to see the doors open again.'], 'Happy to see the doors open again.'],
  ])('%s', (_name, comment, text) => {
    const page = [HEADLINE, '', P1, '', P2, '', ...THREAD, 'Good news for the school holidays.', '', ...comment, '', ...LAST].join('\n');
    expect(commentsOf(page).slice(2)).toEqual([['Jo Park', text], ['Mo Ali', 'Not my experience at all.']]);
  });
});
