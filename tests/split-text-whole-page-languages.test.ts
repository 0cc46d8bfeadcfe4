import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';

/** Whole-page dumps of kinds the tune batch 327-334 showed: dates and comment labels in other languages, a page about one thing. */
const CHROME = ['Skip to content', 'Site', 'News', 'Local', 'Sport', 'Log in', 'Sign up'];
const ARTICLE = [
  'The council approved a new rule on Tuesday that bans electric scooters from the pavements of the old town centre.',
  'Riders caught on the pavement face fines of up to 1,000 lei. Elsewhere in the city the current rules stay as they are.',
];

describe('splitText on whole-page dumps in other languages', () => {
  const cases: { name: string; lines: string[]; title: string; lastBody: string }[] = [
    {
      name: 'a Norwegian comment label ends the body',
      lines: [...CHROME, 'Scooters banned from pavements in the old town', '14. mai 2026 kl. 07:45', ...ARTICLE, 'Kommentarer (21)', 'Sigrun', 'for 2 timer siden', 'Finally. We could not walk on the pavement any more.', 'Kjell', 'for 1 time siden', 'Three per cent is not a lot for a hotel room.', 'Ola', 'for 45 minutter siden', 'Who will enforce it?'],
      title: 'Scooters banned from pavements in the old town',
      lastBody: ARTICLE[1]!,
    },
  ];
  for (const { name, lines, title, lastBody } of cases) {
    it(name, () => {
      const result = splitPage(lines.join('\n'));
      expect(result.title?.text ?? null).toBe(title);
      expect(result.body?.paragraphs.at(-1)?.text).toBe(lastBody);
    });
  }

  it('reads "for N … siden" as the date line of every comment, the first included', () => {
    const lines = [...CHROME, 'Scooters banned from pavements in the old town', '14. mai 2026 kl. 07:45', ...ARTICLE, 'Kommentarer (21)', 'Sigrun', 'for 2 timer siden', 'Finally. We could not walk on the pavement any more.', 'Kjell', 'for 1 time siden', 'Three per cent is not a lot for a hotel room.', 'Ola', 'for 45 minutter siden', 'Who will enforce it?'];
    const result = splitPage(lines.join('\n'));
    expect(result.comments.map((comment) => comment.author)).toEqual(['Sigrun', 'Kjell', 'Ola']);
    expect(result.comments.map((comment) => comment.postedAt)).toEqual(['for 2 timer siden', 'for 1 time siden', 'for 45 minutter siden']);
  });

  it('reads day-month-year dates in other languages as the comments\' dates ("12 mai 2026, 09:40")', () => {
    const lines = [...CHROME, 'Scooters banned from pavements in the old town', ...ARTICLE, 'Comentarii (3)', 'Ana Pop', '12 mai 2026, 09:40', 'Finally. I was hit by a scooter on the pavement last year.', 'vlad_cj_1990', '12 mai 2026, 10:05', 'And where are we supposed to ride, then?', 'Sorin', '13 mai 2026, 08:12', 'The police do not even fine cars on the crossings.'];
    const result = splitPage(lines.join('\n'));
    expect(result.comments.map((comment) => comment.postedAt)).toEqual(['12 mai 2026, 09:40', '12 mai 2026, 10:05', '13 mai 2026, 08:12']);
  });

  it('heads a page about one thing with its name under the sign-in row, not with its tagline', () => {
    const lines = ['Launchpad', 'Products', 'News', 'Forums', 'Sign in', 'Sign up', 'Quillmate', 'Meeting notes that turn into a project board', 'Visit', 'Quillmate turns your meeting notes into a tidy project board. Paste a transcript and get tasks, owners and deadlines.', 'No new app to learn: it lives in your browser sidebar and in your chat tool.'];
    expect(splitPage(lines.join('\n')).title?.text).toBe('Quillmate');
  });
});
