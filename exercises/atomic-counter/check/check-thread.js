// Hidden check's thread: calls the reader's increment() `each` times.
import { workerData, parentPort } from 'node:worker_threads';
import { increment } from './counter.js';

const counter = new Int32Array(workerData.buffer);
for (let i = 0; i < workerData.each; i++) increment(counter);
parentPort.postMessage(workerData.each);
