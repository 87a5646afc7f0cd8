// The passive of a verb of accusing or judging with a gerund ("was convicted of killing X", "who was charged
// with having shot X"): its passive subject did the act the gerund names. On hand-written parses, one the
// shipped parser gives for such a sentence in wire copy (the relative clause hung on the verb of the main
// clause, "who" one of two passive subjects), so the test checks the reader and not the parser's luck.
// Every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { build, KNOWLEDGE, show, type M } from './helpers.ts';
import { parseConllu } from './conllu.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';
import type { Parsed } from '../../../src/types.ts';

const P = (name: string, id: string): M => [name, id, 'person'];

function killings(text: string, conllu: string, mentions: M[]): string[] {
  const { seg, resolved } = build(text, mentions);
  const parsed: Parsed = { sentences: seg.sentences.map((s) => (s.index === 0 ? parseConllu(seg, 0, conllu) : null)) };
  return relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed })
    .filter((r) => r.rule.startsWith('grammar-') && r.kind === 'event').map((r) => show(r)).sort();
}

describe('the passive subject of "convicted of", "charged with" did the gerund\'s act', () => {
  it('a main clause: "X was convicted of killing Y"', () => {
    const text = 'Dalton was convicted of killing Mercer in 1979.';
    const conllu = `
1 Dalton PROPN 3 nsubj:pass
2 was AUX 3 aux:pass
3 convicted VERB 0 root
4 of SCONJ 5 mark
5 killing VERB 3 advcl
6 Mercer PROPN 5 obj
7 in ADP 8 case
8 1979 NUM 5 obl
9 . PUNCT 3 punct`;
    expect(killings(text, conllu, [P('Dalton', 'dalton'), P('Mercer', 'mercer')])).toEqual(['dalton -killed-> mercer']);
  });

  it('a relative clause the parse hung on the main verb: "who" is the name before it, not the main subject', () => {
    const text = 'Harlow has denied reports that the files on Dalton , who was charged with having shot Mercer , are lost .';
    const conllu = `
1 Harlow PROPN 3 nsubj
2 has AUX 3 aux
3 denied VERB 0 root
4 reports NOUN 3 obj
5 that SCONJ 13 mark
6 the DET 7 det
7 files NOUN 13 nsubj:pass
8 on ADP 9 case
9 Dalton PROPN 7 nmod
10 , PUNCT 7 punct
11 who PRON 13 nsubj:pass
12 was AUX 13 aux:pass
13 charged VERB 3 ccomp
14 with SCONJ 16 mark
15 having AUX 16 aux
16 shot VERB 13 advcl
17 Mercer PROPN 16 obj
18 , PUNCT 13 punct
19 are AUX 20 cop
20 lost ADJ 13 conj
21 . PUNCT 3 punct`;
    expect(killings(text, conllu, [P('Harlow', 'harlow'), P('Dalton', 'dalton'), P('Mercer', 'mercer')])).toEqual(['dalton -shot-> mercer']);
  });
});
