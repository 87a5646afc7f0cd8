// A copy of the repository as a fresh clone has it, in an empty temporary folder
// (so no ../shared beside it and no viewer/dist), sharing this one's installed
// node_modules through a link: for tests of what a new user meets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './cli.ts';

/** What a clone holds that the CLI, the viewer build and the benchmarks use. */
const TRACKED = ['src', 'viewer', 'graph-data/articles', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Build output and scratch files that are not part of a clone. */
const UNTRACKED = /[/\\]viewer[/\\](dist|\.build-lock|\.dist-[^/\\]*)$/;

export interface Checkout {
  /** The repository copy: <tmp>/news-kg. */
  dir: string;
  remove(): void;
}

export function freshCheckout(): Checkout {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-checkout-'));
  const dir = path.join(tmp, 'news-kg');
  for (const entry of TRACKED) fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, filter: (src) => !UNTRACKED.test(src) });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  if (fs.existsSync(path.join(tmp, 'shared'))) throw new Error(`${tmp}/shared exists; a fresh checkout must have no ../shared`);
  return { dir, remove: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
