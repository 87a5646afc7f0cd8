// `kg ask` never passes world knowledge, or a role read from context, off as something an article said.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.ts';
import { ask } from '../../src/query/index.ts';
import type { ArticleAnalysis, Relation } from '../../src/types.ts';

const TEXT = 'PARIS (Reuters) - President Emmanuel Macron met Olaf Scholz in Lyon.';
const at = (t: string) => ({ start: TEXT.indexOf(t), end: TEXT.indexOf(t) + t.length, text: t });
const sentence = { start: 0, end: TEXT.length, text: TEXT };
const rel = (r: Omit<Relation, 'cameo' | 'confidence' | 'evidence'> & Partial<Relation>): Relation => ({ cameo: null, confidence: 0.7, evidence: [sentence], ...r });

const analysis: ArticleAnalysis = {
  document: { id: 'd1', title: null, source: 'd1.txt', chars: TEXT.length },
  entities: [
    { id: 'country:FR', name: 'France', type: 'country', aliases: ['PARIS'], mentions: [at('PARIS')] },
    { id: 'city:lyon', name: 'Lyon', type: 'city', aliases: [], mentions: [at('Lyon')] },
    { id: 'person:macron', name: 'Emmanuel Macron', type: 'person', aliases: [], mentions: [at('Emmanuel Macron')] },
    { id: 'person:scholz', name: 'Olaf Scholz', type: 'person', aliases: [], mentions: [at('Olaf Scholz')] },
  ],
  relations: [
    rel({ source: 'city:lyon', target: 'country:FR', kind: 'location', predicate: 'located in', basis: 'knowledge', evidence: [] }),
    rel({ source: 'person:macron', target: 'country:FR', kind: 'role', predicate: 'president of', basis: 'context' }),
    rel({ source: 'person:macron', target: 'person:scholz', kind: 'event', predicate: 'met', cameo: '040', basis: 'stated' }),
  ],
};
const graph = buildGraph([analysis]);

describe('ask and the basis of relations', () => {
  it('says a location is world knowledge when no article states it', () => {
    const a = ask(graph, 'Where is Lyon?');
    expect(a.text).toMatch(/^Lyon: located in France \(world knowledge, not stated in an article\)\./);
    expect(a.evidence).toEqual([]);
  });

  it('marks a role read from context as inferred, not said', () => {
    expect(ask(graph, 'What is the role of Macron?').text).toMatch(/president of France \(inferred from the article's context\)/);
    expect(ask(graph, 'Who is the president of France?').text).toMatch(/Emmanuel Macron president of France \(inferred from the article's context\)/);
  });

  it('answers a yes-no question with a stated relation as a fact', () => {
    expect(ask(graph, 'Did Macron meet Scholz?').text).toMatch(/^Yes: Emmanuel Macron met Olaf Scholz\./);
  });

  it('qualifies world knowledge in a summary, with no evidence line', () => {
    const a = ask(graph, 'Lyon');
    expect(a.text).toContain('  Lyon -[located in]-> France (location, world knowledge, not stated in an article)');
    expect(a.text).not.toContain('"');
  });
});
