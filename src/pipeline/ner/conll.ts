// CoNLL-2003 reading for training and evaluation: documents of sentences of
// (word, tag), gold spans (IOB1 or IOB2), and the same text layout the official
// evaluator feeds `kg extract` (tokens joined by ' ', sentences by '\n').
import type { Segmented, Sentence, Token } from '../../types.ts';
import { TYPES, type TokenSpan } from './labels.ts';

export interface ConllSentence { words: string[]; tags: string[] }
export interface ConllDoc {
  sentences: ConllSentence[];
  /** Scale of the perceptron updates this document makes (default 1): lower for text of other conventions. */
  weight?: number;
  /** Only for the second stage: left out of the first stage's training (labelled for stage 2 by the stage-1 model). */
  stage2Only?: boolean;
  /**
   * A source other than CoNLL-2003 and news (0 or absent: that setting). Its tokens also get each feature
   * conjoined with the source, which can learn the source's own conventions; those features are never
   * written to the model, so at run time only the shared ones (the CoNLL-2003/news setting) fire.
   */
  domain?: number;
}

export class ConllFormatError extends Error {}

/** Parse CoNLL text: `WORD ... TAG` per line, blank line between sentences, -DOCSTART- between documents. */
export function parseConll(content: string, name = 'input'): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sent: ConllSentence | null = null;
  const flush = () => { if (sent && sent.words.length) (doc ??= { sentences: [] }).sentences.push(sent); sent = null; };
  const lines = content.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if (doc && doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (!line.trim()) { flush(); continue; }
    const cols = line.trim().split(/\s+/);
    const tag = cols[cols.length - 1]!;
    if (cols.length < 2 || !/^(O|[BI]-(PER|ORG|LOC|MISC))$/.test(tag)) {
      throw new ConllFormatError(`${name}:${n + 1}: expected "WORD ... TAG" with TAG one of O, B-/I- PER|ORG|LOC|MISC, got "${line.slice(0, 60)}"`);
    }
    (sent ??= { words: [], tags: [] }).words.push(cols[0]!);
    sent.tags.push(tag);
  }
  flush();
  if (doc && doc.sentences.length) docs.push(doc);
  return docs;
}

/** Gold spans of one sentence, token indices relative to the sentence; IOB1 and IOB2 both read. */
export function goldSpans(tags: string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') { cur = null; return; }
    const [bio, typ] = tag.split('-') as [string, string];
    const type = TYPES.indexOf(typ as never);
    if (bio === 'B' || !cur || cur.type !== type) { cur = { start: i, end: i + 1, type }; out.push(cur); }
    else cur.end = i + 1;
  });
  return out;
}

/** A Segmented document laid out exactly like the official evaluator's text. */
export function conllToSegmented(doc: ConllDoc, id = 'conll'): Segmented {
  let text = '';
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.sentences.forEach((s, si) => {
    if (si) text += '\n';
    const start = text.length, tokenStart = tokens.length;
    s.words.forEach((w, wi) => {
      if (wi) text += ' ';
      tokens.push({ start: text.length, end: text.length + w.length, text: w, sentence: si });
      text += w;
    });
    sentences.push({ index: si, start, end: text.length, text: text.slice(start), boilerplate: false, heading: false, tokenStart, tokenEnd: tokens.length });
  });
  return { article: { id, title: null, source: id, text }, sentences, tokens };
}
