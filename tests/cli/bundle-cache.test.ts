// Which of the launcher's bundles may be removed (src/cli/bundle-cache.mjs): checkouts that share
// node_modules share the bundle folder, so a bundle goes only when it is not the current build of
// its checkout and no running process started from it; another checkout's bundle is never removed
// for its age alone (a long run there imports its chunks lazily).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKOUT_RECORD, pruneOldBundles, sourceKey, USERS, writeCheckoutRecord } from '../../src/cli/bundle-cache.mjs';

const HOUR = 60 * 60 * 1000;
let root = '';
let cache = '';

/** A checkout with one source file: its src folder. */
function checkout(name: string): string {
  const src = path.join(root, name, 'src');
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(src, 'main.ts'), `export const name = ${JSON.stringify(name)};\n`);
  return src;
}

/** A bundle folder named `key`, built from `src` (recorded unless `recorded` is false), last changed `ageMs` ago. */
function bundle(key: string, src: string, ageMs: number, { recorded = true, users = [] as number[] } = {}): string {
  const dir = path.join(cache, key);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'cli.mjs'), '');
  // as the launcher builds it: source paths kept as file URLs in the CommonJS bundle
  fs.writeFileSync(path.join(dir, 'cli.cjs'), `var u = "file://${src}/pipeline/gazetteer/places.ts";\n`);
  if (recorded) writeCheckoutRecord(dir, src);
  const when = new Date(Date.now() - ageMs);
  if (users.length) {
    fs.mkdirSync(path.join(dir, USERS));
    for (const pid of users) fs.writeFileSync(path.join(dir, USERS, String(pid)), '');
    fs.utimesSync(path.join(dir, USERS), when, when);
  }
  fs.utimesSync(dir, when, when);
  return dir;
}

/** The pid of a process that has ended. */
const DEAD_PID = spawnSync(process.execPath, ['-e', '0']).pid!;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bundles-'));
  cache = path.join(root, 'cache');
  fs.mkdirSync(cache);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('pruning the launcher bundles', () => {
  it("keeps another checkout's current build however old, and a stale build a running process started from", () => {
    const mine = checkout('mine'), other = checkout('other');
    const keep = sourceKey(mine);
    bundle(keep, mine, 0);
    const current = bundle(sourceKey(other), other, 5 * HOUR);
    const running = bundle('0123456789abcdef', other, 5 * HOUR, { users: [process.pid] });
    pruneOldBundles(cache, keep);
    expect(fs.existsSync(current), "the other checkout's current build").toBe(true);
    expect(fs.existsSync(running), 'an older build a live process runs from').toBe(true);
    expect(fs.existsSync(path.join(cache, keep))).toBe(true);
  });

  it('removes a build no longer current once its processes have ended, and the builds of a checkout that is gone', () => {
    const mine = checkout('mine'), other = checkout('other');
    const keep = sourceKey(mine);
    bundle(keep, mine, 0);
    const myOld = bundle('00000000000000aa', mine, 2 * HOUR, { users: [DEAD_PID] });
    const otherOld = bundle('00000000000000bb', other, 2 * HOUR);
    const goneSrc = path.join(root, 'gone', 'src');
    const gone = bundle('00000000000000cc', goneSrc, 2 * HOUR);
    // just built by another process, which has not registered yet
    const fresh = bundle('00000000000000dd', other, 0);
    pruneOldBundles(cache, keep);
    expect(fs.existsSync(myOld)).toBe(false);
    expect(fs.existsSync(otherOld)).toBe(false);
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  it("an older launcher's bundle (no record, no users): its checkout read from its code, removed once stale and a day old", () => {
    const mine = checkout('mine'), other = checkout('other');
    const keep = sourceKey(mine);
    const current = bundle(sourceKey(other), other, 30 * HOUR, { recorded: false });
    const staleRecent = bundle('00000000000000ee', other, 5 * HOUR, { recorded: false });
    const staleOld = bundle('00000000000000ff', other, 30 * HOUR, { recorded: false });
    expect(fs.existsSync(path.join(staleOld, CHECKOUT_RECORD))).toBe(false);
    pruneOldBundles(cache, keep);
    expect(fs.existsSync(current)).toBe(true);
    expect(fs.existsSync(staleRecent)).toBe(true);
    expect(fs.existsSync(staleOld)).toBe(false);
  });
});
