// Organisations with the shipped tagger: typed from the words around them (a business or
// publication noun before the name, "shares of", "<place>-based"), groupings of states the
// gazetteer lists, and names the tagger cuts put back together ("and" inside a name, a
// title-like first word). Look-alikes keep their reading.
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadTagger } from '../../../src/pipeline/ner/index.ts';
import { recognize } from '../../../src/pipeline/recognize/index.ts';
import type { EntityType, Mention } from '../../../src/types.ts';

const tagger = loadTagger();
function mentions(text: string): Mention[] {
  const seg = segment({ id: 't', title: null, source: 'test', text });
  return recognize(seg, tagger.tag(seg));
}

describe('typing from context and the gazetteer', () => {
  const cases: Array<[string, string, EntityType]> = [
    // [sentence, name, type]
    ['Mobile operator Zantel and investment firm Kobold Partners agreed a deal.', 'Zantel', 'organization'],
    ['Mobile operator Zantel and investment firm Kobold Partners agreed a deal.', 'Kobold Partners', 'organization'],
    ['Shares of Samsung rose 3 percent on Monday.', 'Samsung', 'organization'],
    ['The Seoul-based Samsung said profits fell.', 'Samsung', 'organization'],
    ['The Communist Party newspaper Granma said the harvest was good.', 'Granma', 'organization'],
    ['Leaders of the BRICS group met in Durban.', 'BRICS', 'organization'],
    ['The G20 and the G7 will meet later.', 'G20', 'organization'],
    ['The G20 and the G7 will meet later.', 'G7', 'organization'],
    ['OPEC, ASEAN and Mercosur sent observers.', 'OPEC', 'organization'],
    ['OPEC, ASEAN and Mercosur sent observers.', 'ASEAN', 'organization'],
    ['OPEC, ASEAN and Mercosur sent observers.', 'Mercosur', 'organization'],
    ['Mercosur said tariffs would fall.', 'Mercosur', 'organization'],
    // a state's full name is the state, not an organisation; a former state is still a country
    ['The Federal Republic of Yugoslavia and its neighbours met.', 'Federal Republic of Yugoslavia', 'country'],
    ['Yugoslavia and its neighbours met.', 'Yugoslavia', 'country'],
    // look-alikes: a city's stock market, a general's surname, a town by its name, a short alternate of a listed body
    ['Wagner wrote the opera in 1850.', 'Wagner', 'person'],
    ['Tokyo shares fell on Monday.', 'Tokyo', 'city'],
    ['General Smith said the troops would stay.', 'Smith', 'person'],
    ['Howard, the prime minister of Australia, said the tax would stay.', 'Howard', 'person'],
  ];
  it.each(cases)('%s: %s is a %s', (text, name, type) => {
    const found = mentions(text).filter((m) => m.text === name);
    expect(found.map((m) => m.type), JSON.stringify(mentions(text).map((m) => [m.text, m.type]))).toEqual([type]);
  });

  it('says which words decided', () => {
    const m = mentions('Mobile operator Zantel agreed a deal.').find((x) => x.text === 'Zantel')!;
    expect(m.reason).toMatch(/organisation by context: "operator" before the name/);
  });
});

describe('organisation names are not cut', () => {
  const cases: Array<[string, string]> = [
    ['Bank of Tokyo and Mitsubishi said on Monday it would cut jobs.', 'Bank of Tokyo and Mitsubishi'],
    ['The Oil and Gas Authority fined the operator.', 'Oil and Gas Authority'],
    ['The Ministry of Trade and Industry said exports rose.', 'Ministry of Trade and Industry'],
    ['King Abdullah University of Science and Technology said it would expand.', 'King Abdullah University of Science and Technology'],
    ['General Electric said profits rose.', 'General Electric'],
    ['General Motors said sales rose.', 'General Motors'],
  ];
  it.each(cases)('%s', (text, name) => {
    const orgs = mentions(text).filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs).toEqual([name]);
  });

  it('two bodies listed with "and" stay two', () => {
    const orgs = mentions('The Bank of England and Barclays said rates would rise. Barclays gave no details.').filter((m) => m.type === 'organization').map((m) => m.text);
    expect(orgs).toEqual(['Bank of England', 'Barclays', 'Barclays']);
  });
});

describe('names an article defines are mentions wherever it uses them', () => {
  /** Recognise with the tagger finding only the given names (as token runs), to see what the rules add. */
  function withTaggerFinding(text: string, names: string[], label: 'ORG' | 'PER' = 'ORG'): Mention[] {
    const seg = segment({ id: 't', title: null, source: 'test', text });
    const words = seg.tokens.map((t) => t.text);
    const spans = names.map((n) => {
      const parts = n.split(' ');
      const start = words.findIndex((_, i) => parts.every((p, k) => words[i + k] === p));
      return { start, end: start + parts.length, label };
    });
    return recognize(seg, spans);
  }

  it('an acronym given in brackets, though the tagger missed every use of it', () => {
    const ms = withTaggerFinding('The Zambia Wildlife Authority (ZAWA) said rangers were attacked. On Monday ZAWA said it had arrested two men.', ['Zambia Wildlife Authority']);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Zambia Wildlife Authority', 'organization'], ['ZAWA', 'organization'], ['ZAWA', 'organization']]);
    expect(ms[2]!.reason).toMatch(/the acronym given in brackets after "Zambia Wildlife Authority"/);
  });

  it('an epithet, though the tagger saw no name in it', () => {
    const ms = withTaggerFinding('Halvorsen Shipping, known as the Blue Fleet, reported a loss. Analysts expect the Blue Fleet to recover.', ['Halvorsen Shipping']);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Halvorsen Shipping', 'organization'], ['Blue Fleet', 'organization'], ['Blue Fleet', 'organization']]);
  });
});

describe("a tagger's person that is a company", () => {
  it('a name closed by a legal form is an organisation ("Warner Bros")', () => {
    const seg = segment({ id: 't', title: null, source: 'test', text: 'Analysts at Warner Bros said the film earned $100 million.' });
    const ms = recognize(seg, [{ start: 2, end: 4, label: 'PER' }]);
    expect(ms.map((m) => [m.text, m.type])).toEqual([['Warner Bros', 'organization']]);
  });
});
