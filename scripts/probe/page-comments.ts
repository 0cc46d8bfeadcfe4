/** One tune page's comments as the text splitter reads them: id, author, parent, reply rule, header, opening. */
import { readFileSync } from 'node:fs';
import { splitPage } from '../../src/index.js';

const path = process.argv[2]!;
if (/\/check\//u.test(path)) throw new Error('tune pages only');
const result = splitPage(readFileSync(path, 'utf8'));
const line = (s: string | undefined | null) => (s ?? '').replace(/\s+/gu, ' ').slice(0, 90);
for (const c of result.comments) {
  console.log(`${c.id} [${c.author}] -> ${c.parentId ?? 'top'} (${c.replyEvidence?.rule ?? '-'}) | hdr: ${line(c.header?.text)}\n    ${line(c.text)}`);
}
