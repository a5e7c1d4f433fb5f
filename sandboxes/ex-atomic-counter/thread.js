// One worker thread: calls increment() `each` times on the shared counter, then says how many.
import { workerData, parentPort } from 'node:worker_threads';
import { increment } from './counter.js';

const counter = new Int32Array(workerData.buffer);
for (let i = 0; i < workerData.each; i++) increment(counter);
parentPort.postMessage(workerData.each);
