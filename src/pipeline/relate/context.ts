// What an article is about, as far as roles need it: the country its dateline
// places it in ("PARIS (Reuters) -" -> France), or else the country it names most.
// "President Emmanuel Macron" with no country of his own is read against it
// (basis "context", lower confidence). The dateline also states where its city
// lies ("TUCSON, Ariz." -> Tucson located in Arizona).
import type { Entity, EntityType, Segmented } from '../../types.ts';
import type { Emit } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import type { SentenceUnits } from './units.ts';
import { titleCase, type Dateline } from './dateline.ts';
import { PLACE_TYPES } from './classes.ts';

export interface ArticleContext {
  /** Entity id of the article's country. */
  country: string;
  /**
   * Where it came from, and the sentence that says so (the dateline's), if any: `sentence-scene` the place the title's
   * sentence opens in or a visitor meets the title in, `sentence-speaker` what the title's own sentence says of a country,
   * `sentence-subject` the subject of the clause the title's is subordinate to, `subject-office` the country of an office
   * the article gave the person whose relative clause holds the title.
   */
  from: 'dateline' | 'dominant' | 'sentence-before' | 'sentence-scene' | 'sentence-speaker' | 'sentence-subject' | 'subject-office';
  sentence?: number;
}

/** An entity for a gazetteer place: the article's own (same id or same name), or a mention-less one. */
export type PlaceEntity = (id: string, name: string, type: EntityType) => string;

/**
 * Names of seats of power and national institutions that news uses for their country's government, and the
 * country they stand for (ISO code). Words of more than one token are matched by their last word only when
 * it is unambiguous ("Commons", "Whitehall").
 */
const SEATS_OF_POWER = new Map<string, string>([
  ['westminster', 'United Kingdom'], ['whitehall', 'United Kingdom'], ['commons', 'United Kingdom'], ['tories', 'United Kingdom'],
  ['mps', 'United Kingdom'], ['kremlin', 'Russia'], ['duma', 'Russia'], ['pentagon', 'United States'], ['elysee', 'France'],
  ['élysée', 'France'], ['bundestag', 'Germany'], ['knesset', 'Israel'],
]);

/** Does the country name at unit k modify the noun after it ("the Iraq war")? */
export function namesModifiedNoun(units: readonly { entity?: string; text: string; metonymy?: string }[], k: number): boolean {
  const u = units[k], next = units[k + 1];
  return !!u && !!next && !next.entity && u.metonymy !== 'demonym' && NOUN_AFTER_NAME.test(next.text);
}

/** Nouns a country's name modifies in news ("the Iraq war", "the Iran deal", "Ukraine crisis"). */
const NOUN_AFTER_NAME = /^(?:war|wars|conflict|crisis|deal|policy|policies|invasion|question|issue|talks|summit|border|programme|program|strategy|inquiry|dossier|mission|operation|campaign|file|case|affair|row|dispute|team|squad|match|game|market|economy)$/;

/** Cities where international bodies meet: a story filed there is seldom about the host country. */
const VENUE_CITIES = new Set(['brussels', 'luxembourg', 'strasbourg', 'geneva', 'the hague', 'vienna', 'united nations', 'new york', 'davos']);

/** A country is the article's subject when named at least this often and more than any other. */
const DOMINANT_MIN_MENTIONS = 3;

export function articleContext(
  seg: Segmented,
  dateline: Dateline | undefined,
  sentences: SentenceUnits[],
  entities: Map<string, Entity>,
  knowledge: Knowledge,
  placeEntity: PlaceEntity,
  emit: Emit,
): ArticleContext | undefined {
  const fromDateline = dateline && readDateline(dateline, sentences, entities, knowledge, placeEntity, emit);
  // The country the article names most, by name, capital or nationality word ("the German government"),
  // when one clearly leads: named at least three times and more than any other, or twice and at least
  // twice as often as any other.
  const counts = new Map<string, number>();
  // Countries named other than as where something happens ("talks in South Africa")
  const acting = new Set<string>();
  for (const su of sentences) {
    const us = su.units;
    for (let k = 0; k < us.length; k++) {
      const u = us[k]!;
      if (!u.entity || u.partial || entities.get(u.entity)?.type !== 'country') continue;
      // ("his handling of the Iraq war", "the Iran deal": a name modifying a noun says what the noun is about, not
      // where the story stands; a BBC piece on Westminster is not about Iraq)
      if (namesModifiedNoun(us, k)) continue;
      counts.set(u.entity, (counts.get(u.entity) ?? 0) + 1);
      // (the dateline's own place, "PRAIA, Cape Verde (AP) -", says where the story was filed, not what it is about)
      if (su.sentence.heading || (dateline && su.sentence.index === dateline.sentence && u.start < (dateline.within ?? dateline.place).end)) continue;
      if (!/^(?:in|at|to|from|into|inside)$/.test(us[k - 1]?.lower ?? '') && !(us[k - 1]?.lower === 'the' && /^(?:in|at|to|from)$/.test(us[k - 2]?.lower ?? ''))) acting.add(u.entity);
    }
  }
  // Seats and institutions that stand for their country ("Downing Street", "the Kremlin", "MPs at Westminster"):
  // each counts as naming it, so a Westminster story without the word "Britain" still has its country.
  for (const su of sentences) {
    if (su.sentence.heading) continue;
    for (const u of su.units) {
      const country = SEATS_OF_POWER.get(u.text.toLowerCase());
      const place = country ? knowledge.place?.(country) : undefined;
      if (!place || place.type !== 'country') continue;
      // (placeEntity gives the article's own entity of that place when there is one)
      const id = placeEntity(place.id, place.name, 'country');
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  let top = 0, second = 0;
  for (const [id, n] of counts) {
    if (n > top) { second = top; top = n; best = id; } else if (n > second) second = n;
  }
  const leads = (top >= DOMINANT_MIN_MENTIONS && top > second) || (top >= 2 && top >= 2 * second);
  // ("TAIPEI/NEW DELHI (Reuters) -": a story filed from two places is about the country it names most, when that is
  // one of theirs; else neither place tells)
  if (fromDateline && dateline?.alsoFrom) {
    const second = readDateline({ sentence: dateline.sentence, place: dateline.alsoFrom }, sentences, entities, knowledge, placeEntity, () => {});
    const theirs = [fromDateline.country, second?.country];
    return best && leads && theirs.includes(best) ? { country: best, from: 'dominant' } : undefined;
  }
  if (fromDateline) {
    // ("LUXEMBOURG 1996-08-30 - EU farm ministers ... British beef ... Prime Minister John Major": a story filed from
    // a city that hosts international bodies is about the country it names most, when one clearly leads)
    // ("PRETORIA (Reuters) - Ethiopia and Tigray forces agreed ... after talks": a story filed from a country the body
    // names only as where things happen, or not at all, is about the country it names most, when one clearly leads
    // with three mentions)
    const venue = (dateline && VENUE_CITIES.has(titleCase(dateline.place.text).toLowerCase()))
      || (!acting.has(fromDateline.country) && top >= DOMINANT_MIN_MENTIONS);
    if (venue && best && best !== fromDateline.country && leads && top > (counts.get(fromDateline.country) ?? 0)) return { country: best, from: 'dominant' };
    return fromDateline;
  }
  if (best && leads) return { country: best, from: 'dominant' };
  return undefined;
}

function readDateline(
  d: Dateline,
  sentences: SentenceUnits[],
  entities: Map<string, Entity>,
  knowledge: Knowledge,
  placeEntity: PlaceEntity,
  emit: Emit,
): ArticleContext | undefined {
  const units = sentences[d.sentence]?.units ?? [];
  // The recogniser's own entity for the written place, when it typed it as a place.
  const written = (span: { start: number; end: number }) => {
    const u = units.find((x) => x.entity && !x.partial && x.start < span.end && span.start < x.end);
    const e = u && entities.get(u.entity!);
    return e && PLACE_TYPES.has(e.type) ? e : undefined;
  };
  let within: { id: string; gazetteerId?: string; type: EntityType } | undefined;
  if (d.within && d.withinName) {
    const e = written(d.within);
    const p = !e || !e.gazetteerId ? knowledge.place?.(d.withinName) : undefined;
    if (e) within = { id: e.id, gazetteerId: e.gazetteerId, type: e.type };
    else if (p && (p.type === 'country' || p.type === 'region')) within = { id: placeEntity(p.id, p.name, p.type), gazetteerId: p.id, type: p.type };
  }
  const cityEntity = written(d.place);
  const p = cityEntity?.gazetteerId ? undefined : knowledge.place?.(titleCase(d.place.text), within?.gazetteerId);
  let city: { id: string; gazetteerId?: string; type: EntityType } | undefined;
  // The recogniser's entity, with the gazetteer's id for it when it has none of its own.
  if (cityEntity) city = { id: cityEntity.id, gazetteerId: cityEntity.gazetteerId ?? (p?.type === cityEntity.type ? p.id : undefined), type: cityEntity.type };
  else if (p && PLACE_TYPES.has(p.type ?? 'other')) city = { id: placeEntity(p.id, p.name, p.type!), gazetteerId: p.id, type: p.type! };
  if (!city) return undefined;
  if (within && within.id !== city.id && city.type !== 'country') {
    emit({ source: city.id, target: within.id, kind: 'location', predicate: 'located in', cameo: null, confidence: 0.85, sentences: [d.sentence], rule: 'location-dateline' });
  }
  // The article's country: the qualifier when it is one, else the country holding the qualifier or the city.
  if (within?.type === 'country') return { country: within.id, from: 'dateline', sentence: d.sentence };
  if (city.type === 'country') return { country: city.id, from: 'dateline', sentence: d.sentence };
  const gid = within?.gazetteerId ?? city.gazetteerId;
  const countryId = gid ? knowledge.containers(gid).find((c) => c.startsWith('country:')) : undefined;
  if (!countryId) return undefined;
  const name = knowledge.place?.(countryId)?.name;
  const existing = [...entities.values()].find((e) => e.gazetteerId === countryId);
  const country = existing?.id ?? (name ? placeEntity(countryId, name, 'country') : undefined);
  return country ? { country, from: 'dateline', sentence: d.sentence } : undefined;
}
