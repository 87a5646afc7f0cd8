// Classes of construction that recur across the unseen news batches (stop 34), each tested on sentences of the
// same shape written for these tests, through the whole pipeline (shipped tagger included).
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('membership stated with an ordinal, a possessor or an admission', () => {
  it.each([
    ['Talks ended. Montenegro formally became the 29th member of NATO on Monday.', 'Montenegro -member of-> NATO'],
    ['Talks ended. Croatia became the European Union\'s newest member in July.', 'Croatia -member of-> European Union'],
    ['Talks ended. Namibia was admitted to the Commonwealth in 1990.', 'Namibia -member of-> Commonwealth'],
    ['Talks ended. Brunei was formally accepted into ASEAN after independence.', 'Brunei -member of-> ASEAN'],
  ])('%s', async (text, line) => {
    expect(await readTypedLines(text)).toContain(line);
  });
  it.each([
    // a person admitted somewhere is no member of it; a former member is none now (guards)
    ['Talks ended. Carlos Mendes was admitted to Mayo Clinic on Friday.', 'Carlos Mendes -member of'],
    ['Talks ended. Greenland was the first former member of the European Union.', 'Greenland -member of'],
  ])('no membership: %s', async (text, prefix) => {
    expect((await readTypedLines(text)).filter((l) => l.startsWith(prefix))).toEqual([]);
  });
});
