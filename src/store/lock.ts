// One writer per data folder: the lock file `<data>/.kg-lock` holds the pid of the
// process writing the store. Taking it is one atomic step: the pid is written to a
// file of our own, which is then hard-linked to `.kg-lock` (link fails if the name
// exists, so two processes can never both succeed, and the lock is never seen half
// written).
//
// A lock whose process is gone (killed, crashed) is stale and may be removed, but
// "read the pid, see it dead, remove the file" races: two processes can both see
// the dead pid, one removes the stale lock and takes a fresh one, the other then
// removes that fresh lock and takes its own, and both write the store. So removing
// a stale lock needs a second lock, `.kg-lock.break`, taken the same way; its
// holder checks again that `.kg-lock` is the same stale file (same inode, owner
// still dead) before removing it, and then competes for the lock like everyone
// else. The breaker is held for microseconds; a breaker left by a dead process is
// removed the same way (the only window left: a process killed in those
// microseconds, then two others clearing its breaker at the same instant).
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError, KgError } from '../errors.ts';

export const LOCK_NAME = '.kg-lock';
const BREAKER_NAME = '.kg-lock.break';
/** Our own pid files are named `.kg-lock.<pid>.<random>`: leftovers of killed runs are removed when found. */
const OWN_FILE = /^\.kg-lock\.(\d+)\.[0-9a-f]+$/;

interface Owner { pid: number; ino: number }

/** Take the data folder's lock or throw (another live kg process holds it); returns the release function. */
export function acquireLock(dataDir: string): () => void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (e) {
    throw new InputError(`store: cannot create ${dataDir} (${(e as Error).message})`);
  }
  const lock = path.join(dataDir, LOCK_NAME);
  const breaker = path.join(dataDir, BREAKER_NAME);
  const mine = path.join(dataDir, `${LOCK_NAME}.${process.pid}.${randomBytes(6).toString('hex')}`);
  try {
    fs.writeFileSync(mine, String(process.pid), { flag: 'wx' });
  } catch (e) {
    throw new InputError(`store: cannot write in ${dataDir} (${(e as Error).message})`);
  }
  try {
    removeDeadPidFiles(dataDir);
    for (let attempt = 0; attempt < 200; attempt++) {
      if (linkIfAbsent(mine, lock)) {
        const ino = fs.statSync(lock).ino;
        return () => {
          // only our own lock: never a lock someone took after ours was (wrongly) broken
          if (ownerOf(lock)?.ino === ino) fs.rmSync(lock, { force: true });
        };
      }
      const owner = ownerOf(lock);
      if (!owner) continue; // released meanwhile
      if (isAlive(owner.pid)) throw new KgError(`store: ${dataDir} is in use by another kg process (pid ${owner.pid}); wait for it to finish`);
      // Stale. Only the breaker's holder removes it, after checking it is still the same stale file.
      if (!linkIfAbsent(mine, breaker)) {
        const b = ownerOf(breaker);
        if (b && !isAlive(b.pid) && ownerOf(breaker)?.ino === b.ino) fs.rmSync(breaker, { force: true });
        else pause(5 + attempt);
        continue;
      }
      try {
        const again = ownerOf(lock);
        if (again && again.ino === owner.ino && !isAlive(again.pid)) fs.rmSync(lock, { force: true });
      } finally {
        fs.rmSync(breaker, { force: true });
      }
    }
    throw new KgError(`store: could not lock ${dataDir}; if no kg process is running, remove ${lock}`);
  } finally {
    fs.rmSync(mine, { force: true });
  }
}

/** link(2): atomic, and fails when `to` exists. */
function linkIfAbsent(from: string, to: string): boolean {
  try {
    fs.linkSync(from, to);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new InputError(`store: cannot lock ${path.dirname(to)} (${(e as Error).message})`);
  }
}

/** The lock file's pid and inode; undefined if there is no such file. An unreadable pid counts as a dead process. */
function ownerOf(file: string): Owner | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`store: cannot read ${file} (${(e as Error).message})`);
  }
  try {
    const ino = fs.fstatSync(fd).ino;
    const buf = Buffer.alloc(32);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const pid = Number(buf.toString('utf8', 0, n).trim());
    return { pid: Number.isSafeInteger(pid) && pid > 0 ? pid : 0, ino };
  } finally {
    fs.closeSync(fd);
  }
}

/** Is there a process with this pid (ours included)? */
export function isAlive(pid: number): boolean {
  if (!pid) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pid files of processes killed while taking the lock. */
function removeDeadPidFiles(dataDir: string): void {
  for (const name of fs.readdirSync(dataDir)) {
    const m = OWN_FILE.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(dataDir, name), { force: true });
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** A short blocking wait while another process clears a stale lock (the store code is synchronous). */
function pause(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
