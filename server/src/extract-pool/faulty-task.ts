// A worker module for pool.test.ts: the real extraction (task.ts), except that an article holding
// FAULT:throw throws and one holding FAULT:exit ends its thread mid-task, as a crash in native code would.
import extract, { type ExtractTask } from './task.ts';

export default function faultyExtract(task: ExtractTask) {
  if (task.text.includes('FAULT:throw')) throw new Error('the extractor threw');
  if (task.text.includes('FAULT:exit')) process.exit(3);
  return extract(task);
}
