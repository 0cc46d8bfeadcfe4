/**
 * A synthetic comment page of any size in the WordPress plain-text shape the splitter reads
 * ("Name says:", date, text, "Reply", replies indented four spaces a level). Deterministic, so a
 * bench or test of the report on thousands of comments sees the same page every run. The phrases
 * are written for this generator; some carry tags (questions, insults, profanity, conspiracy cues).
 */

const NAMES = ['Ada Moreno', 'bikefan_88', 'Priya N.', 'Old Tom', 'Kwame Mensah', 'lurker2', 'Sofia Lind', 'J. Park', 'Marta Ruiz', 'quietreader'];
const OPENERS = ['I agree with this.', 'Not sure about that.', 'Interesting read.', 'Fair point.', 'That is just wrong.', 'Thanks for posting.'];
const MIDDLES = [
  'The new lanes on Harbor Road made my commute ten minutes shorter.',
  'Parking on the east side was already hard before the change.',
  'How much did the repaving cost in the end?',
  'Who decided the schedule for the night buses?',
  'Follow the money and you will see who benefits.',
  'What a load of crap from the planning office.',
  'Only an idiot would think this plan works.',
  'My kids ride to school on that street every day.',
  'The meeting minutes are online if you want the numbers.',
  'They do not want you to know what the contract says.',
];
const CLOSERS = ['', '', 'Just my two cents.', 'Anyone else notice this?', 'We will see next year.'];

/** A small seeded generator (LCG): same seed, same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export interface ThreadPage {
  text: string;
  comments: number;
}

/** `count` comments; about half are replies, nested up to `maxDepth` levels. */
export function threadPage(count: number, seed = 18, maxDepth = 6): ThreadPage {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const lines = ['City adds protected lanes on Harbor Road', '', 'The city opened two miles of protected bike lanes on Harbor Road on Monday, after a year of work.', '', `${count} thoughts on “City adds protected lanes on Harbor Road”`, ''];
  let depth = 0;
  for (let i = 0; i < count; i++) {
    // A reply goes one level under the comment before it, or back up the thread.
    depth = i === 0 ? 0 : next() < 0.5 ? Math.min(depth + 1, maxDepth) : Math.floor(next() * (depth + 1));
    const indent = '    '.repeat(depth);
    const text = [pick(OPENERS), pick(MIDDLES), pick(CLOSERS)].filter(Boolean).join(' ');
    lines.push(`${indent}${pick(NAMES)} says:`, `${indent}March ${1 + (i % 28)}, 2024 at ${1 + (i % 12)}:${String(i % 60).padStart(2, '0')} pm`, '', `${indent}${text}`, '', `${indent}Reply`, '');
  }
  return { text: lines.join('\n'), comments: count };
}
