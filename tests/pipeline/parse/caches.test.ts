// The run-time shortcuts (per-form tagger score caches, per-configuration move
// score caches, dense tables of the small-valued move and relation features, the single-move skip) must give exactly what scoring every
// feature of every state gives: checked against a plain reference decoder
// built from the same tables, on the sample article.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { N_MOVES } from '../../../src/pipeline/parse/arc-eager.ts';
import { retag, Scratch, tagPass } from '../../../src/pipeline/parse/decode.ts';
import { loadParser, sentenceWords } from '../../../src/pipeline/parse/index.ts';
import { WordAtoms } from '../../../src/pipeline/parse/lexical.ts';
import { labelFeatures, moveFeatures } from '../../../src/pipeline/parse/parse-features.ts';
import { attachPunctuation, PunctScratch } from '../../../src/pipeline/parse/punct-attach.ts';
import { reportingTail } from '../../../src/pipeline/parse/reporting-tail.ts';
import { subjectAside } from '../../../src/pipeline/parse/subject-aside.ts';
import { subjectList } from '../../../src/pipeline/parse/subject-list.ts';
import { frontedPhrase } from '../../../src/pipeline/parse/fronted-phrase.ts';
import { SAMPLE } from '../../helpers/cli.ts';
import { shippedModel, weightsOf } from './shipped-weights.ts';

const model = shippedModel();
const w = weightsOf(model);

/** Tag and parse scoring every feature of every state, nothing cached or skipped. */
function reference(forms: string[]): string[] {
  const a = new WordAtoms(new Map(Object.entries(model.wordClasses ?? {}))), x = new Scratch();
  a.set(forms);
  const n = a.n, tags = new Int32Array(n);
  tagPass(a, w, tags, x);
  if (w.tagger2) retag(a, w, w.tagger2, tags, x);
  const sa = x.atoms(a, tags), st = x.st, scores = new Float64Array(N_MOVES), buf = new Int32Array(128);
  st.reset(n);
  while (!st.done) {
    const valid = st.validMoves();
    let move = -1;
    if (st.sp > 0 && st.b < n) {
      scores.fill(0);
      w.moves.score(buf, moveFeatures(st, sa, buf), scores);
    } else scores.fill(0);
    for (let m = 0; m < N_MOVES; m++) if (valid & (1 << m) && (move < 0 || scores[m]! > scores[move]!)) move = m;
    const h = st.arcHead(move);
    let label = -1;
    if (h === n) label = w.root;
    else if (h >= 0) {
      const ls = new Float64Array(w.nLabels);
      w.labeller.score(buf, labelFeatures(st, sa, h, st.arcDep(move), buf), ls);
      for (let c = 0; c < w.nLabels; c++) if (c !== w.root && (label < 0 || ls[c]! > ls[label]!)) label = c;
    }
    st.apply(move, label);
  }
  // the punctuation pass runs on the finished tree: not a shortcut, part of the parse
  if (w.punct) attachPunctuation(st.head, st.label, n, sa, w.punctLabel!, w.punct, new PunctScratch());
  return forms.map((f, i) => `${f}/${model.tags[tags[i]!]} ${st.head[i] === n ? 0 : st.head[i]! + 1} ${model.labels[st.label[i]!]}`);
}

describe('run-time caches', () => {
  it('give the same tags, heads and relations as scoring every feature', () => {
    const text = readFileSync(SAMPLE, 'utf8') + '\nThe talks were held by the two leaders in Geneva, officials said.\n';
    const seg = segment(readArticle(Buffer.from(text), 'x.txt'));
    const parser = loadParser();
    let words = 0, skipped = 0;
    for (const s of seg.sentences) {
      const forms = sentenceWords(seg, s.index).map((p) => text.slice(p.start, p.end));
      const got = parser.parseWords(forms).map((r, i) => `${forms[i]}/${r.upos} ${r.head + 1} ${r.deprel}`);
      const ref = reference(forms);
      // (a sentence the parser reads again in parts is compared elsewhere: reporting-tail, subject-aside tests)
      const tree = ref.map((r) => { const [tag, head, deprel] = r.slice(r.lastIndexOf('/') + 1).split(' '); return { upos: tag!, head: Number(head) - 1, deprel: deprel! }; });
      if (reportingTail(forms, tree) || subjectAside(forms, tree) || subjectList(forms, tree) || frontedPhrase(forms, tree)) { skipped++; continue; }
      expect(got).toEqual(ref);
      words += forms.length;
    }
    expect(words).toBeGreaterThan(300);
    expect(skipped).toBeLessThan(4);
  });
});
