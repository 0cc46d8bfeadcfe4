/**
 * The article ends before an author box printed as plain paragraphs: a label ("About the author"),
 * the writer's name and role on short lines, a bio in the third person. Invented pages.
 */
import { describe, expect, it } from 'vitest';
import { splitHtml } from '../src/split/html/index.js';

const article = [
  'The river authority confirmed on Monday that the old weir will be lowered by half a metre over the summer months.',
  'Anglers and canoe clubs have asked for the change for a decade, saying the drop makes the crossing dangerous at high water.',
  'Engineers expect the work to take eleven weeks, during which the towpath between the two locks will stay closed to walkers.',
  'The authority said the cost would be met from its maintenance budget and that no other works would be delayed by the project.',
  'A public meeting on the plans is set for next month in the village hall, where residents can put questions to the engineers.',
  'Local councillors welcomed the decision but asked for the towpath closure to be kept as short as the works allow this year.',
  'Fish passes will be fitted on both banks at the same time, a change the angling trust has campaigned for since the floods.',
  'The last major work on the weir was carried out in the 1980s, when its gates were replaced after a winter of heavy storms.',
  'Boat owners upstream have been told to expect lower water for a few days while the crest is cut down and rebuilt in stone.',
].map((p) => `<p>${p}</p>`).join('');
const LAST = /rebuilt in stone\.$/;

function page(byline: string, tail: string): string {
  return `<!doctype html><html><head><title>Weir</title></head><body><main><h1>Old weir to be lowered this summer</h1>${byline}${article}${tail}</main></body></html>`;
}

function bodyEnd(html: string): string {
  const paragraphs = splitHtml(html, {})?.body?.paragraphs ?? [];
  return paragraphs[paragraphs.length - 1]?.text.trim() ?? '';
}

const bio = 'Mara Oduya is a freelance writer who covers rivers, canals and the people who work on them. She lives in Shropshire.';
// A bio near the box's limit: longer than a sixth of the article, so only the box, not what follows it, may be measured as tail.
const longBio = `${bio} Before going freelance she spent nine years on the regional desk of a daily paper, reporting on flooding, farming and the county's lock keepers.`;

describe('an author box without markup ends the article', () => {
  it.each([
    ['a label over the bio', '', `<h3>About the author</h3><p>${bio}</p>`],
    ['"Written by" and the name over the bio', '', `<h3>Written by Mara Oduya</h3><p>${bio}</p>`],
    ['name line, role line, bio', '', `<h4>Mara Oduya</h4><p>Rivers Correspondent</p><p>${bio}</p>`],
    ['name line under the byline name', '<p>By Mara Oduya</p>', `<h4>Mara Oduya</h4><p>${bio}</p>`],
    ['name line under a byline of the name and a date', '<p>Mara Oduya | 3 May 2026</p>', `<h4>Mara Oduya</h4><p>${bio}</p>`],
    ['a box then a short list of the writer\'s posts', '', `<h3>About the author</h3><p>${bio}</p><p>Latest posts by Mara Oduya</p><p>Canal boats return to the basin</p>`],
    // The box is measured whole, however long its bio (up to a bio's length): only what follows it is tail.
    ['a label over a long bio', '', `<h3>About the author</h3><p>${longBio}</p>`],
    ['a label over a bio of two paragraphs', '', `<h3>About the author</h3><p>${bio}</p><p>${longBio}</p>`],
    ['a label, a name line and a bio of two paragraphs', '', `<h3>About the author</h3><h4>Mara Oduya</h4><p>${bio}</p><p>${longBio}</p>`],
    ['a role line naming a role', '', `<h4>Mara Oduya</h4><p>Freelance writer and photographer</p><p>${bio}</p>`],
  ])('%s', (_name, byline, tail) => {
    expect(bodyEnd(page(byline, tail))).toMatch(LAST);
  });

  it.each([
    // A bio alone, with no name line or label: the article's own last paragraph for all the markup says.
    ['a bio paragraph alone', '', `<p>${bio}</p>`, /She lives in Shropshire\.$/],
    // A name over a "… is a" paragraph with no byline showing the name and no role line: a list's item.
    ['a product entry at the end of a list', '', '<h3>Riverside Kayaks</h3><p>Riverside Kayaks is a family firm that hires out canoes and kayaks from the lower lock every weekend.</p>', /every weekend\.$/],
    // A detail line that names no role (an address, a phone number) makes a list's entry, not an author box.
    ['a list entry with a detail line', '', '<h3>Riverside Kayaks</h3><p>Lower Lock, Shrewsbury</p><p>Riverside Kayaks is a family firm that hires out canoes and kayaks from the lower lock every weekend.</p>', /every weekend\.$/],
    // "Written by" over lower-case words is a heading of the article, not a label naming the writer.
    ['"Written by" over lower-case words', '', '<h3>Written by the residents</h3><p>The petition was handed in on Friday with four hundred names on it.</p>', /four hundred names on it\.$/],
    ['"Written by hand"', '', '<h3>Written by hand</h3><p>Every entry in the lock keeper\'s log was made in ink until the year the office closed.</p>', /office closed\.$/],
    // A name the article mentions in its prose, or inside a longer word, is no byline.
    [
      'a name the article quoted',
      '<p>Residents spoke to Sam Hollis, the lock keeper, about the closure and the floods of past winters.</p>',
      '<h3>Sam Hollis</h3><p>Sam Hollis has worked the locks since 1992 and has seen three floods in that time.</p>',
      /three floods in that time\.$/,
    ],
    // A line opening with the name is a byline only when a degree or a separator follows ("Jo Pell MD", "Jo Pell | 3 May").
    ['a product title opening with the name', '<p>Riverside Kayaks Canoe Hire</p>', '<h3>Riverside Kayaks</h3><p>Riverside Kayaks is a family firm that hires out canoes and kayaks from the lower lock every weekend.</p>', /every weekend\.$/],
    ['a name inside a longer word earlier', '', '<h3>Angler</h3><p>Angler Magazine is a monthly title for coarse fishing, with a weir guide in every issue.</p>', /every issue\.$/],
    ['a first name inside a longer word earlier', '<p>Samples of the silt will be taken before the work starts.</p>', '<h4>Sam</h4><p>Sam Reed is a lock keeper who has worked on the river for thirty years.</p>', /thirty years\.$/],
    [
      'a firm the article named',
      '<p>The new gates will be made by Severn Weirworks, who built the fish pass at the upper lock.</p>',
      '<h3>Severn Weirworks</h3><p>Severn Weirworks is a family firm that has made sluice gates and weir boards since 1921.</p>',
      /since 1921\.$/,
    ],
    // A box mid-article, with the article running on after it, is no end.
    ['a name line and bio with the article going on', '<p>By Mara Oduya</p>', `<h4>Mara Oduya</h4><p>${bio}</p>${article}`, LAST],
    // Earlier entries of the same shape make the page a list of people; its last entry is no author box.
    [
      'a list of people',
      '<p>By Mara Oduya</p>',
      `<h4>Jon Avery</h4><p>Jon Avery is a lock keeper who has worked on the river for thirty years.</p><h4>Mara Oduya</h4><p>${bio}</p>`,
      /She lives in Shropshire\.$/,
    ],
    // A list's entries silence later named entries, not a label: "About the author" still ends the article after the entry.
    [
      'an entry of a list, then a label and a bio (cut at the label)',
      '',
      `<h4>Jon Avery</h4><p>Jon Avery is a lock keeper who has worked on the river for thirty years.</p><h3>About the author</h3><p>${bio}</p>`,
      /thirty years\.$/,
    ],
  ])('keeps: %s', (_name, byline, tail, end) => {
    expect(bodyEnd(page(byline, tail))).toMatch(end);
  });
});
