// Builds the word-class file the tagger and parser train with (model/word-classes.tsv):
// two clusterings (word-classes.ts) of the unlabeled text of the CoNLL-2003 English
// training split and the UD English EWT training split, a coarse and a fine one.
// Only words are read from the treebanks, never their annotation. A data-building
// script (it reads and writes files), run by hand from the repository root:
//   npx tsx src/pipeline/parse/build-word-classes.ts [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_WORD_CLASSES_PATH } from './index.ts';
import { learnWordClasses } from './word-classes.ts';

const SOURCES = ['../shared/data/conll2003/eng.train', '../shared/data/ud-english-ewt/en_ewt-ud-train.conllu'];
const COARSE = 64, FINE = 512;
const MIN_COUNT = 3, PASSES = 12;

/** Sentences of a CoNLL-2003 column file (word first) or a CoNLL-U file (form in column 2). */
function readSentences(file: string): string[][] {
  const conllu = file.endsWith('.conllu');
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trimEnd();
    if (!t) { if (cur.length) out.push(cur); cur = []; continue; }
    if (conllu) {
      if (t.startsWith('#')) continue;
      const c = t.split('\t');
      if (/^\d+$/.test(c[0]!)) cur.push(c[1]!);
    } else {
      const w = t.split(' ')[0]!;
      if (w === '-DOCSTART-') continue;
      cur.push(w);
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function main(): void {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 ? process.argv[i + 1]! : DEFAULT_WORD_CLASSES_PATH;
  const sents = SOURCES.flatMap(readSentences);
  const log = (l: string) => process.stderr.write(l + '\n');
  log(`${sents.length} sentences, ${sents.reduce((n, s) => n + s.length, 0)} words`);
  const t0 = performance.now();
  log(`coarse (${COARSE} classes)`);
  const coarse = learnWordClasses(sents, { classes: COARSE, minCount: MIN_COUNT, passes: PASSES, log });
  log(`fine (${FINE} classes)`);
  const fine = learnWordClasses(sents, { classes: FINE, minCount: MIN_COUNT, passes: PASSES, log });
  const lines = [...coarse.keys()].sort().map((k) => `${k}\t${coarse.get(k)}\t${fine.get(k)}`);
  writeFileSync(out, `# word\tclass of ${COARSE}\tclass of ${FINE} (src/pipeline/parse/build-word-classes.ts; text of CoNLL-2003 eng.train and UD EWT train)\n${lines.join('\n')}\n`);
  log(`${lines.length} words -> ${out} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

main();
