// Stop 41 (issue 14): argument linking the first reading of 326-349 showed missing. A go-between named on a thing set
// in apposition after a "between" phrase ("the fighting between A and B, a truce brokered by X") mediated between the
// parties of the phrase the comma closes (04 towards each). Sentences written for these tests, through the whole
// pipeline. A name set off by commas after a subject title, which the parse hung on a comma, is the subject; so is a conjunct's name the parse hung on the first name ("both Mr A and Mr B"). An actor a verb names "alongside" did the act with its subject ("mediated between A and B alongside X").
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const root = (got: string[], from: string, code: string, to: string) =>
  got.filter((l) => l.startsWith(`${from} -${code}`) && l.endsWith(`-> ${to}`));

describe('a go-between named on an apposition to a "between" phrase', () => {
  it.each([
    ['The deal ended the war between Ethiopia and Eritrea, an accord mediated by the African Union.', 'African Union', 'Eritrea'],
    ['The deal ended the war between Ethiopia and Eritrea, an accord mediated by the African Union.', 'African Union', 'Ethiopia'],
    ['Both sides respected the ceasefire between Armenia and Azerbaijan, a truce brokered by Russia.', 'Russia', 'Armenia'],
    ['Both sides respected the ceasefire between Armenia and Azerbaijan, a truce brokered by Russia.', 'Russia', 'Azerbaijan'],
    ['The accord ended the border dispute between Peru and Ecuador, a settlement brokered by Brazil and Argentina.', 'Argentina', 'Ecuador'],
    ['Talks resumed after the lull that ended years of fighting between Serbia and Kosovo, a truce brokered by Germany and France.', 'France', 'Serbia'],
  ])('%s -> %s 04 %s', async (text, from, to) => {
    expect(root(await lines(text), from, '04', to)).not.toEqual([]);
  });
});

describe('an actor named "alongside" did the act with the subject', () => {
  it.each([
    ['Kenya and Ethiopia have mediated between Sudan and South Sudan for months alongside the African Union.', 'African Union', '04', 'South Sudan'],
    ['Britain bombed Libya alongside France.', 'France', '19', 'Libya'],
    ['France attacked Mali alongside Chad.', 'Chad', '19', 'Mali'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    expect(root(await lines(text), from, code, to)).not.toEqual([]);
  });
});

describe('a name set off by commas after a subject title is the subject', () => {
  it.each([
    ["Oman's deputy prime minister and foreign minister, Sheikh Badr Albusaidi, called the raid a crime and accused Israel of lying.", 'Badr Albusaidi', '11', 'Israel'],
  ])('%s -> %s %s %s', async (text, from, code, to) => {
    const got = await lines(text);
    expect(root(got, from, code, to)).not.toEqual([]);
    expect(got.filter((l) => l.startsWith('Oman -11'))).toEqual([]);
  });
});

describe('a conjunct name the parse hung on the first name', () => {
  it('"both Mr A and Mr B": the second name is an object too', async () => {
    expect(root(await lines('Mr Scholz congratulated both Mr Aoun and Mr Mikati.'), 'Scholz', '05', 'Mikati')).not.toEqual([]);
  });
});

describe('guards', () => {
  it('fighting alongside an army is no fight with it', async () => {
    const got = await lines('Burundi fought alongside the Congolese army in South Kivu.');
    expect(got.filter((l) => / -19\d /.test(l))).toEqual([]);
  });
  it('a "between" phrase further back than the comma names no parties of the apposition', async () => {
    const got = await lines('The war between Sudan and South Sudan ended in 2005, a peace deal brokered by Kenya.');
    expect(got.filter((l) => l.startsWith('Kenya -04'))).toEqual([]);
  });
  it('a definite subject with its own clause is no apposition', async () => {
    const got = await lines('Fighting broke out between Armenia and Azerbaijan, and the truce was brokered by Russia in November.');
    expect(got.filter((l) => l.startsWith('Russia -04'))).toEqual([]);
  });
});
