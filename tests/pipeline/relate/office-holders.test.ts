// The office-holder table (src/pipeline/relate/data/office-holders.ts) is hand-written world knowledge:
// these checks keep it well formed (known countries, known offices, sane years, no duplicate terms, ASCII
// names) and spot-check a few facts any reader can verify.
import { describe, expect, it } from 'vitest';
import { OFFICE_HOLDERS, OFFICES, type OfficeHolder } from '../../../src/pipeline/relate/data/office-holders.ts';
import { entryById } from '../../../src/pipeline/gazetteer/index.ts';

const ASCII = /^[\x20-\x7e]+$/;
const end = (h: OfficeHolder): number => h.to ?? 2025;

describe('office holders: well formed', () => {
  it('has rows', () => {
    expect(OFFICE_HOLDERS.length).toBeGreaterThan(500);
  });

  it('every country code is a country the gazetteer knows', () => {
    const unknown = [...new Set(OFFICE_HOLDERS.map((h) => h.country))]
      .filter((c) => !/^[A-Z]{2}$/.test(c) || entryById(`country:${c}`)?.type !== 'country');
    expect(unknown).toEqual([]);
  });

  it('every office is one of OFFICES', () => {
    const offices: readonly string[] = OFFICES;
    expect(OFFICE_HOLDERS.filter((h) => !offices.includes(h.office))).toEqual([]);
  });

  it('years: 1990 <= from <= 2025 and from <= to <= 2025', () => {
    const bad = OFFICE_HOLDERS.filter((h) => !(Number.isInteger(h.from) && h.from >= 1990 && h.from <= 2025
      && (h.to === undefined || (Number.isInteger(h.to) && h.from <= h.to && h.to <= 2025))));
    expect(bad).toEqual([]);
  });

  it('names and aliases are trimmed ASCII', () => {
    const bad = OFFICE_HOLDERS.flatMap((h) => [h.name, ...(h.aliases ?? [])])
      .filter((n) => !ASCII.test(n) || n.trim() !== n || /\s\s/.test(n));
    expect(bad).toEqual([]);
  });

  it('no two rows give the same person the same office of the same country in overlapping years', () => {
    const clashes: string[] = [];
    const byKey = new Map<string, OfficeHolder[]>();
    for (const h of OFFICE_HOLDERS) {
      const key = `${h.name}|${h.country}|${h.office}|${h.post ?? ''}`;
      for (const o of byKey.get(key) ?? []) {
        // Consecutive terms may share their boundary year only when they are separate terms (a gap between).
        if (h.from < end(o) && o.from < end(h)) clashes.push(`${key} ${o.from}-${o.to ?? ''} / ${h.from}-${h.to ?? ''}`);
        if (h.from === o.from) clashes.push(`${key} twice from ${h.from}`);
      }
      byKey.set(key, [...(byKey.get(key) ?? []), h]);
    }
    expect(clashes).toEqual([]);
  });

  it('at most one row per person, country and office (and cabinet post) is still in office', () => {
    const open = OFFICE_HOLDERS.filter((h) => h.to === undefined).map((h) => `${h.name}|${h.country}|${h.office}|${h.post ?? ''}`);
    expect(open.filter((k, i) => open.indexOf(k) !== i)).toEqual([]);
  });

  it('no row is written twice', () => {
    const keys = OFFICE_HOLDERS.map((h) => `${h.name}|${h.country}|${h.office}|${h.post ?? ''}|${h.from}|${h.to ?? ''}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it("only the catch-all 'minister' names a post, and every one of its rows does", () => {
    expect(OFFICE_HOLDERS.filter((h) => (h.office === 'minister') !== !!h.post?.trim())).toEqual([]);
  });
});

describe('office holders: spot checks', () => {
  const holds = (name: string, country: string, office: string, year: number): boolean =>
    OFFICE_HOLDERS.some((h) => (h.name === name || h.aliases?.includes(name)) && h.country === country
      && h.office === office && h.from <= year && year <= end(h));

  it.each([
    ['Nicolas Maduro', 'VE', 'president', 2020],
    ['Recep Tayyip Erdogan', 'TR', 'president', 2018],
    ['Recep Tayyip Erdogan', 'TR', 'prime minister', 2010],
    ['Angela Merkel', 'DE', 'chancellor', 2015],
    ['Ali Khamenei', 'IR', 'supreme leader', 2000],
    ['Sergei Lavrov', 'RU', 'foreign minister', 2022],
    ['Lula', 'BR', 'president', 2005],
    ['Nelson Mandela', 'ZA', 'president', 1995],
    ['Charles III', 'GB', 'monarch', 2023],
    ['Charles III', 'CA', 'monarch', 2023],
    ['Mohammed bin Salman', 'SA', 'crown prince', 2020],
    ['Janet Yellen', 'US', 'finance minister', 2022],
    ['Volodymyr Zelensky', 'UA', 'president', 2022],
  ])('%s held the office of %s in %s (%s, %i)', (name, country, office, year) => {
    expect(holds(name, country, office, year)).toBe(true);
  });

  it.each([
    ['Vladimir Putin', 'RU', 'president', 2010], // Medvedev's term: Putin was prime minister
    ['Donald Trump', 'US', 'president', 2022],
    ['Angela Merkel', 'DE', 'chancellor', 2023],
  ])('%s did not hold %s %s in %i', (name, country, office, year) => {
    expect(holds(name, country, office, year)).toBe(false);
  });
});
