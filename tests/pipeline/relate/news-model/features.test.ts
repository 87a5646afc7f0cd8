// The news model's candidates, features and distant labels on a hand-parsed sentence, and its training.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../src/types.ts';
import type { ReadSentence } from '../../../../src/pipeline/relate/classifier/sentences.ts';
import type { Found } from '../../../../src/pipeline/relate/found.ts';
import { hashed, newsCandidates, type Candidate } from '../../../../src/pipeline/relate/news-model/features.ts';
import { labelOf } from '../../../../src/pipeline/relate/news-model/labels.ts';
import { canReport, decodeNewsModel, decideNews, encodeNewsModel, pairKey, trainNewsModel, type NewsExample, type NewsModel } from '../../../../src/pipeline/relate/news-model/model.ts';
import { PEOP, ORG, LOC } from '../../../../src/pipeline/relate/classifier/labels.ts';

const ENTITIES = new Map<string, Entity>([
  ['p', { id: 'p', name: 'Maria Lopez', type: 'person', aliases: ['Lopez'], mentions: [] }],
  ['o', { id: 'o', name: 'Telmex', type: 'organization', aliases: [], mentions: [] }],
  ['c', { id: 'c', name: 'Monterrey', type: 'city', aliases: [], mentions: [] }],
]);

/** "Lopez (did not) praise(d) Telmex in Monterrey ." with its UD parse written out. */
function sentence(negated: boolean): ReadSentence {
  const words = negated ? ['Lopez', 'did', 'not', 'praise', 'Telmex', 'in', 'Monterrey', '.'] : ['Lopez', 'praised', 'Telmex', 'in', 'Monterrey', '.'];
  const v = negated ? 3 : 1;
  const head = negated ? [3, 3, 3, -1, 3, 6, 3, 3] : [1, -1, 1, 4, 1, 1];
  const deprel = negated ? ['nsubj', 'aux', 'advmod', 'root', 'obj', 'case', 'obl', 'punct'] : ['nsubj', 'root', 'obj', 'case', 'obl', 'punct'];
  const upos = negated ? ['PROPN', 'AUX', 'PART', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT'] : ['PROPN', 'VERB', 'PROPN', 'ADP', 'PROPN', 'PUNCT'];
  const mention = (entity: string, t: number) => ({ start: 0, end: 0, text: '', type: ENTITIES.get(entity)!.type, sentence: 0, reason: 'test', entity, t });
  const ms = [mention('p', 0), mention('o', v + 1), mention('c', v + 3)];
  return {
    s: 0,
    sentence: {
      words,
      mentions: ms.map((m, k) => ({ start: m.t, end: m.t + 1, coarse: [PEOP, ORG, LOC][k]!, fine: m.type })),
      syntax: { head: Int32Array.from(head), deprel, upos },
    },
    source: ms,
  } as unknown as ReadSentence;
}

const pair = (cs: Candidate[], a: string, b: string) => cs.find((c) => c.a.entity === a && c.b.entity === b);

describe('news model candidates', () => {
  it('every pair the rules leave open, with its path, trigger and types', () => {
    const cs = newsCandidates([sentence(false)], ENTITIES, []);
    expect(cs.map((c) => `${c.a.entity}-${c.b.entity}`)).toEqual(['p-o', 'p-c', 'o-c']);
    const po = pair(cs, 'p', 'o')!;
    expect(po.features).toContain('ty:person|organization');
    expect(po.features).toContain('path:^nsubj vobj|person|organization');
    expect(po.features).toContain('trig:praised|person|organization');
    expect(po.features).toContain('troot:05'); // "praised" is CAMEO 051
    expect(po.triggers).toEqual(['praised']);
    expect(po.negated).toBe(false);
    const oc = pair(cs, 'o', 'c')!;
    expect(oc.features).toContain('caseb:in|organization|city');
  });

  it('the top word of the path with its word class and the two ends\' relations to it, each end\'s governing word, and the passive voice', () => {
    const po = pair(newsCandidates([sentence(false)], ENTITIES, []), 'p', 'o')!;
    expect(po.features).toEqual(expect.arrayContaining(['top:prais/v|nsubj|obj', 'ga:prais|nsubj', 'gb:prais|obj', 'cases:-|-|person|organization']));
    expect(po.features.some((f) => f.startsWith('voice:'))).toBe(false);
    // "Telmex was praised by Lopez ."
    const passive = {
      s: 0,
      sentence: {
        words: ['Telmex', 'was', 'praised', 'by', 'Lopez', '.'],
        mentions: [{ start: 0, end: 1, coarse: ORG, fine: 'organization' }, { start: 4, end: 5, coarse: PEOP, fine: 'person' }],
        syntax: { head: Int32Array.from([2, 2, -1, 4, 2, 2]), deprel: ['nsubj:pass', 'aux:pass', 'root', 'case', 'obl:agent', 'punct'], upos: ['PROPN', 'AUX', 'VERB', 'ADP', 'PROPN', 'PUNCT'] },
      },
      source: [{ entity: 'o' }, { entity: 'p' }],
    } as unknown as ReadSentence;
    const op = pair(newsCandidates([passive], ENTITIES, []), 'o', 'p')!;
    expect(op.features).toEqual(expect.arrayContaining(['top:prais/v|nsubj:pass|obl:agent', 'voice:pass|prais', 'voice:pass|organization|person', 'gb:prais|obl', 'cases:-|by|organization|person']));
  });

  it('a negation hung on the path negates the pair', () => {
    const po = pair(newsCandidates([sentence(true)], ENTITIES, []), 'p', 'o')!;
    expect(po.negated).toBe(true);
    expect(po.features).toContain('neg');
  });

  it('a pair a rule relates in the sentence is no candidate; one it relates elsewhere says so', () => {
    const rule = (s: number): Found => ({ source: 'o', target: 'c', kind: 'location', predicate: 'based in', cameo: null, confidence: 0.8, sentences: [s], rule: 'test' });
    expect(pair(newsCandidates([sentence(false)], ENTITIES, [rule(0)]), 'o', 'c')).toBeUndefined();
    expect(pair(newsCandidates([sentence(false)], ENTITIES, [rule(3)]), 'o', 'c')!.features).toContain('known:location');
  });
});

describe('news model candidates at run time', () => {
  const rule = (s: number): Found => ({ source: 'o', target: 'c', kind: 'location', predicate: 'based in', cameo: null, confidence: 0.8, sentences: [s], rule: 'test' });
  it('a pair a rule relates anywhere in the article is not read (its finding would be dropped)', () => {
    const cs = newsCandidates([sentence(false)], ENTITIES, [rule(3)], { openPairsOnly: true });
    expect(cs.map((c) => `${c.a.entity}-${c.b.entity}`)).toEqual(['p-o', 'p-c']);
  });
  it('a pair of entity types nothing can be reported for at its reach is not read', () => {
    const cs = newsCandidates([sentence(false)], ENTITIES, [], { reportable: (a, b) => !(a === 'person' && b === 'city') });
    expect(cs.map((c) => `${c.a.entity}-${c.b.entity}`)).toEqual(['p-o', 'o-c']);
  });
});

describe('canReport', () => {
  const model = (thresholds: Record<string, number>): NewsModel => ({
    classes: ['none', 'event:05>', 'role>'], weights: new Map(), threshold: -0.28, thresholds, calibration: { a: 1, b: 0 }, info: {},
    allowed: new Map([['event:05>', new Set(['person|org', 'person|person'])], ['role>', new Set(['person|org'])]]),
  });
  it('a pair can be reported when a class allowed for it has a finite threshold at the reach', () => {
    const m = model({ role: Infinity, event: 1, 'adjacent:role': -0.5 });
    expect(canReport(m, 'person|org', 'sentence')).toBe(true);
    expect(canReport(m, 'person|person', 'sentence')).toBe(true);
    expect(canReport(m, 'place|place', 'sentence')).toBe(false); // no class allowed
    expect(canReport(m, 'person|org', 'adjacent')).toBe(true); // adjacent roles are on
    expect(canReport(m, 'person|person', 'adjacent')).toBe(false); // adjacent events have no threshold
    expect(canReport(model({ role: Infinity, event: Infinity }), 'person|org', 'anaphor')).toBe(false);
  });
});

describe('news model labels', () => {
  const [po, pc, oc] = newsCandidates([sentence(false)], ENTITIES, []);
  it('the gold class of the pair, by name or alias, with its direction; optional statements are left out', () => {
    const gold = [['Lopez', 'event', '05', 'Telmex'], ['Telmex', 'orgplace', '', 'Monterrey']] as const;
    const alsoTrue = [['Monterrey', 'location', '', 'Maria Lopez']] as const;
    expect(labelOf(po!, gold, alsoTrue)).toBe('event:05>');
    expect(labelOf(oc!, gold, alsoTrue)).toBe('orgplace>');
    expect(labelOf(pc!, gold, alsoTrue)).toBeUndefined();
    expect(labelOf(pc!, gold, [])).toBe('none');
    expect(labelOf(po!, [['Telmex', 'event', '11', 'maria lopez']], [])).toBe('event:11<');
  });
});

describe('news model training', () => {
  const examples: NewsExample[] = [];
  for (let k = 0; k < 12; k++) {
    for (const [c, label] of newsCandidates([sentence(k % 3 === 0)], ENTITIES, []).map((c) => [c, c.a.entity === 'p' && c.b.entity === 'o' ? 'event:05>' : c.b.entity === 'c' && c.a.entity === 'o' ? 'orgplace>' : 'none'] as const)) {
      examples.push({ features: hashed(c.features), label, pair: pairKey(c.a.type, c.b.type) });
    }
  }
  it('is deterministic: the same examples and seed write the same bytes; the model read back decides the same', () => {
    const a = encodeNewsModel(trainNewsModel(examples)), b = encodeNewsModel(trainNewsModel(examples));
    expect(a.equals(b)).toBe(true);
    const back = decodeNewsModel(a);
    const [po] = newsCandidates([sentence(false)], ENTITIES, []);
    expect(decideNews(back, hashed(po!.features), pairKey('person', 'organization'))!.label).toBe('event:05>');
    expect(encodeNewsModel(trainNewsModel(examples, { algorithm: 'logistic', epochs: 20, seed: 2, l2: 1e-3 })).equals(a)).toBe(false);
  });
  it('offers a class only for the entity classes it was trained with', () => {
    const m = trainNewsModel(examples);
    expect(m.allowed.get('orgplace>')).toEqual(new Set(['org|place']));
    expect(decideNews(m, hashed(['bias']), 'person|person')).toBeUndefined();
  });
});
