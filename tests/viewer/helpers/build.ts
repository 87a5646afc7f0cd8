// The browser tests run against the production build. Build it when it is
// missing or older than its sources; test files run in parallel, so a lock
// folder keeps two builds from writing viewer/dist at once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = path.join(ROOT, 'viewer', 'dist');
const LOCK = path.join(ROOT, 'viewer', '.build-lock');
const SOURCES = ['viewer/src', 'viewer/index.html', 'viewer/vite.config.ts', 'src/graph/open', 'src/types.ts'];

function newestSource(p: string): number {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(p).map((f) => newestSource(path.join(p, f))));
}

function upToDate(): boolean {
  const index = path.join(DIST, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  return SOURCES.every((s) => !fs.existsSync(path.join(ROOT, s)) || newestSource(path.join(ROOT, s)) <= built);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureViewerBuilt(): void {
  for (let waited = 0; ; waited += 200) {
    if (upToDate()) return;
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // Another test file is building; a lock older than two minutes is left over from a crash.
      if (waited > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      sleep(200);
    }
  }
  try {
    if (!upToDate()) execFileSync('npx', ['vite', 'build', '--config', 'viewer/vite.config.ts'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
