// Constructions the contiguous-fold parser's trees read wrongly (stop 32), each tested on sentences of the same
// shape written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis, Parsed } from '../../../src/types.ts';
import { build, KNOWLEDGE, show } from './helpers.ts';
import { parseConllu } from './conllu.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';

const lines = (a: ArticleAnalysis, kind?: string) => a.relations.filter((r) => !kind || r.kind === kind).map((r) =>
  `${a.entities.find((e) => e.id === r.source)?.name} -${r.predicate}${r.hypothetical ? ' (hyp)' : ''}-> ${a.entities.find((e) => e.id === r.target)?.name}`);

describe('a mutual act asked for is not had by those who ask for it', () => {
  it.each([
    'Kenya and Ethiopia, which have hosted talks between the rival factions, called for an immediate truce.',
    'Norway and Switzerland, which have both sent envoys to the region, called for an immediate ceasefire.',
  ])('%s', async (text) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'event').filter((l) => /ceasefire|truce/.test(l))).toEqual([]);
  });
  it('a mutual act in a purpose phrase of another verb is still its subject\'s (a guard)', async () => {
    const [a] = await analyzeTexts(['Kenyan President William Ruto flew to Addis Ababa on Monday for talks with Ethiopian Prime Minister Abiy Ahmed.']);
    expect(lines(a!, 'event').some((l) => /^William Ruto -.*-> Abiy Ahmed$/.test(l))).toBe(true);
  });
});

describe("a name with a title of its own is not another title's apposition (the parse hung both names on the first title)", () => {
  it('"by Y president A and Shipping Minister B": B is no president of Y', () => {
    const text = 'The deal was signed by Nordvik president Lars Aune and Shipping Minister Stavros Kalogiannis.';
    const conllu = `
1 The DET 2 det
2 deal NOUN 4 nsubj:pass
3 was AUX 4 aux:pass
4 signed VERB 0 root
5 by ADP 7 case
6 Nordvik PROPN 7 compound
7 president NOUN 4 obl:agent
8 Lars PROPN 9 compound
9 Aune PROPN 7 appos
10 and CCONJ 11 cc
11 Shipping NOUN 9 conj
12 Minister NOUN 13 nmod:desc
13 Stavros PROPN 7 appos
14 Kalogiannis PROPN 13 flat
15 . PUNCT 4 punct`;
    const { seg, resolved } = build(text, [['Nordvik', 'nordvik', 'organization'], ['Lars Aune', 'aune', 'person'], ['Stavros Kalogiannis', 'kalogiannis', 'person']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.rule === 'grammar-role-appos');
    expect(found.map((r) => show(r))).toEqual(['aune -president of-> nordvik']);
  });
});

describe('towns named together in a prepositional phrase are not the two sides "both sides" means', () => {
  it.each([
    'Opposition leaders said the count in Leon and Granada had been riddled with errors. Former Costa Rican President Oscar Arias, who led the observers, urged both sides to accept the final result.',
    'The army said fighting in Mosul and Kirkuk had stopped on Sunday. The British envoy Mark Lyall urged both sides to respect the truce.',
  ])('%s', async (text) => {
    const [a] = await analyzeTexts([text]);
    expect(lines(a!, 'event').filter((l) => / -urged-> /.test(l))).toEqual([]);
  });
  it('two countries before "both sides" still are (a guard)', async () => {
    const [a] = await analyzeTexts(['Ethiopia and Eritrea fought a border war from 1998 to 2000. The British envoy Mark Lyall urged both sides to respect the truce.']);
    expect(lines(a!, 'event').filter((l) => / -urged-> /.test(l)).sort()).toEqual(['Mark Lyall -urged-> Eritrea', 'Mark Lyall -urged-> Ethiopia']);
  });
});

describe('an honorific the parse made the head of the name after it stands for the name', () => {
  it('"Its chairman, Sir John Porter, accused France": the chairman who accuses is the man named', () => {
    const text = 'Its chairman, Sir John Porter, accused France of protecting its farmers.';
    const conllu = `
1 Its PRON 2 nmod:poss
2 chairman NOUN 8 nsubj
3 , PUNCT 4 punct
4 Sir PROPN 2 appos
5 John PROPN 4 flat
6 Porter PROPN 4 flat
7 , PUNCT 2 punct
8 accused VERB 0 root
9 France PROPN 8 obj
10 of SCONJ 11 mark
11 protecting VERB 8 advcl
12 its PRON 13 nmod:poss
13 farmers NOUN 11 obj
14 . PUNCT 8 punct`;
    const { seg, resolved } = build(text, [['John Porter', 'porter', 'person'], ['France', 'france', 'country']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event');
    expect(found.map((r) => show(r))).toEqual(['porter -accused-> france']);
  });
});

describe('a nominal root before a verb the parse hung on it as parataxis is the subject', () => {
  it('"A and his Ugandan counterpart, B, signed the agreement": both signed it', () => {
    const text = 'Kenyan Foreign Minister Musa Kiprop and his Ugandan counterpart, John Okello, signed the agreement in Nairobi.';
    const conllu = `
1 Kenyan ADJ 4 amod
2 Foreign ADJ 3 amod
3 Minister PROPN 4 nmod:desc
4 Musa PROPN 0 root
5 Kiprop PROPN 4 flat
6 and CCONJ 9 cc
7 his PRON 9 nmod:poss
8 Ugandan ADJ 9 amod
9 counterpart NOUN 4 conj
10 , PUNCT 11 punct
11 John PROPN 4 list
12 Okello PROPN 11 flat
13 , PUNCT 14 punct
14 signed VERB 4 parataxis
15 the DET 16 det
16 agreement NOUN 14 obj
17 in ADP 18 case
18 Nairobi PROPN 14 obl
19 . PUNCT 4 punct`;
    const { seg, resolved } = build(text, [['Musa Kiprop', 'kiprop', 'person'], ['John Okello', 'okello', 'person'], ['Nairobi', 'nairobi', 'city']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.rule.startsWith('grammar'));
    expect(found.map((r) => show(r))).toEqual(['kiprop -signed agreement with-> okello']);
  });
});

describe('a name the parse hung on an event noun as its conjunct, after the noun\'s object, is an object too', () => {
  it('"imposed sanctions on eight officials and the drone maker X"', () => {
    const text = 'Canada imposed sanctions on six officials and the drone maker Vostok Defence Systems on Friday.';
    const conllu = `
1 Canada PROPN 2 nsubj
2 imposed VERB 0 root
3 sanctions NOUN 2 obj
4 on ADP 6 case
5 six NUM 6 nummod
6 officials NOUN 3 nmod
7 and CCONJ 13 cc
8 the DET 10 det
9 drone NOUN 10 compound
10 maker NOUN 13 compound
11 Vostok PROPN 13 compound
12 Defence PROPN 13 compound
13 Systems PROPN 3 conj
14 on ADP 15 case
15 Friday PROPN 3 nmod
16 . PUNCT 2 punct`;
    const { seg, resolved } = build(text, [['Canada', 'canada', 'country'], ['Vostok Defence Systems', 'vostok', 'organization']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.rule.startsWith('grammar'));
    expect(found.map((r) => show(r))).toEqual(['canada -sanctioned-> vostok']);
  });
});

describe('a name right after "and" before a verb is its subject, where the parse made the verb an adverbial clause', () => {
  it('"X agreed to invest in Y, a firm in Z, and W partnered with V"', () => {
    const text = 'Siemens agreed to invest in Volta, a start-up in Lyon, and Bosch partnered with Renault on batteries.';
    const conllu = `
1 Siemens PROPN 2 nsubj
2 agreed VERB 0 root
3 to PART 4 mark
4 invest VERB 2 xcomp
5 in ADP 6 case
6 Volta PROPN 4 obl
7 , PUNCT 9 punct
8 a DET 9 det
9 start-up NOUN 4 obl
10 in ADP 11 case
11 Lyon PROPN 9 nmod
12 , PUNCT 14 punct
13 and CCONJ 14 cc
14 Bosch PROPN 11 conj
15 partnered VERB 4 advcl
16 with ADP 17 case
17 Renault PROPN 15 obl
18 on ADP 19 case
19 batteries NOUN 15 obl
20 . PUNCT 2 punct`;
    const { seg, resolved } = build(text, [['Siemens', 'siemens', 'organization'], ['Volta', 'volta', 'organization'], ['Lyon', 'lyon', 'city'], ['Bosch', 'bosch', 'organization'], ['Renault', 'renault', 'organization']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.rule.startsWith('grammar') && r.predicate.startsWith('partner'));
    expect(found.map((r) => show(r))).toEqual(['bosch -partnered with-> renault']);
  });
});

describe('a name past the title\'s own conjunct is not the title\'s apposition', () => {
  it('"British Energy Secretary A and her Norwegian counterpart B": B holds no British office', () => {
    const text = 'British Trade Secretary Anne Hollis and her Danish counterpart Lars Holm signed an agreement on Tuesday.';
    const conllu = `
1 British ADJ 3 amod
2 Trade PROPN 3 compound
3 Secretary PROPN 12 nsubj
4 Anne PROPN 3 flat
5 Hollis PROPN 3 flat
6 and CCONJ 9 cc
7 her PRON 9 nmod:poss
8 Danish ADJ 9 amod
9 counterpart NOUN 3 conj
10 Lars PROPN 11 compound
11 Holm PROPN 3 appos
12 signed VERB 0 root
13 an DET 14 det
14 agreement NOUN 12 obj
15 on ADP 16 case
16 Tuesday PROPN 12 obl
17 . PUNCT 12 punct`;
    const { seg, resolved } = build(text, [['British', 'britain', 'country', { metonymy: 'demonym' }], ['Anne Hollis', 'hollis', 'person'], ['Danish', 'denmark', 'country', { metonymy: 'demonym' }], ['Lars Holm', 'holm', 'person']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.rule === 'grammar-role-appos');
    expect(found.map((r) => show(r))).toEqual([]);
  });
});

describe("a reporting verb's object right before a subjectless reported clause is that clause's subject", () => {
  it('"X said his government planned to reopen its consulate in Y": the government plans, not X', () => {
    const text = 'Kenyan Foreign Minister Musa Kiprop said his government planned to reopen its embassy in Juba this year.';
    const conllu = `
1 Kenyan ADJ 3 amod
2 Foreign ADJ 3 amod
3 Minister PROPN 4 nmod:desc
4 Musa PROPN 6 nsubj
5 Kiprop PROPN 4 flat
6 said VERB 0 root
7 his PRON 8 nmod:poss
8 government NOUN 6 obj
9 planned VERB 6 ccomp
10 to PART 11 mark
11 reopen VERB 9 xcomp
12 its PRON 13 nmod:poss
13 embassy NOUN 11 obj
14 in ADP 15 case
15 Juba PROPN 11 obl
16 this DET 17 det
17 year NOUN 11 obl:unmarked
18 . PUNCT 6 punct`;
    const { seg, resolved } = build(text, [['Kenyan', 'kenya', 'country', { metonymy: 'demonym' }], ['Musa Kiprop', 'kiprop', 'person'], ['Juba', 'juba', 'city']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.source === 'kiprop');
    expect(found.map((r) => show(r))).toEqual([]);
  });
});

describe('a name right before a subjectless verb, hung by the parse as a conjunct on a noun before it, is the subject', () => {
  it('"Police raided offices in A and B, the agency said, and arrested X"', () => {
    const text = 'Police raided offices in Lyon and Lille, the Interior Ministry said, and arrested Jean Morel.';
    const conllu = `
1 Police NOUN 2 nsubj
2 raided VERB 12 ccomp
3 offices NOUN 2 obj
4 in ADP 5 case
5 Lyon PROPN 3 nmod
6 and CCONJ 7 cc
7 Lille PROPN 5 conj
8 , PUNCT 11 punct
9 the DET 11 det
10 Interior PROPN 11 compound
11 Ministry PROPN 5 conj
12 said VERB 0 root
13 , PUNCT 15 punct
14 and CCONJ 15 cc
15 arrested VERB 12 conj
16 Jean PROPN 15 obj
17 Morel PROPN 16 flat
18 . PUNCT 12 punct`;
    const { seg, resolved } = build(text, [['Lyon', 'lyon', 'city'], ['Lille', 'lille', 'city'], ['Interior Ministry', 'ministry', 'organization'], ['Jean Morel', 'morel', 'person']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.rule.startsWith('grammar'));
    expect(found.map((r) => show(r))).toEqual(['ministry -arrested-> morel']);
  });
});

describe("a coordinated verb's only subject, after it, is its object", () => {
  it('"X said the vote was fair and rejected the Y party\'s demand"', () => {
    const text = 'Prime Minister Anna Berg said the count had been fair and rejected the Green Party\'s demand for a recount.';
    const conllu = `
1 Prime ADJ 2 amod
2 Minister PROPN 3 nmod:desc
3 Anna PROPN 5 nsubj
4 Berg PROPN 3 flat
5 said VERB 0 root
6 the DET 7 det
7 count NOUN 10 nsubj
8 had AUX 10 aux
9 been AUX 10 cop
10 fair ADJ 5 ccomp
11 and CCONJ 12 cc
12 rejected VERB 10 conj
13 the DET 15 det
14 Green ADJ 15 amod
15 Party PROPN 17 nmod:poss
16 's PART 15 case
17 demand NOUN 12 nsubj
18 for ADP 20 case
19 a DET 20 det
20 recount NOUN 17 nmod
21 . PUNCT 5 punct`;
    const { seg, resolved } = build(text, [['Anna Berg', 'berg', 'person'], ['Green Party', 'greens', 'organization']]);
    const parsed: Parsed = { sentences: [parseConllu(seg, 0, conllu)] };
    const found = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event' && r.rule.startsWith('grammar'));
    expect(found.map((r) => show(r))).toEqual(['berg -rejected-> greens']);
  });
});
