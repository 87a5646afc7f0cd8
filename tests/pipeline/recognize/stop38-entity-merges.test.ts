// Entities joined or kept apart, read from unseen news (first readings of 254-301), stop 38: an acronym that writes
// the "of" of a long name as a capital ("ECOWAS"), and a son named with his father's full name inside his own. The
// tagger's reading is given as spans; every sentence was written for this test.
import { describe, expect, it } from 'vitest';
import { entitiesFromSpans as entities, type Spans } from '../../helpers/spans.ts';

const names = (text: string, spans: Spans, type: string) => entities(text, spans).filter((e) => e.type === type).map((e) => [e.name, ...e.aliases].join(' | ')).sort();

describe('an acronym writing "of" as a capital is the long name', () => {
  it('"Southern Alliance of East Pacific Nations ... SAOEPN"', () => {
    const text = 'Fiji left the Southern Alliance of East Pacific Nations on Monday. SAOEPN said it regretted the move.';
    expect(names(text, [['Fiji', 'LOC'], ['Southern Alliance of East Pacific Nations', 'ORG'], ['SAOEPN', 'ORG']], 'organization'))
      .toEqual(['Southern Alliance of East Pacific Nations | SAOEPN']);
  });
  it('guard: an acronym of other letters stays apart', () => {
    const text = 'Fiji left the Southern Alliance of East Pacific Nations on Monday. SAPEX said it regretted the move.';
    expect(names(text, [['Fiji', 'LOC'], ['Southern Alliance of East Pacific Nations', 'ORG'], ['SAPEX', 'ORG']], 'organization'))
      .toEqual(['SAPEX', 'Southern Alliance of East Pacific Nations']);
  });
});

describe('a son named with his father\'s full name inside his own is not the father', () => {
  it('the father named first, the son after "His son"', () => {
    const text = 'President Omar Kalou died in 2019. His son, Colonel Ahmed Omar Kalou, took power and promised a vote.';
    expect(names(text, [['Omar Kalou', 'PER'], ['Ahmed Omar Kalou', 'PER']], 'person')).toEqual(['Ahmed Omar Kalou', 'Omar Kalou']);
  });
  const guards: Array<[string, string, Spans, string[]]> = [
    ['a short form after the full name is the same person, father spoken of or not',
      'General Brice Oligo Ndong took power. His father was a soldier. Oligo Ndong said elections would follow.',
      [['Brice Oligo Ndong', 'PER'], ['Oligo Ndong', 'PER']], ['Brice Oligo Ndong | Oligo Ndong']],
    ['no father or son spoken of: the short form before the full name is the same person',
      'Suu Lin Kyi won the seat. Aung Suu Lin Kyi thanked voters.',
      [['Suu Lin Kyi', 'PER'], ['Aung Suu Lin Kyi', 'PER']], ['Aung Suu Lin Kyi | Suu Lin Kyi']],
  ];
  it.each(guards)('guard: %s', (_what, text, spans, expected) => {
    expect(names(text, spans, 'person')).toEqual(expected);
  });
});
