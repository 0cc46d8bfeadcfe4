import type { Format } from './types.js';

/** One JSON object per line: what jq, pandas.read_json(lines=True) and --resume read. */
export const jsonl: Format = {
  head: () => '',
  render: ({ record }) => `${JSON.stringify(record)}\n`,
  join: (chunk) => chunk,
  tail: () => '',
};
