// Starts a TypeScript worker: registers tsx in the worker thread (loaders
// given on the command line do not reach workers on Node 20), then loads the
// entry named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
