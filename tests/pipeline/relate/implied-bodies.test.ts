// Roles whose body the sentence does not name, read from the story (basis "context"), and a few
// constructions around them: a company office in a story about one company, a national office in a
// story whose country is named mostly by its nationality word, a relative clause after an age.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

function roles(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind === 'role').map((r) => `${name(r.source)} -${r.predicate}-> ${name(r.target)}${r.basis === 'context' ? ' [context]' : ''}`);
}

describe('a body taken from the story', () => {
  it('"Chief executive X said the company ..." in a story about one company', async () => {
    const [a] = await analyzeTexts(['Shares in Orvana Minerals rose 9% on Thursday after the government agreed to guarantee its loans. Chief executive Lena Marsh said the support would let the company expand.']);
    expect(roles(a!)).toContain('Lena Marsh -chief executive of-> Orvana Minerals [context]');
  });

  it('no company office taken from the story when the sentence names an organisation', async () => {
    const [a] = await analyzeTexts(['Shares in Orvana Minerals rose 9% on Thursday. Chief executive Lena Marsh joined from Goldman Sachs last year.']);
    expect(roles(a!).filter((r) => r.includes('[context]'))).toEqual([]);
  });

  it('a national office in a story whose country is named by its nationality word and its capital', async () => {
    const [a] = await analyzeTexts(['Berlin backs guarantees for steelmaker\n\nThe German government agreed to guarantee the loans on Thursday. Economy Minister Robert Habeck said the state would not take a stake.']);
    expect(roles(a!)).toContain('Robert Habeck -economy minister of-> Germany [context]');
  });
});

describe('constructions around a person', () => {
  it('"X, 61, who led the town of Y": the relative clause after an age', async () => {
    const [a] = await analyzeTexts(['Paul Girard, 61, who led the town of Vaulx-en-Velin from 2008 to 2020, was convicted on Friday.']);
    expect(roles(a!)).toContain('Paul Girard -leader of-> Vaulx-en-Velin');
  });

  it('"a construction firm, Batir Sud,": the name in apposition to a kind of company is the company', async () => {
    const [a] = await analyzeTexts(['He took bribes from a construction firm, Batir Sud, for ten years.']);
    expect(a!.entities.find((e) => e.name === 'Batir Sud')?.type).toBe('organization');
  });
});
