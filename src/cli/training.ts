// What the `kg train-*` commands share: which data files they read (the default
// development file only when --train is not given), reading one with a one-line
// error that says what was expected, and writing the model atomically.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../errors.ts';
import { stringFlag, type ParsedArgs } from './args.ts';

export interface DataFiles {
  trainFile: string;
  /** Absent when the user gave --train without --dev: their data, no default scoring set. */
  devFile: string | undefined;
}

/** --train and --dev, or the defaults; positional arguments are refused. */
export function dataFiles(args: ParsedArgs, command: string, defaults: { train: string; dev: string }): DataFiles {
  if (args.positional.length) throw new InputError(`${command}: unexpected argument "${args.positional[0]}"; pass data files with --train/--dev`);
  const train = stringFlag(args, 'train');
  return { trainFile: train ?? defaults.train, devFile: stringFlag(args, 'dev') ?? (train ? undefined : defaults.dev) };
}

/** The text of a data file; `expected` ends the error line (what the file should be, and how to pass another). */
export function readDataText(command: string, role: string, file: string, expected: string): string {
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`${command}: ${role} file ${file} cannot be read (${code}); ${expected}`);
  }
}

/** Write the model through a temporary file, so a failed write never leaves half a model. */
export function writeModelFile(command: string, out: string, bytes: Uint8Array): void {
  try {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out + '.tmp', bytes);
    renameSync(out + '.tmp', out);
  } catch (e) {
    throw new InputError(`${command}: cannot write the model to ${out} (${(e as NodeJS.ErrnoException).code ?? 'error'}); pass a writable path with -o`);
  }
}

/** Progress lines on stderr unless --quiet. */
export function progressLog(args: ParsedArgs): ((line: string) => void) | undefined {
  return args.flags.quiet ? undefined : (line: string) => process.stderr.write(line + '\n');
}
