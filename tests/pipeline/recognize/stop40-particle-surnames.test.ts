// A lone Arabic surname written with its article ("el-Sissi", "al-Assad") after the full name (particle-surnames.ts):
// the tagger passes it by or calls it MISC; it is the person. Spans given as the tagger gives them; sentences written
// for this test.
import { describe, expect, it } from 'vitest';
import { mentionsFromSpans as mentions, type Spans } from '../../helpers/spans.ts';

const typeOf = (text: string, spans: Spans, name: string) => mentions(text, spans).filter((m) => m.text === name).map((m) => m.type);

describe('a particle surname standing alone after the full name', () => {
  it.each([
    ['passed by', 'Syria\'s leader Bashar al-Assad spoke. Later, Putin and al-Assad met in Sochi.', [['Syria', 'LOC'], ['Bashar al-Assad', 'PER'], ['Putin', 'PER'], ['Sochi', 'LOC']] as Spans],
    ['read as MISC', 'Syria\'s leader Bashar al-Assad spoke. Later, Putin and al-Assad met in Sochi.', [['Syria', 'LOC'], ['Bashar al-Assad', 'PER'], ['Putin', 'PER'], ['al-Assad', 'MISC'], ['Sochi', 'LOC']] as Spans],
  ])('is the person (the tagger %s)', (_, text, spans) => {
    expect(typeOf(text, spans, 'al-Assad')).toContain('person');
  });
  it('guard: the same word with no person named in full is not made a person', () => {
    const text = 'Officials from al-Assad province met in Sochi.';
    expect(typeOf(text, [['Sochi', 'LOC']], 'al-Assad')).toEqual([]);
  });
});
