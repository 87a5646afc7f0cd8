// Files and folders that exist but cannot be read: one line naming them; in a folder
// they are skipped with a warning and the rest is ingested. Permission bits mean
// nothing to root, so as root the permission failures are simulated (the file system
// answers EACCES), and a real unreadable file is made from /proc/self/mem (EIO).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../src/store/ingest.ts';
import { collectInputFiles } from '../../src/store/input-files.ts';
import { readArticleFile } from '../../src/store/read-article-file.ts';
import { readManifest } from '../../src/store/store.ts';
import { kg } from '../helpers/cli.ts';

const ROOT_USER = process.getuid?.() === 0;
const GOOD = 'France condemned the attack on Mali on Monday, officials in Paris said.';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-unreadable-'));
  fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'in', 'good.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'in', 'secret.txt'), 'Germany criticised Poland on Monday.');
  fs.writeFileSync(path.join(dir, 'in', 'sub', 'hidden.txt'), 'Spain praised Italy on Tuesday.');
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const p of [path.join(dir, 'in', 'secret.txt'), path.join(dir, 'in', 'sub')]) if (fs.existsSync(p)) fs.chmodSync(p, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

const eacces = (p: string) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });

/** Make `secret.txt` and the folder `sub` unreadable: for real, or as root by failing the calls that read them. */
function lockUp(): void {
  const secret = path.join(dir, 'in', 'secret.txt');
  const sub = path.join(dir, 'in', 'sub');
  if (!ROOT_USER) {
    fs.chmodSync(secret, 0);
    fs.chmodSync(sub, 0);
    return;
  }
  const readFileSync = fs.readFileSync;
  vi.spyOn(fs, 'readFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    if (p === secret) throw eacces(secret);
    return (readFileSync as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readFileSync);
  const readdirSync = fs.readdirSync;
  vi.spyOn(fs, 'readdirSync').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) => {
    if (p === sub) throw eacces(sub);
    return (readdirSync as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof fs.readdirSync);
}

describe('unreadable files and folders', () => {
  it('a folder ingest skips them with a warning naming each, and ingests the rest', async () => {
    lockUp();
    const warnings: string[] = [];
    const data = path.join(dir, 'data');
    const r = await ingest([path.join(dir, 'in')], { dataDir: data, onWarning: (m) => warnings.push(m) });
    expect(r).toMatchObject({ added: 1, skipped: 1 });
    expect(warnings).toEqual([
      `skipped folder ${path.join(dir, 'in', 'sub')} cannot be read: permission denied (check its permissions, e.g. chmod u+r)`,
      `skipped ${path.join(dir, 'in', 'secret.txt')}: read: ${path.join(dir, 'in', 'secret.txt')} cannot be read: permission denied (check its permissions, e.g. chmod u+r)`,
    ]);
    expect(Object.values(readManifest(data).documents).map((d) => d.source)).toEqual(['good.txt']);
  });

  it('the file alone, or the folder itself, is an error naming it', () => {
    lockUp();
    const secret = path.join(dir, 'in', 'secret.txt');
    expect(() => readArticleFile(secret)).toThrow(`read: ${secret} cannot be read: permission denied`);
    expect(() => collectInputFiles([path.join(dir, 'in', 'sub')])).toThrow(`input: folder ${path.join(dir, 'in', 'sub')} cannot be read: permission denied`);
  });

  it.skipIf(!fs.existsSync('/proc/self/mem'))('a file the system refuses to read (a link to /proc/self/mem) is skipped in a folder ingest', async () => {
    fs.symlinkSync('/proc/self/mem', path.join(dir, 'in', 'mem.txt'));
    const warnings: string[] = [];
    const r = await ingest([path.join(dir, 'in')], { dataDir: path.join(dir, 'data'), onWarning: (m) => warnings.push(m) });
    expect(r).toMatchObject({ added: 3, skipped: 1 });
    expect(warnings).toEqual([`skipped ${path.join(dir, 'in', 'mem.txt')}: read: ${path.join(dir, 'in', 'mem.txt')} cannot be read: input/output error`]);
  });
});

describe('links and special files given as articles', () => {
  it.each([
    ['a symbolic link to itself', (p: string) => fs.symlinkSync(p, p), /is a symbolic link loop \(it leads back to itself\)/],
    ['a dangling symbolic link', (p: string) => fs.symlinkSync('/no/such/article.txt', p), /is a symbolic link to \/no\/such\/article\.txt, which does not exist/],
  ])('%s: one line naming it', (_, make, message) => {
    const p = path.join(dir, 'odd.txt');
    make(p);
    expect(() => readArticleFile(p)).toThrow(message);
    expect(() => collectInputFiles([p])).toThrow(message);
  });

  it('kg extract on a symlink loop: one line, exit 2', () => {
    fs.symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
    const r = kg(['extract', 'loop.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('kg: input: loop.txt is a symbolic link loop (it leads back to itself); point it at a real file or remove it');
  });
});
