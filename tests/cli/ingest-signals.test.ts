// SIGTERM / Ctrl-C stop `kg ingest` while it analyses in its own thread (the default
// for less than 4 MiB of new text): the analysis loop returns to the event loop
// between articles, so the signal is seen at the next article, not after the last.
// Exit 130, nothing committed. Before, the loop never yielded: every article was
// analysed before the signal was noticed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { ROOT } from '../helpers/cli.ts';

const ARTICLES = 400;
let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-ingest-signal-'));
  fs.mkdirSync(path.join(dir, 'in'));
  for (const a of generateCorpus(ARTICLES, 3)) fs.writeFileSync(path.join(dir, 'in', a.name), a.text);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kg ingest analysing in-process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops at the next article on %s: exit 130, nothing committed', async (signal) => {
    const data = path.join(dir, `data-${signal}`);
    const analyses = path.join(data, 'store', 'analyses');
    const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/launch.mjs'), 'ingest', path.join(dir, 'in'), '--data', data, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, KG_DEBUG: '' } });
    let stderr = '';
    child.stderr.on('data', (b) => { stderr += b; });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // analysis files are written as they are made: the first one means the loop is running
    while (!(fs.existsSync(analyses) && fs.readdirSync(analyses).some((n) => n.endsWith('.json')))) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    expect(await exit).toBe(130);
    expect(stderr).toMatch(/kg: ingest: interrupted; the store is unchanged/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(data, 'store', 'manifest.json'))).toBe(false);
    expect(fs.existsSync(path.join(data, 'graph.json'))).toBe(false);
    expect(fs.existsSync(path.join(data, '.kg-lock'))).toBe(false);
    // stopped long before the end
    expect(fs.readdirSync(analyses).filter((n) => n.endsWith('.json')).length).toBeLessThan(ARTICLES / 2);
  }, 120_000);
});
