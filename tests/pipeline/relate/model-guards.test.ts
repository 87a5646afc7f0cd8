// What the learned CoNLL04 classifier may not read, run through the whole pipeline with the shipped models.
// A national office: a president or prime minister named with their title serves the state, and a party or union
// named near the title is not where they work ("President X, a critic of the ruling Y party"); a company's officer
// titled after the name still works for the body the model reads. A speaker after a comma ("..., Nation reported"):
// the names of what was said are in no relation with the speaker.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

function worksFor(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations.filter((r) => r.kind === 'affiliation' && r.predicate === 'works for').map((r) => `${name(r.source)} -> ${name(r.target)}`);
}

describe('no model "works for" of a national office holder named with the title', () => {
  const cases: Array<[text: string, wrong: string]> = [
    ['President Anna Marek, a critic of the ruling Civic Union party, said she would veto the bill.', 'Anna Marek -> Civic Union'],
    ['Estonian President Lars Kivi, who won re-election in May, has pushed for membership of the European Union.', 'Lars Kivi -> European Union'],
  ];
  it.each(cases)('%s', async (text, wrong) => {
    const [a] = await analyzeTexts([text]);
    expect(worksFor(a!)).not.toContain(wrong);
  });

  // guard (passes before and after): a "vice president of ..." after the name is a company's officer
  it('a company officer titled after the name still works for the company', async () => {
    const [a] = await analyzeTexts(['"Sales are up," said Nora Pike, vice president of marketing for Delmont Foods, on Tuesday.']);
    expect(worksFor(a!)).toContain('Nora Pike -> Delmont Foods');
  });
});

describe('no model relation between a speaker after a comma and the names of what was said', () => {
  const cases: Array<[text: string, speaker: string]> = [
    ['Kenya has since recognised the new government, Nation reported.', 'Nation'],
    ['Norway has since restored its ties with the regime, Aftenposten reported.', 'Aftenposten'],
  ];
  it.each(cases)('%s', async (text, speaker) => {
    const [a] = await analyzeTexts([text]);
    const id = a!.entities.find((e) => e.name === speaker)?.id;
    expect(id).toBeDefined();
    expect(a!.relations.filter((r) => r.kind !== 'cooccurrence' && (r.source === id || r.target === id))).toEqual([]);
  });
});
