// A two-word person's name opening a sentence after a word the tagger left out: the word is the person's first
// name when the article calls someone by it alone ("Tavita's party", "Tavita said"). Sentences written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages({ relationModel: false }); }, 120_000);
const people = (text: string) => analyzeArticle({ id: 't', title: null, source: 'test', text } as never, stages)
  .entities.filter((e) => e.type === 'person').map((e) => e.name);

describe("a sentence's first word before a two-word name", () => {
  it('is the given name when the article calls the person by it alone', () => {
    const text = "Fiame Naomi Mata'afa was sworn in as prime minister on Monday.\n\nFiame's party won 26 of the 51 seats in April.";
    expect(people(text)).toEqual(["Fiame Naomi Mata'afa"]);
  });

  it('also when the person is called so before a verb of saying', () => {
    const text = 'Tuala Maria Lopez met the envoy in Apia on Monday.\n\nTuala said the talks had gone well.';
    expect(people(text)).toEqual(['Tuala Maria Lopez']);
  });

  it('guard: a descriptor before a name the article never uses alone stays out', () => {
    expect(people('Reliever Mark Acre pitched two innings on Sunday.\n\nAcre said his arm felt fine.')).toEqual(['Mark Acre']);
  });
});
