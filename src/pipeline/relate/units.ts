// A sentence as the relation patterns see it: a list of units, each either one
// token or one whole mention ("North Korea" is one unit). Working on units lets
// every pattern say "the entity right after 'of'" without caring how many
// tokens a name has.
import type { EntityType, ResolvedMention, Segmented, Sentence } from '../../types.ts';
import type { Knowledge } from './knowledge.ts';
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
    const list = bySentence.get(s.index) ?? [];
    list.push(m);
    bySentence.set(s.index, list);
  }
  return seg.sentences.map((sentence) => {
    const ms = (bySentence.get(sentence.index) ?? []).slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const units: Unit[] = [];
    const tokens = seg.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    let t = 0;
    while (t < tokens.length) {
      const tok = tokens[t]!;
      const inside = ms.find((m) => m.start <= tok.start && tok.end <= m.end);
      if (inside) {
        let e = t;
        while (e + 1 < tokens.length && tokens[e + 1]!.end <= inside.end) e++;
        const span = tokens.slice(t, e + 1);
        // Leading title words or demonyms inside a person mention ("Foreign Minister Dmytro Kuleba")
        // become plain units so the role patterns can read them.
        let lead = 0;
        if (inside.type === 'person') {
          while (lead < span.length - 1 && (TITLE_WORDS.has(span[lead]!.text.toLowerCase()) || knowledge.demonym(span[lead]!.text))) lead++;
        }
        for (let k = 0; k < lead; k++) units.push(plain(units.length, span[k]!));
        const first = span[lead]!;
        const last = span[span.length - 1]!;
        const text = seg.article.text.slice(first.start, last.end);
        units.push({
          i: units.length,
          text,
          lower: text.toLowerCase(),
          start: first.start,
          end: last.end,
          entity: inside.entity,
          type: entityType(inside.entity) ?? inside.type,
          ...(inside.metonymy ? { metonymy: inside.metonymy } : {}),
          // "pro-Russian", "anti-Western": an attitude towards the entity, never the entity acting.
          ...(AFFIXED.test(text) ? { partial: true } : {}),
        });
        t = e + 1;
        continue;
      }
      const part = ms.find((m) => m.start < tok.end && tok.start < m.end);
      const unit = plain(units.length, tok);
      if (part) {
        unit.entity = part.entity;
        unit.type = entityType(part.entity) ?? part.type;
        unit.partial = true;
      }
      units.push(unit);
      t++;
    }
    return { sentence, units };
  });
}

function plain(i: number, tok: { start: number; end: number; text: string }): Unit {
  return { i, text: tok.text, lower: tok.text.toLowerCase(), start: tok.start, end: tok.end };
}

/**
 * Give demonyms the recogniser left unlinked ("Ukrainian officials", "North Korean media") the
 * country entity, when that country is in the article. Plural forms ("Ukrainians") name people,
 * not the state, and are left alone.
 */
export function linkDemonyms(sentences: SentenceUnits[], knowledge: Knowledge, countryEntity: (gazetteerId: string, name: string) => string | undefined): void {
  for (const su of sentences) {
    const out: Unit[] = [];
    const units = su.units;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      const next = units[k + 1];
      if (!u.entity && /^[A-Z]/.test(u.text)) {
        // two-word demonyms first: "North Korean", "South African"
        const pair = next && !next.entity && /^[A-Z]/.test(next.text) ? knowledge.demonym(`${u.text} ${next.text}`) : undefined;
        const single = pair ? undefined : knowledge.demonym(u.text);
        const c = pair ?? single;
        const plural = /s$/i.test(pair ? next!.text : u.text) && !!knowledge.demonym((pair ? `${u.text} ${next!.text}` : u.text).slice(0, -1));
        const id = c && !plural ? countryEntity(c.id, c.name) : undefined;
        if (id) {
          const last = pair ? next! : u;
          out.push({ ...u, text: `${u.text}${pair ? ' ' + next!.text : ''}`, lower: `${u.lower}${pair ? ' ' + next!.lower : ''}`, end: last.end, entity: id, type: 'country', metonymy: 'demonym' });
          if (pair) k++;
          continue;
        }
      }
      out.push(u);
    }
    out.forEach((u, i) => { u.i = i; });
    su.units = out;
  }
}

/** Capitalised words that are dates far more often than names ("May", "August"). */
const CALENDAR_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Entity types whose names are safe to find again by exact spelling. */
const RELINKABLE = new Set<EntityType>(['country', 'region', 'city', 'location', 'person']);

/**
 * Names of entities the article already has, written again where the recogniser found no mention
 * ("Donetsk rebels launched ..." after "Donetsk" was recognised elsewhere). Exact, capitalised,
 * whole-token matches only; organisations are left out because their names are often common
 * words ("Independent").
 */
export function linkKnownNames(sentences: SentenceUnits[], entities: Iterable<{ id: string; name: string; aliases: string[]; type: EntityType }>): void {
  const byName = new Map<string, { id: string; type: EntityType }>();
  let longest = 1;
  for (const e of entities) {
    if (!RELINKABLE.has(e.type)) continue;
    for (const n of [e.name, ...e.aliases]) {
      if (!/^\p{Lu}/u.test(n) || CALENDAR_WORDS.has(n.toLowerCase())) continue;
      const key = n.split(/\s+/).join(' ');
      if (!byName.has(key)) byName.set(key, { id: e.id, type: e.type });
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  if (!byName.size) return;
  for (const su of sentences) {
    const out: Unit[] = [];
    const units = su.units;
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      let hit: { id: string; type: EntityType } | undefined;
      let span = 0;
      if (!u.entity && /^\p{Lu}/u.test(u.text)) {
        for (let n = Math.min(longest, units.length - k); n >= 1 && !hit; n--) {
          const parts = units.slice(k, k + n);
          if (parts.some((p) => p.entity)) continue;
          const h = byName.get(parts.map((p) => p.text).join(' '));
          if (h) { hit = h; span = n; }
        }
      }
      if (hit) {
        const last = units[k + span - 1]!;
        const text = units.slice(k, k + span).map((p) => p.text).join(' ');
        out.push({ ...u, text, lower: text.toLowerCase(), end: last.end, entity: hit.id, type: hit.type });
        k += span - 1;
        continue;
      }
      out.push(u);
    }
    out.forEach((x, i) => { x.i = i; });
    su.units = out;
  }
}
