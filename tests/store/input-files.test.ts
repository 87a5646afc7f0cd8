// Which files `kg ingest FOLDER` reads: articles in name order, symbolic links
// followed to files and folders, each file and folder once, whatever the links.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputFiles } from '../../src/store/input-files.ts';

let root: string;
beforeEach(() => { root = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-input-')); });
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const write = (rel: string, text = 'Some article text.') => {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};
const listed = (folder: string) => collectInputFiles([folder]).map((f) => path.relative(root, f.path));

describe('collectInputFiles', () => {
  it('lists article files in name order, skipping hidden and non-article files', () => {
    write('in/b.txt'); write('in/a.html'); write('in/sub/c.htm'); write('in/.hidden.txt'); write('in/notes.md');
    expect(listed(path.join(root, 'in'))).toEqual(['in/a.html', 'in/b.txt', 'in/sub/c.htm']);
  });

  it('follows links to files and folders outside the input folder', () => {
    write('in/a.txt');
    const outside = write('elsewhere/linked.txt', 'A linked article.');
    write('archive/2024/x.txt'); write('archive/2024/y.txt');
    fs.symlinkSync(outside, path.join(root, 'in/b-link.txt'));
    fs.symlinkSync(path.join(root, 'archive'), path.join(root, 'in/c-archive'));
    const files = collectInputFiles([path.join(root, 'in')]);
    expect(files.map((f) => path.relative(root, f.path))).toEqual(['in/a.txt', 'in/b-link.txt', 'in/c-archive/2024/x.txt', 'in/c-archive/2024/y.txt']);
    expect(files[1]!.bytes).toBe(Buffer.byteLength('A linked article.'));
  });

  it('reads a folder once when links lead back into it, and a file once when two names lead to it', () => {
    write('in/a.txt');
    fs.symlinkSync(path.join(root, 'in'), path.join(root, 'in/loop'));
    fs.symlinkSync(path.join(root, 'in/a.txt'), path.join(root, 'in/z-same.txt'));
    expect(listed(path.join(root, 'in'))).toEqual(['in/a.txt']);
  });

  it('lists each file once when a folder is given twice or with one of its sub-folders', () => {
    write('in/a.txt'); write('in/sub/b.txt');
    const files = collectInputFiles([path.join(root, 'in'), path.join(root, 'in/sub'), path.join(root, 'in')]);
    expect(files.map((f) => path.relative(root, f.path))).toEqual(['in/a.txt', 'in/sub/b.txt']);
  });

  it('passes over a dangling link', () => {
    write('in/a.txt');
    fs.symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'in/broken.txt'));
    expect(listed(path.join(root, 'in'))).toEqual(['in/a.txt']);
  });

  it('says a folder holding only dangling links holds no articles', () => {
    fs.mkdirSync(path.join(root, 'in'));
    fs.symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'in/broken.txt'));
    expect(() => collectInputFiles([path.join(root, 'in')])).toThrow(/^input: folder .* holds no articles/);
  });
});
