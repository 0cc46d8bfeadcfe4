/**
 * Sub-headings over one paragraph each are the article's, even when the thread under it repeats a
 * name-shaped line (issue 14, the decision where the comment section opens): the names above the
 * thread's first dated header that print once are sub-headings; a comment's name there keeps its
 * reading when its action row follows it. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';
import { spanViolations } from './spans.js';

const TITLE = 'Hur vi flyttade vår byggserver till egen hårdvara';
const INTRO = 'Förra året betalade vi mer för molnets byggmaskiner än för hela vårt kontor, och då började vi räkna på om det gick att göra på egen hand i stället.';
const SUB1 = 'Vad vi köpte';
const P1 = 'Vi köpte två begagnade servrar med 64 kärnor var, ett par snabba diskar och en enkel switch, allt för mindre än tre månaders molnkostnad.';
const SUB2 = 'Vad som gick fel';
const P2 = 'Första veckan tog diskarna slut på plats två gånger, eftersom gamla byggen aldrig städades bort, och vi fick skriva ett litet städskript.';
const SUB3 = 'Summering';
const P3 = 'Byggena går nu fyra gånger snabbare och kostar en bråkdel, men vi har fått ett nytt ansvar för hårdvaran som vi inte hade förut.';
const TAGS = ['Taggar:', 'bygg', 'hårdvara', 'moln'];
/** A thread whose reply link ("Svara") prints as a name-shaped line between comments. */
const THREAD = [
  'Kommentarer 3',
  'lena_dev', '12 maj 11:20', 'Hur mycket tid lägger ni på underhållet nu, jämfört med förut när allt låg i molnet?', 'Svara',
  'perk', '12 maj 11:48', 'Ungefär en timme i veckan, mest uppdateringar och att byta en disk ibland.', 'Svara',
  'mats_o', '12 maj 12:05', 'Snyggt gjort, vi funderar på samma sak men vågar inte riktigt ta steget än.', 'Svara',
  // Removed comments print the reply link over the site's notice: a name-shaped line repeated over different texts.
  'Den här kommentaren har tagits bort av en moderator.', 'Svara', 'Den här kommentaren har tagits bort av skribenten själv.',
];

function split(lines: string[]) {
  const result = splitPage(lines.join('\n'));
  expect(spanViolations(result)).toEqual([]);
  return result;
}

describe('sub-headings above a thread with dated headers', () => {
  it('keeps every sub-heading\'s paragraph in the body and opens the section at the thread', () => {
    const result = split([TITLE, INTRO, SUB1, P1, SUB2, P2, SUB3, P3, ...TAGS, ...THREAD]);
    expect(result.body?.paragraphs.map((p) => p.text).filter((t) => t.length > 40)).toEqual([INTRO, P1, P2, P3]);
    expect(result.comments.map((c) => c.text)[0]).toMatch(/^Hur mycket tid/u);
  });
});
