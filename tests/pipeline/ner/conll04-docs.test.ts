// CoNLL04 items read as recogniser training text under the CoNLL-2003 conventions
// (sentences written for this test, tagged the way CoNLL04 tags).
import { describe, expect, it } from 'vitest';
import { conll04AsConll } from '../../../src/pipeline/ner/conll04-docs.ts';

/** "WORD/TAG" pairs of the one sentence an item becomes, tagged words only. */
function tagged(tokens: string[], tags: string[]): string[] {
  const [doc] = conll04AsConll([{ tokens, tags }]);
  const s = doc!.sentences[0]!;
  return s.words.map((w, i) => `${w}/${s.tags[i]}`).filter((x) => !x.endsWith('/O'));
}

describe('CoNLL04 items as CoNLL-2003 training sentences', () => {
  it.each<[string, string[], string[], string[]]>([
    ['a title before a person stays outside the name',
      ['President', 'Ana', 'Ruiz', 'spoke', '.'], ['B-Peop', 'I-Peop', 'L-Peop', 'O', 'O'],
      ['Ana/B-PER', 'Ruiz/I-PER']],
    ['an honorific before a surname stays outside it',
      ['Mrs.', 'Okafor', 'left', '.'], ['B-Peop', 'L-Peop', 'O', 'O'],
      ['Okafor/B-PER']],
    ['"Town , State" is two places',
      ['He', 'lives', 'in', 'Dalby', ',', 'Queensland', 'now', '.'], ['O', 'O', 'O', 'B-Loc', 'I-Loc', 'L-Loc', 'O', 'O'],
      ['Dalby/B-LOC', 'Queensland/B-LOC']],
    ['a sentence-final period glued to a name is its own word',
      ['She', 'moved', 'to', 'Tarnow.'], ['O', 'O', 'O', 'U-Loc'],
      ['Tarnow/B-LOC']],
    ['a nationality word is MISC, not a place',
      ['A', 'Polish', 'envoy', 'came', '.'], ['O', 'U-Loc', 'O', 'O', 'O'],
      ['Polish/B-MISC']],
    ['dates and amounts (CoNLL04 Other) are not names',
      ['It', 'fell', '20', 'miles', 'on', 'Monday', 'near', 'Tarnow', '.'], ['O', 'O', 'B-Other', 'L-Other', 'O', 'U-Other', 'O', 'U-Loc', 'O'],
      ['Tarnow/B-LOC']],
    ['a name CoNLL04 calls Other is MISC',
      ['The', 'Americans', 'fought', 'the', 'Civil', 'War', '.'], ['O', 'U-Other', 'O', 'O', 'B-Other', 'L-Other', 'O'],
      ['Americans/B-MISC', 'Civil/B-MISC', 'War/I-MISC']],
    ['an organisation keeps its whole name',
      ['The', 'Polish', 'Press', 'Agency', 'said', 'so', '.'], ['O', 'B-Org', 'I-Org', 'L-Org', 'O', 'O', 'O'],
      ['Polish/B-ORG', 'Press/I-ORG', 'Agency/I-ORG']],
  ])('%s', (_what, tokens, tags, expected) => {
    expect(tagged(tokens, tags)).toEqual(expected);
  });
});
