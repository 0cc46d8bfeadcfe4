import { SCHEMA_VERSION } from '../schema/index.js';
import { LEXICON_VERSION } from '../tag/versions.js';
import { THREADLENS_VERSION } from '../version.js';

/** Stamped on every batch record so a result traces back to the code and lexicons that made it. */
export interface RecordVersions {
  threadlensVersion: string;
  schemaVersion: string;
  lexiconVersion: string;
}

export function recordVersions(): RecordVersions {
  return { threadlensVersion: THREADLENS_VERSION, schemaVersion: SCHEMA_VERSION, lexiconVersion: LEXICON_VERSION };
}
