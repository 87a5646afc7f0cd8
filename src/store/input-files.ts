// Turn the paths a user gives (files and folders) into the list of article
// files to read, in a stable order, with clear errors for what cannot be used.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { formatOf } from '../pipeline/read.ts';

export interface InputFile {
  path: string;
  bytes: number;
}

export function collectInputFiles(paths: string[]): InputFile[] {
  if (paths.length === 0) throw new InputError('no input: give one or more article files or folders (.txt, .html)');
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, stat: fs.Stats) => {
    const real = path.resolve(file);
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ path: file, bytes: stat.size });
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`input: ${p} does not exist (expected an article file or a folder of articles)`);
    }
    if (stat.isDirectory()) {
      const before = out.length;
      walk(p, add);
      if (out.length === before) throw new InputError(`input: folder ${p} holds no articles (.txt, .html or .htm files)`);
    } else if (stat.isFile()) {
      add(p, stat);
    } else {
      throw new InputError(`input: ${p} is not a regular file or folder`);
    }
  }
  return out;
}

function walk(dir: string, add: (file: string, stat: fs.Stats) => void): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, add);
    else if (entry.isFile() && formatOf(entry.name)) add(full, fs.statSync(full));
  }
}
