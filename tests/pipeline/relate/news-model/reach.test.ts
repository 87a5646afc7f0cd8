// The news model's features hold no names, its candidates reach across the sentence boundary (an anaphor read as
// its antecedent, names of adjacent sentences), and its thresholds are per family of classes.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/types.ts';
import type { ReadSentence } from '../../../../src/pipeline/relate/classifier/sentences.ts';
import { newsCandidates, type Candidate } from '../../../../src/pipeline/relate/news-model/features.ts';
import { newsFindings, type NewsFinding } from '../../../../src/pipeline/relate/news-model/apply.ts';
import { decodeNewsModel, encodeNewsModel, familyOf, thresholdOf, type NewsModel } from '../../../../src/pipeline/relate/news-model/model.ts';
import { NONE } from '../../../../src/pipeline/relate/news-model/labels.ts';
import { coarseOf } from '../../../../src/pipeline/relate/classifier/labels.ts';

const ENTITIES = new Map<string, Entity>([
  ['p', { id: 'p', name: 'Maria Lopez', type: 'person', aliases: ['Lopez'], mentions: [] }],
  ['o', { id: 'o', name: 'Telmex', type: 'organization', aliases: [], mentions: [] }],
  ['c', { id: 'c', name: 'Monterrey', type: 'city', aliases: [], mentions: [] }],
  ['q', { id: 'q', name: 'Carlos Ruiz', type: 'person', aliases: ['Ruiz'], mentions: [] }],
]);

/** A hand-parsed sentence: words, UD heads and relations, UPOS, and its names as [entity, first token, end token]. */
function read(s: number, words: string[], head: number[], deprel: string[], upos: string[], names: Array<[string, number, number]>): ReadSentence {
  return {
    s,
    sentence: {
      words,
      mentions: names.map(([e, start, end]) => ({ start, end, coarse: coarseOf(ENTITIES.get(e)!.type)!, fine: ENTITIES.get(e)!.type })),
      syntax: { head: Int32Array.from(head), deprel, upos },
    },
    source: names.map(([e]) => ({ start: 0, end: 0, text: '', type: ENTITIES.get(e)!.type, sentence: s, reason: 'test', entity: e })),
  } as unknown as ReadSentence;
}

// "Maria Lopez arrived in Monterrey ." / "She praised Telmex and Carlos Ruiz ."
const FIRST = read(0, ['Maria', 'Lopez', 'arrived', 'in', 'Monterrey', '.'], [1, 2, -1, 4, 2, 2], ['compound', 'nsubj', 'root', 'case', 'obl', 'punct'], ['PROPN', 'PROPN', 'VERB', 'ADP', 'PROPN', 'PUNCT'], [['p', 0, 2], ['c', 4, 5]]);
const SECOND = read(1, ['She', 'praised', 'Telmex', 'and', 'Carlos', 'Ruiz', '.'], [1, -1, 1, 5, 5, 2, 1], ['nsubj', 'root', 'obj', 'cc', 'compound', 'conj', 'punct'], ['PRON', 'VERB', 'PROPN', 'CCONJ', 'PROPN', 'PROPN', 'PUNCT'], [['o', 2, 3], ['q', 4, 6]]);
// "The company praised Carlos Ruiz ." after "Telmex opened a plant in Monterrey ."
const OPENS = read(0, ['Telmex', 'opened', 'a', 'plant', 'in', 'Monterrey', '.'], [1, -1, 3, 1, 5, 1, 1], ['nsubj', 'root', 'det', 'obj', 'case', 'obl', 'punct'], ['PROPN', 'VERB', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT'], [['o', 0, 1], ['c', 5, 6]]);
const COMPANY = read(1, ['The', 'company', 'praised', 'Carlos', 'Ruiz', '.'], [1, 2, -1, 4, 2, 2], ['det', 'nsubj', 'root', 'compound', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'PROPN', 'PROPN', 'PUNCT'], [['q', 3, 5]]);

const find = (cs: Candidate[], a: string, b: string, reach: Candidate['reach']) => cs.find((c) => c.reach === reach && ((c.a.entity === a && c.b.entity === b) || (c.a.entity === b && c.b.entity === a)));

describe('news model features', () => {
  it('hold no name: a word inside a mention is its type, another proper noun <propn>', () => {
    // "Lopez praised Telmex , a Pemex supplier , in Monterrey ." (Pemex recognised as no entity)
    const s = read(0, ['Lopez', 'praised', 'Telmex', ',', 'a', 'Pemex', 'supplier', ',', 'in', 'Monterrey', '.'], [1, -1, 1, 6, 6, 6, 2, 6, 9, 1, 1],
      ['nsubj', 'root', 'obj', 'punct', 'det', 'compound', 'appos', 'punct', 'case', 'obl', 'punct'], ['PROPN', 'VERB', 'PROPN', 'PUNCT', 'DET', 'PROPN', 'NOUN', 'PUNCT', 'ADP', 'PROPN', 'PUNCT'],
      [['p', 0, 1], ['o', 2, 3], ['c', 9, 10]]);
    const cs = newsCandidates([s, SECOND, FIRST].map((x, k) => ({ ...x, s: k })), ENTITIES, []);
    expect(cs.length).toBeGreaterThan(3);
    const all = cs.flatMap((c) => c.features).join(' ').toLowerCase();
    for (const name of ['lopez', 'maria', 'telmex', 'monterrey', 'pemex', 'ruiz', 'carlos']) expect(all).not.toContain(name);
    const pc = find(cs, 'p', 'c', 'sentence')!;
    expect(pc.features).toContain('bw:<organization>');
    expect(pc.features).toContain('bw:<propn>');
  });
});

describe('news model candidates across the sentence boundary', () => {
  it('a subject pronoun is its antecedent, named in the sentence before, paired with the names of its sentence', () => {
    const cs = newsCandidates([FIRST, SECOND], ENTITIES, []);
    const po = find(cs, 'p', 'o', 'anaphor')!;
    expect(po).toBeDefined();
    expect([po.a.entity, po.b.entity]).toEqual(['p', 'o']);
    expect(po.features).toEqual(expect.arrayContaining(['ana:pron:she', 'anad:1', 'path:^nsubj vobj|person|organization', 'trig:praised|person|organization']));
    expect(po.antecedentSentence).toBe(0);
    expect(find(cs, 'p', 'q', 'anaphor')).toBeDefined();
    // a pronoun never stands for a name of another kind: "she" is no city
    expect(cs.filter((c) => c.reach === 'anaphor').every((c) => c.a.entity === 'p')).toBe(true);
  });

  it('"the company" is the latest organisation before it', () => {
    const cs = newsCandidates([OPENS, COMPANY], ENTITIES, []);
    const oq = find(cs, 'o', 'q', 'anaphor')!;
    expect(oq.features).toEqual(expect.arrayContaining(['ana:def:body', 'anad:1']));
    expect(oq.a.entity).toBe('o');
  });

  it('(guard) a pair the rules relate in either sentence is no anaphor candidate', () => {
    const rule = { source: 'p', target: 'o', kind: 'event' as const, predicate: 'praised', cameo: '051', confidence: 0.8, sentences: [0, 1], rule: 'test' };
    expect(find(newsCandidates([FIRST, SECOND], ENTITIES, [rule]), 'p', 'o', 'anaphor')).toBeUndefined();
  });

  it('names of adjacent sentences never named together are adjacent candidates, marked as such', () => {
    const cs = newsCandidates([FIRST, SECOND], ENTITIES, []);
    const pq = find(cs, 'p', 'q', 'adjacent')!;
    expect(pq.features).toContain('adj');
    expect(pq.features).toContain('adj:person|person');
    expect(pq.antecedentSentence).toBe(0);
    // Lopez and Monterrey share a sentence: never an adjacent pair
    expect(cs.filter((c) => c.reach === 'adjacent').some((c) => c.a.entity === 'p' && c.b.entity === 'c')).toBe(false);
  });
});

describe('news model thresholds per family', () => {
  const model: NewsModel = {
    classes: [NONE, 'event:05>', 'role>'], weights: new Map(), allowed: new Map([['event:05>', new Set(['person|org'])], ['role>', new Set(['person|org'])]]),
    threshold: 0, thresholds: { role: Infinity, event: 1, 'adjacent:event': 2 }, calibration: { a: 1, b: 0 }, info: {},
  };
  it('a class takes its family threshold, adjacent pairs their own (none without one)', () => {
    expect(familyOf('orgplace<')).toBe('place');
    expect(thresholdOf(model, 'event:05>')).toBe(1);
    expect(thresholdOf(model, 'event:05>', 'adjacent')).toBe(2);
    expect(thresholdOf(model, 'member>')).toBe(0);
    expect(thresholdOf(model, 'member>', 'adjacent')).toBe(Infinity);
  });
  it('decides which findings are said, and survives the model file (a family switched off included)', () => {
    const [po] = newsCandidates([FIRST, SECOND], ENTITIES, []).filter((c) => c.reach === 'anaphor');
    const at = (label: string, margin: number): NewsFinding => ({ candidate: po!, label, margin });
    expect(newsFindings(model, [at('event:05>', 1.5)], []).map((f) => f.kind)).toEqual(['event']);
    expect(newsFindings(model, [at('event:05>', 0.5)], [])).toEqual([]);
    expect(newsFindings(model, [at('role>', 99)], [])).toEqual([]);
    const back = decodeNewsModel(encodeNewsModel(model));
    expect(back.thresholds).toEqual(model.thresholds);
    // the anaphor's finding cites both sentences
    expect(newsFindings(back, [at('event:05>', 1.5)], [])[0]!.sentences).toEqual([0, 1]);
  });
});
