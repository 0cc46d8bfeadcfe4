/** Deterministic filler for the pathological shapes: names, sentences and a page frame. */

export const NAMES = ['Anna Berg', 'Tom Reyes', 'bob_88', 'Jenna Marsh', 'Rick V.', 'alex', 'Maria Lopez', 'kd2019', 'Sam K', 'Priya N.'];

const WORDS = 'the a council city people think vote plan money school road river night market old new why how never always really maybe good bad wrong right cost year week bridge tax mayor budget'.split(' ');

/** A sentence of 4–10 words, different for most i; ends with '.', '?', '!' or nothing. */
export function sentence(i: number, end?: string): string {
  let x = (i * 2654435761) >>> 0;
  const next = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8);
  const words = Array.from({ length: 4 + (next() % 7) }, () => WORDS[next() % WORDS.length]!);
  words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
  return words.join(' ') + (end ?? ['.', '?', '!', '', '.'][next() % 5]!);
}

/** A name unique to i, so mention lookups cannot stop at the first few authors. */
export const uniqueName = (i: number) => `${NAMES[i % NAMES.length]!.split(' ')[0]}${Math.floor(i / NAMES.length)}`;

export const ARTICLE = 'Council approves bike lanes on Main Street\n\nThe city council voted 6-1 on Tuesday to add protected bike lanes along two miles of Main Street, after a year of hearings.\n\nMayor Lena Ortiz said the plan would cost $2.1 million and take two summers to build.\n\n';

/** Repeats `piece(i)` until the result reaches `chars` characters. */
export function fill(chars: number, piece: (i: number) => string, separator = ''): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const one = piece(i);
    parts.push(one);
    size += one.length + separator.length;
  }
  return parts.join(separator);
}

/** A WordPress-style text comment: header, date, text and a Reply line. */
export const saysComment = (name: string, i: number, text: string) => `${name} says:\nMarch ${1 + (i % 28)}, 2019 at ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} pm\n\n${text}\n\nReply\n\n`;

/** An article followed by comments made by `comment(i)` up to `chars` characters. */
export const thread = (chars: number, comment: (i: number) => string) => `${ARTICLE}Comments\n\n${fill(chars - ARTICLE.length, comment)}`;

/** One comment whose text is `text`, inside a page with an article. */
export const oneComment = (text: string) => `${ARTICLE}1 Comment\n\nAnna Berg says:\nMarch 3, 2019 at 4:12 pm\n\n${text}\n\nReply\n`;

/** `unit` repeated to about `chars` characters. */
export const run = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));

/** A page unlike every shape, for warming up the library before a timed call. */
export const WARM_UP_PAGE = `Storm closes harbour road\n\nHigh tides closed the harbour road on Friday. Crews expect to reopen it on Monday.\n\n2 Comments\n\n${saysComment('Wendy Ames', 1, 'Is the ferry still running? I need to get to work.')}${saysComment('Olaf P.', 2, '@Wendy Ames Yes, the ferry runs every hour. Terrible planning by the port, though.')}`;
