// Roles the grammar reader reads from a copula and from conjoined titles (grammar/roles.ts), in sentences written for
// this test: each line names the rule, so a "works for" the CoNLL04 classifier guesses for the same pair does not pass.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { ArticleAnalysis } from '../../../src/types.ts';

/** "Jane Doe -chairman of-> Acme Corp. (rule:grammar-role-copula)", with " hyp" / " neg" after the predicate. */
function ruleLines(a: ArticleAnalysis): string[] {
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
  return a.relations
    .filter((r) => r.kind === 'role')
    .map((r) => `${name(r.source)} -${r.predicate}${r.hypothetical ? ' hyp' : ''}${r.negated ? ' neg' : ''}-> ${name(r.target)} (${r.by})`);
}
const read = async (text: string) => ruleLines((await analyzeTexts([text]))[0]!);

describe('a title the person is the subject of with "be" is a role (grammar-role-copula)', () => {
  it.each([
    ['Jane Doe was chairman of Halvorsen Industries when it collapsed.', 'Jane Doe -chairman of-> Halvorsen Industries (rule:grammar-role-copula)'],
    ['Maria Lopez is the chief executive of Brightwater Holdings, the company said.', 'Maria Lopez -chief executive of-> Brightwater Holdings (rule:grammar-role-copula)'],
    ['Joseph Cicippio was a professor at the American University of Beirut when he was kidnapped.', 'Joseph Cicippio -professor of-> American University of Beirut (rule:grammar-role-copula)'],
    ['Maria Lopez has been chief executive of Brightwater Holdings since 2019.', 'Maria Lopez -chief executive of-> Brightwater Holdings (rule:grammar-role-copula)'],
    // the parse reads "acting" as a verb and the title as its object
    ['John Smith is acting chairman of Halvorsen Industries.', 'John Smith -acting chairman of-> Halvorsen Industries (rule:grammar-role-copula)'],
    // the title as the subject, the person as the predicate
    ['The chairman of Halvorsen Industries is John Smith.', 'John Smith -chairman of-> Halvorsen Industries (rule:grammar-role-copula)'],
    // a modal makes it a plan or a guess, "not" a denial
    ['If the elections were held today, Diego Fernandez would be the next president of Mexico.', 'Diego Fernandez -president of hyp-> Mexico (rule:grammar-role-copula)'],
    ['Jane Doe is not the chairman of Halvorsen Industries.', 'Jane Doe -chairman of neg-> Halvorsen Industries (rule:grammar-role-copula)'],
    // the titles conjoined with it too
    ['John Smith is chairman of Halvorsen Industries and president of the Widget Society.', 'John Smith -president of-> Widget Society (rule:grammar-role-copula)'],
  ])('%s', async (text, line) => {
    expect(await read(text)).toContain(line);
  });

  it('not a title with a subject of its own ("X is chairman of A and Y is president of B")', async () => {
    const lines = await read('John Smith is chairman of Halvorsen Industries and Mary Jones is president of the Widget Society.');
    expect(lines.filter((l) => l.startsWith('John Smith') && l.includes('Widget Society'))).toEqual([]);
  });
});

describe('a title conjoined with an appositive title is the person\'s too (grammar-role-appos-conj)', () => {
  it.each([
    // the parse hangs "president" on "College", the first title's body
    ['Jane Doe, a professor at Queens College and president of the Widget Society, died on Monday.', 'Jane Doe -president of-> Widget Society (rule:grammar-role-appos-conj)'],
  ])('%s', async (text, line) => {
    expect(await read(text)).toContain(line);
  });
});

describe('a title\'s body is read from any of its of/at/for phrases', () => {
  it('"a professor of political science at Queens College" is Queens College\'s professor', async () => {
    expect(await read('Michael Harrington, a professor of political science at Queens College, died on Monday.'))
      .toContain('Michael Harrington -professor of-> Queens College (rule:grammar-role-appos)');
  });
});
