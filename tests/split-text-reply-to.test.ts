/**
 * Reply-to lines in a header: "In reply to Tom Argyle" names only the replied-to commenter, while
 * "Nell Okafor replied to Tom Argyle · 3h" is a whole header (author, replied-to name, date) and
 * must read as one. Every input is invented here.
 */
import { describe, expect, it } from 'vitest';
import { headerPartOf, matchReplyTo } from '../src/split/text/header-block.js';
import { matchHeader } from '../src/split/text/headers.js';
import { splitPage } from '../src/index.js';

const slice = (line: string, range: readonly [number, number] | null | undefined): string | null =>
  range ? line.slice(range[0], range[1]) : null;

describe('a "NAME replied to NAME" line is a header with its author', () => {
  const headers: Array<[line: string, author: string, replyTo: string, postedAt: string | null]> = [
    ['Nell Okafor replied to Tom Argyle · 3h', 'Nell Okafor', 'Tom Argyle', '3h'],
    ['Karen_B replied to Gary T on March 6, 2024 at 2:40 pm', 'Karen_B', 'Gary T', 'March 6, 2024 at 2:40 pm'],
  ];
  it.each(headers)('%s', (line, author, replyTo, postedAt) => {
    const header = matchHeader(line);
    expect(header).not.toBeNull();
    const part = headerPartOf(line);
    expect(part.kind).toBe('header');
    const match = (part as { match: NonNullable<ReturnType<typeof matchHeader>> }).match;
    expect(slice(line, match.author)).toBe(author);
    expect(slice(line, match.replyTo)).toBe(replyTo);
    expect(slice(line, match.postedAt)).toBe(postedAt);
  });
});

describe('a reply-to line that names only the replied-to commenter', () => {
  const lines: Array<[line: string, replyTo: string]> = [
    ['In reply to mireille.dupont', 'mireille.dupont'],
    ['Replying to @Tom Argyle', 'Tom Argyle'],
    ['replied to Tom Argyle', 'Tom Argyle'],
  ];
  it.each(lines)('%s', (line, replyTo) => {
    const part = headerPartOf(line);
    expect(part.kind).toBe('reply-to');
    expect(slice(line, (part as { range: [number, number] }).range)).toBe(replyTo);
  });

  it('never takes a replier for the start of the replied-to part', () => {
    expect(matchReplyTo('Nell Okafor replied to Tom Argyle · 3h')).toBeNull();
    expect(matchReplyTo('She replied to me too.')).toBeNull();
  });
});

describe('a reply naming a placeholder author ("Anonim", "Guest") answers the comment printed with it', () => {
  const LEDE = 'The council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its piers, and the works will last until spring.';
  const page = (placeholder: string, replyHeader: string) => ['Bridge closes to lorries', '', LEDE, '', '3 comments', '',
    `${placeholder} · 12 May 2026, 09:40`, '', 'I do not think the bridge will hold much longer, I saw it yesterday.', '',
    replyHeader, '', 'It will hold, they repaired it last year and it looks fine now.', '',
    'Maria Lungu · 12 May 2026, 10:02', '', 'Good that they finally close it to the lorries.', ''].join('\n');
  const cases: Array<[placeholder: string, replyHeader: string]> = [
    ['Anonim', 'Ion Popescu · în răspuns la Anonim'],
    ['Anonymous', 'Ion Popescu replied to Anonymous'],
  ];
  it.each(cases)('%s / %s', (placeholder, replyHeader) => {
    const result = splitPage(page(placeholder, replyHeader));
    const reply = result.comments.find((comment) => comment.header?.text === replyHeader);
    expect(result.comments[0]?.author).toBeNull();
    expect(reply?.parentId).toBe(result.comments[0]?.id);
    expect(reply?.replyEvidence?.text).toBe(placeholder);
  });
});
