// Constructions seen failing on sentences written as new probes of unseen news (stop 28), each tested on other
// sentences of the same shape, written for these tests.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

const read = readTypedLines;

describe('"it" after a name with a named possessor is that name ("South Korea\'s Samsung Electronics said it would")', () => {
  it.each([
    ['Norway joined the talks in May. Japan\'s Daikin Industries said it would invest $2 billion in Poland.', 'Daikin Industries -061 invested in (hyp)-> Poland'],
    ['Chile signed the accord in June. Brazil\'s Vale said it would buy Anglo Minerals.', 'Vale -061 acquired (hyp)-> Anglo Minerals'],
  ])('%s', async (text, expected) => {
    const got = await read(text);
    expect(got).toContain(expected);
    // never the previous sentence's subject
    expect(got.filter((r) => /^(Norway|Chile) -061/.test(r))).toEqual([]);
  });
});

describe('"ending months of negotiations" concludes the talks, it does not halt them', () => {
  it.each([
    'Spain signed a fisheries deal with Morocco on Monday, ending two years of negotiations with Rabat.',
    'Peru signed a trade pact with Canada on Friday, ending negotiations with Ottawa that began in 2011.',
  ])('%s', async (text) => {
    expect((await read(text)).filter((r) => r.includes('-164 '))).toEqual([]);
  });
  it('halting stays halting (a guard) ("suspended talks with")', async () => {
    expect(await read('Spain suspended talks with Morocco on Monday.')).toContain('Spain -164 halted talks with-> Morocco');
  });
});
