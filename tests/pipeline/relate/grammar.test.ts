// The grammar reader on hand-written dependency parses (UD v2, CoNLL-U): relations read from the tree's
// positions, both voices, control, coordination, relative clauses, nominalisations, modality from the
// tree; and, where the parse reads a trigger, its reading replaces the token rules' reading.
import { describe, expect, it } from 'vitest';
import { build, KNOWLEDGE, show, type M } from './helpers.ts';
import { parseConllu } from './conllu.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';
import type { Parsed } from '../../../src/types.ts';

const C = (name: string, id: string): M => [name, id, 'country'];
const O = (name: string, id: string): M => [name, id, 'organization'];
const P = (name: string, id: string): M => [name, id, 'person'];
const D = (word: string, id: string): M => [word, id, 'country', { metonymy: 'demonym' }];

/** [what, text (one sentence), its parse, mentions, relations the grammar reader gives ("(neg)"/"(hyp)" marked)] */
type Case = [string, string, string, M[], string[]];

function grammar(text: string, conllu: string, mentions: M[]) {
  const { seg, resolved } = build(text, mentions);
  const parsed: Parsed = { sentences: seg.sentences.map((s) => (s.index === 0 ? parseConllu(seg, 0, conllu) : null)) };
  return relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed });
}
const label = (r: { source: string; target: string; predicate: string; negated?: boolean; hypothetical?: boolean }) =>
  `${show(r)}${r.negated ? ' (neg)' : ''}${r.hypothetical ? ' (hyp)' : ''}`;

const cases: Case[] = [
  ['active voice', 'Syria recognized Abkhazia in 2018.', `
1 Syria PROPN 2 nsubj
2 recognized VERB 0 root
3 Abkhazia PROPN 2 obj
4 in ADP 5 case
5 2018 NUM 2 obl
6 . PUNCT 2 punct`, [C('Syria', 'syria'), ['Abkhazia', 'abkhazia', 'region']], ['syria -recognized-> abkhazia']],

  ['passive voice with the agent far from the verb', 'Kosovo was formally recognized in a ceremony in Jerusalem by Israel.', `
1 Kosovo PROPN 4 nsubj:pass
2 was AUX 4 aux:pass
3 formally ADV 4 advmod
4 recognized VERB 0 root
5 in ADP 7 case
6 a DET 7 det
7 ceremony NOUN 4 obl
8 in ADP 9 case
9 Jerusalem PROPN 7 nmod
10 by ADP 11 case
11 Israel PROPN 4 obl:agent
12 . PUNCT 4 punct`, [C('Kosovo', 'kosovo'), C('Israel', 'israel'), ['Jerusalem', 'jerusalem', 'city']], ['israel -recognized-> kosovo']],

  ['negation from the tree', 'Serbia has never recognized Kosovo.', `
1 Serbia PROPN 4 nsubj
2 has AUX 4 aux
3 never ADV 4 advmod
4 recognized VERB 0 root
5 Kosovo PROPN 4 obj
6 . PUNCT 4 punct`, [C('Serbia', 'serbia'), C('Kosovo', 'kosovo')], ['serbia -recognized-> kosovo (neg)']],

  ['a conditional clause is hypothetical', 'If Chile recognizes Kosovo, Serbia will protest.', `
1 If SCONJ 3 mark
2 Chile PROPN 3 nsubj
3 recognizes VERB 8 advcl
4 Kosovo PROPN 3 obj
5 , PUNCT 3 punct
6 Serbia PROPN 8 nsubj
7 will AUX 8 aux
8 protest VERB 0 root
9 . PUNCT 8 punct`, [C('Chile', 'chile'), C('Kosovo', 'kosovo'), C('Serbia', 'serbia')], ['chile -recognized-> kosovo (hyp)']],

  ['subject control: "decided to recognize"', 'Taiwan decided last year to recognize Somaliland.', `
1 Taiwan PROPN 2 nsubj
2 decided VERB 0 root
3 last ADJ 4 amod
4 year NOUN 2 obl:tmod
5 to PART 6 mark
6 recognize VERB 2 xcomp
7 Somaliland PROPN 6 obj
8 . PUNCT 2 punct`, [C('Taiwan', 'taiwan'), ['Somaliland', 'somaliland', 'region']], ['taiwan -recognized-> somaliland']],

  ['object control: "urged X to withdraw" (the asked one acts, only asked)', 'Germany urged Russia to withdraw its troops from Moldova.', `
1 Germany PROPN 2 nsubj
2 urged VERB 0 root
3 Russia PROPN 2 obj
4 to PART 5 mark
5 withdraw VERB 2 xcomp
6 its PRON 7 nmod:poss
7 troops NOUN 5 obj
8 from ADP 9 case
9 Moldova PROPN 5 obl
10 . PUNCT 2 punct`, [C('Germany', 'germany'), C('Russia', 'russia'), C('Moldova', 'moldova')],
  ['germany -urged-> russia', 'russia -withdrew troops from-> moldova (hyp)']],

  ['a plan: "plans to buy ... from"', 'Poland plans to buy 96 helicopters from Boeing.', `
1 Poland PROPN 2 nsubj
2 plans VERB 0 root
3 to PART 4 mark
4 buy VERB 2 xcomp
5 96 NUM 6 nummod
6 helicopters NOUN 4 obj
7 from ADP 8 case
8 Boeing PROPN 4 obl
9 . PUNCT 2 punct`, [C('Poland', 'poland'), O('Boeing', 'boeing')], ['poland -bought from-> boeing (hyp)']],

  ['coordinated subjects and objects', 'France and Germany condemned Russia and Belarus.', `
1 France PROPN 4 nsubj
2 and CCONJ 3 cc
3 Germany PROPN 1 conj
4 condemned VERB 0 root
5 Russia PROPN 4 obj
6 and CCONJ 7 cc
7 Belarus PROPN 5 conj
8 . PUNCT 4 punct`, [C('France', 'france'), C('Germany', 'germany'), C('Russia', 'russia'), C('Belarus', 'belarus')],
  ['france -condemned-> belarus', 'france -condemned-> russia', 'germany -condemned-> belarus', 'germany -condemned-> russia']],

  ['coordinated verbs share the subject', 'Apple sued Samsung last week and criticized Google.', `
1 Apple PROPN 2 nsubj
2 sued VERB 0 root
3 Samsung PROPN 2 obj
4 last ADJ 5 amod
5 week NOUN 2 obl:tmod
6 and CCONJ 7 cc
7 criticized VERB 2 conj
8 Google PROPN 7 obj
9 . PUNCT 2 punct`, [O('Apple', 'apple'), O('Samsung', 'samsung'), O('Google', 'google')], ['apple -criticized-> google', 'apple -sued-> samsung']],

  ['a relative clause: the antecedent is the subject', 'Chevron, which bought Hess in 2023, grew.', `
1 Chevron PROPN 9 nsubj
2 , PUNCT 4 punct
3 which PRON 4 nsubj
4 bought VERB 1 acl:relcl
5 Hess PROPN 4 obj
6 in ADP 7 case
7 2023 NUM 4 obl
8 , PUNCT 4 punct
9 grew VERB 0 root
10 . PUNCT 9 punct`, [O('Chevron', 'chevron'), O('Hess', 'hess')], ['chevron -acquired-> hess']],

  ['an object relative: the antecedent is the object', 'Kosovo, which Serbia does not recognize, applied.', `
1 Kosovo PROPN 9 nsubj
2 , PUNCT 7 punct
3 which PRON 7 obj
4 Serbia PROPN 7 nsubj
5 does AUX 7 aux
6 not PART 7 advmod
7 recognize VERB 1 acl:relcl
8 , PUNCT 7 punct
9 applied VERB 0 root
10 . PUNCT 9 punct`, [C('Kosovo', 'kosovo'), C('Serbia', 'serbia')], ['serbia -recognized-> kosovo (neg)']],

  ['a possessive nominalisation', "Russia's annexation of Crimea was condemned.", `
1 Russia PROPN 3 nmod:poss
2 's PART 1 case
3 annexation NOUN 7 nsubj:pass
4 of ADP 5 case
5 Crimea PROPN 3 nmod
6 was AUX 7 aux:pass
7 condemned VERB 0 root
8 . PUNCT 7 punct`, [C('Russia', 'russia'), ['Crimea', 'crimea', 'region']], ['russia -annexed-> crimea']],

  ['a trade ban as a noun: the goods\' destination', 'The US ban on chip exports to China angered Beijing.', `
1 The DET 3 det
2 US PROPN 3 compound
3 ban NOUN 9 nsubj
4 on ADP 6 case
5 chip NOUN 6 compound
6 exports NOUN 3 nmod
7 to ADP 8 case
8 China PROPN 6 nmod
9 angered VERB 0 root
10 Beijing PROPN 9 obj
11 . PUNCT 9 punct`, [C('US', 'us'), C('China', 'china'), ['Beijing', 'beijing', 'city']], ['us -banned-> china']],

  ['a light verb: "held talks with"', 'Iran held talks with Oman on Monday.', `
1 Iran PROPN 2 nsubj
2 held VERB 0 root
3 talks NOUN 2 obj
4 with ADP 5 case
5 Oman PROPN 3 nmod
6 on ADP 7 case
7 Monday PROPN 2 obl
8 . PUNCT 2 punct`, [C('Iran', 'iran'), C('Oman', 'oman')], ['iran -held talks with-> oman']],

  ['a light verb with the object on the verb: "imposed sanctions on"', 'Canada imposed new sanctions on Belarus.', `
1 Canada PROPN 2 nsubj
2 imposed VERB 0 root
3 new ADJ 4 amod
4 sanctions NOUN 2 obj
5 on ADP 6 case
6 Belarus PROPN 2 obl
7 . PUNCT 2 punct`, [C('Canada', 'canada'), C('Belarus', 'belarus')], ['canada -sanctioned-> belarus']],

  ['a summit between three relates every pair', 'A summit between Ruto, Museveni and Kagame ended.', `
1 A DET 2 det
2 summit NOUN 9 nsubj
3 between ADP 4 case
4 Ruto PROPN 2 nmod
5 , PUNCT 6 punct
6 Museveni PROPN 4 conj
7 and CCONJ 8 cc
8 Kagame PROPN 4 conj
9 ended VERB 0 root
10 . PUNCT 9 punct`, [P('Ruto', 'ruto'), P('Museveni', 'museveni'), P('Kagame', 'kagame')], ['museveni -met-> kagame', 'ruto -met-> kagame', 'ruto -met-> museveni']],

  ['a complement and its preposition: "cut diplomatic ties with"', 'Nicaragua cut diplomatic ties with Taiwan.', `
1 Nicaragua PROPN 2 nsubj
2 cut VERB 0 root
3 diplomatic ADJ 4 amod
4 ties NOUN 2 obj
5 with ADP 6 case
6 Taiwan PROPN 4 nmod
7 . PUNCT 2 punct`, [['Nicaragua', 'nicaragua', 'country'], C('Taiwan', 'taiwan')], ['nicaragua -severed ties with-> taiwan']],

  ['a counterpart named in apposition is the object', 'Wang met his Dutch counterpart, Liesje Smit, on Monday.', `
1 Wang PROPN 2 nsubj
2 met VERB 0 root
3 his PRON 5 nmod:poss
4 Dutch ADJ 5 amod
5 counterpart NOUN 2 obj
6 , PUNCT 7 punct
7 Liesje PROPN 5 appos
8 Smit PROPN 7 flat
9 , PUNCT 7 punct
10 on ADP 11 case
11 Monday PROPN 2 obl
12 . PUNCT 2 punct`, [P('Wang', 'wang'), P('Liesje Smit', 'smit'), D('Dutch', 'netherlands')], ['wang -met-> smit']],

  ['objections against the main clause', 'Sweden joined the alliance despite Turkish objections.', `
1 Sweden PROPN 2 nsubj
2 joined VERB 0 root
3 the DET 4 det
4 alliance NOUN 2 obj
5 despite ADP 7 case
6 Turkish ADJ 7 amod
7 objections NOUN 2 obl
8 . PUNCT 2 punct`, [C('Sweden', 'sweden'), D('Turkish', 'turkey')], ['turkey -objected to-> sweden']],

  ['the subject far from the verb', 'The EU, after months of debate among its 27 members over how to respond, imposed sanctions on Iran.', `
1 The DET 2 det
2 EU PROPN 17 nsubj
3 , PUNCT 5 punct
4 after ADP 5 case
5 months NOUN 17 obl
6 of ADP 7 case
7 debate NOUN 5 nmod
8 among ADP 11 case
9 its PRON 11 nmod:poss
10 27 NUM 11 nummod
11 members NOUN 7 nmod
12 over ADP 13 case
13 how ADV 15 advmod
14 to PART 15 mark
15 respond VERB 7 acl
16 , PUNCT 5 punct
17 imposed VERB 0 root
18 sanctions NOUN 17 obj
19 on ADP 20 case
20 Iran PROPN 17 obl
21 . PUNCT 17 punct`, [O('EU', 'eu'), C('Iran', 'iran')], ['eu -sanctioned-> iran']],

  ['a passive\'s agent acts in its purpose clause, hypothetically', 'Washington fears missiles that could be used by Iran to strike Israel.', `
1 Washington PROPN 2 nsubj
2 fears VERB 0 root
3 missiles NOUN 2 obj
4 that PRON 7 nsubj:pass
5 could AUX 7 aux
6 be AUX 7 aux:pass
7 used VERB 3 acl:relcl
8 by ADP 9 case
9 Iran PROPN 7 obl:agent
10 to PART 11 mark
11 strike VERB 7 advcl
12 Israel PROPN 11 obj
13 . PUNCT 2 punct`, [C('Washington', 'us'), C('Iran', 'iran'), C('Israel', 'israel')], ['iran -attacked-> israel (hyp)']],
];

describe('events read from the dependency parse', () => {
  it.each(cases)('%s', (_what, text, conllu, mentions, expected) => {
    const found = grammar(text, conllu, mentions).filter((r) => r.rule.startsWith('grammar-') && r.kind === 'event');
    expect(found.map(label).sort()).toEqual([...expected].sort());
  });

  it('replaces the token rules\' reading of a trigger the parse read, and keeps the rest', () => {
    // The token rules read "the province" window and may pick a different subject; the parse knows it is the EU.
    const text = 'The EU, after months of debate among its 27 members over how to respond, imposed sanctions on Iran.';
    const all = grammar(text, cases.find((c) => c[1] === text)![2], [O('EU', 'eu'), C('Iran', 'iran')]);
    const events = all.filter((r) => r.kind === 'event');
    expect(events.map((r) => r.rule)).toEqual(['grammar-light-verb:sanction']);
  });

  it('without a parse, the token rules still read the sentence', () => {
    const { seg, resolved } = build('Syria recognized Abkhazia in 2018.', [C('Syria', 'syria'), ['Abkhazia', 'abkhazia', 'region']]);
    const rs = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed: { sentences: [null] } }).filter((r) => r.kind === 'event');
    expect(rs.map((r) => `${show(r)} ${r.rule}`)).toEqual(['syria -recognized-> abkhazia event-active:recognize']);
  });
});

describe('roles read from appositions in the parse', () => {
  const roles: Case[] = [
    ['a long title after the name, with "for"', 'Jane Doe, the newly appointed and widely respected spokeswoman for the Pentagon, declined.', `
1 Jane PROPN 15 nsubj
2 Doe PROPN 1 flat
3 , PUNCT 10 punct
4 the DET 10 det
5 newly ADV 6 advmod
6 appointed VERB 10 amod
7 and CCONJ 9 cc
8 widely ADV 9 advmod
9 respected VERB 6 conj
10 spokeswoman NOUN 1 appos
11 for ADP 13 case
12 the DET 13 det
13 Pentagon PROPN 10 nmod
14 , PUNCT 10 punct
15 declined VERB 0 root
16 . PUNCT 15 punct`, [P('Jane Doe', 'doe'), O('Pentagon', 'pentagon')], ['doe -spokeswoman of-> pentagon']],
    ['a title before the name whose possessor names nothing gives nothing', "The republic's foreign minister, Ivan Petrov, resigned.", `
1 The DET 2 det
2 republic NOUN 5 nmod:poss
3 's PART 2 case
4 foreign ADJ 5 amod
5 minister NOUN 10 nsubj
6 , PUNCT 7 punct
7 Ivan PROPN 5 appos
8 Petrov PROPN 7 flat
9 , PUNCT 7 punct
10 resigned VERB 0 root
11 . PUNCT 10 punct`, [P('Ivan Petrov', 'petrov')], []],
    ['a title before the name, with "of"', 'The head of the IAEA, Rafael Grossi, arrived.', `
1 The DET 2 det
2 head NOUN 10 nsubj
3 of ADP 5 case
4 the DET 5 det
5 IAEA PROPN 2 nmod
6 , PUNCT 7 punct
7 Rafael PROPN 2 appos
8 Grossi PROPN 7 flat
9 , PUNCT 7 punct
10 arrived VERB 0 root
11 . PUNCT 10 punct`, [O('IAEA', 'iaea'), P('Rafael Grossi', 'grossi')], ['grossi -head of-> iaea']],
    ['a demonym on the title names the country', 'Ivan Petrov, the Russian envoy, left.', `
1 Ivan PROPN 8 nsubj
2 Petrov PROPN 1 flat
3 , PUNCT 6 punct
4 the DET 6 det
5 Russian ADJ 6 amod
6 envoy NOUN 1 appos
7 , PUNCT 6 punct
8 left VERB 0 root
9 . PUNCT 8 punct`, [P('Ivan Petrov', 'petrov'), D('Russian', 'russia')], ['petrov -envoy of-> russia']],
  ];
  it.each(roles)('%s', (_what, text, conllu, mentions, expected) => {
    const found = grammar(text, conllu, mentions).filter((r) => r.rule === 'grammar-role-appos');
    expect(found.map(label).sort()).toEqual([...expected].sort());
  });
});

describe('a counterpart named without a comma', () => {
  it('the name the parse hangs on "counterpart" as a bare nmod is the counterpart', () => {
    const text = 'Otieno and his Ugandan counterpart Mwangi signed an agreement.';
    const conllu = `
1 Otieno PROPN 7 nsubj
2 and CCONJ 5 cc
3 his PRON 5 nmod:poss
4 Ugandan ADJ 5 amod
5 counterpart NOUN 1 conj
6 Mwangi PROPN 5 nmod
7 signed VERB 0 root
8 an DET 9 det
9 agreement NOUN 7 obj
10 . PUNCT 7 punct`;
    const rs = grammar(text, conllu, [['Otieno', 'otieno', 'person'], ['Mwangi', 'mwangi', 'person']]).filter((r) => r.kind === 'event');
    expect(rs.map((r) => show(r))).toEqual(['otieno -signed agreement with-> mwangi']);
  });
});

describe('object pronouns', () => {
  it('an object "him" is a person other than its own clause\'s subject', () => {
    const text = 'Mwangi said Otieno congratulated him.';
    const conllu = `
1 Mwangi PROPN 2 nsubj
2 said VERB 0 root
3 Otieno PROPN 4 nsubj
4 congratulated VERB 2 ccomp
5 him PRON 4 obj
6 . PUNCT 2 punct`;
    const rs = grammar(text, conllu, [['Mwangi', 'mwangi', 'person'], ['Otieno', 'otieno', 'person']]).filter((r) => r.kind === 'event');
    expect(rs.map((r) => `${show(r)} ${r.rule}`)).toEqual(['otieno -praised-> mwangi grammar-active:praise']);
  });
});

describe('where the parse goes wrong', () => {
  it('a possessor the parse attached elsewhere still belongs to the phrase right after it', () => {
    // "Ukraine" is (wrongly) made the subject's sibling; "'s Foreign Ministry" still names Ukraine's ministry.
    const text = "Kenya's Foreign Ministry condemned Sudan.";
    const conllu = `
1 Kenya PROPN 5 obl
2 's PART 1 case
3 Foreign PROPN 4 compound
4 Ministry PROPN 5 nsubj
5 condemned VERB 0 root
6 Sudan PROPN 5 obj
7 . PUNCT 5 punct`;
    const rs = grammar(text, conllu, [C('Kenya', 'kenya'), C('Sudan', 'sudan'), O('Foreign Ministry', 'ministry')]).filter((r) => r.kind === 'event');
    expect(rs.map((r) => `${show(r)} ${r.rule}`)).toEqual(['kenya -condemned-> sudan grammar-active:condemn']);
  });

  it('a wire dateline is a heading of its own, so the sentence after it is parsed as English', () => {
    const text = 'NAIROBI (Reuters) - Kenya recognized Somaliland.';
    const { seg, resolved } = build(text, [['NAIROBI', 'nairobi', 'city'], O('Reuters', 'reuters'), C('Kenya', 'kenya'), ['Somaliland', 'somaliland', 'region']]);
    expect(seg.sentences.map((s) => [s.text, s.heading])).toEqual([['NAIROBI (Reuters) -', true], ['Kenya recognized Somaliland.', false]]);
    const conllu = `
1 Kenya PROPN 2 nsubj
2 recognized VERB 0 root
3 Somaliland PROPN 2 obj
4 . PUNCT 2 punct`;
    const parsed: Parsed = { sentences: seg.sentences.map((s) => (s.index === 1 ? parseConllu(seg, 1, conllu) : null)) };
    const rs = relateDetailed(seg, resolved, { knowledge: KNOWLEDGE, parsed }).filter((r) => r.kind === 'event');
    expect(rs.map((r) => `${show(r)} ${r.rule}`)).toEqual(['kenya -recognized-> somaliland grammar-active:recognize']);
  });
});
