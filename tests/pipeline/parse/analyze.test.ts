// The parse stage inside the pipeline: which sentences get parsed, and that
// relate is handed the parse.
import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../../src/types.ts';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';

const TEXT = [
  'Ukraine cut diplomatic ties with North Korea on Thursday.', // two entities: parsed
  'The weather in Kyiv was cold.', // one entity: not parsed
  'Officials said nothing more.', // none: not parsed
  'Russia and Syria had recognised the two regions.', // two: parsed
].join(' ');

describe('analyzeArticle with the parse stage', () => {
  it('parses only sentences naming two different entities and hands the parse to relate', async () => {
    const real = await loadStages();
    let handed: Parsed | null | undefined;
    const stages: Stages = { ...real, relate: (seg, resolved, parsed) => { handed = parsed; return real.relate(seg, resolved, parsed); } };
    const a = analyzeArticle({ id: 'x', title: null, source: 'x', text: TEXT }, stages);
    expect(handed).toBeDefined();
    const parsedText = handed!.sentences.map((s) => (s ? s.words.map((w) => w.text).join(' ') : null));
    expect(parsedText).toEqual([
      'Ukraine cut diplomatic ties with North Korea on Thursday .', null, null, 'Russia and Syria had recognised the two regions .',
    ]);
    expect(a.syntax).toBeUndefined();
  });

  it('with { syntax: true } parses every sentence and returns it', async () => {
    const a = analyzeArticle({ id: 'x', title: null, source: 'x', text: TEXT }, await loadStages(), { syntax: true });
    expect(a.syntax!.map((s) => s.sentence)).toEqual([0, 1, 2, 3]);
    const cut = a.syntax![0]!.words;
    expect(cut.find((w) => w.text === 'Ukraine')).toMatchObject({ upos: 'PROPN', deprel: 'nsubj', head: 1 });
  });
});
