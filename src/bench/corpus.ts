// Synthetic news at any size, from a seed: sentences from templates filled with
// real country names, demonyms and capitals (world-countries) and invented people.
// Used by the scale benchmarks; the same seed always gives the same corpus.
import fs from 'node:fs';
import path from 'node:path';
import worldCountries from 'world-countries';
import { seededRandom } from '../graph/layout.ts';

const GIVEN = [
  'Anna', 'Pavel', 'Maria', 'Ahmed', 'Li', 'Kenji', 'Olga', 'Juan', 'Fatima', 'David', 'Elena', 'Sergei', 'Amara', 'Hiroshi',
  'Lucia', 'Omar', 'Ingrid', 'Rahul', 'Chen', 'Sofia', 'Mikhail', 'Aisha', 'Pierre', 'Hannah', 'Tomasz', 'Nadia', 'Kwame',
  'Yusuf', 'Camila', 'Lars', 'Priya', 'Mateo', 'Leila', 'Viktor', 'Grace', 'Ibrahim', 'Marta', 'Diego', 'Yuki', 'Samuel',
];
const FAMILY = [
  'Kovalenko', 'Petrov', 'Haddad', 'Wang', 'Tanaka', 'Garcia', 'Okafor', 'Schmidt', 'Rossi', 'Novak', 'Khan', 'Silva',
  'Dubois', 'Nielsen', 'Mensah', 'Ivanova', 'Sharma', 'Kim', 'Moreau', 'Lindqvist', 'Mendes', 'Costa', 'Nowak', 'Popescu',
  'Abebe', 'Yilmaz', 'Romero', 'Sato', 'Fischer', 'Horvat', 'Bakr', 'Nakamura', 'Owusu', 'Jansen', 'Kowalski', 'Adeyemi',
];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'ambassador', 'Finance Minister'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Country { name: string; demonym: string; capital: string }

const COUNTRIES: Country[] = (worldCountries as Array<{ name: { common: string }; demonyms?: { eng?: { m: string } }; capital?: string[]; independent?: boolean }>)
  .filter((c) => c.independent && c.demonyms?.eng?.m && c.capital?.[0])
  .map((c) => ({ name: c.name.common, demonym: c.demonyms!.eng!.m, capital: c.capital![0]! }))
  .sort((a, b) => a.name.localeCompare(b.name));

type Filler = { A: Country; B: Country; P: string; Q: string; T: string; D: string };

const TEMPLATES: Array<(f: Filler) => string> = [
  (f) => `${f.A.name} condemned ${f.B.name} on ${f.D} after talks in ${f.A.capital} collapsed.`,
  (f) => `${f.A.demonym} ${f.T} ${f.P} met ${f.B.demonym} officials in ${f.B.capital} on ${f.D}.`,
  (f) => `${f.B.name} was accused by ${f.A.name} of violating the ceasefire, ${f.Q} said.`,
  (f) => `${f.P}, the ${f.T.toLowerCase()} of ${f.A.name}, said the government would not recognize the vote.`,
  (f) => `${f.A.name} imposed sanctions on ${f.B.name} over the dispute, according to ${f.Q}.`,
  (f) => `Officials in ${f.A.capital} said ${f.A.name} had signed a trade agreement with ${f.B.name}.`,
  (f) => `${f.B.name}'s ${f.T.toLowerCase()}, ${f.Q}, rejected the accusations and called for calm.`,
  (f) => `The talks between ${f.A.name} and ${f.B.name} are expected to resume next week in ${f.B.capital}.`,
  (f) => `${f.A.name} severed diplomatic ties with ${f.B.name} on ${f.D}, the foreign ministry said.`,
  (f) => `Analysts said the decision could strain relations between ${f.A.demonym} and ${f.B.demonym} companies.`,
];

export interface SyntheticArticle { name: string; text: string }

export function generateArticle(index: number, seed = 1): SyntheticArticle {
  const rnd = seededRandom(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  // Each article is about a small cast, so entities repeat within it as in real news.
  const cast = { A: pick(COUNTRIES), B: pick(COUNTRIES), P: person(), Q: person() };
  const sentences: string[] = [];
  const n = 12 + Math.floor(rnd() * 12);
  for (let i = 0; i < n; i++) {
    const f: Filler = { ...cast, T: pick(TITLES), D: pick(DAYS) };
    if (rnd() < 0.3) f.B = pick(COUNTRIES);
    sentences.push(pick(TEMPLATES)(f));
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
  const title = `${cast.A.name} and ${cast.B.name} at odds over ${pick(['trade', 'border', 'sanctions', 'elections', 'energy'])}`;
  return { name: `synthetic-${String(index).padStart(6, '0')}.txt`, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
}

export function* generateCorpus(count: number, seed = 1): Generator<SyntheticArticle> {
  for (let i = 0; i < count; i++) yield generateArticle(i, seed);
}

/** Write `count` articles of the corpus into `dir` as .txt files (the benchmarks ingest them). */
export function writeSyntheticCorpus(dir: string, count: number, seed = 1): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const a of generateCorpus(count, seed)) fs.writeFileSync(path.join(dir, a.name), a.text);
}
