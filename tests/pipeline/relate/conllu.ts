// Hand-written dependency parses for the grammar reader's tests: CoNLL-U lines
// (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC, whitespace-separated; the
// short form "ID FORM UPOS HEAD DEPREL" is accepted too), aligned to the text the
// segmenter tokenised, as the parse stage's ParsedSentence.
import type { ParsedSentence, Segmented, SyntaxWord, Upos } from '../../../src/types.ts';
import { UPOS_TAGS } from '../../../src/types.ts';

export function parseConllu(seg: Segmented, sentence: number, conllu: string): ParsedSentence {
  const s = seg.sentences[sentence];
  if (!s) throw new Error(`conllu: no sentence ${sentence}`);
  const text = seg.article.text;
  let cursor = s.start;
  const words: SyntaxWord[] = [];
  for (const line of conllu.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const c = line.split(/\s+/);
    const [form, upos, head, deprel] = c.length >= 8 ? [c[1]!, c[3]!, c[6]!, c[7]!] : [c[1]!, c[2]!, c[3]!, c[4]!];
    if (!UPOS_TAGS.includes(upos as Upos)) throw new Error(`conllu: "${upos}" is not a UPOS tag (line "${line}")`);
    const start = text.indexOf(form, cursor);
    if (start < 0 || start >= s.end) throw new Error(`conllu: "${form}" not found in sentence ${sentence} after offset ${cursor}`);
    cursor = start + form.length;
    const token = seg.tokens.findIndex((t) => t.start <= start && start < t.end);
    words.push({ start, end: start + form.length, text: form, token, upos: upos as Upos, head: Number(head) - 1, deprel });
  }
  if (words.length && words.filter((w) => w.head === -1).length !== 1) throw new Error(`conllu: sentence ${sentence} needs exactly one root`);
  return { sentence, words };
}
