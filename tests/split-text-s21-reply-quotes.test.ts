/**
 * Reply evidence of the sixteenth session's tune errors: a forum quote ("X wrote:" / the words)
 * answers the comment by X that holds the words, and quotes the opening post (top-level) when no
 * comment does; a whole handle opening the text ("phunniemee, …"); a sentence quoted in « » or „ “;
 * "@Name" for an author printed with a location; a "> " line found where it was written, not in a
 * comment that quoted it too. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { splitPage } from '../src/index.js';

const LEDE =
  'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and the works will last until spring.';

/** A page of dated comments under one lorry-bridge story: [header, text] pairs. */
function page(comments: Array<[header: string, text: string]>): string {
  const lines = ['Bridge closes to lorries', '', LEDE, '', `${comments.length} comments`, ''];
  for (const [header, text] of comments) lines.push(header, '', text, '');
  return lines.join('\n');
}

function parentOf(input: string, text: string): string | null | undefined {
  const result = splitPage(input);
  const comment = result.comments.find((c) => c.text.endsWith(text));
  expect(comment).toBeDefined();
  const parent = result.comments.find((c) => c.id === comment?.parentId);
  return comment?.parentId === null ? null : parent?.text;
}

const FIRST = 'I do not think the bridge will hold much longer, I saw the cracks from the towpath yesterday.';
const SECOND = 'Good that they finally close it to the lorries, the village has waited ten years for this.';

describe('a name opening the text answers the comment by that name', () => {
  const cases: Array<[author: string, text: string, answers: boolean]> = [
    ['phunniemee', 'phunniemee, what did the engineers say about the piers? Please say it is only the paint.', true],
    ['user1942077', 'user1942077, please start your own thread with your details, it is easier to help there.', true],
    ['phunniemee', 'honestly, nobody here has said anything about the piers until now, which surprises me.', false],
  ];
  it.each(cases)('%s / %s', (author, text, answers) => {
    const input = page([
      [`${author} · 12 May 2026, 09:40`, FIRST],
      ['Maria Lungu · 12 May 2026, 09:52', SECOND],
      ['Ion Popescu · 12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, text)).toBe(answers ? FIRST : null);
  });

  it('"@Name" answers an author printed with a location', () => {
    const text = '@Sandra Keller repaired yes, but then the lorry toll should come down for the works too.';
    const input = page([
      // The name line over the date line, as the Swiss and Portuguese news pages print it.
      ['Sandra Keller, Baden\n12 May 2026, 09:40', FIRST],
      ['Maria Lungu\n12 May 2026, 09:52', SECOND],
      ['Ion Popescu\n12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, text)).toBe(FIRST);
  });
});

describe('a quoted sentence answers the comment that wrote it', () => {
  const cases: Array<[marks: string, text: string]> = [
    ['« »', '«I do not think the bridge will hold much longer» It held for ninety years, it will hold until spring.'],
    ['„ “', '„I do not think the bridge will hold much longer“ It held for ninety years, it will hold until spring.'],
    ['" "', '"I do not think the bridge will hold much longer" It held for ninety years, it will hold until spring.'],
  ];
  it.each(cases)('%s', (_marks, text) => {
    const input = page([
      ['Petra Lind · 12 May 2026, 09:40', FIRST],
      ['Maria Lungu · 12 May 2026, 09:52', SECOND],
      ['Ion Popescu · 12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, text)).toBe(FIRST);
  });
});

describe('a forum quote answers the comment by its writer that holds the words', () => {
  const OLDER = 'The lorries will just go through the village instead, mark my words, nothing gets better.';
  const quoteOf = (words: string) => `Petra Lind wrote:\n${words}\n\nThe bypass opens in March, so they will not.`;

  it('the older comment by the writer, when it holds the words', () => {
    const text = quoteOf(OLDER);
    const input = page([
      ['Petra Lind · 12 May 2026, 09:40', OLDER],
      ['Maria Lungu · 12 May 2026, 09:52', SECOND],
      ['Petra Lind · 12 May 2026, 09:58', FIRST],
      ['Ion Popescu · 12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, 'The bypass opens in March, so they will not.')).toBe(OLDER);
  });

  it.each(['↑Tue May 12, 2026 9:40 am', '» 12 May 2026, 09:40'])('the writer’s comment, when the quoted post’s date %s stands over the words', (date) => {
    const text = `Petra Lind wrote:\n${date}\n${OLDER}\nThe bypass opens in March, so they will not.`;
    const input = page([
      ['Petra Lind · 12 May 2026, 09:40', OLDER],
      ['Maria Lungu · 12 May 2026, 09:52', SECOND],
      ['Ion Popescu · 12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, 'The bypass opens in March, so they will not.')).toBe(OLDER);
  });

  it('nobody, when no comment holds the words (they are the opening post’s)', () => {
    const text = quoteOf(LEDE);
    const input = page([
      ['Petra Lind · 12 May 2026, 09:40', OLDER],
      ['Maria Lungu · 12 May 2026, 09:52', SECOND],
      ['Ion Popescu · 12 May 2026, 10:02', text],
    ]);
    expect(parentOf(input, 'The bypass opens in March, so they will not.')).toBeNull();
  });
});

describe('a "> " quoted line answers the comment that wrote it, not one that quoted it too', () => {
  it('skips the earlier reply quoting the same line', () => {
    const quote = '> I do not think the bridge will hold much longer, I saw the cracks from the towpath yesterday.';
    const later = `${quote}\nThe cracks are in the paint, the engineers said so at the meeting.`;
    const input = page([
      ['Petra Lind · 12 May 2026, 09:40', FIRST],
      ['Maria Lungu · 12 May 2026, 09:52', `${quote}\nSame here, the piers look bad from the water too.`],
      ['Ion Popescu · 12 May 2026, 10:02', later],
    ]);
    expect(parentOf(input, 'the engineers said so at the meeting.')).toBe(FIRST);
  });
});
