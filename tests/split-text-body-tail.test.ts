/**
 * Where the article ends on a listing or a post with a card under it (issue 14, body end): a run
 * of fields, then many short lines with a sentence or two among them (a seller's card, safety
 * tips) is the page's tail; a list inside the article with the article going on after it is not.
 * Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const TITLE = 'Oak dining table with six chairs, seats eight extended';
const D1 = 'Selling our oak dining table because we are moving to a flat with an open-plan kitchen and it simply will not fit through the door, let alone the room.';
const D2 = 'The top has a few light marks from ten years of family dinners but no deep scratches, and the extension leaf has hardly been used, so it is a shade lighter.';
const D3 = 'Collection from the ground floor, we can help carry it to a van. Cash or bank transfer on collection, no holds without a deposit please.';
/** The listing's fields and the seller's card, each box printed as one block of lines. */
const FIELDS = 'Details\nCondition: Used - good\nMaterial: Solid oak\nSeats: 6 to 8\nDelivery: Collection only\nDimensions: 180 x 90 cm';
const SELLER = ['Seller\nTom R.\nMember since 2016\n4.8 (31 ratings)\nUsually responds within a day\nPhone number verified', 'Send message', 'Safety tips\nMeet in a public place and check the item before you pay.\nNever send payment before you have seen the item yourself.\nReport suspicious ads'];

/** Blocks with a blank line between them, as the page prints its boxes. */
function bodyOf(blocks: string[]): string[] {
  const result = splitPage(blocks.join('\n\n'));
  expect(spanViolations(result)).toEqual([]);
  return result.body?.paragraphs.map((p) => p.text) ?? [];
}

describe('a seller\'s card under a listing\'s fields is not the body', () => {
  const LIST_ITEMS = ['What we changed:', '- the order form', '- the delivery slots', '- the opening hours', '- the phone line'];
  const AFTER1 = 'None of this cost much, but it took the whole team most of the spring to agree on it, and the first month was bumpy for everyone.';
  const AFTER2 = 'We will write again in the autumn with the figures for the whole year, and we would love to hear how other small shops have handled the same thing.';
  const AFTER3 = 'Thanks to everyone who filled in the survey last winter, which is where most of these ideas came from in the first place.';
  it.each([
    ['description, fields, seller card with two safety sentences: the body is the description', [TITLE, D1, D2, D3, FIELDS, ...SELLER], [D1, D2, D3]],
    ['a list inside the article with three paragraphs after it: the article goes on', [TITLE, D1, D2, LIST_ITEMS.join('\n'), AFTER1, AFTER2, AFTER3], [D1, D2, AFTER1, AFTER2, AFTER3]],
  ])('%s', (_name, lines, body) => expect(bodyOf(lines)).toEqual(body));
});

describe('the byline\'s name printed again under the article is the writer\'s box', () => {
  const HEADLINE = 'Ny busslinje till sjukhuset från augusti';
  const N1 = 'Från den 1 augusti går en ny busslinje mellan resecentrum och sjukhuset var tjugonde minut, meddelade regionen på tisdagen efter ett beslut i trafiknämnden.';
  const N2 = 'Linjen ersätter den gamla anropsstyrda trafiken som många äldre resenärer har klagat på, eftersom den måste bokas en dag i förväg och ofta var full.';
  const N3 = 'Regionen räknar med att linjen kostar omkring fyra miljoner kronor om året och ska utvärdera den efter ett år, innan nästa budget läggs fram i höst.';
  const N4 = 'Sjukhusets personal har också fått frågan om de vill ta bussen till jobbet, och en enkät visar att var tredje anställd kan tänka sig det redan i höst.';
  // The box ends with the site's note, a full sentence: past the article's last paragraph by place only.
  const BOX = ['Karin Lindqvist', 'Reporter', 'Följ', 'Ämnen', 'Kollektivtrafik', 'Sjukhuset', 'Regionen', 'Har du synpunkter på artikeln? Skriv till redaktionen så hör vi av oss inom några dagar.'];
  const top = [HEADLINE, 'Karin Lindqvist', 'Publicerad 3 juni 2026 kl 07.15'];
  it.each([
    ['name, title and topic words under the last paragraph are not the body', [...top, N1, N2, N3, ...BOX], [N1, N2, N3]],
    ['the same with a blank line between every line', [...top, N1, N2, N3, ...BOX].flatMap((line) => [line, '']), [N1, N2, N3]],
    // An interview prints the speaker's name over each answer: the article goes on under it.
    ['the byline\'s name over three more paragraphs is a speaker\'s label: the article goes on', [...top, N1, 'Karin Lindqvist', N2, N3, N4], [N1, 'Karin Lindqvist', N2, N3, N4]],
  ])('%s', (_name, lines, body) => {
    const result = splitPage((lines as string[]).join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.body?.paragraphs.map((p) => p.text) ?? []).toEqual(body);
  });
});

describe('a short line past the article and a widget is the widget\'s prompt', () => {
  const HEADLINE = 'Window box of cut-and-come-again salad leaves';
  const DESC = 'Three salad mixes sown a fortnight apart in one long window box on a north-facing sill, cut every few days from April until the first frost, with a feed of seaweed every second week.';
  const CLOSING = 'Seed list and sowing dates are on my blog!';
  const CARD = ['sill_grower', '12.4k followers', 'Follow', 'Save'];
  const THREAD = ['3 comments', 'Maya Lund', 'Does it bolt in summer on a sill that gets no direct sun at all?', '2y  Reply', 'Tom Berg', 'Lovely idea, I am going to try this with rocket and mizuna next spring.', '1y  Reply'];
  it.each([
    ['"What do you think?" under the poster\'s card is not the body', [HEADLINE, DESC, CLOSING, ...CARD, 'What do you think?', ...THREAD], [DESC, CLOSING]],
    ['a short closing line right under the text, no widget between, is the body', [HEADLINE, DESC, CLOSING, ...THREAD], [DESC, CLOSING]],
  ])('%s', (_name, lines, body) => {
    const result = splitPage(lines.join('\n'));
    expect(spanViolations(result)).toEqual([]);
    expect(result.body?.paragraphs.map((p) => p.text) ?? []).toEqual(body);
  });
});
