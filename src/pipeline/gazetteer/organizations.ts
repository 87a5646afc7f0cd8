// Organisations the gazetteer knows by name or acronym ("EU" = "European Union").
import type { GazetteerEntry } from '../../types.ts';
import { CORPORATE_SUFFIXES, ORGANIZATIONS } from './data/organizations.ts';
import { COMPANIES } from './data/companies.ts';
import { nameKey } from './normalize.ts';
import { makeEntry } from './places.ts';

let byAcronym: Map<string, GazetteerEntry> | undefined;
let byKey: Map<string, GazetteerEntry> | undefined;
let byId: Map<string, GazetteerEntry> | undefined;
/** Every leading run of words of a multi-word name key, with its trailing space ("world health "). */
let prefixes: Set<string> | undefined;
/** Answers by exact input: recognition asks about the same names again and again. */
const answers = new Map<string, GazetteerEntry | null>();
const MAX_ANSWERS = 50_000;

/** British and American spellings of words in organisations' names, compared as one ("Organisation for Security and Co-operation"). */
const SPELLINGS: Array<[RegExp, string]> = [
  [/\borganisation(s?)\b/g, 'organization$1'], [/\bco operation\b/g, 'cooperation'], [/\bcentre(s?)\b/g, 'center$1'],
  [/\bdefence\b/g, 'defense'], [/\bprogramme(s?)\b/g, 'program$1'], [/\blabour\b/g, 'labor'],
];
/** A name key with British spellings in their American form. */
function spellingKey(key: string): string {
  let k = key;
  for (const [re, to] of SPELLINGS) k = k.replace(re, to);
  return k;
}

function build() {
  byAcronym = new Map();
  byKey = new Map();
  prefixes = new Set();
  byId = new Map();
  for (const o of [...ORGANIZATIONS, ...COMPANIES]) {
    const entry = makeEntry(`org:${o.slug}`, o.name, 'organization');
    byId.set(entry.id, entry);
    for (const n of [o.name, ...o.alternates]) {
      // Acronyms match only as written: "WHO" is the organisation, "Who" is not.
      if (isAcronym(n)) byAcronym.set(n.replace(/\./g, ''), entry);
      else byKey.set(spellingKey(nameKey(n)), entry);
    }
  }
  for (const key of byKey.keys()) for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) prefixes.add(key.slice(0, p + 1));
}

/** All capitals (with optional periods, digits, +): "EU", "U.N.", "G7", "OPEC+". */
export function isAcronym(s: string): boolean {
  // every form starts with two of: a capital, then a capital, period, digit or "+" ("Reuters" is refused here)
  const first = s.charCodeAt(0);
  const second = s.charCodeAt(1);
  if (!(first >= 65 && first <= 90) || !((second >= 65 && second <= 90) || (second >= 48 && second <= 57) || second === 46 || second === 43)) return false;
  return /^(?:[A-Z]\.?){2,}[0-9+]*$|^[A-Z]+[0-9]+$|^[A-Z][A-Z0-9]*[A-Z0-9+]$/.test(s) && /[A-Z]/.test(s) && s.replace(/[^A-Za-z]/g, '').length >= 2 && s === s.toUpperCase();
}

export function lookupOrganization(name: string): GazetteerEntry | undefined {
  let hit = answers.get(name);
  if (hit === undefined) {
    hit = findOrganization(name) ?? null;
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(name, hit);
  }
  return hit ?? undefined;
}

function findOrganization(name: string): GazetteerEntry | undefined {
  if (!byKey) build();
  const trimmed = name.trim();
  if (isAcronym(trimmed)) return byAcronym!.get(trimmed.replace(/\./g, ''));
  let k = spellingKey(nameKey(trimmed));
  const hit = byKey!.get(k);
  if (hit) return hit;
  if (k.startsWith('the ')) k = k.slice(4);
  // "Microsoft Corp" is the Microsoft the list knows
  return byKey!.get(k) ?? byKey!.get(spellingKey(organizationCore(trimmed))) ?? writtenApart(k);
}

/** "Arcelor Mittal" for the listed "ArcelorMittal": a name of two or three words that the list writes as one. */
function writtenApart(key: string): GazetteerEntry | undefined {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3 || words.some((w) => w.length < 3)) return undefined;
  return byKey!.get(words.join(''));
}

/**
 * A company's name without its legal form ("Microsoft Corp" -> "microsoft", "Daimler-Benz AG" ->
 * "daimler benz"), as a comparison key. A name that is nothing but such words keeps them.
 */
export function organizationCore(name: string): string {
  let hit = cores.get(name);
  if (hit === undefined) {
    const words = nameKey(name).replace(/&/g, ' ').split(/\s+/).filter(Boolean);
    if (words[0] === 'the' && words.length > 1) words.shift();
    while (words.length > 1 && Object.prototype.hasOwnProperty.call(CORPORATE_SUFFIXES, words[words.length - 1]!)) words.pop();
    hit = words.join(' ');
    if (cores.size >= MAX_ANSWERS) cores.clear();
    cores.set(name, hit);
  }
  return hit;
}

const cores = new Map<string, string>();

/** The listed organisation with this id ("org:nato"). */
export function organizationById(id: string): GazetteerEntry | undefined {
  if (!byId) build();
  return byId!.get(id);
}

/** Is there an organisation name that starts with these words and goes on? */
export function organizationNameContinues(words: string): boolean {
  if (!byKey) build();
  return prefixes!.has(spellingKey(nameKey(words)) + ' ');
}
