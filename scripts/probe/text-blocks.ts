/** The classified blocks of one tune page between two line-text markers: role and first line. */
import { readFileSync } from 'node:fs';
import { scanBlocks, withoutLineSpacing } from '../../src/split/text/blocks.js';
import { classifyBlocks, isUnspaced } from '../../src/split/text/classify.js';

const [path, from, to] = process.argv.slice(2) as [string, string, string];
if (/\/check\//u.test(path)) throw new Error('tune pages only');
const text = readFileSync(path, 'utf8');
const scanned = withoutLineSpacing(text, scanBlocks(text, 2000).blocks);
const blocks = classifyBlocks(text, scanned, isUnspaced(scanned));
const a = text.indexOf(from);
const b = text.indexOf(to, a);
for (const block of blocks) {
  if (block.end < a || block.start > b) continue;
  const role = block.role as { kind: string; match?: { rule?: string }; header?: { rule?: string } };
  console.log(`${role.kind}${role.match?.rule ? `:${role.match.rule}` : ''}${role.header?.rule ? `:${role.header.rule}` : ''} | ${block.text.replace(/\n/gu, ' / ').slice(0, 120)}`);
}
