/** Worker-thread entry: runs tasks from the main thread one at a time and replies with rendered chunks. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './protocol.js';
import { createAnalyzer } from '../analyzer/index.js';
import { runTask, type WorkerSettings } from './records.js';

const settings = workerData as WorkerSettings;
const WARM_UP = 'Warm-up page\n\nThe council met on Monday in Springfield.\n\nComments\n\nAnna\nWhy? Is that true?\n\nBob\nYes, it is.\n';
// One analyzer per worker: the lexicon, cues and targets are compiled once, for every task.
const analyzer = createAnalyzer({ targets: settings.targets, lexicon: settings.lexicon, maxMs: settings.maxMs });
const port = parentPort;
if (!port) throw new Error('threadlens worker.js must run as a worker thread');

port.on('message', ({ id, task }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    reply = { id, result: runTask(task, settings, analyzer) };
  } catch (error) {
    // runTask turns input faults into records; anything reaching here is a bug, kept to one task.
    reply = { id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
// Taggers load and compile their data on first use; doing that now keeps start-up time out of the
// first page's time budget. The pool starts a task's clock from the ready message.
try {
  runTask({ kind: 'page', source: 'warm-up', content: WARM_UP }, { ...settings, format: 'jsonl', offsets: 'utf16' }, analyzer);
} catch {
  // A warm-up failure would fail the first real page too, where it is reported.
}
port.postMessage({ ready: true } satisfies ReplyMessage);
