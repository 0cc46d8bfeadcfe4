import type { Format } from './types.js';

/** One JSON array, still written record by record so memory stays flat. */
export const json: Format = {
  head: () => '[\n',
  render: ({ record }) => JSON.stringify(record),
  join: (chunk, first) => (first ? chunk : `,\n${chunk}`),
  tail: (wroteAny) => (wroteAny ? '\n]\n' : ']\n'),
};
