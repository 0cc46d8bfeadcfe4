import { describe, it, expect } from 'vitest';
import { tagStance } from '../src/tag/stance/index.js';

/** Cue forms of parent-cues.json 1.19.0: agreement, welcome, praise, "not the same" and the opposite in other European languages; "never happen" after a modal. */
const PARENT = 'The council should have kept the free parking on Saturdays, the shops on the high street depend on it.';
const label = (text: string) => tagStance(text, { parent: PARENT, targets: [] }).toParent.label;

describe('stance toward the parent: agreement and disagreement cues in other languages', () => {
  it.each([
    ['Håller med. Jag ser samma sak varje lördag.', 'support'],
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
    // 'De acuerdo con' alone means 'according to': no cue.
    ['De acuerdo con el informe, las tiendas cierran por el alquiler.', 'comment'],
    ['Det är inte samma sak som att stänga butikerna.', 'deny'],
    ['To nie jest to samo, parking to inny budżet.', 'deny'],
    ['Ce n’est pas la même chose, le parking est un autre budget.', 'deny'],
    ['Opposite experience for me: the shops were busier once the parking went.', 'deny'],
    ['У нас обратный опыт: после отмены парковки людей стало больше.', 'deny'],
    ['Im Gegenteil, seit der Gebühr ist mehr los.', 'deny'],
  ])('%s -> %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it.each([
    ['Äntligen! Nu kommer jag tillbaka till stan.', 'support'],
    ['Наконец-то! Давно пора.', 'support'],
    ['Eindelijk. Dat werd tijd.', 'support'],
    // Not an opening sentence of its own: the welcome reads a story's end.
    ['Vi hittade en plats äntligen efter en halvtimme.', 'comment'],
    ['Bellissimo articolo, siamo stati lì l’anno scorso.', 'support'],
    ['Хорошая статья, редко пишут про откаты.', 'support'],
  ])('opening welcome and praise: %s -> %s', (text, expected) => {
    expect(tagStance(text, { parent: PARENT, targets: [] }).toParent.label).toBe(expected);
  });
});

describe('stance toward the parent: a modal before "never happen" predicts, it does not deny', () => {
  it.each([
    ['That never happened, the ferry ran all day.', 'deny'],
    ["It didn't happen that way at all.", 'deny'],
    ['People kept saying a ban like this would never happen here.', 'comment'],
    ['It could never happen in our town, the council is too slow.', 'comment'],
  ])('%s -> %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});
