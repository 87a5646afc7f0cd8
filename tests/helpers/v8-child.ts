// Child node processes for tests of V8 flag phases (tests/store/tier-up.test.ts,
// tests/store/optimizing-compiler.test.ts): V8's flags belong to the process, so each case runs
// in a node of its own with one export of the module under test imported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * A runner of `body` (ES module text, with `name` imported from `modulePath`) in a child node, its
 * last stdout line parsed as JSON; `dir()` is the suite's temporary folder (removed after it).
 */
export function v8Child(modulePath: string, name: string, prefix: string): { child: (body: string, nodeArgs?: string[]) => unknown; dir: () => string } {
  const module = pathToFileURL(modulePath).href;
  let dir = '';
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix)); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const child = (body: string, nodeArgs: string[] = []): unknown => {
    const script = path.join(dir, `child-${Math.random().toString(36).slice(2)}.mjs`);
    fs.writeFileSync(script, `import { ${name} } from ${JSON.stringify(module)};\n${body}`);
    const r = spawnSync(process.execPath, [...nodeArgs, '--import', TSX, script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').pop()!);
  };
  return { child, dir: () => dir };
}
