// The parse of one sentence over the segmenter's tokens, as the pair features
// read it. The parser's words may split a token ("don't" -> "do" + "n't"); a
// token then takes the word of it that attaches outside the token, and the head
// of that word, followed up past words of the same token.
import type { Parsed, Segmented, SyntaxWord } from '../../../types.ts';
import type { TokenSyntax } from './features.ts';

/** The parse of sentence `s` over its tokens (indices from the sentence's first token), or undefined when it was not parsed. */
export function syntaxOfSentence(seg: Segmented, parsed: Parsed, s: number): TokenSyntax | undefined {
  const ps = parsed.sentences[s];
  const sent = seg.sentences[s];
  if (!ps || !sent || !ps.words.length) return undefined;
  const from = sent.tokenStart, n = sent.tokenEnd - from;
  const words = ps.words;
  const rep = new Int32Array(n).fill(-1);
  for (let w = 0; w < words.length; w++) {
    const t = words[w]!.token - from;
    if (t < 0 || t >= n) return undefined;
    const h = words[w]!.head;
    const outside = h < 0 || words[h]!.token - from !== t;
    if (rep[t] === -1 || (outside && !outsideOf(words, rep[t]!, from, t))) rep[t] = w;
  }
  const head = new Int32Array(n), deprel: string[] = new Array(n), upos: string[] = new Array(n);
  for (let t = 0; t < n; t++) {
    const w = rep[t]!;
    if (w < 0) { head[t] = -1; deprel[t] = 'dep'; upos[t] = 'X'; continue; }
    let h = words[w]!.head, guard = 0;
    while (h >= 0 && words[h]!.token - from === t && guard++ < words.length) h = words[h]!.head;
    head[t] = h < 0 ? -1 : words[h]!.token - from;
    deprel[t] = words[w]!.deprel;
    upos[t] = words[w]!.upos;
  }
  return { head, deprel, upos };
}

function outsideOf(words: SyntaxWord[], w: number, from: number, t: number): boolean {
  const h = words[w]!.head;
  return h < 0 || words[h]!.token - from !== t;
}

/**
 * The parse of every sentence of `seg` over all its tokens (as training reads a CoNLL04 item that the
 * segmenter may have cut in two): heads point within a sentence, each sentence has its own root.
 * Undefined when no sentence was parsed.
 */
export function syntaxOfText(seg: Segmented, parsed: Parsed): TokenSyntax | undefined {
  const n = seg.tokens.length;
  const head = new Int32Array(n).fill(-1), deprel: string[] = new Array(n).fill('dep'), upos: string[] = new Array(n).fill('X');
  let any = false;
  for (let s = 0; s < seg.sentences.length; s++) {
    const one = syntaxOfSentence(seg, parsed, s);
    if (!one) continue;
    any = true;
    const from = seg.sentences[s]!.tokenStart;
    for (let t = 0; t < one.deprel.length; t++) {
      head[from + t] = one.head[t]! < 0 ? -1 : from + one.head[t]!;
      deprel[from + t] = one.deprel[t]!;
      upos[from + t] = one.upos[t]!;
    }
  }
  return any ? { head, deprel, upos } : undefined;
}
