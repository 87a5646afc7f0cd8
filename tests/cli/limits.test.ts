// Flags that used to have no bound: --jobs, ask --max-hops, and a --data folder
// that is no folder or sits on a system file system (/proc made ingest spin at
// 100% CPU forever). Each is refused with one line and a non-zero exit.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kg, SAMPLE } from '../helpers/cli.ts';
import { checkDataDir } from '../../src/cli/data-dir.ts';

const oneLineError = (r: { status: number | null; stderr: string }, pattern: RegExp) => {
  expect(r.status).toBe(64);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
};

describe('bounded flags', () => {
  it('kg ingest --jobs 100000 is refused', () => {
    oneLineError(kg(['ingest', SAMPLE, '--data', fs.mkdtempSync(path.join(os.tmpdir(), 'kg-jobs-')), '--jobs', '100000'], { timeout: 60_000 }), /--jobs expects an integer from 1 to \d+, got "100000"/);
  });

  it('kg ask --max-hops 1000 is refused', () => {
    oneLineError(kg(['ask', 'How is A connected to B?', '--max-hops', '1000'], { timeout: 60_000 }), /--max-hops expects an integer from 1 to 10, got "1000"/);
  });
});

describe('--data on something that cannot hold a store', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-datafile-')), 'not-a-folder');
  fs.writeFileSync(file, 'x');
  it.each([
    [['ingest', SAMPLE, '--data', '/proc/x'], /data folder \/proc\/x is under \/proc, a system file system/],
    [['ingest', SAMPLE, '--data', '/sys/kernel/kg'], /under \/sys/],
    [['ingest', SAMPLE, '--data', '/dev/null'], /\/dev\/null is not a folder \(it is a special file\)/],
    [['ingest', SAMPLE, '--data', file], /is not a folder \(it is a file\)/],
    [['ask', 'Who is X?', '--data', '/proc/self'], /under \/proc/],
    [['serve', '--port', '0', '--data', '/proc/x'], /under \/proc/],
  ])('kg %j is refused at once', (args, pattern) => {
    // a timeout would leave status null: the old spin fails here instead of hanging the suite
    oneLineError(kg(args as string[], { timeout: 60_000 }), pattern);
  });

  it('accepts a folder that does not exist yet, and an existing one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-data-ok-'));
    expect(checkDataDir(path.join(dir, 'new', 'store'), 'ingest')).toBe(path.join(dir, 'new', 'store'));
    expect(checkDataDir(dir, 'ingest')).toBe(dir);
  });

  it('follows a symlink into /proc', () => {
    const link = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-data-link-')), 'store');
    fs.symlinkSync('/proc/self', link);
    expect(() => checkDataDir(link, 'ingest')).toThrow(/under \/proc/);
  });
});
