import type { Task, TaskResult } from './records.js';

/** Main thread to worker. */
export interface TaskMessage {
  id: number;
  task: Task;
}

/** Worker to main thread: ready (modules loaded), a result, or the message of an exception that escaped the task. */
export type ReplyMessage = { ready: true } | { id: number; result: TaskResult } | { id: number; failure: string };
