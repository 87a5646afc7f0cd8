// What went wrong with a path, in words a user can act on, from a file-system error:
// "does not exist", "is a symbolic link that leads back to itself", "cannot be read:
// permission denied". Used wherever an input path is stat-ed, listed or read.
import fs from 'node:fs';

/** `<path> <problem>` reads as a sentence: "notes.txt cannot be read: permission denied (check its permissions)". */
export function fsProblem(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return isDanglingLink(file) ? `is a symbolic link to ${linkTarget(file)}, which does not exist` : 'does not exist';
    case 'ELOOP':
      return 'is a symbolic link loop (it leads back to itself); point it at a real file or remove it';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied (check its permissions, e.g. chmod u+r)';
    case 'ENOTDIR':
      return 'does not exist (a part of the path is a file, not a folder)';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EIO':
      return 'cannot be read: input/output error';
    case 'ENAMETOOLONG':
      return 'is too long a path';
    default:
      return `cannot be read (${code ?? (error as Error | undefined)?.message ?? 'unknown error'})`;
  }
}

function isDanglingLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function linkTarget(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'a missing path';
  }
}
