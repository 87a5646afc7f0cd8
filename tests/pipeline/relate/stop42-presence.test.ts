// Stop 42 (lead, locations): where a person was, as the first reading of 374-397 showed missing. A sentence opening
// with a participle of presence and its place ("Speaking to reporters in X hours later, NAME, a ..., said"), with a
// description of the place or a relative clause in the name's apposition; whom police arrest or detain, in the active
// ("detained NAME at a hotel in X") and the passive ("was arrested by police in X"); a hall as the scene of a telling;
// a town before its scene noun ("held in a London prison"); no presence from a participle opening a clause that is
// only planned. Sentences written for these tests, through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const placed = (got: string[], who: string, where: string) => got.includes(`${who} -in-> ${where}`);

describe('where a person was', () => {
  it.each([
    // a fronted participle of presence, the clause's subject after the comma
    ['Speaking to reporters in Lisbon hours later, Prime Minister Luis Montenegro called the decision reckless.', 'Luis Montenegro', 'Lisbon'],
    ['Addressing a rally in Kumasi on Saturday, President John Mahama promised new roads.', 'John Mahama', 'Kumasi'],
    // the place described in commas before the subject
    ['Speaking to supporters in Gyumri, the second city of the country, opposition leader Andranik Tevanyan said the vote was stolen.', 'Andranik Tevanyan', 'Gyumri'],
    // the name's apposition holds a relative clause
    ['Speaking in Vilnius on Friday, Gabrielius Landsbergis, a former foreign minister who now leads no party, said the talks had failed.', 'Gabrielius Landsbergis', 'Vilnius'],
    // whom police detain or arrest
    ['Police in Peru detained Martin Vizcarra late on Tuesday at a hotel in Lima.', 'Martin Vizcarra', 'Lima'],
    ['Former minister Juan Pablo Guanipa was arrested by the police in Maracaibo on Friday.', 'Juan Pablo Guanipa', 'Maracaibo'],
    // the town before the scene noun
    ['Former banker Ravi Shankar has been held in a Mumbai prison since 2021.', 'Ravi Shankar', 'Mumbai'],
    // a hall as the scene of a telling
    ['Union leader Sean Fain told workers at a union hall in Detroit that the strike would go on.', 'Sean Fain', 'Detroit'],
  ])('%s', async (text, who, where) => {
    const got = await readTypedLines(text);
    expect(placed(got, who, where), got.join('\n')).toBe(true);
  });
});

describe('places that are not where the person was', () => {
  it.each([
    // a fronted participle with a clause of its own: the place is the speaker's, and the name after it is the object
    ['Speaking in Brussels, the minister said Viktor Orban had blocked the deal.', 'Viktor Orban', 'Brussels'],
    // a court's seat is not where the accused was
    ['Milos Vucevic was sentenced by a court in Belgrade on Monday.', 'Milos Vucevic', 'Belgrade'],
    // a plan is no presence
    ['Speaking in Geneva next week, Foreign Minister Ignazio Cassis will present the plan.', 'Ignazio Cassis', 'Geneva'],
  ])('%s', async (text, who, where) => {
    const got = await readTypedLines(text);
    expect(placed(got, who, where), got.join('\n')).toBe(false);
  });
});
