// A sentence's tree is parsed only when a reader reads it (relate.ts, learned.ts, news-model/). The classifier
// reads the parse of a sentence only when the sentence has a candidate pair; of the sentences it reads it claims
// every one, and the news model then reads the claimed trees as it read the trees parsed before it, parsing
// them if need be: the same trees, fewer sentences parsed.
import { beforeAll, describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { modelRelations } from '../../../src/pipeline/relate/learned.ts';
import { NO_KNOWLEDGE } from '../../../src/pipeline/relate/knowledge.ts';
import { newsModelStep, type Candidate } from '../../../src/pipeline/relate/news-model/index.ts';
import type { Entity, Parsed, Resolved, Segmented } from '../../../src/types.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages(); });

function analysed(text: string): { seg: Segmented; resolved: Resolved; entities: Map<string, Entity> } {
  const seg = segment({ id: 'x', title: null, source: 'x.txt', text });
  const resolved = stages.resolve(seg, stages.recognize(seg, stages.tag(seg)));
  return { seg, resolved, entities: new Map(resolved.entities.map((e) => [e.id, e])) };
}

/** The article's parse of every sentence, each entry a getter (as the parse stage hands it out) recording that it was read. */
function recordedParse(seg: Segmented, read: Set<number>): Parsed {
  const trees = stages.parse(seg).sentences.map((p) => p);
  const sentences: Parsed['sentences'] = new Array(trees.length).fill(null);
  trees.forEach((tree, s) => Object.defineProperty(sentences, s, { configurable: true, enumerable: true, get: () => { read.add(s); return tree; } }));
  return { sentences };
}

/** A stand-in CoNLL04 classifier that reads path features and finds nothing. */
const silentClassifier = { usesSyntax: true, classify: () => [] } as unknown as Parameters<typeof modelRelations>[3];

describe('the classifier parses only the sentences with a candidate pair, and claims every sentence it reads', () => {
  it('two organisations make no candidate pair: their sentence is claimed, not parsed', () => {
    const { seg, resolved, entities } = analysed('Anna Marek joined Delmont Foods in Paris last year. Greenpeace and the European Union issued statements on Monday.');
    const orgs = resolved.mentions.filter((m) => m.sentence === 1 && entities.get(m.entity)?.type === 'organization');
    expect(orgs.length).toBe(2); // the premise: the second sentence names two organisations and nothing else
    const read = new Set<number>(), claimed = new Set<number>();
    modelRelations(seg, resolved.mentions, entities, silentClassifier, NO_KNOWLEDGE, () => true, recordedParse(seg, read), undefined, (s) => claimed.add(s));
    expect([...claimed].sort()).toEqual([0, 1]);
    expect([...read]).toEqual([0]);
  });
});

describe('the news model reads the trees of the sentences claimed before it', () => {
  const text = 'Anna Marek met Tom Hale in Paris on Monday.';
  function candidates(claimed?: (s: number) => boolean): { features: string[]; read: Set<number> } {
    const { seg, resolved, entities } = analysed(text);
    const read = new Set<number>();
    let got: Candidate[] = [];
    newsModelStep({ onCandidates: (c) => { got = c; } }, seg, resolved.mentions, entities, [], () => true, recordedParse(seg, read), undefined, claimed);
    expect(got.length).toBeGreaterThan(0);
    return { features: got.flatMap((c) => c.features), read };
  }

  it('a claimed sentence not yet parsed is parsed for its candidates, which read its tree', () => {
    const { features, read } = candidates((s) => s === 0);
    expect(read.has(0)).toBe(true);
    expect(features).not.toContain('path:unparsed');
    expect(features.some((f) => f.startsWith('path:') && f !== 'path:none')).toBe(true);
  });

  // guard (passes before and after): a sentence neither parsed nor claimed is read from its words
  it('a sentence neither parsed nor claimed is read from its words, and not parsed', () => {
    const { features, read } = candidates();
    expect(read.size).toBe(0);
    expect(features).toContain('path:unparsed');
  });
});
