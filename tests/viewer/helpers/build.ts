// The browser tests run against the production build, made (or found current)
// by the same code as `kg serve`'s: src/cli/viewer-build.ts rebuilds viewer/dist
// when it is missing or older than its sources, one process at a time.
import path from 'node:path';
import { ensureViewerBuilt as ensureBuilt, VIEWER_DIST } from '../../../src/cli/viewer-build.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = VIEWER_DIST;

export async function ensureViewerBuilt(): Promise<void> {
  await ensureBuilt();
}
