// A one-word name opening a sentence that the tagger left out, found with the parse (subject-names.ts),
// through the whole analysis as `kg extract` runs it. Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages({ relationModel: false }); }, 120_000);
const people = (text: string) => analyzeArticle({ id: 't', title: null, source: 'test', text } as never, stages)
  .entities.filter((e) => e.type === 'person').map((e) => e.name);

describe('a sentence-opening name the parse reads as the subject of what people do', () => {
  const cases: Array<[string, string]> = [
    ['Pelletier taught chemistry at Cornell University for ten years .', 'Pelletier'],
    ['Valdrin was convicted of the 1971 bombing and sentenced to life .', 'Valdrin'],
    ['Okonjo sued the makers of the drug in a federal court in Ohio .', 'Okonjo'],
  ];
  it.each(cases)('%s', (text, name) => {
    expect(people(text)).toContain(name);
  });

  it('guard: markets and things, and participles, are no people', () => {
    for (const text of ['Nickel rose by 500 to 39,200 rupees on thin supply .', 'Born in Patras , he came to Boston at 17 .', 'Tin was unchanged at 36,000 rupees .']) {
      expect(people(text)).toEqual([]);
    }
  });
});
