// Stop 39 (issue 14): an accusation carried only by what a speaker says (grammar/speech.ts): a reporting verb whose
// reported clause says its subject did wrong. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!);
}

describe('a speaker who says an actor did wrong accuses it', () => {
  it.each([
    ['The State Department said Alexander Lukashenko had directed a campaign of repression against his opponents.', 'State Department', 'Alexander Lukashenko'],
    ['Emmanuel Macron said Russia had not done enough to protect civilians.', 'Emmanuel Macron', 'Russia'],
    ['Annalena Baerbock said Iran had violated the agreement for years.', 'Annalena Baerbock', 'Iran'],
  ])('%s', async (text, speaker, accused) => {
    expect(await lines(text)).toContain(`${speaker} -112 accused-> ${accused}`);
  });
  it('a quote before "X said" whose subject is named by a body\'s name on a noun', async () => {
    const got = await lines('"The Fidesz government has led the country down a path of corruption," Donald Tusk said in a statement.');
    expect(got).toContain('Donald Tusk -112 accused-> Fidesz');
  });
});

describe('guards', () => {
  it('a denied wrong is no accusation', async () => {
    expect((await lines('Dmitry Peskov said Ukraine had not violated the truce.')).filter((l) => / -112 /.test(l))).toEqual([]);
  });
  it("a word of wrongdoing about another's act inside an infinitive accuses no subject", async () => {
    const got = await lines('"Pakistan reserves the right to respond to this illegal act," Mumtaz Zahra Baloch told reporters.');
    expect(got.filter((l) => / -112 accused-> Pakistan$/.test(l))).toEqual([]);
  });
  it('a plain statement accuses no one', async () => {
    expect((await lines('Annalena Baerbock said Iran had signed the agreement.')).filter((l) => / -112 /.test(l))).toEqual([]);
  });
});
