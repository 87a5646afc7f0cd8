// Events stated as nouns take their arguments from the grammar around the noun, as the verb's frame reads them:
// a place's owner where the entry takes places ("an attack on Pakistan's positions"); the giver of an act received
// ("won the backing of X", "received a visit from X": X acts on the subject, the light verb's reading turned round);
// the receiver of an act given ("gave its backing to X"); and the nouns of the acts the lexicon reads with a
// complement ("the expulsion of British diplomats", "the suspension of aid to X"). Sentences written for these tests;
// the rules are read alone (no news model).
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { typedLines } from './typed-lines.ts';

let rules: Stages | undefined;
const eventsOf = async (text: string) => {
  rules ??= await loadStages({ newsModel: false });
  const a = analyzeArticle({ id: 'doc', title: null, source: 'doc.txt', text }, rules);
  return typedLines(a).filter((l) => /-\d{2,4} /.test(l));
};

describe('an event noun reads its arguments as its verb does', () => {
  it.each([
    ['a light verb\'s attack on a place owned by a country', "India launched an attack on Pakistan's positions in Kashmir.", 'India -190 attacked-> Pakistan', undefined],
    ['a possessor\'s strike on a country\'s sites', "Israel's strike on Iran's nuclear sites drew condemnation.", 'Israel -190 attacked-> Iran', undefined],
    ['"won the backing of X": X supports the subject', 'Leonel Fernandez won the backing of the Social Christian Reformist Party.', 'Social Christian Reformist Party -051 supported-> Leonel Fernandez', undefined],
    ['"has the support of X": X supports the subject, not the other way', 'Kenya has the support of Ethiopia.', 'Ethiopia -051 supported-> Kenya', 'Kenya -051 supported-> Ethiopia'],
    ['"received a visit from X": X visited the subject', 'Hosni Mubarak received a visit from Condoleezza Rice.', 'Condoleezza Rice -042 visited-> Hosni Mubarak', undefined],
    ['"gave its backing to X": the subject supports X', 'Ruto gave his backing to the Orange Democratic Movement on Monday.', 'Ruto -051 supported-> Orange Democratic Movement', undefined],
    ['the noun of a complement entry, its object in the complement', "Russia's expulsion of British diplomats angered London.", 'Russia -161 expelled diplomats of-> United Kingdom', undefined],
    ['... its object after the entry\'s case word', "The EU's suspension of aid to Niger followed the coup.", 'EU -162 cut aid to-> Niger', undefined],
    ['... a mutual act', "Japan's restoration of ties with South Korea was welcomed.", 'Japan -050 established ties with-> South Korea', undefined],
    ['... its actor after "by"', 'The lifting of sanctions on Iran by the United Nations was delayed.', 'United Nations -085 eased sanctions on-> Iran', undefined],
  ])('%s', async (_what, text, expected, notExpected) => {
    const lines = await eventsOf(text);
    expect(lines).toContain(expected);
    if (notExpected) expect(lines).not.toContain(notExpected);
  });
});

describe('what the noun does not state gives nothing', () => {
  it('a mutual event had is still had by both (a guard: "had talks with" is no act received)', async () => {
    expect(await eventsOf('Egypt and Jordan had talks with Israel on Monday.')).toEqual(['Egypt -046 held talks with-> Israel', 'Jordan -046 held talks with-> Israel']);
  });
  it.each([
    ['a sale of goods the lexicon does not list (a guard)', "Canada's sale of wheat to China rose in May."],
    ['support won by a thing, not an actor (a guard)', 'The plan won the support of France.'],
  ])('%s', async (_what, text) => {
    expect(await eventsOf(text)).toEqual([]);
  });
});
