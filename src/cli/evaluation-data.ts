// Data the repository does not ship and a few commands default to: the
// CoNLL-2003 English files (Reuters texts, licensed for research, so read in
// place and never copied here). They are looked for in ../shared/data beside the
// repository (not beside the working directory), and a command that needs them
// says plainly which files, where they go and how to get them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** ../shared/data beside the repository. */
export const SHARED_DATA_DIR = path.resolve(ROOT, '..', 'shared', 'data');

export const CONLL2003_DIR = path.join(SHARED_DATA_DIR, 'conll2003');
export const CONLL2003 = {
  train: path.join(CONLL2003_DIR, 'eng.train'),
  dev: path.join(CONLL2003_DIR, 'eng.testa'),
};

/** How the README's section on getting the data is called, so messages can point to it. */
const HOW_TO_GET = 'README, "Retraining the entity recogniser", says how to get them';

/** One line: which CoNLL-2003 files `what` needs, where they go, and what else the user can do. */
export function conllMissingMessage(what: string, files: string[], alternative: string): string {
  const names = files.map((f) => path.basename(f)).join(' and ');
  return `${what} needs the CoNLL-2003 English ${files.length === 1 ? 'file' : 'files'} ${names} in ../shared/data/conll2003/ beside the repository (${CONLL2003_DIR}); ${files.length === 1 ? 'it is' : 'they are'} not shipped (Reuters licence): ${HOW_TO_GET}; ${alternative}`;
}

/** The given CoNLL-2003 files, or an InputError saying what is missing and how to get it. */
export function requireConll(what: string, files: string[], alternative: string): void {
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new InputError(conllMissingMessage(what, missing, alternative));
}
