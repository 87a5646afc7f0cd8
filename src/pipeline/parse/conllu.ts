// CoNLL-U (https://universaldependencies.org/format.html) in and out, as text:
// the treebank the parser trains on and the format `kg parse` prints. Only the
// columns the parser needs are interpreted; errors name the line they are on.

export interface ConlluWord {
  /** 1-based position in the sentence. */
  id: number;
  form: string;
  /** Gold columns, `_` when the file leaves them out. */
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root, -1 when the file gives `_`. */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface ConlluSentence {
  /** Comment lines (`# ...`), in order. */
  comments: string[];
  words: ConlluWord[];
  /** Multiword-token lines (`3-4 don't ...`) kept to be printed again, keyed by the id of their first word. */
  ranges: Map<number, string>;
  /** 1-based line number of the sentence's first line, for messages. */
  line: number;
}

export class ConlluFormatError extends Error {}

/**
 * Read CoNLL-U text. `requireTrees` (training data) also demands a HEAD and DEPREL
 * for every word, with heads inside the sentence. Empty nodes (`5.1`) are skipped.
 */
export function parseConllu(text: string, name = 'input', requireTrees = false): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  const fail = (line: number, msg: string) => { throw new ConlluFormatError(`${name}:${line}: ${msg}`); };
  const finish = () => {
    if (!cur) return;
    if (cur.words.length) {
      if (requireTrees) checkTree(cur, (l, m) => fail(l, m));
      out.push(cur);
    }
    cur = null;
  };
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    let line = lines[n]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const no = n + 1;
    if (!line.trim()) { finish(); continue; }
    cur ??= { comments: [], words: [], ranges: new Map(), line: no };
    if (line.startsWith('#')) { cur.comments.push(line); continue; }
    const c = line.split('\t');
    if (c.length !== 10) fail(no, `expected 10 tab-separated columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), got ${c.length}: "${line.slice(0, 60)}"`);
    const id = c[0]!;
    if (/^\d+-\d+$/.test(id)) { cur.ranges.set(Number(id.split('-')[0]), line); continue; }
    if (/^\d+\.\d+$/.test(id)) continue;
    if (!/^\d+$/.test(id)) fail(no, `expected a word ID (1, 2, ...), a range (3-4) or an empty node (5.1), got "${id}"`);
    if (Number(id) !== cur.words.length + 1) fail(no, `expected word ID ${cur.words.length + 1}, got ${id} (words must be numbered from 1 without gaps)`);
    const form = c[1]!;
    if (!form) fail(no, 'the FORM column is empty');
    const head = c[6] === '_' ? -1 : /^\d+$/.test(c[6]!) ? Number(c[6]) : NaN;
    if (Number.isNaN(head)) fail(no, `expected HEAD to be a word ID or _, got "${c[6]}"`);
    cur.words.push({ id: Number(id), form, lemma: c[2]!, upos: c[3]!, xpos: c[4]!, feats: c[5]!, head, deprel: c[7]!, deps: c[8]!, misc: c[9]!, line: no });
  }
  finish();
  return out;
}

/** Heads in range, one root, no cycles: what training needs of a gold tree. */
function checkTree(s: ConlluSentence, fail: (line: number, msg: string) => void): void {
  const n = s.words.length;
  const lineOf = (i: number) => s.words[i]!.line;
  let roots = 0;
  for (let i = 0; i < n; i++) {
    const w = s.words[i]!;
    if (w.head < 0 || w.head > n) fail(lineOf(i), `word ${w.id} "${w.form}": expected HEAD between 0 and ${n}, got ${w.head < 0 ? '_' : w.head}`);
    if (!w.deprel || w.deprel === '_') fail(lineOf(i), `word ${w.id} "${w.form}": DEPREL is missing`);
    if (w.head === 0) roots++;
  }
  if (roots !== 1) fail(s.line, `the sentence has ${roots} words with HEAD 0; a tree has exactly one`);
  for (let i = 0; i < n; i++) {
    let h = s.words[i]!.head, steps = 0;
    while (h !== 0 && steps <= n) { h = s.words[h - 1]!.head; steps++; }
    if (steps > n) fail(lineOf(i), `word ${i + 1} "${s.words[i]!.form}": its heads form a cycle`);
  }
}

/** One predicted analysis per word, as the parser gives it. */
export interface PredictedWord { upos: string; head: number; deprel: string }

/**
 * A sentence printed back with the predicted UPOS, HEAD (0 = root) and DEPREL; ID, FORM and
 * MISC are copied, the other annotation columns are `_` (they were not predicted here).
 */
export function formatConlluSentence(s: ConlluSentence, pred: PredictedWord[]): string {
  const lines = [...s.comments];
  s.words.forEach((w, i) => {
    const range = s.ranges.get(w.id);
    if (range) { const c = range.split('\t'); lines.push([c[0], c[1], '_', '_', '_', '_', '_', '_', '_', c[9]].join('\t')); }
    const p = pred[i]!;
    lines.push([w.id, w.form, '_', p.upos, '_', '_', p.head + 1, p.deprel, '_', w.misc || '_'].join('\t'));
  });
  return lines.join('\n') + '\n\n';
}
