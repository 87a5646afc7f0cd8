// The launcher's bundle folder (node_modules/.cache/news-kg): one bundle per build of a
// checkout's sources, named by sourceKey. Checkouts that share node_modules (git worktrees
// linking one) share the folder, and a command may import a bundle's chunks long after it
// started (`kg serve` exporting, a long ingest starting workers), so a bundle goes only when it
// is provably stale: it is not the current build of the checkout it was built from (that
// checkout's sources have changed since, or the checkout is gone), and no running process
// started from it. Each bundle records its checkout (CHECKOUT_RECORD: its src folder); each
// process registers in the bundle it runs (USERS/<pid>, removed at exit). A bundle from a
// launcher that registered nobody (no record) goes only once stale and a day old.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file in a bundle folder naming the src folder it was built from. */
export const CHECKOUT_RECORD = 'checkout';
/** The folder in a bundle folder holding one empty file per running process started from it, named by its pid. */
export const USERS = 'users';

const HOUR = 60 * 60 * 1000;
/** A bundle registered in this recently is kept whatever its users' state (a process may be between finding and registering). */
const REGISTERING_MS = 10 * 60 * 1000;
/** Bundles of launchers that kept no record of their checkout or users: stale ones go at this age. */
const UNRECORDED_MAX_AGE_MS = 24 * HOUR;

/** A key that changes when any source file under `srcDir` is added, removed or modified (the bundle's folder name). */
export function sourceKey(srcDir) {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|mts|mjs|js|json)$/.test(entry.name)) hash.update(`${full}:${fs.statSync(full).mtimeMs}\n`);
    }
  };
  walk(srcDir);
  return hash.digest('hex').slice(0, 16);
}

/** Record in a freshly built bundle folder the src folder it was built from. */
export function writeCheckoutRecord(bundle, srcDir) {
  fs.writeFileSync(path.join(bundle, CHECKOUT_RECORD), srcDir);
}

/** Register this process as running from `bundle` until it exits. Never throws. */
export function registerUser(bundle) {
  const file = path.join(bundle, USERS, String(process.pid));
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
  } catch { return; }
  process.once('exit', () => { try { fs.rmSync(file, { force: true }); } catch { /* gone with the bundle */ } });
}

/** The src folder a bundle was built from: its record, else (a bundle from before records) the first source path its code names; null if neither says. */
export function checkoutOf(bundle) {
  try { return fs.readFileSync(path.join(bundle, CHECKOUT_RECORD), 'utf8'); } catch { /* an older launcher's bundle */ }
  try {
    // modules keep their import.meta.url as a file URL (the launcher's keep-module-url plugin)
    const m = /"(file:\/\/\/[^"]*\/src)\/pipeline\/[^"]*\.ts"/.exec(fs.readFileSync(path.join(bundle, 'cli.cjs'), 'utf8'));
    return m ? fileURLToPath(m[1]) : null;
  } catch { return null; }
}

function isAlive(pid) {
  try { process.kill(pid, 0); return true; } catch (e) { return e.code === 'EPERM'; }
}

/** Whether a process registered in `bundle` still runs, or one may be registering. */
function inUse(bundle, now) {
  const users = path.join(bundle, USERS);
  let names;
  try { names = fs.readdirSync(users); } catch {
    // nobody registered yet: a fresh build's first process may be about to
    try { return now - fs.statSync(bundle).mtimeMs < REGISTERING_MS; } catch { return false; }
  }
  try { if (now - fs.statSync(users).mtimeMs < REGISTERING_MS) return true; } catch { return false; }
  return names.some((n) => /^\d+$/.test(n) && isAlive(Number(n)));
}

/**
 * Remove from `cacheDir` the bundles that are provably stale (see above), never `keep`.
 * `now` and `currentKey` (a checkout's current sourceKey, null when it is gone) are for tests. Never throws.
 */
export function pruneOldBundles(cacheDir, keep, { now = Date.now(), currentKey = currentKeyOf } = {}) {
  let names;
  try { names = fs.readdirSync(cacheDir); } catch { return; }
  const keys = new Map();
  const keyOf = (checkout) => { if (!keys.has(checkout)) keys.set(checkout, currentKey(checkout)); return keys.get(checkout); };
  for (const name of names) {
    if (name === keep) continue;
    const full = path.join(cacheDir, name);
    try {
      const age = now - fs.statSync(full).mtimeMs;
      // a build's temporary folder (renamed into place within seconds), or a bundle of the launcher's first layout
      if (name.includes('.tmp-') || name.startsWith('cli-')) { if (age > HOUR || name.startsWith('cli-')) fs.rmSync(full, { recursive: true, force: true }); continue; }
      const checkout = checkoutOf(full);
      if (checkout === null || keyOf(checkout) === name) continue;
      const recorded = fs.existsSync(path.join(full, CHECKOUT_RECORD));
      if (recorded ? inUse(full, now) : age <= UNRECORDED_MAX_AGE_MS) continue;
      fs.rmSync(full, { recursive: true, force: true });
    } catch { /* already gone, or not ours to judge */ }
  }
}

/** A checkout's current sourceKey, null when its src folder is gone. */
function currentKeyOf(srcDir) {
  try { return sourceKey(srcDir); } catch { return null; }
}
