import { readFileSync } from 'node:fs';
import { SHARED_DATA } from '../../lib/table.js';

export interface HateCheckCase {
  functionality: string;
  text: string;
  label: 'hateful' | 'non-hateful';
  target: string;
}

export function loadHateCheck(): HateCheckCase[] {
  return readFileSync(`${SHARED_DATA}hatecheck/dev.jsonl`, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, string>)
    .map((row) => ({
      functionality: row.functionality!,
      text: row.test_case!,
      label: row.label_gold as HateCheckCase['label'],
      target: row.target_ident!,
    }));
}
