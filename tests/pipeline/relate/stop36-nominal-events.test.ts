// Argument linking around events stated as nouns (stop 36): an event noun named as another act's argument stands for
// its doer ("blocked Microsoft's takeover of X": the blocking is aimed at Microsoft); a go-between's act said of what it
// made ("brokered a deal between A and B", "a deal brokered by X", "the X-brokered truce between A and B"); a thing an
// actor owns investigated for its owner ("is auditing X's factories"); a thing attacked in a place for the place
// ("strikes on targets in X"). Sentences written for these tests, each construction in both voices where it has two;
// the rules are read alone (no news model). Each row's expected line is new in this stop; the unexpected ones guard
// the readings that must not follow (a possessor that is the patient, a subject, a name on a participle).
import { describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { typedLines } from './typed-lines.ts';

let rules: Stages | undefined;
const eventsOf = async (text: string) => {
  rules ??= await loadStages({ newsModel: false });
  const a = analyzeArticle({ id: 'doc', title: null, source: 'doc.txt', text }, rules);
  return typedLines(a, { hypothetical: true, negated: true }).filter((l) => /-\d{2,4} /.test(l));
};

type Row = [what: string, text: string, expected: string[], notExpected?: string[]];

const check = async ([, text, expected, notExpected = []]: Row) => {
  const lines = await eventsOf(text);
  for (const l of expected) expect(lines).toContain(l);
  for (const l of notExpected) expect(lines).not.toContain(l);
};

describe('an event noun in another act\'s argument stands for whoever does it', () => {
  it.each<Row>([
    ['a possessor with the noun\'s own object (active)', "Britain blocked Oracle's purchase of Cerner.", ['Britain -129 vetoed-> Oracle']],
    ['... (passive: the patient is the noun)', "Oracle's purchase of Cerner was blocked by Britain.", ['Britain -129 vetoed-> Oracle', 'Oracle -061 acquired-> Cerner']],
    ['... a reaction to it', "Germany condemned Oracle's takeover of Cerner.", ['Germany -111 condemned-> Oracle'], ['Germany -111 condemned-> Cerner']],
    ['... negated with the reaction', "Germany did not condemn Oracle's purchase of Cerner.", ['Germany -111 condemned (neg)-> Oracle']],
    ['... hypothetical with the reaction', 'Germany would condemn any purchase of Cerner by Oracle.', ['Germany -111 condemned (hyp)-> Oracle']],
    ['the noun\'s "by" agent, not its object', 'Japan condemned the seizure of the tanker by Iran.', ['Japan -111 condemned-> Iran']],
    ['... a person\'s arrest: the one who arrested, not the one arrested', 'France condemned the arrest of Evan Gershkovich by Russia.', ['France -111 condemned-> Russia'], ['France -111 condemned-> Evan Gershkovich']],
    ['... its "by" agent hung on the verb, which stays active (not "Russia condemned France")', "France condemned Gershkovich's arrest by Russia.", ['France -111 condemned-> Russia'], ['Russia -111 condemned-> France']],
    ['an event noun as the object of another event noun', "Egypt's criticism of the strikes by Israel drew a reply.", ['Egypt -111 criticized-> Israel']],
    ['a nationality word on a demand', 'Seoul rejected a Chinese demand for South Korea to remove the missiles.', ['South Korea -120 rejected-> China', 'China -100 demanded-> South Korea']],
  ])('%s', async (...row) => check(row));

  it.each<Row>([
    ['a possessor alone may be the patient ("X\'s arrest"): no doer, so no target', "Germany condemned Oracle's takeover of Cerner and Navalny's arrest.", ['Germany -111 condemned-> Oracle'], ['Germany -111 condemned-> Navalny', 'Germany -111 condemned-> Alexei Navalny']],
    ['a subject is what happened, not whom it is about', "The EU's sanctions on Russia hit Gazprom. Germany condemned Oracle's purchase of Cerner.", ['Germany -111 condemned-> Oracle'], ['EU -190 attacked-> Gazprom']],
  ])('a guard: %s', async (...row) => check(row));
});

describe('a go-between\'s act is said of what it made between the parties', () => {
  it.each<Row>([
    ['active, the parties after "between" on the deal', 'Qatar brokered a deal between Israel and Hamas.', ['Qatar -045 mediated between-> Israel', 'Qatar -045 mediated between-> Hamas']],
    ['passive', 'A deal between Israel and Hamas was brokered by Qatar.', ['Qatar -045 mediated between-> Israel', 'Qatar -045 mediated between-> Hamas']],
    ['a participle on the deal, the parties the clause\'s subject', 'Israel and Hamas agreed a truce in a deal brokered by Qatar.', ['Qatar -045 mediated between-> Israel', 'Qatar -045 mediated between-> Hamas']],
    ['the go-between\'s nationality written onto the participle', 'The Egyptian-brokered truce between Israel and Hamas held.', ['Egypt -045 mediated between-> Israel', 'Egypt -045 mediated between-> Hamas', 'Israel -087 agreed a ceasefire with-> Hamas'], ['Egypt -087 agreed a ceasefire with-> Israel', 'Egypt -087 agreed a ceasefire with-> Hamas']],
    ['... its name, one word with the participle', 'The U.S.-brokered deal between Israel and the UAE held.', ['United States -045 mediated between-> Israel', 'United States -045 mediated between-> United Arab Emirates']],
    ['a host of talks between two parties (active)', 'Egypt hosted talks between Israel and Hamas.', ['Egypt -043 hosted-> Israel', 'Egypt -043 hosted-> Hamas']],
    ['... (passive)', 'Talks between Israel and Hamas were hosted by Egypt.', ['Egypt -043 hosted-> Israel', 'Egypt -043 hosted-> Hamas']],
    ['... the participle on the talks the clause\'s subject held', 'Israel and Hamas held talks hosted by Egypt.', ['Egypt -043 hosted-> Israel', 'Egypt -043 hosted-> Hamas']],
    ['a guard: talks in a phrase of time name no parties of the clause', 'Israel and Hamas held talks hosted by Egypt. Jordan and Syria signed the accord after months of talks hosted by Iraq.', ['Egypt -043 hosted-> Israel'], ['Iraq -043 hosted-> Jordan', 'Iraq -043 hosted-> Syria']],
  ])('%s', async (...row) => check(row));
});

describe('a possessive pronoun on an event noun the clause\'s verb takes is the clause\'s subject', () => {
  it.each<Row>([
    ['a verb of abandoning: the act did not happen', 'Intel scrapped its purchase of Tower Semiconductor.', ['Intel -061 acquired (neg)-> Tower Semiconductor']],
    ['... with a particle', 'Oracle called off its takeover of Cerner.', ['Oracle -061 acquired (neg)-> Cerner'], ['Oracle -061 acquired-> Cerner']],
    ['"his" for one person: the subject is the doer', 'Lula defended his visit to Kenya.', ['Lula -042 visited-> Kenya']],
    ['a guard: a mutual tie is no act', 'Intel scrapped its purchase of Tower Semiconductor. Intel would review its cooperation with Samsung.', ['Intel -061 acquired (neg)-> Tower Semiconductor'], ['Intel -050 cooperated with (hyp)-> Samsung', 'Intel -050 cooperated with-> Samsung']],
    ['a guard: "its" is no person', 'Lula scrapped its purchase of Cerner after Oracle scrapped its purchase of Tower Semiconductor.', ['Oracle -061 acquired (neg)-> Tower Semiconductor'], ['Lula -061 acquired (neg)-> Cerner']],
  ])('%s', async (...row) => check(row));
});

describe('a thing stands for its owner or its place where the act takes them', () => {
  it.each<Row>([
    ['investigating what an actor owns (active)', "The SEC is auditing Tesla's accounts.", ['SEC -090 investigated-> Tesla']],
    ['... (passive)', "Tesla's accounts are being audited by the SEC.", ['SEC -090 investigated-> Tesla']],
    ['... the noun', "The SEC opened an inquiry into Tesla's accounts.", ['SEC -090 investigated-> Tesla']],
    ['criticising what an actor owns (active)', "Britain criticised Boeing's safety record.", ['Britain -111 criticized-> Boeing']],
    ['... (passive)', "Boeing's safety record was criticised by Britain.", ['Britain -111 criticized-> Boeing']],
    ['a lawsuit against what an actor owns', "Microsoft sued Google's advertising unit.", ['Microsoft -115 sued-> Google']],
    ['strikes on targets in a place', 'The United States and Britain carried out strikes on targets in Syria.', ['United States -190 attacked-> Syria', 'Britain -190 attacked-> Syria']],
  ])('%s', async (...row) => check(row));
});
