import { readSharedJsonl } from '../../lib/table.js';

export interface HateCheckCase {
  functionality: string;
  text: string;
  label: 'hateful' | 'non-hateful';
  target: string;
  /** HateCheck template id: the split keeps whole templates on one side. */
  templateId: string;
}

export function loadHateCheck(): HateCheckCase[] {
  return readSharedJsonl<Record<string, string>>('hatecheck/dev.jsonl').map((row) => ({
      functionality: row.functionality!,
      text: row.test_case!,
      label: row.label_gold as HateCheckCase['label'],
      target: row.target_ident!,
      templateId: row.templ_id!,
    }));
}
