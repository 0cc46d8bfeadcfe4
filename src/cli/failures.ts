import { isThreadlensError, ThreadlensError } from '../errors.js';
import { workerHeapMb } from './pool.js';
import type { WorkerSettings } from './records.js';

/** A worker that ran out of memory on a page is that page's problem; anything else is a bug. */
export function workerFailure(error: Error, settings: WorkerSettings): ThreadlensError {
  if (isThreadlensError(error)) return error; // e.g. time-budget, decided by the pool
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    const limit = workerHeapMb(settings.maxBytes);
    return new ThreadlensError('input-too-large', `Analysing it needed more than the ${limit} MB a worker may use; a larger --max-bytes allows more.`);
  }
  return new ThreadlensError('internal', `worker failed: ${error.message}`);
}
