// Stop 41 (locations and seats): where a person was and where a body sits, as the first reading of 350-373 showed
// missing. A pronoun speaker placed by "he told reporters in X" after a quote; a deed done at a scene ("at a ceremony
// in X"); a named site with its town ("at State House in Freetown"); whom one meets named in apposition; an age in
// commas after a name; travel back or away; a country's name inside a body's name; a parliament's chamber; no state
// put inside a sea. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

// (a typed line carries the predicate alone: "X -in-> Y", "X -based in-> Y", "X -located in-> Y")
const placed = (got: string[], who: string, where: string) => got.includes(`${who} -in-> ${where}`);
const seated = (got: string[], body: string, where: string) => got.includes(`${body} -based in-> ${where}`);

describe('where a person was', () => {
  it.each([
    // a pronoun speaker after a quote, in a sentence naming only the place
    ['Prime Minister Karin Holm said the budget would pass. "We have the votes," she told reporters in Copenhagen.', 'Karin Holm', 'Copenhagen'],
    // a deed of any verb done at a scene noun with its town
    ['Ghanaian President John Mahama cut the ribbon at a ceremony in Kumasi on Friday.', 'John Mahama', 'Kumasi'],
    ['The two ministers put their signatures to the accord at a summit in Lisbon, officials said. Portuguese Foreign Minister Paulo Rangel initialled it at a ceremony in Lisbon.', 'Paulo Rangel', 'Lisbon'],
    // the scene hung on another phrase of the verb
    ['Former governor Ramon Ortiz surrendered to federal agents at a courthouse in Houston on Monday.', 'Ramon Ortiz', 'Houston'],
    // an age in commas after the name
    ['Ramon Ortiz was charged last year. Ortiz, 64, surrendered to federal agents at a courthouse in Houston on Monday.', 'Ramon Ortiz', 'Houston'],
    // a named site with its town
    ['President Adama Barrow was sworn in for a second term at State House in Banjul on Thursday.', 'Adama Barrow', 'Banjul'],
    // whom one meets, named in apposition to a description
    ['Chilean Foreign Minister Alberto van Klaveren met his Peruvian counterpart, Elmer Schialer, in Santiago before the signing of a trade accord.', 'Elmer Schialer', 'Santiago'],
    // travel back, and leaving for a place
    ['Interior Minister Pedro Alves cut short his holiday and flew back to Luanda.', 'Pedro Alves', 'Luanda'],
  ])('%s', async (text, who, where) => {
    const got = await readTypedLines(text);
    expect(placed(got, who, where), got.join('\n')).toBe(true);
  });

  it('places nobody where a plan only says they will be', async () => {
    const got = await readTypedLines('Foreign Minister Paulo Rangel will sign the accord at a ceremony in Lisbon next week.');
    expect(placed(got, 'Paulo Rangel', 'Lisbon'), got.join('\n')).toBe(false);
  });
});

describe('where a body sits', () => {
  it.each([
    // a country's name inside a body's name, not leading it
    ['Members of the Teamsters Canada Rail Union walked off the job in Canada on Friday.', 'Teamsters Canada Rail Union', 'Canada'],
    ['The rider was banned for two years by Cycling Ireland after a test in Ireland last month.', 'Cycling Ireland', 'Ireland'],
    ['The ban was imposed by Athletics Uganda after tests in Uganda last month.', 'Athletics Uganda', 'Uganda'],
  ])('%s', async (text, body, where) => {
    const got = await readTypedLines(text);
    expect(seated(got, body, where), got.join('\n')).toBe(true);
  });

  it('reads a parliament\'s chamber as the article\'s state\'s', async () => {
    const got = await readTypedLines('CANBERRA (Reuters) - Australia\'s government won a vote on the bill on Tuesday. The bill cleared the House of Representatives on Wednesday with the support of independents in Australia.');
    expect(seated(got, 'House of Representatives', 'Australia'), got.join('\n')).toBe(true);
  });

  it('does not read "Chamber of Commerce" as a chamber of parliament', async () => {
    const got = await readTypedLines('CANBERRA (Reuters) - Australia\'s government won a vote on the bill on Tuesday. The Chamber of Commerce welcomed the vote in Australia.');
    expect(seated(got, 'Chamber of Commerce', 'Australia'), got.join('\n')).toBe(false);
  });

  it('puts no body above states in a member state it acts on', async () => {
    const got = await readTypedLines('The African Union suspended Gabon from all its activities on Thursday after the coup.');
    expect(seated(got, 'African Union', 'Gabon'), got.join('\n')).toBe(false);
  });

  // (a guard: the model's reading this rules out is not reproduced by a short sentence on the old source)
  it('puts no state inside a sea', async () => {
    const got = await readTypedLines('Vietnam protested against China\'s new base in the South China Sea on Monday.');
    expect(got.includes('China -located in-> South China Sea'), got.join('\n')).toBe(false);
  });
});
