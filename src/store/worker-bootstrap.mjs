// Worker threads start here: register tsx's TypeScript loader in this thread,
// then load the TypeScript entry named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
