// Child process for lock.test.ts: waits for the go file, takes the store lock,
// logs "enter <pid>", holds it a moment, logs "exit <pid>" and releases it.
// Exit 0: held it; 3: refused (another live process held it).
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock } from '../../src/store/store.ts';

const [dataDir, go] = process.argv.slice(2) as [string, string];
const log = path.join(dataDir, 'log');
const wait = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
fs.writeFileSync(`${go}.ready.${process.pid}`, '');
while (!fs.existsSync(go)) wait(1);
let release: () => void;
try {
  release = acquireLock(dataDir);
} catch (e) {
  if (!/in use by another kg process/.test((e as Error).message)) { console.error((e as Error).message); process.exit(1); }
  process.exit(3);
}
fs.appendFileSync(log, `enter ${process.pid}\n`);
wait(100);
fs.appendFileSync(log, `exit ${process.pid}\n`);
release();
