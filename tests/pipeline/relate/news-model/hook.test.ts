// The news model in the relate stage: it speaks about the pairs the rules leave open, after them, as
// `by: "model:news"`, and never about a pair the rules relate or a person whose office they state.
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../../src/pipeline/analyze.ts';
import { relate } from '../../../../src/pipeline/relate/index.ts';
import { loadRelationClassifier } from '../../../../src/pipeline/relate/classifier/index.ts';
import { hashed } from '../../../../src/pipeline/relate/news-model/features.ts';
import { NONE } from '../../../../src/pipeline/relate/news-model/labels.ts';
import type { NewsModel } from '../../../../src/pipeline/relate/news-model/model.ts';
import type { ArticleAnalysis } from '../../../../src/types.ts';

/** A model written by hand: a person and an organisation the rules leave unrelated hold a role. */
const MODEL: NewsModel = {
  classes: [NONE, 'role>'],
  weights: new Map([[hashed(['ty:person|organization'])[0]!, Float32Array.from([0, 3])]]),
  allowed: new Map([[NONE, new Set(['person|org'])], ['role>', new Set(['person|org'])]]),
  threshold: 1,
  thresholds: {},
  calibration: { a: 1, b: -2 },
  info: {},
};

let stages: Stages | undefined;
async function analyse(text: string): Promise<ArticleAnalysis> {
  const base = await loadStages();
  stages ??= { ...base, relate: (seg, resolved, parsed) => relate(seg, resolved, { parsed, classifier: loadRelationClassifier(), news: { model: MODEL } }) };
  return analyzeArticle({ id: 'doc', title: null, source: 'doc.txt', text }, stages);
}
const lines = (a: ArticleAnalysis) => {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind !== 'cooccurrence' && r.basis !== 'knowledge').map((r) => `${name(r.source)} -${r.kind}:${r.predicate}-> ${name(r.target)} [${r.by}]`);
};

describe('the news model in the relate stage', () => {
  it('adds a relation for a pair the rules leave open, once, with its confidence and by "model:news"', async () => {
    const a = await analyse('Maria Lopez and Siemens were both named in the report. Maria Lopez and Siemens were named again in its annex.');
    expect(lines(a)).toContain('Maria Lopez -role:official of-> Siemens [model:news]');
    const r = a.relations.find((x) => x.by === 'model:news')!;
    expect(r.confidence).toBeCloseTo(1 / (1 + Math.exp(-(3 - 2))), 2);
    expect(r.evidence[0]!.text).toContain('Siemens');
    expect(a.relations.filter((x) => x.by === 'model:news')).toHaveLength(1);
  });

  it('says nothing about a person whose office the rules state, nor about a pair they relate', async () => {
    // the same model relates a person and an organisation the rules leave open ...
    expect(lines(await analyse('Maria Lopez and Siemens were both named in the report.'))).toContain('Maria Lopez -role:official of-> Siemens [model:news]');
    // ... but not a person the rules give an office (Citigroup), nor the pair the rules relate (Siemens)
    const got = lines(await analyse('Siemens chief executive Maria Lopez met bankers from Citigroup in Munich on Monday.'));
    expect(got).toContain('Maria Lopez -role:chief executive of-> Siemens [rule:role-premodifier]');
    expect(got.filter((l) => l.endsWith('[model:news]'))).toEqual([]);
  });

  it('reads a pronoun subject as the person named in the sentence before, citing both sentences', async () => {
    const a = await analyse('Maria Lopez arrived in the capital on Monday. She was later seen near Siemens.');
    expect(lines(a)).toContain('Maria Lopez -role:official of-> Siemens [model:news]');
    const r = a.relations.find((x) => x.by === 'model:news')!;
    expect(r.evidence.map((e) => e.text)).toEqual(['Maria Lopez arrived in the capital on Monday.', 'She was later seen near Siemens.']);
  });
});
