import { isThreadlensError } from '../errors.js';
import type { ErrorRecord, PageError } from '../schema/index.js';
import { recordVersions } from './versions.js';

/** The `error` member of an error record: a code a script can branch on, a message for people. */
export type ErrorInfo = ErrorRecord['error'];

/** Node's file-system failures all mean the same thing to a caller: the input could not be read. */
const UNREADABLE_ERRNO = new Set(['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'ENOTDIR', 'EIO', 'ENXIO', 'ENAMETOOLONG', 'EMFILE']);

/** Turns anything thrown while reading or analysing one input into an error record's payload. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (isThreadlensError(error)) return { code: error.code, message: error.message };
  const errno = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof errno === 'string' && UNREADABLE_ERRNO.has(errno)) return { code: 'unreadable', message };
  return { code: 'internal', message };
}

export type { PageError } from '../schema/index.js';

export function errorRecord(source: string | undefined, error: unknown): PageError {
  return { ...(source !== undefined ? { source } : {}), error: toErrorInfo(error), ...recordVersions() };
}
