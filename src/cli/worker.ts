/** Worker-thread entry: runs tasks from the main thread one at a time and replies with rendered chunks. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './protocol.js';
import { runTask, type WorkerSettings } from './records.js';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('threadlens worker.js must run as a worker thread');

port.on('message', ({ id, task }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, result: runTask(task, settings) };
  } catch (error) {
    // runTask turns input faults into records; anything reaching here is a bug, kept to one task.
    reply = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
