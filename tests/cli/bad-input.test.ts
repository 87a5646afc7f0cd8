// Bad input gets one clear line on stderr and a non-zero exit, never a stack trace,
// and never a half-written store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kg } from '../helpers/cli.ts';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-bad-'));
  fs.mkdirSync(path.join(dir, 'no-articles'));
  fs.writeFileSync(path.join(dir, 'no-articles', 'notes.pdf'), 'x');
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 de Paris', 'latin1'));
  // 50 MB of text: refused before it is read into memory.
  const fd = fs.openSync(path.join(dir, 'huge.txt'), 'w');
  const block = Buffer.alloc(1 << 20, 'word ');
  for (let i = 0; i < 50; i++) fs.writeSync(fd, block);
  fs.closeSync(fd);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectCleanFailure(r: ReturnType<typeof kg>, message: RegExp): void {
  expect(r.status).not.toBe(0);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('kg on bad input', () => {
  it.each([
    [['extract', 'no/such/file.txt'], /does not exist/],
    [['extract'], /no input/],
    [['extract', 'no-articles'], /holds no articles/],
    [['extract', 'empty.txt'], /is empty/],
    [['extract', 'binary.txt'], /binary/],
    [['extract', 'latin1.txt'], /not valid UTF-8/],
    [['extract', 'huge.txt'], /50\.0 MB; an article may be at most/],
    [['extract', '--frobnicate', 'empty.txt'], /unknown flag --frobnicate/],
    [['frobnicate'], /unknown command/],
    [['ingest', 'empty.txt', '--data', 'store-x'], /is empty/],
    [['build', '--data', 'nothing-here'], /holds no articles/],
  ])('kg %j fails cleanly', (args, message) => {
    expectCleanFailure(kg(args as string[], { cwd: dir }), message);
  });

  it('a failed ingest writes no store at all', () => {
    kg(['ingest', 'binary.txt', '--data', 'store-y'], { cwd: dir });
    expect(fs.existsSync(path.join(dir, 'store-y', 'graph.json'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'store-y', 'store', 'manifest.json'))).toBe(false);
  });
});
