// Trigger verbs added to the event lexicon in stop 31 (removal from office, loans and gifts, settlements, sieges,
// bombardment, greeting, lobbying, dissolving a body), each read in sentences written for this test, in both
// voices where the verb takes one; and the readings they must not give.
import { describe, expect, it } from 'vitest';
import { readTypedLines } from './typed-lines.ts';

describe('verbs of the stop-31 lexicon entries give their CAMEO event', () => {
  it.each([
    ['The Constitutional Court disqualified Prime Minister Tomas Berger from office on Friday.', 'Constitutional Court -172 disqualified-> Tomas Berger'],
    ['Prime Minister Tomas Berger was disqualified by the Constitutional Court on Friday.', 'Constitutional Court -172 disqualified-> Tomas Berger'],
    ['The Congress of Peru impeached President Elena Vasquez over the bribery scandal.', 'Congress of Peru -172 disqualified-> Elena Vasquez'],
    ['The World Bank lent $2 billion to Kenya last year.', 'World Bank -071 lent to-> Kenya'],
    ['Japan donated two million vaccine doses to Vietnam in June.', 'Japan -070 donated to-> Vietnam'],
    ['Ericsson settled with the Securities and Exchange Commission in December.', 'Ericsson -057 settled with-> Securities and Exchange Commission'],
    ['Russian troops besieged Mariupol for three months.', 'Russia -191 besieged-> Mariupol'],
    ['Syrian forces bombarded Idlib overnight.', 'Syria -195 bombed-> Idlib'],
    ['President Lula greeted Chinese Premier Li Qiang at the Planalto palace.', 'Lula -043 hosted-> Li Qiang'],
    ['Airbus lobbied the European Commission to drop the tariff.', 'Airbus -020 lobbied-> European Commission'],
    ['The Nigerian government dissolved the Nigeria Football Federation after the World Cup.', 'Nigeria -172 dissolved-> Nigeria Football Federation'],
  ])('%s', async (text, line) => {
    const lines = await readTypedLines(text);
    expect(lines.map((l) => l.replace(/ \(hyp\)/, ''))).toContain(line);
  });
});

describe('readings the new verbs must not give (guards)', () => {
  it.each([
    ['Protesters toppled a statue of Lenin in Kharkiv on Sunday.', /172/],
    ['Kenya settled in Nairobi the terms of the loan.', /settled/],
  ])('%s', async (text, bad) => {
    const lines = await readTypedLines(text);
    expect(lines.filter((l) => bad.test(l))).toEqual([]);
  });
});
