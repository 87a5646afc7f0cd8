// A function word written with a capital, or "No." before a number, is no name on its own, wherever the tagger
// found it. Sentences written for this test, through the whole analysis.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages({ relationModel: false }); }, 120_000);
const names = (text: string) => analyzeArticle({ id: 't', title: null, source: 'test', text } as never, stages).entities.map((e) => e.name);

describe('no entity of "No." before a number or of a capitalised function word', () => {
  it.each([
    ['The world No. 1 lost to Maria Lopez in Paris on Sunday.', 'No.'],
    ['No. 2 is the tallest building on the West Coast.', 'No.'],
    ['The vote had been expected. (passage omitted) In his White House speech, Clinton said he would act.', 'In'],
  ])('%s', (text, wrong) => {
    expect(names(text)).not.toContain(wrong);
  });

  it('guard: "US" (the pronoun "us" in capitals) and the names around stay', () => {
    expect(names('US troops left Kabul on Monday, and Maria Lopez said so.')).toEqual(expect.arrayContaining(['United States', 'Kabul', 'Maria Lopez']));
  });
});
