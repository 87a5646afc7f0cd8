// Stop 42 (issue 14, succ42): appointments, successions and removals the first reading of 374-397 missed, each a '*'
// event in the batch conventions: taking over an office from its holder (also with the "from" phrase the parse hangs
// inside the "as" office), choosing a person to lead or chair, offering a government's resignation to the head of
// state ('hyp' while announced), a swearing-in, a court ending a member's mandate. Sentences written for these tests,
// through the whole pipeline.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

async function lines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

const events = (got: string[], from: string, to: string) => got.filter((l) => l.startsWith(`${from} -null `) && l.endsWith(`-> ${to}`));

describe('successions, appointments and removals', () => {
  it.each([
    // taking over an office from its holder is succeeding him; planned with a modal
    ['Mr Powell took over from Janet Yellen in February 2018.', 'Powell', 'Janet Yellen', false],
    ['Christine Lagarde took over from Mario Draghi as president of the European Central Bank in 2019.', 'Christine Lagarde', 'Mario Draghi', false],
    ['Mark Rutte will take over as secretary general of NATO from Jens Stoltenberg on Oct. 1.', 'Mark Rutte', 'Jens Stoltenberg', true],
    // a resignation offered to the head of state
    ['Giuseppe Conte said he would offer his resignation to President Sergio Mattarella on Friday.', 'Giuseppe Conte', 'Sergio Mattarella', true],
    ['Mark Rutte tendered the resignation of his government to King Willem-Alexander.', 'Mark Rutte', 'King Willem-Alexander', false],
    // a swearing-in
    ['Chief Justice John Roberts swore in Joe Biden on Wednesday.', 'John Roberts', 'Joe Biden', false],
    // a court ending a member's mandate or membership
    ["Turkey's Constitutional Court ended the parliamentary mandate of Deputy Ahmet Kaya.", 'Constitutional Court', 'Ahmet Kaya', false],
    ["Brazil's Supreme Court revoked Jose Ramos's mandate.", 'Supreme Court', 'Jose Ramos', false],
  ])('%s', async (text, from, to, hyp) => {
    const got = events(await lines(text), from, to);
    expect(got.length, (await lines(text)).join('\n')).toBeGreaterThan(0);
    expect(got.some((l) => l.includes('(hyp)')), got.join('\n')).toBe(hyp);
  });

  it('takes over from a person only: a company taken over stays an acquisition, a company chosen to supply no appointment', async () => {
    expect(await lines('Mr Powell took over from Janet Yellen in February 2018. Toyota took over Daihatsu in 2016. Samsung chose Micron to supply the chips.'))
      .toEqual(expect.arrayContaining(['Powell -null succeeded-> Janet Yellen', 'Toyota -061 acquired-> Daihatsu', 'Samsung -061 chose to build-> Micron']));
    expect((await lines('Samsung chose Micron to supply the chips.')).filter((l) => l.includes('-null '))).toEqual([]);
  });

  it('reads a resignation offered only with the one it is offered to', async () => {
    const got = await lines('Giuseppe Conte offered his resignation on Friday. Giuseppe Conte will offer the resignation of his cabinet to President Sergio Mattarella.');
    expect(got.filter((l) => l.includes('resignation'))).toEqual(['Giuseppe Conte -null offered resignation to (hyp)-> Sergio Mattarella']);
  });
});

describe('the successor of a participle hung on an appointment', () => {
  it('gives the succession to the one proposed, still to come, and the proposal to the body', async () => {
    const got = await lines("The European Council proposed Kaja Kallas as the bloc's next foreign policy chief, succeeding Josep Borrell.");
    expect(got).toContain('Kaja Kallas -null succeeded (hyp)-> Josep Borrell');
    expect(got).toContain('European Council -null appointed-> Kaja Kallas');
    expect(got.filter((l) => l.startsWith('European Council -null succeeded'))).toEqual([]);
  });
});

describe('an electoral authority announcing the result', () => {
  it('declares the winner it names, and the win is the winner\'s', async () => {
    const got = await lines("The Election Commission said Dissanayake, who leads the National People's Power alliance, defeated opposition leader Sajith Premadasa once the votes were counted.");
    expect(got).toContain('Election Commission -null declared winner-> Dissanayake');
    expect(got).toContain('Dissanayake -null defeated-> Sajith Premadasa');
    expect(got.filter((l) => l.startsWith('Election Commission -null defeated'))).toEqual([]);
  });

  it('reads nothing from a body that is no electoral authority, while the win stays the winner\'s', async () => {
    const got = await lines('The Supreme Court said Dissanayake, who leads the alliance, defeated Sajith Premadasa.');
    expect(got.filter((l) => l.includes('declared winner'))).toEqual([]);
    expect(got).toContain('Dissanayake -null defeated-> Sajith Premadasa');
  });
});

describe('the office of a succession told with "take over"', () => {
  it('gives the successor the office, still to come with a modal, and the predecessor held it', async () => {
    const got = await lines('Mark Rutte will take over as secretary general of NATO from Jens Stoltenberg on Oct. 1.');
    expect(got).toContain('Mark Rutte -secretary general of (hyp)-> NATO');
    expect(got).toContain('Jens Stoltenberg -secretary general of-> NATO');
  });

  it('reads the predecessor named before the office too', async () => {
    const got = await lines('Christine Lagarde took over from Mario Draghi as president of the European Central Bank in 2019.');
    expect(got).toContain('Christine Lagarde -president of-> European Central Bank');
    expect(got).toContain('Mario Draghi -president of-> European Central Bank');
  });
});

describe('a headline infinitive after a person hired or named', () => {
  it('is the hired person\'s act, not the hiring company\'s', async () => {
    const [a] = await analyzeTexts(['Boeing hires former Rockwell Collins chief Kelly Ortberg to replace Dave Calhoun\n\nThe company said on Monday its board had approved the change.']);
    const got = typedLines(a!, { hypothetical: true });
    expect(got.filter((l) => l.startsWith('Boeing -null replaced'))).toEqual([]);
    expect(got).toContain('Kelly Ortberg -null replaced (hyp)-> Dave Calhoun');
  });
});
