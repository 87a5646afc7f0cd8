// Within one article, with the shipped tagger: names the article itself says are one
// thing (also known as, formerly, an acronym in brackets, a defined epithet), short forms
// of people (initials, the last words of a long name) and of companies (legal form, first
// word), each joined with its reason; and look-alikes that must stay apart.
import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../helpers/analyze.ts';
import type { Entity } from '../../../src/types.ts';

const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name);

describe('joined within an article, with the reason', () => {
  const cases: Array<[string, string, string, string]> = [
    // [article, entity name, alias joined, rule]
    ['Police in Nairobi arrested Joseph Mwangi, also known as Kamau Njoroge, on Friday. Kamau Njoroge denied the charges.', 'Joseph Mwangi', 'Kamau Njoroge', 'also-known-as'],
    ['Halvorsen Shipping ASA, formerly Nordic Tankers, reported a loss. Nordic Tankers had been sold in 2019.', 'Halvorsen Shipping ASA', 'Nordic Tankers', 'formerly'],
    ['The Federal Tax Service (FNS) said it would audit the bank. Officials at the FNS declined to comment.', 'Federal Tax Service', 'FNS', 'acronym-in-brackets'],
    ['Gibraltar, known as the Rock, voted on Sunday. Residents of the Rock said little.', 'Gibraltar', 'Rock', 'epithet'],
    ['New York, nicknamed the Big Apple, welcomed the runners on Sunday. Crowds in the Big Apple cheered.', 'New York', 'Big Apple', 'epithet'],
    ['Bowler Stuart Law took three wickets. S. Law then took a catch.', 'Stuart Law', 'S. Law', 'initials'],
    ['Donald J. Trump spoke on Monday. Donald Trump later said the plan would work.', 'Donald J. Trump', 'Donald Trump', 'middle-name'],
    ['Opposition leader Aung San Suu Kyi spoke on Saturday. Suu Kyi said 61 supporters were held.', 'Aung San Suu Kyi', 'Suu Kyi', 'surname'],
    ['Deutsche Kabel AG said sales rose. A Deutsche Kabel spokesman declined to comment.', 'Deutsche Kabel AG', 'Deutsche Kabel', 'corporate-name'],
    ['Ravenscroft Mining Corp said output fell. Analysts said Ravenscroft was hit by the weather.', 'Ravenscroft Mining Corp', 'Ravenscroft', 'organisation-short-form'],
    ['Daimler-Benz AG posted a loss. Analysts said Daimler would recover.', 'Daimler-Benz AG', 'Daimler', 'organisation-short-form'],
    ['The Serum Institute of India will make the vaccine. The Serum Institute said it could produce 100 million doses.', 'Serum Institute of India', 'Serum Institute', 'organisation-without-place'],
    ['The National Museum of Kenya reopened on Monday. The National Museum said visitor numbers had doubled.', 'National Museum of Kenya', 'National Museum', 'organisation-without-place'],
  ];
  it.each(cases)('%s', async (text, name, alias, rule) => {
    const [a] = await analyzeTexts([text]);
    const e = find(a!.entities, name);
    expect(e, JSON.stringify(a!.entities.map((x) => x.name))).toBeDefined();
    expect(e!.aliases).toContain(alias);
    expect(e!.merges?.find((m) => m.alias === alias)?.rule).toBe(rule);
    // the alias is no entity of its own, and the entity keeps its own name
    expect(a!.entities.filter((x) => x.name === alias)).toEqual([]);
    for (const m of e!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('a defined epithet is found wherever the article uses it, also where the tagger sees no name', async () => {
    const [a] = await analyzeTexts(['Gibraltar, known as the Rock, voted on Sunday. Residents of the Rock said little, and the Rock stayed calm.']);
    expect(find(a!.entities, 'Gibraltar')!.mentions.map((m) => m.text)).toEqual(['Gibraltar', 'Rock', 'Rock', 'Rock']);
  });

  it('a surname before any full name (a headline) goes to the first person of that name named after it', async () => {
    const [a] = await analyzeTexts(['Brady welcomes gun law\nSarah Brady said on Monday the law would save lives. Her husband Jim Brady agreed.']);
    const sarah = find(a!.entities, 'Sarah Brady')!;
    expect(sarah.aliases).toContain('Brady');
    expect(sarah.merges!.find((m) => m.alias === 'Brady')!.detail).toMatch(/also of "Jim Brady", the first named after it/);
    expect(a!.entities.filter((e) => e.name === 'Brady')).toEqual([]);
  });
});

describe('kept apart', () => {
  const cases: Array<[string, string, string]> = [
    // [article, one entity, another that must stay its own]
    ['The Bank of England and Barclays said rates would rise. Barclays gave no details.', 'Bank of England', 'Barclays'],
    ['John Okafor, a reporter for the Associated Press (AP), said the road was closed.', 'John Okafor', 'Associated Press'],
    ['Bowler Stuart Law took three wickets. S. Waugh then took a catch.', 'Stuart Law', 'S. Waugh'],
  ];
  it.each(cases)('%s', async (text, one, other) => {
    const [a] = await analyzeTexts([text]);
    expect(find(a!.entities, one), JSON.stringify(a!.entities.map((x) => x.name))).toBeDefined();
    expect(find(a!.entities, other), JSON.stringify(a!.entities.map((x) => x.name))).toBeDefined();
  });
});
