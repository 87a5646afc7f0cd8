// The data folder every store command uses: --data DIR, else KG_DATA, else ./graph-data,
// checked before any command reads or writes it: it must be a folder (or not exist
// yet) on an ordinary file system. /proc, /sys and the like answer reads and
// writes in ways no store expects (a `kg ingest --data /proc/x` used to spin at
// 100% CPU forever), so they are refused with one line.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import type { ParsedArgs } from './args.ts';
import { stringFlag } from './args.ts';

export const DEFAULT_DATA_DIR = 'graph-data';

/** Linux statfs magic numbers of pseudo file systems (linux/magic.h). */
const SPECIAL_FILE_SYSTEMS = new Map<number, string>([
  [0x9fa0, 'procfs'], [0x62656572, 'sysfs'], [0x1cd1, 'devpts'], [0x64626720, 'debugfs'], [0x74726163, 'tracefs'],
  [0x27e0eb, 'cgroup'], [0x63677270, 'cgroup2'], [0x73636673, 'securityfs'], [0xcafe4a11, 'bpf'], [0x6165676c, 'pstore'],
  [0x62656570, 'configfs'], [0x65735543, 'fusectl'], [0x19800202, 'mqueue'], [0x42494e4d, 'binfmt_misc'], [0xde5e81e4, 'efivarfs'],
]);
/** The same folders by name, for systems without statfs types. */
const SPECIAL_ROOTS = ['/proc', '/sys', '/dev'];

/** The nearest folder of `dir` (itself or an ancestor) that exists, with symlinks resolved. */
function existingAncestor(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    try { return fs.realpathSync(current); } catch { /* does not exist (yet) */ }
    const parent = path.dirname(current);
    if (parent === current) return current;
    current = parent;
  }
}

/** `dir` if it can hold a store; else a UsageError saying why. */
export function checkDataDir(dir: string, command: string): string {
  const fix = 'give --data a folder of your own, e.g. --data graph-data';
  let stat: fs.Stats | undefined;
  try { stat = fs.statSync(dir); } catch { /* not there yet: ingest creates it */ }
  if (stat && !stat.isDirectory()) throw new UsageError(`kg ${command}: data folder ${dir} is not a folder (it is ${stat.isFile() ? 'a file' : 'a special file'}); ${fix}`);
  const real = existingAncestor(dir);
  const root = SPECIAL_ROOTS.find((r) => real === r || real.startsWith(r + '/'));
  if (root) throw new UsageError(`kg ${command}: data folder ${dir} is under ${root}, a system file system, not a place for a store; ${fix}`);
  let type: number | undefined;
  try { type = Number(fs.statfsSync(real).type); } catch { /* statfs not available: the name check above stands */ }
  const special = type === undefined ? undefined : SPECIAL_FILE_SYSTEMS.get(type);
  if (special) throw new UsageError(`kg ${command}: data folder ${dir} is on ${special}, a system file system, not a place for a store; ${fix}`);
  return dir;
}

export function dataDirOf(args: ParsedArgs, command = 'data'): string {
  return checkDataDir(stringFlag(args, 'data') ?? process.env.KG_DATA ?? DEFAULT_DATA_DIR, command);
}
