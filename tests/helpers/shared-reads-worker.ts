// Worker side of tests/pipeline/model-cache-shared.test.ts: take the model bytes the test thread
// read into shared memory, read the model's cache entry, and answer with what was read; then
// mark the bytes (byte 0 set to 255) so the test thread can see they are the same memory.
import { parentPort, workerData } from 'node:worker_threads';
import { adoptSharedReads, readUnzipped } from '../../src/pipeline/model-cache.ts';

process.env.KG_MODEL_CACHE = workerData.cacheDir;
adoptSharedReads(workerData.shared);
const bytes = readUnzipped(workerData.modelPath, workerData.variant);
const answer = { length: bytes?.length ?? -1, shared: bytes?.buffer instanceof SharedArrayBuffer, text: bytes ? bytes.toString('latin1', 1) : null };
if (bytes) bytes[0] = 255;
parentPort!.postMessage(answer);
