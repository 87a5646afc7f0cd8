// The store lock under contention: many processes racing for a stale lock (its owner
// is dead). Before the lock was taken atomically, two could both remove the stale
// file and both "hold" the lock, and two ingests then wrote the store at once.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, readManifest } from '../../src/store/store.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { ROOT, SAMPLE, TSX_LOADER } from '../helpers/cli.ts';

const HOLDER = path.join(path.dirname(new URL(import.meta.url).pathname), 'lock-holder.ts');
const dirs: string[] = [];
const tempDir = () => { const d = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-lock-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

/** The pid of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', TSX_LOADER, HOLDER, ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => resolve(code));
  });
}

describe('store lock', () => {
  it('is taken, refused while held, and released', () => {
    const data = tempDir();
    const release = acquireLock(data);
    expect(fs.readFileSync(path.join(data, '.kg-lock'), 'utf8')).toBe(String(process.pid));
    expect(() => acquireLock(data)).toThrow(/in use by another kg process \(pid \d+\)/);
    release();
    expect(fs.readdirSync(data)).toEqual([]);
  });

  it.each([
    ['a dead pid', () => String(deadPid())],
    ['an empty file', () => ''],
    ['no number', () => 'garbage'],
  ])('takes over a stale lock holding %s', (_, content) => {
    const data = tempDir();
    fs.writeFileSync(path.join(data, '.kg-lock'), content());
    const release = acquireLock(data);
    expect(fs.readFileSync(path.join(data, '.kg-lock'), 'utf8')).toBe(String(process.pid));
    release();
  });

  it('removes the pid files and breaker left by killed processes', () => {
    const data = tempDir();
    const dead = deadPid();
    fs.writeFileSync(path.join(data, `.kg-lock.${dead}.abcdef`), String(dead));
    fs.writeFileSync(path.join(data, '.kg-lock.break'), String(dead));
    fs.writeFileSync(path.join(data, '.kg-lock'), String(dead));
    acquireLock(data)();
    expect(fs.readdirSync(data)).toEqual([]);
  });

  it('clears temp files of writers that were killed, and only those', () => {
    const data = tempDir();
    fs.mkdirSync(path.join(data, 'store', 'analyses'), { recursive: true });
    const dead = deadPid();
    const stale = [`graph.json.tmp-${dead}-1733300000000`, `store/manifest.json.tmp-${dead}-1`, `store/corrections.json.tmp-${dead}-2`, `store/analyses/0123456789abcdef.json.tmp-${dead}-3`];
    const kept = [`graph.json.tmp-${process.pid}-1733300000000`, 'graph.json', 'store/manifest.json', 'notes.tmp-x'];
    for (const f of [...stale, ...kept]) fs.writeFileSync(path.join(data, f), '{');
    acquireLock(data)();
    for (const f of stale) expect(fs.existsSync(path.join(data, f)), f).toBe(false);
    for (const f of kept) expect(fs.existsSync(path.join(data, f)), f).toBe(true);
  });

  it('is held by one process at a time when 8 processes race for a stale lock', async () => {
    for (let round = 0; round < 1; round++) {
      const data = tempDir();
      const go = path.join(tempDir(), 'go');
      fs.writeFileSync(path.join(data, '.kg-lock'), String(deadPid()));
      const count = 8;
      const exits = Array.from({ length: count }, () => run([data, go]));
      // start them together: the go file appears once every process is waiting for it
      while (fs.readdirSync(path.dirname(go)).filter((n) => n.startsWith('go.ready.')).length < count) await new Promise((r) => setTimeout(r, 20));
      fs.writeFileSync(go, '');
      const codes = await Promise.all(exits);
      expect(codes.every((c) => c === 0 || c === 3)).toBe(true);
      const log = fs.readFileSync(path.join(data, 'log'), 'utf8').trim().split('\n');
      expect(log.length).toBe(2 * codes.filter((c) => c === 0).length);
      // every "enter" is followed by the same process's "exit" before anyone else enters
      for (let k = 0; k < log.length; k += 2) {
        expect(log[k]).toMatch(/^enter \d+$/);
        expect(log[k + 1]).toBe(log[k]!.replace('enter', 'exit'));
      }
      expect(fs.readdirSync(data).sort()).toEqual(['log']);
    }
  }, 60_000);
});

describe('kg ingest started 4 times at once on a stale lock', () => {
  it('runs once; the others say the store is in use; the store is whole', async () => {
    const data = tempDir();
    fs.writeFileSync(path.join(data, '.kg-lock'), String(deadPid()));
    const runs = Array.from({ length: 4 }, () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.join(ROOT, 'src/cli/launch.mjs'), 'ingest', SAMPLE, '--data', data], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, KG_DEBUG: '' } });
      let stderr = '';
      child.stderr.on('data', (b) => { stderr += b; });
      child.on('exit', (code) => resolve({ code, stderr }));
    }));
    const results = await Promise.all(runs);
    const ok = results.filter((r) => r.code === 0);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => x.code !== 0)) expect(r.stderr.trim()).toMatch(/^kg: store: .* is in use by another kg process \(pid \d+\); wait for it to finish$/);
    const manifest = readManifest(data);
    const ids = Object.keys(manifest.documents);
    expect(ids).toHaveLength(1);
    expect(fs.readdirSync(path.join(data, 'store', 'analyses'))).toEqual([`${ids[0]}.json`]);
    expect(loadGraph(data).order).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(data, '.kg-lock'))).toBe(false);
  }, 90_000);
});
