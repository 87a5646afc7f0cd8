// Classes of construction written for stop 35, each tested on sentences of the same shape written for these tests,
// through the whole pipeline (shipped tagger and parser included).
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import { typedLines } from './typed-lines.ts';

/** One text through the whole pipeline, its typed relations with the hypothetical and negated markers. */
async function readMarkedLines(text: string): Promise<string[]> {
  const [a] = await analyzeTexts([text]);
  return typedLines(a!, { hypothetical: true, negated: true });
}

describe('an event reported as not (yet) done: "has yet to", "stopped short of", "avoided", "refrained from"', () => {
  it.each([
    ['Talks went on. Egypt has yet to recognise South Sudan.', 'Egypt -054 recognized (neg)-> South Sudan'],
    ['Talks went on. The United States stopped short of accusing China of espionage.', 'United States -112 accused (neg)-> China'],
    ['Talks went on. The Indian minister avoided criticising Israel.', 'India -111 criticized (neg)-> Israel'],
    ['Talks went on. Germany refrained from condemning Hungary.', 'Germany -111 condemned (neg)-> Hungary'],
  ])('%s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
  it.each([
    // guards: a plain perfect, and a verb of stopping without "short", keep the event as stated
    ['Talks went on. Egypt has recognised South Sudan.', 'Egypt -054 recognized-> South Sudan'],
    ['Talks went on. Germany stopped buying gas from Russia.', 'Germany -061 bought from-> Russia'],
  ])('stated: %s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
});

describe('a wire dateline without a place ("Dec 18 (Reuters) -") is no part of the story: its agency is no actor', () => {
  it.each([
    ['Acme to buy Zenith\n\nDec 18 (Reuters) - Germany\'s Siemens AG agreed on Monday to buy Altair Engineering Inc for $10 billion.', 'Siemens AG -061 acquired-> Altair Engineering Inc'],
    // (a guard: a story the agency's name cannot be the subject of read right before too)
    ['Acme to buy Zenith\n\n(AP) - France condemned Russia on Monday.', 'France -111 condemned-> Russia'],
  ])('%s', async (text, line) => {
    const got = await readMarkedLines(text);
    expect(got).toContain(line);
    expect(got.filter((l) => /^(?:Reuters|AP) /.test(l) || / (?:Reuters|AP)$/.test(l))).toEqual([]);
  });
});

describe('a title after a preposition that follows a verb of office is another person\'s ("served under President X")', () => {
  const story = (s: string) => `HELSINKI (Reuters) - Talks went on in Finland.\n\n${s}`;
  it('the appointee takes the office after "as", not the appointer\'s title after "by"', async () => {
    const got = await readMarkedLines(story('Jan Smith was appointed by President Tom Jones as foreign minister.'));
    expect(got).toContain('Jan Smith -foreign minister of-> Finland');
    expect(got.filter((l) => l.startsWith('Jan Smith -president'))).toEqual([]);
  });
  it('one who served under a president holds no presidency', async () => {
    const got = await readMarkedLines(story('Anna Berg, who served under former President Carl Holm, was arrested in Helsinki.'));
    expect(got).toContain('Carl Holm -former president of-> Finland');
    // (where she was arrested is hers: grammar/presence.ts)
    expect(got.filter((l) => l.startsWith('Anna Berg -') && !l.includes(' -in-> '))).toEqual([]);
  });
  // (a guard: the office after "as" with the other person's title after it read right before too)
  it('served as an office under a president', async () => {
    expect(await readMarkedLines(story('Anna Berg served as finance minister under President Carl Holm.'))).toContain('Anna Berg -finance minister of-> Finland');
  });
});

describe('a departure from an organisation: "resigned as X of", "will step down", "quit", "resigned from"', () => {
  it.each([
    ['Talks went on. Lena Marsh resigned as chairman of Vantor Bank on Tuesday.', 'Lena Marsh -null resigned from-> Vantor Bank'],
    ['Talks went on. Mark Olsen quit Zeller Group after a dispute.', 'Mark Olsen -null quit-> Zeller Group'],
    // the office the sentence gave the person; "will" makes it a plan
    ['Talks went on. Acme Corp Chief Executive Dan Holt will step down at the end of the year.', 'Dan Holt -null stepped down from (hyp)-> Acme Corp'],
    ['Talks went on. Ana Ruiz, the president of the Royal Spanish Football Federation, was banned. She resigned from the federation in September.', 'Ana Ruiz -null resigned from-> Royal Spanish Football Federation'],
    ['Talks went on. Vantor Bank said its chief executive, Omar Lind, had stepped down.', 'Omar Lind -null stepped down from-> Vantor Bank'],
  ])('%s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
  it.each([
    // guards: a head of government leaves an office, not the state; "stepped up" is no departure
    'Talks went on. Hungary\'s Prime Minister Ivo Karl resigned.',
    'Talks went on. Acme Corp Chief Executive Dan Holt stepped up pressure on Zeller Group.',
  ])('no departure: %s', async (text) => {
    expect((await readMarkedLines(text)).filter((l) => / (?:resigned from|stepped down from|quit)/.test(l))).toEqual([]);
  });
});

describe('a journey named by a noun in a phrase of the clause was made by the clause\'s subject', () => {
  it.each([
    ['Talks went on. Ariel Henry was on a trip to Kenya when the gangs attacked.', 'Ariel Henry -042 visited-> Kenya'],
    ['Talks went on. The row began after President Mohamed Muizzu returned from a state visit to China.', 'Mohamed Muizzu -042 visited-> China'],
    ['Talks went on. Olaf Scholz said during a visit to India that trade would grow.', 'Olaf Scholz -042 visited-> India'],
  ])('%s', async (text, line) => {
    expect(await readMarkedLines(text)).toContain(line);
  });
  // (a guard: a journey the clause's subject only talks about is not its own)
  it('protesters criticising a visit made none', async () => {
    const got = await readMarkedLines('Talks went on. Protesters in Paris criticised the visit to Algeria.');
    expect(got.filter((l) => l.includes('visited'))).toEqual([]);
  });
});

describe('a bare title in a relative clause on a person holding a national office is that country\'s', () => {
  it('not the country opening the sentence before, nor the dateline\'s', async () => {
    const got = await readMarkedLines('KINGSTON, Jamaica (Reuters) - Haitian Prime Minister Ariel Henry agreed to resign.\n\nKenya, which had offered to send police officers to Haiti, said it would wait.\n\nHenry, who took office after the assassination of President Jovenel Moise in 2021, said his government would step down.');
    expect(got).toContain('Jovenel Moise -president of-> Haiti');
    expect(got.filter((l) => l.startsWith('Jovenel Moise -president of-> Kenya'))).toEqual([]);
  });
  it('a former office counts', async () => {
    const got = await readMarkedLines('MEXICO CITY (Reuters) - Mexico cut ties with Ecuador after police arrested Jorge Glas, a former Ecuadorean vice president.\n\nGlas, who served under former President Rafael Correa, was taken to a prison.');
    expect(got).toContain('Rafael Correa -former president of-> Ecuador');
  });
});
