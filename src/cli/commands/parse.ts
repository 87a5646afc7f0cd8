// `kg parse FILE...`: part-of-speech tags and dependency trees as CoNLL-U.
// A .conllu file keeps its own words and sentences (how the parser is scored);
// an article (.txt/.html) is read and segmented as the pipeline does, and each
// word's character offsets go in the MISC column.
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../../errors.ts';
import { segment } from '../../pipeline/segment.ts';
import { ConlluFormatError, formatConlluSentence, parseConllu } from '../../pipeline/parse/conllu.ts';
import { loadParser } from '../../pipeline/parse/index.ts';
import { DependencyParser } from '../../pipeline/parse/parser.ts';
import { readArticleFile } from '../../store/read-article-file.ts';
import { intFlag, parseArgs } from '../args.ts';

export const summary = 'print part-of-speech tags and dependency trees (CoNLL-U) of .conllu files or articles';
export const usage = `
usage: kg parse [--beam K] FILE...
  FILE.conllu        its own tokenisation and sentence breaks are kept; prints the same sentences with
                     predicted UPOS (column 4), HEAD (7) and DEPREL (8); ID, FORM and MISC copied, the rest _
  FILE.txt|.html     the article as the pipeline reads and segments it: one CoNLL-U sentence per sentence,
                     with "# text =" and each word's character offsets in MISC (start=..|end=..)
  --beam K           parse with a beam of K states (1 = greedy); default the width the model was trained with
`;

function conlluOutput(file: string, parser: DependencyParser, write: (s: string) => void): void {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw Object.assign(new Error(), { code: 'EISDIR' });
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError(`parse: ${file} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let sents;
  try { sents = parseConllu(text, file); } catch (e) {
    if (e instanceof ConlluFormatError) throw new InputError(`parse: not valid CoNLL-U: ${e.message}`);
    throw e;
  }
  for (const s of sents) write(formatConlluSentence(s, parser.parseWords(s.words.map((w) => w.form))));
}

function articleOutput(file: string, parser: DependencyParser, write: (s: string) => void): void {
  const article = readArticleFile(file);
  const seg = segment(article);
  const parsed = parser.parse(seg);
  for (const ps of parsed.sentences) {
    if (!ps) continue;
    const s = seg.sentences[ps.sentence]!;
    const lines = [`# sent_id = ${ps.sentence + 1}`, `# text = ${s.text}`];
    ps.words.forEach((w, i) => {
      lines.push([i + 1, w.text.replace(/\s/g, '_'), '_', w.upos, '_', '_', w.head + 1, w.deprel, '_', `start=${w.start}|end=${w.end}`].join('\t'));
    });
    write(lines.join('\n') + '\n\n');
  }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { beam: null } }, 'parse');
  const beam = intFlag(args, 'beam', 'parse', 1, 64);
  if (!args.positional.length) throw new InputError('parse: no input: give one or more .conllu files or articles (.txt, .html)');
  for (const f of args.positional) {
    try { statSync(f); } catch { throw new InputError(`parse: ${f} does not exist`); }
  }
  const loaded = loadParser();
  const parser = beam !== undefined && beam !== loaded.beam ? new DependencyParser(loaded.tables, { beam }) : loaded;
  const out: string[] = [];
  let size = 0;
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; size = 0; } };
  const write = (s: string) => { out.push(s); size += s.length; if (size > 1 << 16) flush(); };
  for (const file of args.positional) {
    if (/\.conllu$/i.test(file)) conlluOutput(file, parser, write);
    else articleOutput(file, parser, write);
  }
  flush();
  return 0;
}
