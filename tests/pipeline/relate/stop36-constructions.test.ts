// Constructions read from the blind batch 230-253 after its first reading (in-sample for that batch), stop 36, each
// tested on sentences of the same shape written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { readTypedLines as lines } from './typed-lines.ts';

describe('expelling another state\'s diplomats, whose they are said after the noun or by an order to leave', () => {
  it.each([
    ['Bolivia expelled diplomats from Peru and Ecuador.', ['Bolivia -161 expelled diplomats of-> Peru', 'Bolivia -161 expelled diplomats of-> Ecuador']],
    ['Bolivia expelled the ambassadors of Peru and Ecuador.', ['Bolivia -161 expelled diplomats of-> Peru', 'Bolivia -161 expelled diplomats of-> Ecuador']],
    ['Bolivia ordered diplomats from Peru and Ecuador to leave the country.', ['Bolivia -161 expelled diplomats of-> Peru', 'Bolivia -161 expelled diplomats of-> Ecuador']],
    ['Mali ordered the French ambassador to leave within 72 hours.', ['Mali -161 expelled diplomats of-> France']],
  ])('%s', async (text, want) => {
    const got = await lines(text);
    for (const line of want) expect(got).toContain(line);
  });
  it.each([
    // guards: a purchase from a seller; the subject's own diplomats told to come home; a place they are sent out of
    ['Poland ordered 96 helicopters from Boeing.', 'Poland -061 bought from-> Boeing', 'expelled'],
    ['Bolivia ordered its diplomats to return home.', undefined, 'expelled'],
    ['Bolivia expelled diplomats from Cochabamba on Monday.', undefined, 'expelled diplomats of-> Cochabamba'],
  ])('guard: %s', async (text, want, never) => {
    const got = await lines(text);
    if (want) expect(got).toContain(want);
    expect(got.filter((l) => l.includes(never!))).toEqual([]);
  });
});

it('guard: telling an ambassador something expels no one', async () => {
  const got = await lines('Russia summoned Moldova\'s ambassador. Deputy Foreign Minister Ivan Petrov told the ambassador that Moscow would retaliate.');
  expect(got.filter((l) => l.includes('expelled'))).toEqual([]);
});
