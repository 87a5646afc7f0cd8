// What some tests need from outside the repository: data that only the sibling
// folder ../shared holds (the official GEXF grammar, CoNLL, UD) and system
// tools (xmllint, NetworkX). One rule for all of them, the same as the browser
// tests' rule for Chromium: on a developer's machine a missing requirement
// skips the test with a visible reason; in CI (CI=true) it is a failure.
//
// KG_NO_SHARED=1 declares a run that deliberately has no ../shared (CI's
// "fresh clone elsewhere" step, or a developer checking that the suite stands
// on its own): ../shared is then treated as absent even if it exists, and the
// tests that need it skip, in CI too.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The folder beside the repository that holds the large evaluation data. */
export const SHARED_DIR = path.resolve(ROOT, '..', 'shared');
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
export const NO_SHARED = process.env.KG_NO_SHARED === '1';

export interface Requirement {
  /** True when the test can run. */
  ok: boolean;
  /** Why it cannot ('' when ok): shown as the skip note and on stderr. */
  reason: string;
}

/** Skip locally with a visible reason; in CI throw, so the file fails instead of passing quietly. */
function missing(reason: string, ciHint: string): Requirement {
  if (IN_CI) throw new Error(`${reason}; CI=true, so this is a failure, not a skip${ciHint}`);
  console.warn(`SKIPPING: ${reason}`);
  return { ok: false, reason };
}

/** A file under ../shared, e.g. sharedData('data/gexf-schema/1.3/gexf.rng', 'GEXF validation'). */
export function sharedData(relative: string, purpose: string): Requirement & { path: string } {
  const file = sharedData.path(relative);
  const shown = `../shared/${relative}`;
  if (NO_SHARED) {
    const reason = `${purpose} needs ${shown}, and KG_NO_SHARED=1 says this run has no ../shared`;
    console.warn(`SKIPPING: ${reason}`);
    return { ok: false, reason, path: file };
  }
  if (fs.existsSync(file)) return { ok: true, reason: '', path: file };
  return { ...missing(`${purpose} needs ${shown}, which is not beside this clone`, ' (KG_NO_SHARED=1 marks a run deliberately without ../shared)'), path: file };
}

/** Where a file under ../shared would be (without checking it is there). */
sharedData.path = (relative: string): string => path.join(SHARED_DIR, relative);

/** A program on this machine; `probe` is a command that exits 0 when it is usable. */
export function systemTool(probe: string[], what: string, install: string): Requirement {
  const r = spawnSync(probe[0]!, probe.slice(1), { encoding: 'utf8' });
  if (r.status === 0) return { ok: true, reason: '' };
  return missing(`${what} is not installed (${install})`, '');
}

/** Both (or all) requirements: the first missing one gives the reason. */
export function all(...reqs: Requirement[]): Requirement {
  return reqs.find((r) => !r.ok) ?? { ok: true, reason: '' };
}

/** Check a requirement the first time a test asks, then remember the answer (one warning, and a CI failure only in tests that need it). */
export function once(check: () => Requirement): () => Requirement {
  let result: Requirement | undefined;
  return () => (result ??= check());
}
