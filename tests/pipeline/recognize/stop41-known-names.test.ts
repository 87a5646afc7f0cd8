// Stop 41: large companies and regional blocs news names without a cue, added to the gazetteer's lists (general
// knowledge, each with a reason): the tagger reads them as people, places or misses them. Sentences written for
// this test, through the tagger.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { Mention } from '../../../src/types.ts';

const tagger = loadTagger();
function mentions(text: string): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagger.tag(seg));
}
const typesOf = (text: string, name: string) => mentions(text).filter((m) => m.text === name).map((m) => m.type);

describe('listed names', () => {
  it.each([
    ['Glencore said it would sell the smelter to Alcoa of the United States.', 'Alcoa'],
    ['Guinea\'s bauxite goes mostly to Alcoa and Rusal.', 'Rusal'],
    ['Botswana renewed its diamond deal with De Beers last year.', 'De Beers'],
    ['Leaders backed talks with the East African Community on Sunday.', 'East African Community'],
    ['Kenya and Tanzania are members of the East African Community.', 'East African Community'],
    ['Barry Callebaut raised its cocoa forecast.', 'Barry Callebaut'],
    ['Workers at Canadian National Railway were locked out on Thursday.', 'Canadian National Railway'],
  ])('%s', (text, name) => {
    expect(typesOf(text, name)).toEqual(['organization']);
  });
});
