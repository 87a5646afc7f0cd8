// Write CoNLL-2003 documents as plain-text articles (tokens joined by spaces,
// sentences by newlines, as the evaluation script does), for scale benchmarks.
import fs from 'node:fs';
import path from 'node:path';

export function conllDocuments(file: string): string[] {
  const docs: string[] = [];
  let sentences: string[] = [];
  let tokens: string[] = [];
  const flushSentence = () => { if (tokens.length) sentences.push(tokens.join(' ')); tokens = []; };
  const flushDoc = () => { flushSentence(); if (sentences.length) docs.push(sentences.join('\n') + '\n'); sentences = []; };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    if (line.startsWith('-DOCSTART-')) { flushDoc(); continue; }
    if (!line.trim()) { flushSentence(); continue; }
    tokens.push(line.split(' ')[0]!);
  }
  flushDoc();
  return docs;
}

export function writeConllDocuments(files: string[], dir: string): number {
  fs.mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const f of files) for (const text of conllDocuments(f)) fs.writeFileSync(path.join(dir, `conll-${String(n++).padStart(5, '0')}.txt`), text);
  return n;
}
