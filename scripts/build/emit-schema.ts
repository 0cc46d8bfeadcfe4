/** Writes dist/schema.json: JSON Schema generated from the same zod schemas the code uses. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { AnalyzedPage, CommentRecord, CommentTags, ErrorRecord, PageAnalysis, TargetInput } from '../../src/schema/index.js';
import { GroupOptions } from '../../src/tag/groups/schema.js';
import { LexiconFile } from '../../src/tag/lexicon/schema.js';

const schema = z.toJSONSchema(z.union([AnalyzedPage, PageAnalysis, CommentRecord, ErrorRecord, CommentTags]), { target: 'draft-2020-12', unrepresentable: 'any' });
// Stance targets are input (--targets files, `targets` fields of comment rows), not records: they
// sit in $defs beside the record shapes, described as input so extra keys stay allowed.
const targets = z.toJSONSchema(TargetInput, { target: 'draft-2020-12', io: 'input' });
// Caller groups for identity attacks (TagContext.identity.groups) are input too.
const groups = z.toJSONSchema(GroupOptions, { target: 'draft-2020-12', io: 'input' });
// So are `--lexicon` files (and the `lexicon` option): LexiconFile, with its LexiconEntry.
const lexicon = z.toJSONSchema(LexiconFile, { target: 'draft-2020-12', io: 'input' });
schema.$defs = { ...schema.$defs, ...targets.$defs, ...groups.$defs, ...lexicon.$defs, TargetsFile: { type: 'array', items: { $ref: '#/$defs/TargetInput' } } };
mkdirSync('dist', { recursive: true });
writeFileSync('dist/schema.json', `${JSON.stringify({ title: 'threadlens records', ...schema }, null, 2)}\n`);
process.stderr.write('wrote dist/schema.json\n');
