// Run the real `kg` CLI in a child process, as users and scripts do (through the
// same launcher as `npm run kg`).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SAMPLE_DIR = path.join(ROOT, 'graph-data', 'articles');
export const SAMPLE = path.join(SAMPLE_DIR, 'ukraine-cuts-ties-with-north-korea.txt');

/** tsx's loader by absolute URL, so the CLI runs from any working directory. */
export const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface CliResult { status: number | null; stdout: string; stderr: string }

export function kg(args: string[], opts: { cwd?: string; input?: string; timeout?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'src/cli/launch.mjs'), ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    input: opts.input,
    timeout: opts.timeout ?? 120_000,
    maxBuffer: 1 << 28,
    env: { ...process.env, KG_DEBUG: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
