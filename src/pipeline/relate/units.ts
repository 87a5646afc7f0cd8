// A sentence as the relation patterns see it: a list of units, each either one
// token or one whole mention ("North Korea" is one unit). Working on units lets
// every pattern say "the entity right after 'of'" without caring how many
// tokens a name has.
import type { EntityType, ResolvedMention, Segmented, Sentence } from '../../types.ts';
import type { Knowledge, KnownPlace } from './knowledge.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from './data/titles.ts';

export interface Unit {
  /** Position in the sentence's unit list. */
  i: number;
  text: string;
  lower: string;
  /** Character offsets into the article text. */
  start: number;
  end: number;
  /** Entity id when the unit is a mention. */
  entity?: string;
  type?: EntityType;
  /** The mention stands for a country through a demonym or capital. */
  metonymy?: 'capital-as-state' | 'demonym';
  /** The mention is only part of a token ("pro-Russian"): never an argument, only co-occurrence. */
  partial?: boolean;
}

export interface SentenceUnits {
  sentence: Sentence;
  units: Unit[];
}

const AFFIXED = /^(?:pro|anti|non|ex|post|pre)[-‐]/i;
const TITLE_WORDS = new Set([...TITLE_HEADS.map((h) => h.word), ...TITLE_MODIFIERS.words]);

/** Split each sentence into units. `entityType` gives the type of an entity id. */
export function buildUnits(
  seg: Segmented,
  mentions: ResolvedMention[],
  entityType: (id: string) => EntityType | undefined,
  knowledge: Knowledge,
): SentenceUnits[] {
  const bySentence = new Map<number, ResolvedMention[]>();
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = seg.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (seg.sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const s = seg.sentences[lo];
    return s && s.start <= offset ? s : undefined;
  };
  for (const m of mentions) {
    const found = sentenceAt(m.start);
    const s = (found && m.end <= found.end ? found : undefined) ?? seg.sentences[m.sentence];
    if (!s) continue;
    const list = bySentence.get(s.index);
    if (list) list.push(m);
    else bySentence.set(s.index, [m]);
  }
  const tokens = seg.tokens;
  const text = seg.article.text;
  const out: SentenceUnits[] = new Array(seg.sentences.length);
  for (let si = 0; si < seg.sentences.length; si++) {
    const sentence = seg.sentences[si]!;
    const units: Unit[] = [];
    const ms = bySentence.get(sentence.index);
    const from = sentence.tokenStart;
    const to = Math.min(sentence.tokenEnd, tokens.length);
    if (!ms) {
      for (let t = from; t < to; t++) units.push(plain(units.length, tokens[t]!));
      out[si] = { sentence, units };
      continue;
    }
    ms.sort((a, b) => a.start - b.start || b.end - a.end);
    let t = from;
    // Mentions ending before the token can hold neither it nor any later token: they are skipped for
    // good, so a sentence listing hundreds of names is read in one pass, not once per token.
    let live = 0;
    while (t < to) {
      const tok = tokens[t]!;
      while (live < ms.length && ms[live]!.end <= tok.start) live++;
      // The mentions are sorted by start: none after the first one starting past the token can hold it.
      let inside: ResolvedMention | undefined;
      for (let k = live; k < ms.length && ms[k]!.start <= tok.start; k++) if (tok.end <= ms[k]!.end) { inside = ms[k]; break; }
      if (inside) {
        let e = t;
        while (e + 1 < to && tokens[e + 1]!.end <= inside.end) e++;
        // Leading title words or demonyms inside a person mention ("Foreign Minister Dmytro Kuleba")
        // become plain units so the role patterns can read them.
        let lead = t;
        if (inside.type === 'person') {
          while (lead < e && (TITLE_WORDS.has(tokens[lead]!.text.toLowerCase()) || knowledge.demonym(tokens[lead]!.text))) lead++;
        }
        for (let k = t; k < lead; k++) units.push(plain(units.length, tokens[k]!));
        const first = tokens[lead]!;
        const last = tokens[e]!;
        const surface = text.slice(first.start, last.end);
        units.push(makeUnit(
          units.length, surface, surface.toLowerCase(), first.start, last.end,
          inside.entity, entityType(inside.entity) ?? inside.type, inside.metonymy || undefined,
          // "pro-Russian", "anti-Western": an attitude towards the entity, never the entity acting.
          AFFIXED.test(surface) || undefined,
        ));
        t = e + 1;
        continue;
      }
      let part: ResolvedMention | undefined;
      for (let k = live; k < ms.length && ms[k]!.start < tok.end; k++) if (tok.start < ms[k]!.end) { part = ms[k]; break; }
      const unit = plain(units.length, tok);
      if (part) {
        unit.entity = part.entity;
        unit.type = entityType(part.entity) ?? part.type;
        unit.partial = true;
      }
      units.push(unit);
      t++;
    }
    out[si] = { sentence, units: withoutAges(units) };
  }
  return out;
}

/**
 * "Paul Watson, 74, a Canadian-American who founded ...", "Smith, 45, said": a person's age in commas says nothing the
 * patterns read and stands between the name and its apposition or verb; its comma and number are left out of the
 * units (the second comma stays), and the units are numbered again.
 */
function withoutAges(units: Unit[]): Unit[] {
  let any = false;
  for (let k = 0; k + 3 < units.length && !any; k++) any = isAgeAt(units, k);
  if (!any) return units;
  const out: Unit[] = [];
  for (let k = 0; k < units.length; k++) {
    out.push(units[k]!);
    if (isAgeAt(units, k)) k += 2;
  }
  out.forEach((x, n) => { x.i = n; });
  return out;
}

function isAgeAt(u: readonly Unit[], k: number): boolean {
  const age = u[k + 2]?.text ?? '';
  // (not before "of": "Marie Ferraro, 50, of Bethany" is read with its age, affiliation.ts)
  return u[k]!.type === 'person' && !!u[k]!.entity && !u[k]!.partial && u[k + 1]?.text === ',' && /^\d{1,3}$/.test(age) && Number(age) <= 120 && u[k + 3]?.text === ',' && u[k + 4]?.lower !== 'of';
}

function plain(i: number, tok: { start: number; end: number; text: string }): Unit {
  return makeUnit(i, tok.text, tok.text.toLowerCase(), tok.start, tok.end, undefined, undefined, undefined, undefined);
}

/** Every unit gets every field, in one order: one object shape keeps the pattern code fast. */
function makeUnit(
  i: number, text: string, lower: string, start: number, end: number,
  entity: string | undefined, type: EntityType | undefined, metonymy: Unit['metonymy'], partial: boolean | undefined,
): Unit {
  return { i, text, lower, start, end, entity, type, metonymy, partial };
}

/**
 * Give demonyms the recogniser left unlinked ("Ukrainian officials", "North Korean media") the
 * country entity, when that country is in the article. Plural forms ("Ukrainians") name people,
 * not the state, and are left alone.
 */
export function linkDemonyms(sentences: SentenceUnits[], knowledge: Knowledge, countryEntity: (gazetteerId: string, name: string) => string | undefined): void {
  // Two-word candidates asked by their words, so no string is built for a pair already asked about.
  const pairs = new Map<string, Map<string, KnownPlace | undefined>>();
  const pairDemonym = (a: string, b: string) => {
    let inner = pairs.get(a);
    if (!inner) pairs.set(a, (inner = new Map()));
    let hit = inner.get(b);
    if (hit === undefined && !inner.has(b)) { hit = knowledge.demonym(`${a} ${b}`); inner.set(b, hit); }
    return hit;
  };
  for (const su of sentences) {
    const units = su.units;
    // Built only once a unit changes; most sentences have no unlinked demonym.
    let out: Unit[] | undefined;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (!u.entity && startsUpperAscii(u.text)) {
        const next = units[k + 1];
        // two-word demonyms first: "North Korean", "South African"
        const pair = next && !next.entity && startsUpperAscii(next.text) ? pairDemonym(u.text, next.text) : undefined;
        const c = pair ?? knowledge.demonym(u.text);
        if (c) {
          const plural = /s$/i.test(pair ? next!.text : u.text) && !!knowledge.demonym((pair ? `${u.text} ${next!.text}` : u.text).slice(0, -1));
          const id = plural ? undefined : countryEntity(c.id, c.name);
          if (id) {
            out ??= units.slice(0, k);
            const last = pair ? next! : u;
            out.push(makeUnit(u.i, `${u.text}${pair ? ' ' + next!.text : ''}`, `${u.lower}${pair ? ' ' + next!.lower : ''}`, u.start, last.end, id, 'country', 'demonym', u.partial));
            if (pair) k++;
            continue;
          }
        }
      }
      out?.push(u);
    }
    if (!out) continue;
    out.forEach((u, i) => { u.i = i; });
    su.units = out;
  }
}

/** The first character is A-Z (as /^[A-Z]/). */
function startsUpperAscii(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Capitalised words that are dates far more often than names ("May", "August"). */
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Entity types whose names are safe to find again by exact spelling. */
const RELINKABLE = new Set<EntityType>(['country', 'region', 'city', 'location', 'person']);
/** Words after a sentence-opening one-word name that make it the subject: auxiliaries and reporting verbs. */
const CLAUSE_OPENERS = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'said', 'says', 'announced', 'confirmed', 'denied']);
const ORG_ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,6}$/u;

/**
 * Names of entities the article already has, written again where the recogniser found no mention
 * ("Donetsk rebels launched ..." after "Donetsk" was recognised elsewhere). Exact, capitalised,
 * whole-token matches only; organisations are left out because their names are often common
 * words ("Independent").
 */
export function linkKnownNames(sentences: SentenceUnits[], entities: Iterable<{ id: string; name: string; aliases: string[]; type: EntityType }>): void {
  const byName = new Map<string, { id: string; type: EntityType }>();
  let lower: Set<string> | undefined;
  /** One-word organisation names: re-found only inside a sentence, where a capital is not forced ("Independent officials"). */
  const loneWords = new Set<string>();
  /** Words the article writes in lower case (read once, when a one-word organisation asks). */
  const lowerWords = () => {
    if (!lower) {
      lower = new Set();
      for (const su of sentences) for (const x of su.units) if (!x.entity && /^\p{Ll}/u.test(x.text)) lower.add(x.lower);
    }
    return lower;
  };
  let longest = 1;
  const add = (e: { id: string; type: EntityType }, n: string) => {
    if (!/^\p{Lu}/u.test(n) || CALENDAR_WORDS.has(n.toLowerCase())) return;
    const key = /\s/.test(n) ? n.split(/\s+/).join(' ') : n;
    if (!byName.has(key)) byName.set(key, { id: e.id, type: e.type });
    let words = 1;
    for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) words++;
    if (words > longest) longest = words;
  };
  for (const e of entities) {
    if (RELINKABLE.has(e.type)) {
      add(e, e.name);
      for (const n of e.aliases) add(e, n);
    } else if (e.type === 'organization') {
      // an organisation's name of several words or an acronym ("Marathon Oil", "NATO"), or a lone word the
      // article never writes in lower case ("Arsenal"; not "Shell" in an article about shell companies)
      for (const n of [e.name, ...e.aliases]) {
        if (/\s/.test(n) || ORG_ACRONYM.test(n)) add(e, n);
        else if (!lowerWords().has(n.toLowerCase())) { add(e, n); loneWords.add(n); }
      }
    }
  }
  if (!byName.size) return;
  // Every word-boundary prefix of a name: a unit whose text is not one cannot start a match.
  const starts = new Set<string>();
  for (const key of byName.keys()) {
    for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) starts.add(key.slice(0, p));
    starts.add(key);
  }
  for (const su of sentences) {
    const units = su.units;
    // Built only once a unit changes; most sentences repeat no name the recogniser missed.
    let out: Unit[] | undefined;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      let hit: { id: string; type: EntityType } | undefined;
      let span = 0;
      if (!u.entity && starts.has(u.text) && /^\p{Lu}/u.test(u.text)) {
        // The longest run of plain units whose words spell a name; a run stops at a unit with an entity
        // or once its words are no longer the start of any name.
        let text = u.text;
        for (let n = 1; n <= longest && k + n <= units.length; n++) {
          if (n > 1) {
            const next = units[k + n - 1]!;
            if (next.entity) break;
            text = `${text} ${next.text}`;
            if (!starts.has(text)) break;
          }
          const h = byName.get(text);
          // at a sentence's start only as the subject of an auxiliary or a reporting verb ("Arsenal have signed")
          if (h && !(k === 0 && loneWords.has(text) && !CLAUSE_OPENERS.has(units[k + 1]?.lower ?? ''))) { hit = h; span = n; }
        }
      }
      if (hit) {
        out ??= units.slice(0, k);
        const last = units[k + span - 1]!;
        const text = units.slice(k, k + span).map((p) => p.text).join(' ');
        out.push(makeUnit(u.i, text, text.toLowerCase(), u.start, last.end, hit.id, hit.type, u.metonymy, u.partial));
        k += span - 1;
        continue;
      }
      out?.push(u);
    }
    if (!out) continue;
    out.forEach((x, i) => { x.i = i; });
    su.units = out;
  }
}
