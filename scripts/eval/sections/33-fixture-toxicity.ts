/** Slurs, insults and profanity against the hand annotations in fixtures/gold (span overlap). */
import { goldAgreement } from '../../../tests/tag-toxicity-gold.js';
import { printTable } from '../../lib/table.js';

export async function run(): Promise<void> {
  const result = goldAgreement();
  const rows = Object.entries(result.lists).map(([name, list]) => [
    name,
    list.gold,
    list.predicted,
    list.found / Math.max(1, list.gold),
    list.correct / Math.max(1, list.predicted),
    list.anyListFound / Math.max(1, list.gold),
  ]);
  printTable(`Toxicity vs fixture gold, tune pages only (${result.comments} annotated comments, written with the rules: in-sample; a span counts when a finding overlaps it)`, ['list', 'gold spans', 'predicted', 'recall', 'precision', 'found in any list'], rows);
  process.stdout.write(`slur category agreement ${result.slurCategoryAgree}/${result.lists.slurs.found}, use/mention agreement ${result.slurUseAgree}/${result.lists.slurs.found}\n\n`);
}
