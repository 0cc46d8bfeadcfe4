import type { Task, TaskResult } from './records.js';

/** Main thread to worker. */
export interface TaskMessage {
  id: number;
  task: Task;
}

/** Worker to main thread: a result, or the message of an exception that escaped the task. */
export type ReplyMessage = { id: number; result: TaskResult } | { id: number; failure: string };
