// The constructions news needs beyond the sample article, each with sentences of our own (not the issue's
// examples) in the shapes it was seen failing on: datelines, roles whose country is only implied, ...
import { describe, expect, it } from 'vitest';
import { build, run, show, typed, type M } from './helpers.ts';
import { relateDetailed } from '../../../src/pipeline/relate/index.ts';
import { tableKnowledge } from '../../../src/pipeline/relate/knowledge.ts';
import { findDateline } from '../../../src/pipeline/relate/dateline.ts';
import { segment } from '../../../src/pipeline/segment.ts';

/** Demonyms, containment and place names the cases below rely on. */
const K = tableKnowledge({
  French: { id: 'country:FR', name: 'France' },
  Russian: { id: 'country:RU', name: 'Russia' },
  Kenyan: { id: 'country:KE', name: 'Kenya' },
}, {
  'city:lyon': ['region:ara', 'country:FR'],
  'city:tucson': ['region:US-AZ', 'country:US'],
  'city:moscow': ['country:RU'],
  'city:nairobi': ['country:KE'],
  'region:US-AZ': ['country:US'],
}, {
  lyon: { id: 'city:lyon', name: 'Lyon', type: 'city' },
  tucson: { id: 'city:tucson', name: 'Tucson', type: 'city' },
  arizona: { id: 'region:US-AZ', name: 'Arizona', type: 'region' },
  france: { id: 'country:FR', name: 'France', type: 'country' },
  moscow: { id: 'city:moscow', name: 'Moscow', type: 'city' },
  nairobi: { id: 'city:nairobi', name: 'Nairobi', type: 'city' },
  'country:FR': { id: 'country:FR', name: 'France', type: 'country' },
  'country:US': { id: 'country:US', name: 'United States', type: 'country' },
  'country:RU': { id: 'country:RU', name: 'Russia', type: 'country' },
  'country:KE': { id: 'country:KE', name: 'Kenya', type: 'country' },
});

type Case = [what: string, text: string, mentions: M[], expected: string[]];
const facts = (text: string, mentions: M[]) =>
  typed(run(text, mentions, K)).map((r) => `${show(r)}${r.basis && r.basis !== 'stated' ? ` [${r.basis}]` : ''}`).sort();

describe('datelines', () => {
  it.each([
    ['a wire dateline with a state abbreviation', 'TUCSON, Ariz. (AP) - A man was held.', 'TUCSON', 'Arizona'],
    ['a dateline with its country and agency', 'LYON, France (AFP) - Police said so.', 'LYON', 'France'],
    ['a date after the place', 'NAIROBI, March 3 (Reuters) - Talks began.', 'NAIROBI', undefined],
    ['a dateline line of its own (CoNLL)', 'Title\nMOSCOW 1996-08-22\nThe ministry said so.', 'MOSCOW', undefined],
    ['capitals later in the text are not a dateline', 'The ministry said so.\nNATO SAID - nothing.', undefined, undefined],
    ['a shouted first sentence with no dash is not one', 'BREAKING NEWS from the capital.', undefined, undefined],
  ])('%s', (_w, text, place, within) => {
    const d = findDateline(segment({ id: 't', title: null, source: 't', text }));
    expect(d?.place.text).toBe(place);
    expect(d?.withinName).toBe(within);
  });

  const cases: Case[] = [
    ['the city lies in the state its abbreviation names (state never written out)', 'TUCSON, Ariz. (AP) - A man was held.', [['TUCSON', 'city:tucson', 'city']], ['city:tucson -located in-> region:US-AZ']],
    ['the city lies in the country written after it', 'LYON, France (AFP) - Police said so.', [['LYON', 'city:lyon', 'city'], ['France', 'country:FR', 'country']], ['city:lyon -located in-> country:FR']],
    ['no qualifier, no location', 'NAIROBI (Reuters) - Talks began.', [['NAIROBI', 'city:nairobi', 'city']], []],
  ];
  it.each(cases)('%s', (_w, text, mentions, expected) => {
    expect(facts(text, mentions)).toEqual(expected);
  });
});

describe('roles whose country is only implied (basis "context")', () => {
  const PERSON = (name: string, id: string): M => [name, id, 'person'];
  const cases: Case[] = [
    ['an unqualified national title in a datelined story', 'LYON, France (AFP) - President Jean Martin visited a school.', [PERSON('Jean Martin', 'martin'), ['France', 'country:FR', 'country']], ['city:lyon -located in-> country:FR', 'martin -president of-> country:FR [context]']],
    ['the dateline city gives its country, never written', 'MOSCOW (Reuters) - Deputy Foreign Minister Ivan Petrov spoke to TASS.', [PERSON('Ivan Petrov', 'petrov'), ['TASS', 'tass', 'organization']], ['petrov -deputy foreign minister of-> country:RU [context]']],
    ['no dateline: the country the article names most', 'Kenya voted. Kenya counted. Kenya waited. Prime Minister Ann Wairimu spoke.', [PERSON('Ann Wairimu', 'wairimu'), ['Kenya', 'country:KE', 'country']], ['wairimu -prime minister of-> country:KE [context]']],
    ['another country in the sentence: no guess', 'NAIROBI (Reuters) - President Ali Hassan of Somalia met donors in Nairobi.', [PERSON('Ali Hassan', 'hassan'), ['Somalia', 'somalia', 'country'], ['Nairobi', 'city:nairobi', 'city']], []],
    ['a stated role wins over the context', 'NAIROBI (Reuters) - French President Jean Martin arrived. President Jean Martin then spoke.', [PERSON('Jean Martin', 'martin'), ['French', 'country:FR', 'country', { metonymy: 'demonym', noEntity: true }], ['NAIROBI', 'city:nairobi', 'city']], ['martin -president of-> country:FR']],
    ['a local office is not read against the country', 'NAIROBI (Reuters) - Governor Ann Wairimu spoke.', [PERSON('Ann Wairimu', 'wairimu'), ['NAIROBI', 'city:nairobi', 'city']], []],
    ['no dateline and no leading country: nothing', 'Kenya voted. Uganda voted. President Ann Wairimu spoke.', [PERSON('Ann Wairimu', 'wairimu'), ['Kenya', 'kenya', 'country'], ['Uganda', 'uganda', 'country']], []],
  ];
  it.each(cases)('%s', (_w, text, mentions, expected) => {
    expect(facts(text, mentions)).toEqual(expected.sort());
  });

  it('context roles are less confident than stated ones and cite the dateline too', () => {
    const { seg, resolved } = build('MOSCOW (Reuters) - The talks ended.\nDeputy Foreign Minister Ivan Petrov spoke.', [['Ivan Petrov', 'petrov', 'person']]);
    const role = relateDetailed(seg, resolved, { knowledge: K }).find((r) => r.kind === 'role')!;
    expect(role.basis).toBe('context');
    expect(role.confidence).toBeLessThan(0.7);
    expect(role.evidence.map((e) => e.text)).toEqual(['Deputy Foreign Minister Ivan Petrov spoke.', 'MOSCOW (Reuters) - The talks ended.']);
  });
});
