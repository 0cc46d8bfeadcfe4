import type * as z from 'zod';
import type { ErrorCode } from './schema/records.js';

/** Codes a caller can branch on; messages are for people. */
export type ThreadlensErrorCode = z.infer<typeof ErrorCode>;

export class ThreadlensError extends Error {
  readonly code: ThreadlensErrorCode;

  constructor(code: ThreadlensErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ThreadlensError';
    this.code = code;
  }

  toJSON(): { code: ThreadlensErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isThreadlensError(value: unknown): value is ThreadlensError {
  return value instanceof ThreadlensError;
}
