/**
 * A poster's profile panel printed as lines over the opening post (vBulletin's postbit: "Join Date:
 * Aug 2008", "Posts: 1,077"), issue 13, WCXB `without` snippets, twenty-first session: the lines up
 * to the last count are the panel, not the post; one count alone, or field lines that hold no date
 * or number ("Location: Boston"), stay the text's own.
 */
import { describe, expect, it } from 'vitest';
import { bodyLines, PROSE } from './html-body-lines.js';

const POST = `<p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`;

/** A vBulletin 3 post: a date row, the poster's cell (name, rank, counts), then the subject and the message. */
function post(id: number, name: string, panel: string[], message: string): string {
  const [rank, ...counts] = panel;
  return `<table id="post${id}" class="tborder"><tr><td class="thead">30th March 2025, 16:26</td><td class="thead">#<a href="/p/${id}"><strong>${id}</strong></a></td></tr><tr valign="top"><td class="alt2" width="175"><div id="postmenu_${id}"><a class="bigusername" href="/u/${id}">${name}</a></div><div class="smallfont">${rank}</div><div class="smallfont">&nbsp;<br />${counts.map((line) => `<div>${line}</div>`).join('')}</div></td><td class="alt1" id="td_post_${id}"><div class="smallfont"><strong>Lantern runtime on the lowest setting</strong></div><hr size="1" /><div id="post_message_${id}">${message}</div></td></tr></table>`;
}

function thread(panel: string[]): string {
  const opening = post(1, 'owen_k', panel, `Hi all,<br /><br />${PROSE.join('<br /><br />')}`);
  const reply = post(2, 'jo_pell', ['Member', 'Join Date: Jun 2024', 'Posts: 3'], 'Mine lasts about as long on the amber mode, a little less in the cold.');
  return `<!doctype html><html><head><title>Lantern runtime on the lowest setting</title></head><body><div id="posts">${opening}${reply}</div></body></html>`;
}

describe('body: a poster panel\'s counts over the opening post', () => {
  it.each([
    [['Registered User', 'Join Date: Mar 2016', 'Posts: 1']],
    [['Original Poster', 'Join Date: Aug 2008', 'Location: SIN', 'Posts: 1,077']],
    [['Senior Member', 'Registered: 2016-07-02', 'Posts: 710']],
  ])('%j leave the body, the post stays', (panel) => {
    const lines = bodyLines(thread(panel));
    expect(lines).toContain(PROSE[0]);
    expect(lines.some((line) => /Join Date|Posts: \d|Registered:/.test(line))).toBe(false);
  });
});

describe('body: field lines that are the text\'s own', () => {
  it.each([
    ['Location: Boston, Massachusetts', 'Acceptance Rate: 31%'],
    ['Posts: 12', 'Spring trip'],
  ])('"%s" and "%s" over an article\'s text stay', (first, second) => {
    const page = `<!doctype html><html><head><title>Field notes</title></head><body><article><h1>Field notes</h1><div>${first}</div><div>${second}</div><p>${PROSE[0]}</p><p>${PROSE[1]}</p></article></body></html>`;
    const lines = bodyLines(page);
    expect(lines).toContain(first);
    expect(lines).toContain(second);
  });
});
