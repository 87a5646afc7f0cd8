// The built viewer (viewer/dist) that `kg serve` and `kg start` hand out, made
// on demand: a fresh clone, a `git pull` that changed the viewer, or a deleted
// dist is rebuilt before the server prints its URL, so the URL always leads to
// a working page. Every build records in dist/.kg-build.json when it started
// and which source files went into it (a plugin in viewer/vite.config.ts);
// dist is up to date while none of those files is newer than that. Several kg processes (or test files) may ask at
// once: a lock folder lets one build, into a temporary folder renamed into
// place, while the others wait and then use its result.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VIEWER = path.join(ROOT, 'viewer');
export const VIEWER_DIST = path.join(VIEWER, 'dist');
const STAMP = '.kg-build.json';
const LOCK = path.join(VIEWER, '.build-lock');
/** Inputs of every build besides the modules Vite reports: the page, the config, the installed packages, the viewer's own sources. */
const ALWAYS = ['viewer/index.html', 'viewer/vite.config.ts', 'package-lock.json'];
const VIEWER_SOURCES = 'viewer/src';

interface BuildStamp {
  /** When the build started (ms since the epoch): a source changed after it makes dist stale. */
  startedMs: number;
  /** Files the build read, relative to the repository root. */
  sources: string[];
}

function mtime(file: string): number | undefined {
  try { return fs.statSync(file).mtimeMs; } catch { return undefined; }
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(path.relative(ROOT, full));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out;
}

/** Why dist must be (re)built, or null when it is up to date. */
export function viewerStaleReason(dist = VIEWER_DIST): string | null {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return 'not built yet';
  let stamp: BuildStamp;
  try { stamp = JSON.parse(fs.readFileSync(path.join(dist, STAMP), 'utf8')) as BuildStamp; } catch { return 'built by another tool, without a record of its sources'; }
  for (const rel of new Set([...stamp.sources, ...ALWAYS, ...listFiles(path.join(ROOT, VIEWER_SOURCES))])) {
    const m = mtime(path.join(ROOT, rel));
    if (m === undefined) { if (stamp.sources.includes(rel)) return `${rel} is gone`; continue; }
    if (m > stamp.startedMs) return `${rel} changed`;
  }
  return null;
}

async function build(log: (line: string) => void): Promise<void> {
  let vite: typeof import('vite');
  try { vite = await import('vite'); } catch {
    throw new KgError('viewer: not built, and Vite, which builds it, is not installed; run `npm install` (with dev dependencies) in the repository');
  }
  log('building the viewer (a few seconds, once per change of its sources)...');
  // Holding the lock, any other temporary folder is what a killed build left behind.
  for (const name of fs.readdirSync(VIEWER)) if (/^\.dist-(tmp|old)-\d+$/.test(name)) fs.rmSync(path.join(VIEWER, name), { recursive: true, force: true });
  const tmp = path.join(VIEWER, `.dist-tmp-${process.pid}`);
  const old = path.join(VIEWER, `.dist-old-${process.pid}`);
  try {
    // viewer/vite.config.ts writes the build's record (STAMP) next to index.html.
    await vite.build({
      configFile: path.join(VIEWER, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: tmp, emptyOutDir: true },
    });
    if (!fs.existsSync(path.join(tmp, 'index.html')) || !fs.existsSync(path.join(tmp, STAMP))) throw new KgError('viewer: the build did not produce index.html and its record');
    // Swap: the old dist is moved aside, the new one renamed into place, the old one removed.
    if (fs.existsSync(VIEWER_DIST)) fs.renameSync(VIEWER_DIST, old);
    fs.renameSync(tmp, VIEWER_DIST);
  } catch (e) {
    if (e instanceof KgError) throw e;
    throw new KgError(`viewer: the build failed (${(e as Error).message.split('\n')[0]}); run \`npm run build:viewer\` to see the whole error`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(old, { recursive: true, force: true });
  }
}

function lockHolderAlive(): boolean {
  let pid: number;
  try { pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8')); } catch {
    // Between mkdir and writing the pid; a lock without one for long was left by a crash.
    return (mtime(LOCK) ?? 0) > Date.now() - 30_000;
  }
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

/**
 * viewer/dist, built first if it is missing or older than its sources. `log`
 * receives one line when a build starts (nothing is printed when dist is current).
 */
export async function ensureViewerBuilt(log: (line: string) => void = () => undefined): Promise<string> {
  for (;;) {
    if (viewerStaleReason() === null) return VIEWER_DIST;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      if (!lockHolderAlive()) fs.rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      if (viewerStaleReason() !== null) await build(log);
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
    return VIEWER_DIST;
  }
}
