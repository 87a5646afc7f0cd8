// "Its chief executive" after a sentence about two organisations, stop 36: the body the sentence before was about (its
// subject, or the organisation a description opening it stands for), never the body it acted on nor the country of a
// demonym in the description. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('"its" title after a sentence led by an organisation', () => {
  it.each([
    ['Banco Azul agreed to buy Norte Bank on Monday. Its chief executive, Ana Ruiz, said the deal made sense.', 'Ana Ruiz', 'Banco Azul', 'Norte Bank'],
    ['Banco Azul agreed to buy Norte Bank on Monday. The Spanish lender will pay 2 billion euros. Ana Ruiz, its chief executive, said the deal made sense.', 'Ana Ruiz', 'Banco Azul', 'Spain'],
    ['Velta Motors sued Kora Parts in Munich. The carmaker said on Friday it wanted damages. Its chairman, Otto Lenz, called the case simple.', 'Otto Lenz', 'Velta Motors', 'Kora Parts'],
  ])('%s', async (text, person, body, notBody) => {
    const got = (await lines(text)).filter((l) => l.startsWith(`${person} -`) && / of-> /.test(l));
    expect(got.some((l) => l.endsWith(`-> ${body}`))).toBe(true);
    expect(got.some((l) => l.endsWith(`-> ${notBody}`))).toBe(false);
  });
  it('guard: a body named after a comma opening the sentence before still owns the title', async () => {
    const got = await lines('Verhoeven Group, which is based in Utrecht, bought Harland Tools. Its chief executive, Pieter Smit, said little.');
    expect(got.filter((l) => l.startsWith('Pieter Smit -'))).toContain('Pieter Smit -chief executive of-> Verhoeven Group');
  });
});
