// Stop 34: an unknown one-word name opening a sentence before "said" (the tagger reads it as a body). Whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';

const typeOf = async (text: string, name: string) => (await analyzeTexts([text]))[0]!.entities.find((e) => e.name === name)?.type;

describe('a one-word name opening a sentence as the one who said it', () => {
  it.each([
    ['Walesa said Solidarity wants to avoid unrest.', 'Walesa'],
    ['Lifa said the boat sank near the coast.', 'Lifa'],
  ])('%s', async (text, name) => {
    expect(await typeOf(text, name)).toBe('person');
  });

  it('(guard) a company named in full before it stays the company', async () => {
    const [a] = await analyzeTexts(['Faulding Ltd posted a loss. Faulding said sales fell.']);
    expect(a!.entities.find((e) => e.name.startsWith('Faulding'))?.type).toBe('organization');
  });

  it('(guard) the body it speaks of stays a body', async () => {
    expect(await typeOf('Walesa said Solidarity wants to avoid unrest.', 'Solidarity')).toBe('organization');
  });
});
