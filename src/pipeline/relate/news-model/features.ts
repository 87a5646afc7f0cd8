// The candidates the news model reads and their features. A candidate is two mentions of different entities
// in one prose sentence (as the CoNLL04 classifier reads sentences: classifier/sentences.ts) whose entities the
// rules left without a typed relation in that sentence. A is the first in the text, B the second.
//
// Features are strings (hashed once, see hashed()): the entity types, titles, the words between (bag, first,
// last, the whole short sequence), the words around, distance, the dependency path between the two heads
// (relations, words, length, the common ancestor), the path's top word with its word class and the two ends'
// relations to it, the passive voice, the event trigger and title words on the path, each head's relation,
// case word and governing word, and what the rules already state about the pair elsewhere in the article.
// Modality is read, not learned: a negation or a modal (or a verb of planning) on the path, or hung on it.
//
// No feature holds a name: a word inside a mention is read as its entity type ("<person>"), any other proper
// noun as "<propn>" (a capitalised word as "<cap>" in an unparsed sentence), so what the model learns is the
// grammar and the lexicon around names, never the names of the articles it was trained on.
//
// Anaphor candidates reach across the sentence boundary: a subject pronoun ("he", "she", "it"), a possessive one
// ("his", "its") or a definite description ("the minister", "the company", "the country") stands for the latest entity of its kind named
// before it, in its sentence or the one before; the anaphor is read as a mention of that entity, paired with
// the names of its own sentence, and its features say which anaphor it was and how far back the antecedent is.
import type { Entity } from '../../../types.ts';
import { hashStr } from '../../ner/hash.ts';
import { EVENT_TRIGGERS } from '../data/event-triggers.ts';
import { TITLE_HEAD_WORDS as TITLE_WORDS } from '../data/titles.ts';
import { isHypVerb, isModal, isNeg } from '../classes.ts';
import { syntaxOfRead, type ReadSentence } from '../classifier/sentences.ts';
import type { PairMention } from '../classifier/features.ts';
import { ORGANIZATION_DESCRIPTORS } from '../data/words.ts';
import { GENDER_BY_HONORIFIC } from '../data/honorifics.ts';
import { coarseOf } from '../classifier/labels.ts';
import type { Found } from '../found.ts';

/** One end of a candidate: its entity and the names the gold is matched against. */
export interface CandidateEnd {
  entity: string;
  type: Entity['type'];
  names: string[];
  /** A title recognised with the name ("Foreign Minister"), if any. */
  title?: string;
}

export interface Candidate {
  /** Sentence index in the article. */
  s: number;
  /** An anaphor or adjacent candidate: the sentence its other end was named in (evidence beside `s`). */
  antecedentSentence?: number;
  /** How the pair was found: two names of one sentence, an anaphor and a name, or names of two adjacent sentences. */
  reach: Reach;
  a: CandidateEnd;
  b: CandidateEnd;
  features: string[];
  negated: boolean;
  hypothetical: boolean;
  /** Event triggers on the path between the two (lower-case forms), nearest the common ancestor first. */
  triggers: string[];
  /** Title words between or on the path, for a readable role predicate. */
  titles: string[];
}

export type Reach = 'sentence' | 'anaphor' | 'adjacent';

interface TriggerInfo { predicate: string; cameo: string | null }
/** Every inflected trigger form with the entries it can trigger. */
export const TRIGGER_FORMS: ReadonlyMap<string, TriggerInfo[]> = (() => {
  const m = new Map<string, TriggerInfo[]>();
  for (const t of EVENT_TRIGGERS) {
    for (const f of [...(t.verbs ?? []), ...(t.nouns ?? [])]) {
      const list = m.get(f);
      const info = { predicate: t.predicate, cameo: t.cameo };
      if (list) list.push(info); else m.set(f, [info]);
    }
  }
  return m;
})();

const MAX_PATH = 7;
const MAX_MENTIONS_BETWEEN = 4;
const MAX_BETWEEN_WORDS = 8;

const lc = (w: string) => w.toLowerCase();
/** A crude stem, enough to join "meets/met/meeting" less than a lemmatiser would but "talks/talk" and "visited/visit". */
export function crudeStem(w: string): string {
  const x = lc(w);
  if (x.length > 5 && x.endsWith('ing')) return x.slice(0, -3);
  if (x.length > 4 && x.endsWith('ed')) return x.slice(0, -2);
  if (x.length > 3 && x.endsWith('s') && !x.endsWith('ss')) return x.slice(0, -1);
  return x;
}
const shape = (w: string) => (/^\d/.test(w) ? '<num>' : lc(w));

/**
 * The sentence's words as features may read them: a word inside a mention is its entity type, another proper
 * noun "<propn>" ("<cap>": a capitalised word after the first in an unparsed sentence), unless a title or a
 * trigger; numbers "<num>"; everything else lower case.
 */
export function maskedWords(words: readonly string[], ms: Ms, syn: Syn): string[] {
  const out = words.map(shape);
  for (let t = 0; t < words.length; t++) {
    const w = out[t]!;
    if (TITLE_WORDS.has(w) || TRIGGER_FORMS.has(w)) continue;
    if (syn ? syn.upos[t] === 'PROPN' : t > 0 && /^\p{Lu}/u.test(words[t]!)) out[t] = syn ? '<propn>' : '<cap>';
  }
  for (const m of ms) for (let t = m.start; t < m.end; t++) out[t] = `<${m.fine}>`;
  return out;
}
const stemOf = (w: string) => (w.startsWith('<') ? w : crudeStem(w));

/** The token of a mention whose head lies outside it (the last such), or its last token without a parse. */
function headOf(head: ArrayLike<number> | undefined, start: number, end: number): number {
  if (!head) return end - 1;
  let h = end - 1;
  for (let t = start; t < end; t++) { const p = head[t]!; if (p < start || p >= end) h = t; }
  return h;
}

function ancestors(head: ArrayLike<number>, t: number): number[] {
  const out = [t];
  let x = head[t]!, guard = 0;
  while (x >= 0 && guard++ < 200) { out.push(x); x = head[x]!; }
  return out;
}

export interface CandidateOptions {
  /**
   * Only pairs no rule finding relates anywhere in the article: the only candidates whose decisions can become
   * findings (apply.ts newsFindings leaves every related pair alone), so run time reads no others. Training and
   * measurement read them all (their `known:` features say what the rules state).
   */
  openPairsOnly?: boolean;
  /**
   * Whether a pair of these entity types (A first in the text) found at this reach can be reported at all; the others
   * are left out. At run time: some class the model allows for the pair has a threshold at that reach (model.ts canReport).
   */
  reportable?: (a: Entity['type'], b: Entity['type'], reach: Reach) => boolean;
}

/**
 * The candidates of an article: every pair of mentions of two different entities in a read sentence that no
 * rule finding (other than co-occurrence and world knowledge) relates in that sentence.
 */
export function newsCandidates(read: readonly ReadSentence[], entities: ReadonlyMap<string, Entity>, found: readonly Found[], options: CandidateOptions = {}): Candidate[] {
  const ruled = new Set<string>();
  const elsewhere = new Map<string, Set<string>>();
  for (const f of found) {
    // (where a person was, grammar/presence.ts, leaves open what they did there: "landed in Caracas" is a visit too)
    if (f.kind === 'cooccurrence' || f.basis === 'knowledge' || f.rule === 'grammar-presence') continue;
    const key = f.source < f.target ? `${f.source}|${f.target}` : `${f.target}|${f.source}`;
    for (const s of f.sentences) ruled.add(`${s}|${key}`);
    let kinds = elsewhere.get(key);
    if (!kinds) elsewhere.set(key, (kinds = new Set()));
    kinds.add(f.kind);
  }
  // a pair is left out when the rules relate it in its sentence, or (openPairsOnly) anywhere
  const closed: Closed = options.openPairsOnly
    ? (key) => elsewhere.has(key)
    : (key, ...sentences) => sentences.some((s) => ruled.has(`${s}|${key}`));
  const reportable = options.reportable ?? (() => true);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const r of read) {
    const { s, sentence, source } = r;
    const ms = sentence.mentions, words = sentence.words;
    if (ms.length < 2) continue;
    // the parse is read with the sentence's first candidate: a sentence without one need not be parsed
    let syn: Syn, heads: number[] = [], masked: string[] | undefined;
    for (let i = 0; i < ms.length; i++) {
      // (at most MAX_MENTIONS_BETWEEN names between the two: a long list relates few of its pairs, and costs n² of them)
      for (let j = i + 1; j < ms.length && j - i - 1 <= MAX_MENTIONS_BETWEEN; j++) {
        const ea = source[i]!.entity, eb = source[j]!.entity;
        if (ea === eb) continue;
        const key = ea < eb ? `${ea}|${eb}` : `${eb}|${ea}`;
        if (closed(key, s)) continue;
        const A = entities.get(ea), B = entities.get(eb);
        if (!A || !B || !reportable(A.type, B.type, 'sentence')) continue;
        // the same pair twice in the sentence: the nearest mentions speak for it
        if (seen.has(`${s}|${key}`)) continue;
        seen.add(`${s}|${key}`);
        if (!masked) {
          syn = syntaxOfRead(r);
          heads = ms.map((m) => headOf(syn?.head, m.start, m.end));
          masked = maskedWords(words, ms, syn);
        }
        out.push(pairFeatures(s, words, masked, ms, heads, syn, i, j, end(A, source[i]!.title), end(B, source[j]!.title), elsewhere.get(key)));
      }
    }
  }
  out.push(...anaphorCandidates(read, entities, closed, reportable, elsewhere));
  out.push(...adjacentCandidates(read, entities, closed, reportable, elsewhere));
  return out;
}

/** Whether the pair `key` is left without a candidate where it is read in `sentences`. */
type Closed = (key: string, ...sentences: number[]) => boolean;
type Reportable = NonNullable<CandidateOptions['reportable']>;

/** At most this many names of each sentence make adjacent pairs (the first ones: subjects and openings). */
const ADJACENT_NAMES = 3;

/**
 * Pairs of names in two adjacent sentences that are never named together in one: "X was appointed on Monday.
 * The former banker replaces Y at Z." Features: the two ends' types and titles, their relations and heads in
 * their sentences, the later sentence's opening (a pronoun or a definite noun), the triggers of each sentence's
 * root, and the marker of the distance.
 */
function adjacentCandidates(read: readonly ReadSentence[], entities: ReadonlyMap<string, Entity>, closed: Closed, reportable: Reportable, elsewhere: Map<string, Set<string>>): Candidate[] {
  const out: Candidate[] = [];
  const together = new Set<string>();
  for (const { source } of read) for (const x of source) for (const y of source) if (x.entity < y.entity) together.add(`${x.entity}|${y.entity}`);
  const bySentence = new Map(read.map((r) => [r.s, r]));
  const masks = new Map<ReadSentence, string[]>();
  const maskedOf = (r: ReadSentence) => {
    let m = masks.get(r);
    if (!m) masks.set(r, (m = maskedWords(r.sentence.words, r.sentence.mentions, syntaxOfRead(r))));
    return m;
  };
  for (const later of read) {
    const earlier = bySentence.get(later.s - 1);
    if (!earlier) continue;
    const done = new Set<string>();
    for (let i = 0; i < Math.min(ADJACENT_NAMES, earlier.source.length); i++) {
      for (let j = 0; j < Math.min(ADJACENT_NAMES, later.source.length); j++) {
        const ea = earlier.source[i]!.entity, eb = later.source[j]!.entity;
        if (ea === eb) continue;
        const key = ea < eb ? `${ea}|${eb}` : `${eb}|${ea}`;
        if (together.has(key) || done.has(key) || closed(key, later.s, earlier.s)) continue;
        const A = entities.get(ea), B = entities.get(eb);
        if (!A || !B || !reportable(A.type, B.type, 'adjacent')) continue;
        done.add(key);
        const a = end(A, earlier.source[i]!.title), b = end(B, later.source[j]!.title);
        const ty = `${a.type}|${b.type}`;
        const f: string[] = ['bias', 'adj', `adj:${ty}`, `ta:${a.title ? 'y' : 'n'}|adj|${ty}`, `tb:${b.title ? 'y' : 'n'}|adj|${ty}`, `ai:${i}|bi:${j}|adj`];
        if (a.title) f.push(`taw:${lc(a.title).split(/\s+/).pop()}|adj`);
        if (b.title) f.push(`tbw:${lc(b.title).split(/\s+/).pop()}|adj`);
        for (const k of elsewhere.get(key) ?? []) f.push(`known:${k}|adj`);
        const triggers: string[] = [], titles: string[] = [];
        let negated = false, hypothetical = false;
        for (const [side, r, k] of [['a', earlier, i], ['b', later, j]] as const) {
          const { words, mentions } = r.sentence;
          const masked = maskedOf(r), syn = syntaxOfRead(r);
          const m = mentions[k]!;
          const opening = masked[0] === 'the' ? `the ${masked[1] ?? ''}` : masked[0]!;
          f.push(`open${side}:${TITLE_WORDS.has(opening.slice(4)) ? 'the <title>' : opening}|adj`);
          if (!syn) { f.push(`${side}:unparsed|adj`); continue; }
          const h = headOf(syn.head, m.start, m.end);
          f.push(`d${side}:${syn.deprel[h]}|adj|${ty}`);
          const gov = syn.head[h]!;
          if (gov >= 0) f.push(`g${side}:${stemOf(masked[gov]!)}|adj`, `g${side}:${syn.deprel[h]}|${stemOf(masked[gov]!)}|adj`);
          for (let t = 0; t < words.length; t++) {
            if (syn.head[t] !== -1) continue;
            const w = lc(words[t]!);
            f.push(`root${side}:${stemOf(masked[t]!)}|adj`);
            if (TRIGGER_FORMS.has(w)) { triggers.push(w); f.push(`trig${side}:${w}|adj|${ty}`); }
            if (TITLE_WORDS.has(w)) titles.push(w);
            for (let u = 0; u < words.length; u++) {
              if (syn.head[u] !== t) continue;
              const x = lc(words[u]!), rel = syn.deprel[u]!;
              if (side === 'b' && (rel === 'advmod' || rel === 'aux') && isNeg(x)) negated = true;
              else if (side === 'b' && rel === 'aux' && isModal(x)) hypothetical = true;
            }
            if (side === 'b' && isHypVerb(w)) hypothetical = true;
          }
          for (let t = m.end; t < Math.min(words.length, m.end + 4); t++) if (TITLE_WORDS.has(masked[t]!)) { titles.push(masked[t]!); f.push(`title${side}:${masked[t]}|adj`); }
        }
        for (const t of new Set(triggers)) for (const root of new Set((TRIGGER_FORMS.get(t) ?? []).map((x) => (x.cameo ?? '*').slice(0, 2)))) f.push(`troot:${root}|adj`);
        if (negated) f.push('neg');
        if (hypothetical) f.push('hyp');
        out.push({ s: later.s, antecedentSentence: earlier.s, a, b, features: f, negated, hypothetical, triggers, titles, reach: 'adjacent' });
      }
    }
  }
  return out;
}

/** The kind of entity an anaphor word stands for, and the feature naming it. */
interface AnaphorKind { accepts: (t: Entity['type']) => boolean; name: string; title?: string; gender?: 'male' | 'female' }
const PERSON: AnaphorKind['accepts'] = (t) => t === 'person';
const BODY: AnaphorKind['accepts'] = (t) => t === 'organization' || t === 'group';
const STATE: AnaphorKind['accepts'] = (t) => t === 'country';
/** Nouns that name a body, beside the kinds of organisation ("the ministry said"). */
const BODY_NOUNS = new Set(['ministry', 'government', 'party', 'union', 'alliance', 'agency', 'bank', 'council', 'commission', 'organisation', 'organization', 'court', 'army', 'bloc', ...ORGANIZATION_DESCRIPTORS.words]);
const STATE_NOUNS = new Set(['country', 'nation', 'kingdom', 'republic']);
const PRONOUN_KINDS: Record<string, AnaphorKind> = {
  he: { accepts: PERSON, name: 'pron:he', gender: 'male' },
  she: { accepts: PERSON, name: 'pron:she', gender: 'female' },
  it: { accepts: (t) => BODY(t) || STATE(t), name: 'pron:it' },
};

const POSSESSIVE_KINDS: Record<string, AnaphorKind> = {
  his: { accepts: PERSON, name: 'poss:his', gender: 'male' },
  her: { accepts: PERSON, name: 'poss:her', gender: 'female' },
  its: { accepts: (t) => BODY(t) || STATE(t), name: 'poss:its' },
};

/**
 * The anaphor at token t of a sentence: a subject pronoun, a possessive one ("its chief executive"), or a
 * definite description in any position. Unparsed, a subject is one of the sentence's opening words.
 */
function anaphorAt(words: readonly string[], syn: Syn, t: number): AnaphorKind | undefined {
  const w = lc(words[t]!);
  const rel = syn?.deprel[t];
  const possessive = POSSESSIVE_KINDS[w];
  if (possessive && (rel === undefined || rel === 'nmod:poss')) return possessive;
  const subject = rel !== undefined ? /^nsubj/.test(rel) : t === 0 || (t === 1 && lc(words[0]!) === 'the');
  const pronoun = PRONOUN_KINDS[w];
  if (pronoun) return subject ? pronoun : undefined;
  if (t === 0 || lc(words[t - 1]!) !== 'the' || (rel === undefined && !subject)) return undefined;
  if (TITLE_WORDS.has(w)) return { accepts: PERSON, name: 'def:title', title: w };
  if (BODY_NOUNS.has(w)) return { accepts: BODY, name: 'def:body' };
  if (STATE_NOUNS.has(w)) return { accepts: STATE, name: 'def:state' };
  return undefined;
}

/** Whether anaphorAt may find an anaphor at token t, read from the words alone (it then needs the parse to decide). */
function mayBeAnaphor(words: readonly string[], t: number): boolean {
  const w = lc(words[t]!);
  return !!POSSESSIVE_KINDS[w] || !!PRONOUN_KINDS[w]
    || (t > 0 && lc(words[t - 1]!) === 'the' && (TITLE_WORDS.has(w) || BODY_NOUNS.has(w) || STATE_NOUNS.has(w)));
}

/** How many sentences back an anaphor's antecedent may be named (its own sentence is 0). */
const ANAPHOR_REACH = 1;

function anaphorCandidates(read: readonly ReadSentence[], entities: ReadonlyMap<string, Entity>, closed: Closed, reportable: Reportable, elsewhere: Map<string, Set<string>>): Candidate[] {
  const out: Candidate[] = [];
  const bySentence = new Map(read.map((r) => [r.s, r]));
  // ("Ms Ruiz ... Mr Okoro said ... She will meet X": a person the article calls Mr or Ms is not the other pronoun's)
  const gender = new Map<string, 'male' | 'female'>();
  for (const r of read) {
    r.sentence.mentions.forEach((m, k) => {
      const g = m.start > 0 ? GENDER_BY_HONORIFIC[lc(r.sentence.words[m.start - 1]!)] : undefined;
      if (g && !gender.has(r.source[k]!.entity)) gender.set(r.source[k]!.entity, g);
    });
  }
  for (const r of read) {
    const { s, sentence, source } = r;
    const ms = sentence.mentions, words = sentence.words;
    for (let t = 0; t < words.length; t++) {
      if (ms.some((m) => t >= m.start && t < m.end)) continue;
      // (the parse is read only at a word that may be an anaphor: a sentence without one need not be parsed)
      if (!mayBeAnaphor(words, t)) continue;
      const syn = syntaxOfRead(r);
      const kind = anaphorAt(words, syn, t);
      if (!kind) continue;
      // the antecedent: the latest fitting name before the anaphor in its sentence, else in the sentences before
      let antecedent: { entity: Entity; s: number; title?: string } | undefined;
      for (let back = 0; back <= ANAPHOR_REACH && !antecedent; back++) {
        const r = back === 0 ? { sentence, source } : bySentence.get(s - back);
        if (!r) continue;
        for (let k = r.sentence.mentions.length - 1; k >= 0; k--) {
          if (back === 0 && r.sentence.mentions[k]!.end > t) continue;
          const e = entities.get(r.source[k]!.entity);
          if (e && kind.accepts(e.type) && !(kind.gender && gender.has(e.id) && gender.get(e.id) !== kind.gender)) { antecedent = { entity: e, s: s - back, ...(r.source[k]!.title ? { title: r.source[k]!.title } : {}) }; break; }
        }
      }
      if (!antecedent) continue;
      // the anaphor as a one-word mention of its antecedent among the sentence's names
      const pm: PairMention = { start: t, end: t + 1, coarse: coarseOf(antecedent.entity.type)!, fine: antecedent.entity.type };
      const all = [...ms.map((m, k) => ({ m, src: source[k]! as { entity: string; title?: string } | undefined })), { m: pm, src: undefined }].sort((x, y) => x.m.start - y.m.start);
      const at = all.findIndex((x) => x.src === undefined);
      const ams = all.map((x) => x.m);
      const heads = ams.map((m) => headOf(syn?.head, m.start, m.end));
      const title = kind.title ?? antecedent.title;
      const anaphorEnd: CandidateEnd = { ...end(antecedent.entity, title) };
      const done = new Set<string>();
      let masked: string[] | undefined;
      for (let k = 0; k < all.length; k++) {
        if (k === at || Math.abs(k - at) - 1 > MAX_MENTIONS_BETWEEN) continue;
        const other = entities.get(all[k]!.src!.entity);
        if (!other || other.id === antecedent.entity.id || done.has(other.id)) continue;
        const key = antecedent.entity.id < other.id ? `${antecedent.entity.id}|${other.id}` : `${other.id}|${antecedent.entity.id}`;
        if (closed(key, s, antecedent.s)) continue;
        done.add(other.id);
        const otherEnd = end(other, all[k]!.src!.title);
        const [i, j, a, b] = k < at ? [k, at, otherEnd, anaphorEnd] : [at, k, anaphorEnd, otherEnd];
        if (!reportable(a.type, b.type, 'anaphor')) continue;
        masked ??= maskedWords(words, ams, syn);
        const c = pairFeatures(s, words, masked, ams, heads, syn, i, j, a, b, elsewhere.get(key));
        const side = k < at ? 'b' : 'a';
        const dist = s - antecedent.s;
        c.features.push(`ana:${kind.name}`, `ana:${kind.name}|${side}|${c.features[1]!.slice(3)}`, `anad:${dist}`, `anad:${dist}|${kind.name}`);
        if (dist) c.antecedentSentence = antecedent.s;
        c.reach = 'anaphor';
        out.push(c);
      }
    }
  }
  return out;
}

function end(e: Entity, title: string | undefined): CandidateEnd {
  const out: CandidateEnd = { entity: e.id, type: e.type, names: [e.name, ...e.aliases] };
  if (title) out.title = title;
  return out;
}

type Ms = ReadSentence['sentence']['mentions'];
type Syn = ReadSentence['sentence']['syntax'];

/** `masked`: maskedWords(words, ms, syn), read by every pair of the sentence. */
function pairFeatures(s: number, words: readonly string[], masked: readonly string[], ms: Ms, heads: number[], syn: Syn, i: number, j: number, a: CandidateEnd, b: CandidateEnd, known: Set<string> | undefined): Candidate {
  const ma = ms[i]!, mb = ms[j]!;
  const ty = `${a.type}|${b.type}`;
  const f: string[] = ['bias', `ty:${ty}`, `ta:${a.title ? 'y' : 'n'}|${ty}`, `tb:${b.title ? 'y' : 'n'}|${ty}`];
  if (a.title) f.push(`taw:${lc(a.title).split(/\s+/).pop()}`);
  if (b.title) f.push(`tbw:${lc(b.title).split(/\s+/).pop()}`);
  const between = masked.slice(ma.end, mb.start);
  const gap = mb.start - ma.end;
  f.push(`gap:${gap > 10 ? '>10' : gap > 5 ? '6-10' : gap}|${ty}`, `mid:${Math.min(j - i - 1, 3)}`);
  const titles: string[] = [];
  if (between.length <= MAX_BETWEEN_WORDS) {
    for (const w of between) { f.push(`bw:${w}`); if (TITLE_WORDS.has(w)) titles.push(w); }
    if (between.length) f.push(`bf:${between[0]}|${ty}`, `bl:${between[between.length - 1]}|${ty}`);
    if (between.length <= 4) f.push(`bs:${between.join(' ')}|${ty}`);
  } else f.push('bw:long');
  f.push(`pa:${masked[ma.start - 1] ?? '<s>'}`, `nb:${masked[mb.end] ?? '</s>'}`, `na:${masked[ma.end] ?? '</s>'}`);
  for (const k of known ?? []) f.push(`known:${k}`);
  let negated = false, hypothetical = false;
  const triggers: string[] = [];
  const consider = (t: number) => {
    const w = lc(words[t]!);
    if (TRIGGER_FORMS.has(w)) triggers.push(w);
    if (TITLE_WORDS.has(w) && !titles.includes(w)) titles.push(w);
    if (isHypVerb(w)) hypothetical = true;
  };
  if (syn) {
    const ha = heads[i]!, hb = heads[j]!;
    const up = ancestors(syn.head, ha), down = ancestors(syn.head, hb);
    const inDown = new Set(down);
    const li = up.findIndex((x) => inDown.has(x));
    f.push(`da:${syn.deprel[ha]}|${ty}`, `db:${syn.deprel[hb]}|${ty}`);
    const cases = ['-', '-'];
    for (const [h, side, k] of [[ha, 'a', 0], [hb, 'b', 1]] as const) {
      for (let t = 0; t < words.length; t++) if (syn.head[t] === h && syn.deprel[t] === 'case') { f.push(`case${side}:${lc(words[t]!)}|${ty}`); cases[k] = lc(words[t]!); }
      // the word each end hangs on, with the end's relation to it: "accused X" (obj), "talks with X" (nmod)
      const gov = syn.head[h]!;
      if (gov >= 0) f.push(`g${side}:${stemOf(masked[gov]!)}|${syn.deprel[h]!.split(':')[0]}`, `g${side}u:${syn.upos[gov]}|${syn.deprel[h]}|${ty}`);
    }
    f.push(`cases:${cases[0]}|${cases[1]}|${ty}`);
    if (li < 0) f.push('path:none');
    else {
      const lca = up[li]!;
      const ups = up.slice(0, li), downs = down.slice(0, down.indexOf(lca)).reverse();
      const len = ups.length + downs.length;
      if (len > MAX_PATH) f.push(`path:long|${ty}`);
      else {
        const rels = [...ups.map((t) => `^${syn.deprel[t]}`), ...downs.map((t) => `v${syn.deprel[t]}`)];
        const lw = lca === ha || lca === hb ? '<end>' : stemOf(masked[lca]!);
        f.push(`path:${rels.join(' ')}|${ty}`, `pathw:${rels.join(' ')}|${lw}`, `plen:${len}|${ty}`, `lca:${lw}|${ty}`, `lcau:${syn.upos[lca]}|${ty}`);
        // the top word (its stem and word class) with the two ends' relations to it: "X met Y" (nsubj, obj),
        // "Y was met by X" (nsubj:pass, obl:agent, and the passive voice marked apart), "talks with X" (a noun)
        const top = lca === ha || lca === hb ? '<end>' : `${lw}/${syn.upos[lca] === 'VERB' ? 'v' : syn.upos[lca] === 'NOUN' ? 'n' : 'o'}`;
        const endRel = (path: number[]) => (path.length ? syn.deprel[path[path.length - 1]!]! : '-');
        f.push(`top:${top}|${endRel(ups)}|${endRel(downs.slice().reverse())}`);
        let passive = false;
        for (let t = 0; t < words.length; t++) if (syn.head[t] === lca && /:pass$/.test(syn.deprel[t]!)) passive = true;
        if (passive) f.push(`voice:pass|${lw}`, `voice:pass|${ty}`);
        const inner = [...ups.slice(1), lca, ...downs.slice(0, -1)].filter((t) => t !== ha && t !== hb);
        for (const t of inner) { f.push(`pw:${stemOf(masked[t]!)}`, `pwt:${stemOf(masked[t]!)}|${ty}`); consider(t); }
        f.push(`pathc:${rels.map((r) => r.split(':')[0]).join(' ')}`);
        // modality hung on the path: "did not meet", "would visit", "plans to meet"
        const onPath = new Set([...inner, lca]);
        for (let t = 0; t < words.length; t++) {
          if (!onPath.has(syn.head[t]!)) continue;
          const w = lc(words[t]!), rel = syn.deprel[t]!;
          if ((rel === 'advmod' || rel === 'aux' || rel === 'det') && isNeg(w)) negated = true;
          else if (rel === 'aux' && isModal(w)) hypothetical = true;
        }
      }
    }
  } else {
    f.push('path:unparsed');
    for (let t = ma.end; t < mb.start; t++) consider(t);
  }
  if (!syn) for (let t = ma.end; t < mb.start; t++) { const w = lc(words[t]!); if (isNeg(w)) negated = true; else if (isModal(w)) hypothetical = true; }
  for (const t of new Set(triggers)) {
    f.push(`trig:${t}|${ty}`, `trigs:${crudeStem(t)}`);
    for (const root of new Set((TRIGGER_FORMS.get(t) ?? []).map((x) => (x.cameo ?? '*').slice(0, 2)))) f.push(`troot:${root}`, `troot:${root}|${ty}`);
  }
  if (!triggers.length) f.push(`trig:none|${ty}`);
  for (const t of titles) f.push(`title:${t}|${ty}`);
  if (negated) f.push('neg');
  if (hypothetical) f.push('hyp');
  return { s, a, b, features: f, negated, hypothetical, triggers, titles, reach: 'sentence' };
}

/** The features as the model's hashes. */
export const hashed = (features: readonly string[]): number[] => features.map(hashStr);
