import type { FormatName } from '../args.js';
import { csv } from './csv.js';
import { csvLong } from './csv-long.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import type { Format } from './types.js';

export type { Format, OutputRecord, RenderInput, RowError } from './types.js';

export const FORMATS: Record<FormatName, Format> = { jsonl, json, csv, 'csv-long': csvLong };
