// Turn the paths a user gives (files and folders) into the list of article
// files to read, in a stable order, with clear errors for what cannot be used.
import fs from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.ts';
import { formatOf } from '../pipeline/read.ts';
import { fsProblem } from './fs-problem.ts';

export interface InputFile {
  path: string;
  bytes: number;
  /**
   * The article's name in listings: its path relative to the folder it was found
   * in (with '/'), or the file name when it was given directly; never where the
   * folder sits on this machine.
   */
  name: string;
}

/**
 * `onWarning`: a folder inside a folder given that cannot be listed is passed over with a
 * warning; without it, that is an error. A path given that cannot be used is always an error.
 */
export function collectInputFiles(paths: string[], onWarning?: (message: string) => void): InputFile[] {
  if (paths.length === 0) throw new InputError('no input: give one or more article files or folders (.txt, .html)');
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (file: string, stat: fs.Stats, name: string, real = realPath(file)) => {
    if (seen.has(real)) return;
    seen.add(real);
    out.push({ path: file, bytes: stat.size, name });
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      const problem = fsProblem(p, e);
      throw new InputError(`input: ${p} ${problem}${problem === 'does not exist' ? ' (expected an article file or a folder of articles)' : ''}`);
    }
    if (stat.isDirectory()) {
      const unlistable = (dir: string, e: unknown) => {
        const message = `folder ${dir} ${fsProblem(dir, e)}`;
        if (dir === p || !onWarning) throw new InputError(`input: ${message}`);
        onWarning(`skipped ${message}`);
      };
      if (walk(p, (file, st, real) => add(file, st, path.relative(p, file).split(path.sep).join('/'), real), new Set(), unlistable) === 0) throw new InputError(`input: folder ${p} holds no articles (.txt, .html or .htm files)`);
    } else if (stat.isFile()) {
      add(p, stat, path.basename(p));
    } else {
      throw new InputError(`input: ${p} is not a regular file or folder`);
    }
  }
  return out;
}

/**
 * Every article file under `dir`, in name order; returns how many it met, counting
 * those another argument already listed. Symbolic links are followed, to files and
 * to folders alike (an archive is often assembled from links); a folder reached
 * twice, e.g. through a link to one of its parents, is read once, and a dangling
 * link is passed over like any other file that is not an article.
 */
function walk(dir: string, add: (file: string, stat: fs.Stats, real?: string) => void, visited: Set<string>, unlistable: (dir: string, error: unknown) => void): number {
  const real = realPath(dir);
  if (visited.has(real)) return 0;
  visited.add(real);
  let articles = 0;
  let listed: fs.Dirent[];
  try {
    listed = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    unlistable(dir, e);
    return 0;
  }
  const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const stat = entry.isSymbolicLink() ? statOrNull(full) : null;
    if (entry.isDirectory() || stat?.isDirectory()) {
      articles += walk(full, add, visited, unlistable);
    } else if ((entry.isFile() || stat?.isFile()) && formatOf(entry.name)) {
      // unreadable files are listed all the same: reading them reports why they cannot be read;
      // a file that is no link is where the folder's real path says (no realpath call per file)
      add(full, stat ?? statOrNull(full) ?? NO_STAT, stat ? undefined : path.join(real, entry.name));
      articles++;
    }
  }
  return articles;
}

/** Size unknown: the file could not be stat-ed (reading it will say why). */
const NO_STAT = { size: 0 } as fs.Stats;

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
