// File-system edge of the read stage: size check before reading, then readArticle, then the date
// the user gives apart from the text: `--date` on the command line, or a sidecar file beside the
// article (`story.txt` + `story.meta.json` holding `{"date": "2022-07-14"}`), for corpora that keep
// dates out of the text. The user's statement wins over anything read from the article itself.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../types.ts';
import { InputError, UsageError } from '../errors.ts';
import { MAX_ARTICLE_BYTES, readArticle } from '../pipeline/read.ts';
import { normalizeDate } from '../pipeline/read-meta.ts';
import { fsProblem } from './fs-problem.ts';

export interface ReadFileOptions {
  /** A publication date given by the user (`--date`), ISO 8601. */
  date?: string;
}

export function readArticleFile(file: string, options: ReadFileOptions = {}): Article {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new InputError(`read: ${file} ${fsProblem(file, e)}`);
  }
  // A FIFO or device would block or never end: only regular files are read.
  if (!stat.isFile()) throw new InputError(`read: ${file} is not a regular file`);
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new InputError(`read: ${file} is ${(stat.size / 1024 / 1024).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (split the file into articles)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`read: ${file} ${fsProblem(file, e)}`);
  }
  const article = readArticle(bytes, file);
  if (options.date) return { ...article, date: options.date, dateSource: 'option' };
  const sidecar = sidecarDate(file);
  return sidecar ? { ...article, date: sidecar, dateSource: 'sidecar' } : article;
}

/** `story.txt` -> `story.meta.json` beside it. */
export function sidecarPath(file: string): string {
  const ext = path.extname(file);
  return file.slice(0, file.length - ext.length) + '.meta.json';
}

/** The date a sidecar file gives, or undefined when there is none; a malformed sidecar is an error naming it. */
function sidecarDate(file: string): string | undefined {
  const meta = sidecarPath(file);
  // Most articles have none: asked first without an error being made and caught for each.
  if (!fs.statSync(meta, { throwIfNoEntry: false })) return undefined;
  let text: string;
  try { text = fs.readFileSync(meta, 'utf8'); } catch { return undefined; }
  let value: unknown;
  try { value = JSON.parse(text); } catch {
    throw new InputError(`read: ${meta} is not valid JSON; expected {"date": "YYYY-MM-DD"} beside ${path.basename(file)}`);
  }
  const raw = value && typeof value === 'object' ? (value as Record<string, unknown>).date : undefined;
  if (raw === undefined) return undefined;
  const date = typeof raw === 'string' ? normalizeDate(raw) : null;
  if (!date) throw new InputError(`read: ${meta} has date ${JSON.stringify(raw)}; expected an ISO 8601 date such as "2022-07-14"`);
  return date;
}

/** A `--date` value checked and normalised, or a one-line error. */
export function parseDateOption(value: string, command: string): string {
  const date = normalizeDate(value);
  if (!date) throw new UsageError(`${command}: --date expects an ISO 8601 date such as 2022-07-14, got "${value}"`);
  return date;
}
