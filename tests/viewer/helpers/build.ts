// The browser tests run against the production build; build it once if missing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = path.join(ROOT, 'viewer', 'dist');

export function ensureViewerBuilt(): void {
  if (fs.existsSync(path.join(DIST, 'index.html'))) return;
  execFileSync('npx', ['vite', 'build', '--config', 'viewer/vite.config.ts'], { cwd: ROOT, stdio: 'pipe' });
}
