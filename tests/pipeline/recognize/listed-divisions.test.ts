// Names listed before a plural noun for administrative divisions ("Brazoria, Fort Bend, Galveston and southern
// Harris Counties") are places, whatever the tagger read. Sentences written for this test, through the whole analysis.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';

let stages: Stages;
beforeAll(async () => { stages = await loadStages({ relationModel: false }); }, 120_000);
const typeOf = (text: string, name: string) => analyzeArticle({ id: 't', title: null, source: 'test', text } as never, stages)
  .entities.find((e) => e.name === name)?.type;
const PLACES = ['country', 'region', 'city', 'location'];

describe('names listed before "counties", "parishes", "provinces"', () => {
  it.each([
    ['Heavy rain flooded streets throughout Brazoria, Fort Bend, Galveston and southern Harris Counties in Texas.', 'Brazoria'],
    ['Heavy rain flooded streets throughout Brazoria, Fort Bend, Galveston and southern Harris Counties in Texas.', 'Fort Bend'],
    ['Heavy rain flooded streets throughout Brazoria, Fort Bend, Galveston and southern Harris Counties in Texas.', 'Galveston'],
  ])('%s: %s is a place', (text, name) => {
    expect(PLACES).toContain(typeOf(text, name));
  });

  it('guard: a person listed with places and no plural division noun keeps its type', () => {
    expect(typeOf('Officials from Texas, Ohio and Maria Lopez, the governor\'s aide, met on Monday.', 'Maria Lopez')).toBe('person');
  });
});
