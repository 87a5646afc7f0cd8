// Holdings stated with a verb or as a shareholder (ownership.ts extractHoldings), read in sentences written for this
// test: the owned company is "part of" its holder, or "partly owned by" one that holds less than control.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('a company held by another', () => {
  it.each([
    ['The Halvorsen Foundation, which owns about two-thirds of Nordvik Shipping, opposed the sale.', 'Nordvik Shipping -part of-> Halvorsen Foundation'],
    ['Grupo Ferrandiz owns a 24 percent stake in Telemar Iberica.', 'Telemar Iberica -partly owned by-> Grupo Ferrandiz'],
    ['Grupo Ferrandiz owns 60 percent of Telemar Iberica.', 'Telemar Iberica -part of-> Grupo Ferrandiz'],
    ['Kestrel Mining is controlled by Arbor Capital Partners, filings show.', 'Kestrel Mining -part of-> Arbor Capital Partners'],
    ['Brandt Holding is the largest single shareholder in Oberland Energie with 18 percent.', 'Oberland Energie -partly owned by-> Brandt Holding'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
});

describe('no holding where none is stated (guards)', () => {
  it.each([
    // a person's holding, and a company owning a thing that is no company
    ['Maria Lindqvist owns 30 percent of Nordvik Shipping.', /part(ly owned by)? /],
    ['Arbor Capital Partners said shareholders of Kestrel Mining had approved the plan.', /partly owned by|part of/],
  ])('%s', async (text, bad) => {
    expect((await readTypedLines(text)).filter((l) => bad.test(l))).toEqual([]);
  });
});
