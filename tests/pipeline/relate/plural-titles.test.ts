// An office written once in the plural for several people: each holds it in the country written with them, or in the
// countries listed after the office, in order. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('a plural title over a list of people', () => {
  it.each([
    ['The foreign ministers of the two countries, Ana Lima of Chile and Hugo Barros of Peru, met in Arica last month.', ['Ana Lima -foreign minister of-> Chile', 'Hugo Barros -foreign minister of-> Peru']],
    ['The defence ministers of Chile and Peru, Ana Lima and Hugo Barros, signed the accord in Lima.', ['Ana Lima -defence minister of-> Chile', 'Hugo Barros -defence minister of-> Peru']],
    ['Foreign ministers Ana Lima of Chile and Hugo Barros of Peru met in Arica on Monday.', ['Ana Lima -foreign minister of-> Chile', 'Hugo Barros -foreign minister of-> Peru']],
  ])('%s', async (text, expected) => {
    const lines = await readTypedLines(text);
    for (const line of expected) expect(lines).toContain(line);
  });

  it('the office held there replaces the bare affiliation with the country', async () => {
    const lines = await readTypedLines('The foreign ministers of the two countries, Ana Lima of Chile and Hugo Barros of Peru, met in Arica last month.');
    expect(lines).not.toContain('Ana Lima -affiliated with-> Chile');
  });

  it('guard: as many countries as people, or none is given', async () => {
    const lines = await readTypedLines('The foreign ministers of Chile, Peru and Bolivia, Ana Lima and Hugo Barros, met in Arica.');
    expect(lines.filter((l) => l.includes('foreign minister of'))).toEqual([]);
  });
});
