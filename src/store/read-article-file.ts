// File-system edge of the read stage: size check before reading, then readArticle.
import fs from 'node:fs';
import type { Article } from '../types.ts';
import { InputError } from '../errors.ts';
import { MAX_ARTICLE_BYTES, readArticle } from '../pipeline/read.ts';

export function readArticleFile(file: string): Article {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new InputError(`read: ${file} does not exist`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(`read: ${file} is ${(size / 1024 / 1024).toFixed(1)} MB; an article may be at most ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (split the file into articles)`);
  }
  return readArticle(fs.readFileSync(file), file);
}
