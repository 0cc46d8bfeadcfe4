/**
 * Block-level damage: slices deleted, repeated, swapped or spliced in from another seed page;
 * line-break styles mixed; huge lines; comment-looking lines, @mentions and quotes in odd places.
 */
import type { Rng } from '../rng.js';
import { randomUnicode } from './characters.js';
import { insertAt, range, type Mutation } from './types.js';

/** Characters a mutant may reach through huge lines and repeats, so 2,000 mutants stay quick. */
const MAX_GROWTH = 120_000;

const LINES = [
  'Reply', 'Share', 'Report', 'Like (12)', 'Permalink', '3 Comments', '0 Comments', 'Leave a Comment', 'Load more comments',
  'Anna Berg says:', 'Tom Reyes • 3 hours ago', 'March 3, 2019 at 4:12 pm', 'Thu, 08/10/2017 - 03:28 Permalink', 'level 2', '123 points',
  'Sort by Best', 'Advertisement', 'Tags: politics, local', '© 2019', 'Posted by u/someone', '• Anna Berg says:', 'says:', '@', '>',
  'Quote', 'Anna Berg wrote:', 'In reply to Tom Reyes', 'Replying to @tom', 'Show 12 replies', 'Hide', '--', '___', '* * *',
];

const NAMES = ['Anna Berg', 'Tom Reyes', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a', '', 'Anna Berg says', 'Reply', '@'];

export const STRUCTURE_MUTATIONS: Mutation[] = [
  {
    name: 'repeat a block',
    apply: (t, rng) => {
      const [start, end] = range(t, rng, 4000);
      const copies = Math.min(rng.size(64), Math.floor(MAX_GROWTH / Math.max(1, end - start)));
      return t.slice(0, end) + t.slice(start, end).repeat(copies) + t.slice(end);
    },
  },
  {
    name: 'delete a block',
    apply: (t, rng) => {
      const [start, end] = range(t, rng);
      return t.slice(0, start) + t.slice(end);
    },
  },
  {
    name: 'swap two blocks',
    apply: (t, rng) => {
      const [a, b] = [rng.position(t.length), rng.position(t.length)].sort((x, y) => x - y) as [number, number];
      const c = rng.int(b, t.length);
      return t.slice(0, a) + t.slice(b, c) + t.slice(a, b) + t.slice(c);
    },
  },
  {
    name: 'splice in another page',
    apply: (t, rng, donor) => {
      const other = donor();
      const [start, end] = range(other, rng, 8000);
      return insertAt(t, rng, other.slice(start, end));
    },
  },
  { name: 'CRLF everywhere', apply: (t) => t.replace(/\r?\n/g, '\r\n') },
  { name: 'CR only', apply: (t) => t.replace(/\r?\n/g, '\r') },
  { name: 'mixed CR, LF, CRLF', apply: (t, rng) => t.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r', '\r\r\n'])) },
  { name: 'no line breaks', apply: (t) => t.replace(/[\r\n]+/g, ' ') },
  { name: 'double every line break', apply: (t) => t.replace(/\n/g, '\n\n') },
  {
    name: 'huge line',
    apply: (t, rng) => {
      const unit = rng.pick(['word ', 'x', 'bcdfghjklmnpqrstvwxz', 'Why? ', '!!', 'a.b.', '@Anna ', '“', randomUnicode(rng, 8)]);
      return insertAt(t, rng, `\n${unit.repeat(Math.ceil(rng.size(MAX_GROWTH) / unit.length))}\n`, true);
    },
  },
  {
    name: 'indent lines',
    apply: (t, rng) => t.replace(/\n/g, () => `\n${rng.pick(['', '    ', '\t', '        ', ' '.repeat(rng.size(200))])}`),
  },
  { name: 'comment-looking lines', apply: (t, rng) => insertAt(t, rng, `${rng.pick(LINES)}\n`, true) },
  {
    name: 'comment headers everywhere',
    apply: (t, rng) => t.replace(/\n\n/g, (gap) => (rng.chance(0.3) ? `\n\n${rng.pick(NAMES)} says:\n${rng.pick(['March 3, 2019 at 4:12 pm', '3h', '', 'yesterday'])}\n\n` : gap)),
  },
  { name: '@mentions in odd places', apply: (t, rng) => insertAt(t, rng, rng.pick(['@', '@@', '@ ', `@${rng.pick(NAMES)}`, '@'.repeat(rng.size(300)), `@${'a'.repeat(rng.size(3000))}`, 'email@example.com', '@\n']), rng.chance(0.5)) },
  {
    name: 'quotes in odd places',
    apply: (t, rng) => insertAt(t, rng, rng.pick(['"', '“', '”', '«', '»', '„', "'", '> ', '>>>', `${rng.pick(NAMES)} wrote:\n`, '"'.repeat(rng.size(100)), '“'.repeat(rng.size(100)), '[quote]', '[/quote]']), rng.chance(0.5)),
  },
  { name: 'question marks everywhere', apply: (t, rng) => t.replace(/[.!]/g, (c) => (rng.chance(0.3) ? '?' : c)) },
];
