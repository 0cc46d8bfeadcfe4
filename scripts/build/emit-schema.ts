/** Writes dist/schema.json: JSON Schema generated from the same zod schemas the code uses. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { CommentRecord, CommentTags, ErrorRecord, PageAnalysis } from '../../src/schema/index.js';

const schema = z.toJSONSchema(z.union([PageAnalysis, CommentRecord, ErrorRecord, CommentTags]), { target: 'draft-2020-12', unrepresentable: 'any' });
mkdirSync('dist', { recursive: true });
writeFileSync('dist/schema.json', `${JSON.stringify({ title: 'threadlens records', ...schema }, null, 2)}\n`);
process.stderr.write('wrote dist/schema.json\n');
