// Builds the tag lexicon the tagger trains with (model/tag-lexicon.tsv): the Penn
// Treebank tags of the words of the CoNLL-2003 English training split (tag-lexicon.ts).
// A data-building script (it reads and writes files), run by hand from the repository root:
//   npx tsx src/pipeline/parse/build-tag-lexicon.ts [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_TAG_LEXICON_PATH } from './index.ts';
import { buildTagLexicon, formatTagLexicon } from './tag-lexicon.ts';

const SOURCE = '../shared/data/conll2003/eng.train';

/** (word, POS) of every word line of a CoNLL-2003 column file (word, POS, chunk, entity). */
function* wordTags(file: string): Generator<[string, string]> {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.trimEnd().split(' ');
    if (c.length < 2 || c[0] === '-DOCSTART-') continue;
    yield [c[0]!, c[1]!];
  }
}

function main(): void {
  const i = process.argv.indexOf('--out');
  const out = i >= 0 ? process.argv[i + 1]! : DEFAULT_TAG_LEXICON_PATH;
  const lex = buildTagLexicon(wordTags(SOURCE));
  writeFileSync(out, formatTagLexicon(lex, 'src/pipeline/parse/build-tag-lexicon.ts; POS column of CoNLL-2003 eng.train'));
  process.stderr.write(`${lex.size} words -> ${out}\n`);
}

main();
