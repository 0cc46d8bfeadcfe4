/**
 * Reply evidence in the shapes the blind tune batch 375-382 and the Nordic, Finnish, Russian and
 * Indonesian tune pages print: a reply-to line in more languages, the same words run into the
 * comment's text ("Reply to Anonymous: …"), a nesting arrow that opens a reply's header
 * ("↳ Sandra Keller" / "vor 3 Std."), and reply toggles in other languages. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { headerPartOf } from '../src/split/text/header-block.js';
import { splitPage } from '../src/index.js';

const LEDE =
  'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and the works will last until spring.';

describe('a reply-to line in other languages names the replied-to commenter', () => {
  const lines: Array<[line: string, replyTo: string]> = [
    ['Vastaus käyttäjälle Ilkka_V', 'Ilkka_V'],
    ['ответ для Гость', 'Гость'],
    ['Membalas Anonim', 'Anonim'],
    ['Svar till Anonym', 'Anonym'],
    ['Svar til Kari N.', 'Kari N.'],
    ['Reactie op Pieter de Wit', 'Pieter de Wit'],
    ['Respondiendo a carla_lima', 'carla_lima'],
    ['Antwort auf Jörg M.', 'Jörg M.'],
  ];
  it.each(lines)('%s', (line, replyTo) => {
    const part = headerPartOf(line);
    expect(part.kind).toBe('reply-to');
    const range = (part as { range: [number, number] }).range;
    expect(line.slice(range[0], range[1])).toBe(replyTo);
  });

  it('never reads a sentence after the words as a name', () => {
    expect(headerPartOf('Svar till alla som undrade hur det gick med bron i går kväll.').kind).not.toBe('reply-to');
  });
});

/** A page with two comments under one lorry-bridge story, the second's text as given. */
function twoComments(firstHeader: string, secondHeader: string, secondText: string): string {
  return [
    'Bridge closes to lorries', '', LEDE, '', '3 comments', '',
    firstHeader, '', 'I do not think the bridge will hold much longer, I saw it yesterday.', '',
    'Maria Lungu · 12 May 2026, 09:52', '', 'Good that they finally close it to the lorries.', '',
    secondHeader, '', secondText, '',
  ].join('\n');
}

describe('a reply-to line run into the text answers the comment it names', () => {
  const cases: Array<[firstHeader: string, text: string, named: string]> = [
    ['Anonymous · 12 May 2026, 09:40', 'Reply to Anonymous: it will hold, they repaired it last year and it looks fine now.', 'Anonymous'],
    ['Anonym · 12 May 2026, 09:40', 'Svar till Anonym: den håller, de lagade den i fjol och den ser fin ut nu.', 'Anonym'],
    ['Petra Lind · 12 May 2026, 09:40', 'Replying to Petra Lind: it will hold, they repaired it last year.', 'Petra Lind'],
  ];
  it.each(cases)('%s / %s', (firstHeader, text) => {
    const result = splitPage(twoComments(firstHeader, 'Ion Popescu · 12 May 2026, 10:02', text));
    const reply = result.comments.find((comment) => comment.text === text);
    expect(reply).toBeDefined();
    expect(reply?.parentId).toBe(result.comments[0]?.id);
  });

  it('a name that no comment above bears links nothing', () => {
    const text = 'Reply to Gustav: it will hold, they repaired it last year.';
    const result = splitPage(twoComments('Petra Lind · 12 May 2026, 09:40', 'Ion Popescu · 12 May 2026, 10:02', text));
    expect(result.comments.find((comment) => comment.text === text)?.parentId).toBeNull();
  });
});

describe('a nesting arrow opening a header marks a reply written by the name after it', () => {
  const block = (header: string[], text: string) => [...header, text, '12 Likes  1 Dislikes  Antworten  Melden', ''];
  const page = [
    'Brücke für Lastwagen gesperrt', '', LEDE, '', 'Kommentare', '',
    ...block(['Petra Lind', 'vor 3 Std.'], 'Das hätte man vor zehn Jahren schon machen müssen, die Brücke ist völlig marode.'),
    '2 Antworten ausblenden', '',
    ...block(['↳ Jonas Weber, Aarau', 'vor 2 Std.'], 'Marode ist übertrieben, die Pfeiler wurden 2019 erst verstärkt.'),
    ...block(['↳ Petra Lind', 'vor 2 Std.'], 'Verstärkt ja, aber offenbar nicht genug, sonst gäbe es keine Risse.'),
    ...block(['Karl Huber', 'vor 1 Std.'], 'Wann genau beginnen denn die Arbeiten an den Pfeilern? Im Artikel steht nur Frühling.'),
  ].join('\n');
  const result = splitPage(page);
  const by = (author: string) => result.comments.find((comment) => comment.author === author && !comment.parentId) ?? result.comments.find((comment) => comment.author === author);

  it('reads the name after the arrow as the writer, and the toggle as no one', () => {
    expect(result.comments.map((comment) => comment.author)).toEqual(['Petra Lind', 'Jonas Weber, Aarau', 'Petra Lind', 'Karl Huber']);
  });

  it('nests the marked replies under the comment above them, and the thread starter answers the reply above', () => {
    const [first, second, third, fourth] = result.comments;
    expect(second?.parentId).toBe(first?.id);
    expect(third?.parentId).toBe(second?.id);
    expect(fourth?.parentId).toBeNull();
    expect(by('Karl Huber')?.depth).toBe(0);
  });

  it('keeps "↩ NAME" under a writer\'s name as the replied-to name', () => {
    const arrows = [
      'Bridge closes to lorries', '', LEDE, '', 'Replies', '',
      'rob_tinkers', 'May 6', 'Does anyone know when the works start? The article only says spring.', '',
      'PaulRB', 'May 6', 'Also the diversion adds twenty minutes for anyone coming from the north side.', '',
      'westfw', '↩ rob_tinkers', 'May 7', 'The notice at the town hall says the first of March.', '',
    ].join('\n');
    const comments = splitPage(arrows).comments;
    expect(comments.map((comment) => comment.author)).toEqual(['rob_tinkers', 'PaulRB', 'westfw']);
    expect(comments[2]?.parentId).toBe(comments[0]?.id);
  });
});

describe('a reply toggle in other languages is no header line', () => {
  const toggles = ['4 Antworten ausblenden', '1 Antwort', 'Ver 3 respuestas', '2 réponses', '5 svar', '3 ответа', 'Mostra 2 risposte'];
  it.each(toggles)('%s', (toggle) => {
    expect(headerPartOf(toggle).kind).not.toBe('name');
  });
});

describe('what the opening says about whom a comment answers', () => {
  const cases: Array<[text: string, answersAbove: boolean]> = [
    ['Thank you for writing this, nobody else in town bothered to ask the engineers anything.', false],
    ['Thanks for all your comments. We will follow up with the council next week and report back.', false],
    ['Update: went to the meeting like Maria said, and the works start on the first of March.', false],
  ];
  it.each(cases)('%s', (text, answersAbove) => {
    const result = splitPage(twoComments('Petra Lind · 12 May 2026, 09:40', 'Ion Popescu · 12 May 2026, 10:02', text));
    const comment = result.comments.find((c) => c.text === text);
    expect(comment).toBeDefined();
    expect(comment?.parentId).toBe(answersAbove ? result.comments[1]?.id : null);
  });

  it('a comment printed at "level 1" is top-level whatever earlier name its text holds', () => {
    const page = [
      'Bridge closes to lorries', '', LEDE, '', '3 comments', '',
      'level 1', 'Wolves_fan_88 · 5h', 'The diversion through the estate is going to be chaos for the school run.', '',
      'level 1', 'harbour_pete · 4h', 'Imagine being a Wolves supporter driving a lorry this winter lol', '',
    ].join('\n');
    const comments = splitPage(page).comments;
    expect(comments.map((c) => c.author)).toEqual(['Wolves_fan_88', 'harbour_pete']);
    expect(comments[1]?.parentId).toBeNull();
  });
});
