import { describe, it, expect } from 'vitest';
import { tagStance } from '../src/tag/stance/index.js';
import { parentCueReading } from '../src/tag/stance/cues.js';

/** Cue forms of parent-cues.json 1.19 (table rows written here, none copied from a tune page): agreement, welcome, praise, "not the same" and the opposite in other European languages; "never happen" after a modal. */
const PARENT = 'The council should have kept the free parking on Saturdays, the shops on the high street depend on it.';
const label = (text: string) => tagStance(text, { parent: PARENT, targets: [] }).toParent.label;

describe('stance toward the parent: agreement and disagreement cues in other languages', () => {
  it.each([
    ['Håller med, fast jag tror det var hyrorna som drev bort butikerna.', 'support'],
    ['Полностью согласен, в центре пусто по выходным.', 'support'],
    ['Ich stimme dir zu, das war eine schlechte Entscheidung.', 'support'],
    ['Je suis d’accord, le centre-ville se vide.', 'support'],
    ['Estoy de acuerdo, el centro está vacío los sábados.', 'support'],
    ['Sono d’accordo con te, il centro è vuoto.', 'support'],
    ['Zgadzam się, w sobotę nie ma gdzie zaparkować.', 'support'],
    ['Helemaal mee eens, het centrum loopt leeg.', 'support'],
    // Negated in the same language: not agreement.
    ['Не согласен, магазины закрываются по другим причинам.', 'comment'],
    ['Nie zgadzam się, sklepy zamykają się z innych powodów.', 'comment'],
    ['No estoy de acuerdo, las tiendas cierran por otras razones.', 'comment'],
    ['Não concordo, as lojas fecham por outros motivos.', 'comment'],
    ['Jeg er ikke helt enig, butikkene stenger av andre grunner.', 'comment'],
    ['Ikke helt enig.', 'comment'],
    ['Ej helt enig, det är hyrorna.', 'comment'],
    ['Concordo, o centro fica vazio.', 'support'],
    // Russian: the first person agrees; 'вы/они согласны' and a question ask or report.
    ['Вы согласны?', 'query'],
    ['Если вы согласны, подпишите петицию.', 'comment'],
    ['Они согласны с мэром.', 'comment'],
    ['Мы согласны с автором, парковка нужна.', 'support'],
    // German: the verb 'zustimmen', inverted too; the noun 'Stimme' (voice) before 'zu' is none.
    ['Da stimme ich dir voll zu.', 'support'],
    ['Dem stimme ich zu, die Gebühr war ein Fehler.', 'support'],
    ['Stimme voll zu!', 'support'],
    ['Es ist Zeit, die Stimme zu erheben.', 'comment'],
    ['Er hat seine Stimme zu laut erhoben.', 'comment'],
    // 'De acuerdo con' alone means 'according to': no cue.
    ['De acuerdo con el informe, las tiendas cierran por el alquiler.', 'comment'],
    ['Det är inte samma sak som att stänga butikerna.', 'deny'],
    ['To nie to samo co zamknięcie sklepów.', 'deny'],
    ['Ce n’est pas la même chose, le parking est un autre budget.', 'deny'],
    ['Opposite experience for me: the shops were busier once the parking went.', 'deny'],
    ['We had the exact opposite, busier than ever.', 'deny'],
    // 'opposite' of place, not of claim.
    ['The café opposite here closed last year.', 'comment'],
    ['We got the opposite corner table by the window.', 'comment'],
    ['Наоборот, после отмены парковки людей стало больше.', 'deny'],
    ['Как раз наоборот.', 'deny'],
    ['У меня всё наоборот, в субботу не протолкнуться.', 'deny'],
    ['Im Gegenteil, seit der Gebühr ist mehr los.', 'deny'],
  ])('%s -> %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['Äntligen! Det har vi väntat på i åratal.', 'support'],
    ['Наконец-то! Давно пора.', 'support'],
    ['Eindelijk. Dat werd tijd.', 'support'],
    // Not an opening sentence of its own: the welcome reads a story's end.
    ['Vi hittade en plats äntligen efter en halvtimme.', 'comment'],
    ['Bellissimo articolo, lo giro ai miei colleghi.', 'support'],
    // Italian elides with no space.
    ['Bell’articolo, grazie.', 'support'],
    ["Bell'articolo.", 'support'],
    ['Хорошая статья, спасибо автору за цифры.', 'support'],
  ])('opening welcome and praise: %s -> %s', (text, expected) => {
    expect(tagStance(text, { parent: PARENT, targets: [] }).toParent.label).toBe(expected);
  });
});

describe('stance toward the parent: a modal before "never happen" predicts, it does not deny', () => {
  it.each([
    ['That never happened, the ferry ran all day.', 'deny'],
    ["It didn't happen that way at all.", 'deny'],
    ['My neighbour swears a toll like that will never happen.', 'comment'],
    ['It could never happen in our town, the council is too slow.', 'comment'],
    // An adverb between the modal and 'never'.
    ['It would probably never happen here.', 'comment'],
    ['That would likely never happen.', 'comment'],
    // Only 'happen' is predicted: 'would never say that' denies a misquote.
    ['He would never say that, check the full video.', 'deny'],
    ["She'd never say that.", 'deny'],
  ])('%s -> %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

/** deny-category (parent cues 1.20): saying what the thing is not corrects the parent's category. Rows invented for this table. */
describe('stance toward the parent: a correction of category ("X is not a Y")', () => {
  const votes = (text: string) => tagStance(text, { parent: PARENT, targets: [] }).toParent;
  it.each([
    ['A permit zone is not a solution.', 'deny'],
    ['The lot behind the bank isn’t a public space.', 'deny'],
    ['Ours is not a town centre any more, just offices.', 'deny'],
    ['Footfall is the wrong measure for this.', 'deny'],
    // Asked, wished or conditioned: no correction.
    ['Isn’t the car park a council asset?', 'query'],
    ['I hope that is not a sign of more closures to come.', 'comment'],
    ['If the bay was not a loading bay you could park there.', 'comment'],
    // Judgements of size and idioms are not categories.
    ['Parking is not a big deal for me.', 'comment'],
    ['It’s not the end of the world.', 'comment'],
    ['Ours is not the only town like this.', 'comment'],
    ['Free parking is not an option on a market day.', 'comment'],
    // 'There is not a …' says something is absent, not what a thing is.
    ['There was not a bus after ten.', 'comment'],
    ['There isn’t a bus after ten on Sundays.', 'comment'],
    ['My ticket was not a single pound cheaper.', 'comment'],
    // Nouns of chance and expectation affirm ('not a coincidence' = on purpose), and emphasis idioms are not categories.
    ['It is not a coincidence that the shops are closing.', 'comment'],
    ['The closures were not a surprise to anyone.', 'comment'],
    ['This is not a drill, the market closes next week.', 'comment'],
    // 'Not A, it's B' reframes, and both sides use it: left to other cues.
    ['Parking isn’t a perk, it’s what keeps the shops alive.', 'comment'],
  ])('%s → %s', (text, expected) => expect(votes(text).label).toBe(expected));
  it('anchors its evidence on the correction', () => {
    const text = 'A permit zone is not a solution.';
    const evidence = votes(text).evidence.find((e) => e.rule.endsWith('deny-category'))!;
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    expect(evidence.text).toBe('is not a solution');
  });
});

describe('parent cue readings are properties of the cue file, not cue ids in code', () => {
  it.each([
    ['support-welcome', 'welcome'],
    ['support-welcome-opening', 'welcome'],
    ['support-approval-article', 'welcome'],
    ['deny-concession', 'concession'],
    ['deny-concession-inner', 'concession'],
    ['deny-category', 'statementOnly'],
    ['support-opener', 'answersWriter'],
    ['deny-opener', 'answersWriter'],
  ] as const)('%s reads as %s', (id, property) => expect(parentCueReading(id)[property]).toBe(true));
  it('a cue without readings has none', () => expect(parentCueReading('query-evidence')).toEqual({}));
});

describe('stance toward the parent: welcome and vote openers in Chinese and Japanese (parent cues 1.20)', () => {
  const ARTICLE = 'The city will run night buses on three routes from March.';
  const top = (text: string) => tagStance(text, { parent: ARTICLE, targets: [] }).toParent.label;
  it.each([
    ['终于！等了三年了', 'support'],
    ['やっと！待っていました。', 'support'],
    ['支持！我每天都会用', 'support'],
    ['賛成。', 'support'],
    // Not opening, negated, or not a bare word before a stop: no cue.
    ['我不支持！太吵了', 'comment'],
    ['支持率很低', 'comment'],
    ['他终于来了', 'comment'],
    // An ellipsis trails off (as 'finally…' does in English): no welcome, no vote.
    ['终于。。。又是三年', 'comment'],
    ['やっと……', 'comment'],
    ['支持...', 'comment'],
  ])('%s → %s', (text, expected) => expect(top(text)).toBe(expected));
});
