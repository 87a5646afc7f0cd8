// The relations the learned classifier reads, as the relate stage's findings.
// Each prose sentence with two or more named people, organisations or places is
// handed to the classifier (boilerplate and headings are not, as for the rules, nor
// the names of a wire dateline);
// its CoNLL04 types become the project's kinds:
//   Work_For     person -> organisation  role "<title> of" when a title is known (not a national office), else affiliation "works for"
//   Live_In      person -> place         affiliation "lives in" ("citizen of" for a nationality word)
//   Located_In   place -> place          location "located in"
//   OrgBased_In  organisation -> place   location "based in"
//   Kill         person -> person        event "killed", CAMEO 186 (assassinate) or 1823 (kill by physical assault)
import type { Entity, Parsed, Resolved, ResolvedMention, Segmented } from '../../types.ts';
import type { Found } from './found.ts';
import { clamp } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import { isModal, isNeg } from './classes.ts';
import { hasCandidate, type RelationClassifier } from './classifier/classify.ts';
import type { TokenSyntax } from './classifier/features.ts';
import { aIsHeadOf, typeOfLabel } from './classifier/labels.ts';
import { readSentences, syntaxOfRead, type ReadSentence } from './classifier/sentences.ts';
import { findDateline } from './dateline.ts';
import { NATIONAL_TITLE_HEADS } from './data/titles.ts';
import { FOREIGN_WORDS } from './data/national-bodies.ts';
import { isAgentNounWord } from './agents.ts';
import type { Dateline } from './dateline.ts';
import { agentAfterPlace, bearingBefore, otherSideOfAct, titleCaseDatelineEnd, verbBetweenInHeadline } from './model-vetoes.ts';

/** The rule name model findings carry; relate.ts reports them as `by: "model"`. */
export const MODEL_RULE = 'model';

const ASSASSINATION = /^assassin/i;
const HONORIFIC = /^(?:dr|mr|mrs|ms|mme|mlle|prof|sir|dame|rev)\.?$/i;
const NATIONAL_TITLES = new Set(NATIONAL_TITLE_HEADS.words);

/**
 * The sentences the classifier reads in an analysed article, as the relate stage hands them to it
 * (prose sentences only, a wire dateline's names left out): what training on the pipeline's own
 * names reads too.
 */
export function articleSentences(seg: Segmented, resolved: Resolved, parsed?: Parsed): ReadSentence[] {
  const dateline = findDateline(seg);
  return readSentences(seg, resolved.mentions, new Map(resolved.entities.map((e) => [e.id, e])), {
    usable: (s) => !seg.sentences[s]!.boilerplate && !seg.sentences[s]!.heading,
    ...(parsed ? { parsed } : {}),
    datelineEnd: dateline ? datelineEndOf(seg, dateline) : titleCaseDatelineEnd(seg),
  });
}

export function modelRelations(
  seg: Segmented,
  mentions: readonly ResolvedMention[],
  entities: Map<string, Entity>,
  classifier: RelationClassifier,
  knowledge: Knowledge,
  usable: (sentence: number) => boolean,
  parsed?: Parsed,
  dateline?: Dateline,
  claim?: (sentence: number) => void,
): Found[] {
  const out: Found[] = [];
  const within = (inner: string, outer: string) => knowledge.containers(inner).includes(outer);
  const withSyntax = !!parsed && classifier.usesSyntax;
  const read = readSentences(seg, mentions, entities, {
    usable,
    ...(withSyntax ? { parsed, deferSyntax: true } : {}),
    datelineEnd: dateline ? datelineEndOf(seg, dateline) : titleCaseDatelineEnd(seg),
  });
  for (const r of read) {
    const { s, sentence: ps, source } = r;
    // The classifier reads the parse of each sentence it reads (it claims them for the news model, relate.ts), but
    // a sentence is parsed only when it has a candidate pair: of one without, the classifier reads nothing.
    if (withSyntax) claim?.(s);
    if (!hasCandidate(ps)) continue;
    syntaxOfRead(r);
    const words = ps.words as string[], mentions = ps.mentions;
    for (const d of classifier.classify(ps, within)) {
      const [h, tl] = aIsHeadOf(d.label) ? [d.a, d.b] : [d.b, d.a];
      const head = source[h]!, tail = source[tl]!;
      if (head.entity === tail.entity) continue;
      if (typeOfLabel(d.label) === LOCATED_IN && !placeCanContain(entities.get(head.entity), entities.get(tail.entity), knowledge)) continue;
      // "Germany's Lufthansa received European Union approval": a possessor belongs to the name right after it
      const [hm, tm] = aIsHeadOf(d.label) ? [mentions[d.a]!, mentions[d.b]!] : [mentions[d.b]!, mentions[d.a]!];
      const owned = /^['’]s?$/.test(words[tm.end] ?? '') ? mentions.find((m) => m.start === tm.end + 1) : undefined;
      if (owned && owned !== hm) continue;
      // ("who has led the former Soviet republic": a nationality word after "former" names a state that is gone, not
      // the person's country)
      if (tail.metonymy === 'demonym' && /^(?:former|ex|onetime)$/i.test(words[tm.start - 1] ?? '')) continue;
      // ("Tokyo Kyodo in English", "broadcast in Arabic": a nationality word after "in" names a language, not a place)
      if (isLanguage(head, words, hm) || isLanguage(tail, words, tm)) continue;
      // ("Germany's cartel office said it would fine X": the speaker's words state nothing between the speaker and X)
      if (ps.syntax && acrossSpeech(ps.syntax, words, mentions[d.a]!, mentions[d.b]!)) continue;
      // ("Syria has since acknowledged their independence, Independent reported."): the same read from the words, where
      // the parse did not hang the speech verb on the clause it reports
      if (speakerAfter(words, mentions[d.a]!, mentions[d.b]!)) continue;
      // ("The minister met Jane Foster at Google": "at" after a verb's object says where the act took place)
      if (ps.syntax && (typeOfLabel(d.label) === WORK_FOR || typeOfLabel(d.label) === LIVE_IN) && placeOfAct(ps.syntax, words, hm, tm)) continue;
      // ("President X, a critic of the ruling Y party", "President X ... pushed for membership of the European Union"): a
      // national office holder serves the state; the body named near the title is not where they work (roles read offices)
      // (the title capitalised before the name: "vice president of daytime programs for ABC" after it is a company's officer;
      // "Senate President X", "U.N. Secretary X": the body named before the title is the one the office is of)
      if (typeOfLabel(d.label) === WORK_FOR && nationalOfficeBefore(words, hm) && tm.end !== hm.start - 1) continue;
      // ("Green raises bid for Marks & Spencer", "Sharif disqualified by Supreme Court"): a headline drops the words that
      // tell an employer from a body the person acts on or is acted on by; with no title before the name it states no
      // employment (the body restates a true one)
      if (typeOfLabel(d.label) === WORK_FOR && !head.title && seg.sentences[s]?.heading) continue;
      // ("Donetsk and its neighboring Lugansk": a place the text calls the other's neighbour is not inside it)
      if (typeOfLabel(d.label) === LOCATED_IN && neighbourBetween(words, mentions[d.a]!, mentions[d.b]!)) continue;
      // ("China's claims in the South China Sea", "Albania, in Europe's south-east"): a state lies in no sea, region or
      // site the sentence names with it; only in another state (a breakaway one in the state it broke from)
      if (typeOfLabel(d.label) === LOCATED_IN && head.type === 'country' && tail.type !== 'country') continue;
      // ("the African Union suspended Gabon", "the World Health Organization certified Cabo Verde"): a body above or
      // between states is not based in the states a sentence names with it ("International" opens national bodies' names too)
      if (typeOfLabel(d.label) === ORG_BASED_IN && tail.type === 'country' && aboveStates(head.text)) continue;
      // ("Maria Lopez and Siemens were both named in the report": names coordinated with "and" or "or" play one part in
      // their clause side by side; nothing is stated between them)
      if (ps.syntax && coordinated(ps.syntax, words, mentions[d.a]!, mentions[d.b]!)) continue;
      // ("the execution of King assassin James Earl Ray"): a person the text calls the killer is no victim
      if (typeOfLabel(d.label) === KILL && isAgentNounWord(words[tm.start - 1] ?? '')) continue;
      // ("Sri Lanka signs aid deal with Tigers", "X disqualified by Supreme Court"): a headline's verb between the names
      // makes them two parties of one act (a killing is such an act)
      if (ps.syntax && seg.sentences[s]!.heading && typeOfLabel(d.label) !== KILL && verbBetweenInHeadline(ps.syntax, words, hm, tm)) continue;
      // ("scored against Luton Town", "told BBC Radio 4", "ambassador to the United Nations"): the other side of an act
      if (typeOfLabel(d.label) === WORK_FOR && otherSideOfAct(words, tm)) continue;
      // ("Cabo Verde certified malaria-free by WHO"): the agent of a passive verb after the place acts on it
      if (typeOfLabel(d.label) === ORG_BASED_IN && agentAfterPlace(words, hm, tm)) continue;
      // ("in Hwaseong, south of Seoul"): a place given as a bearing's point of reference lies outside the other
      if ((typeOfLabel(d.label) === LOCATED_IN || typeOfLabel(d.label) === ORG_BASED_IN) && (bearingBefore(words, tm) || bearingBefore(words, hm))) continue;
      const f = found(typeOfLabel(d.label), head, tail, words, d.confidence, s);
      // a negation or a modal between the two names: reported, not asserted
      const lo = Math.min(mentions[d.a]!.end, mentions[d.b]!.start), hi = Math.max(mentions[d.a]!.end, mentions[d.b]!.start);
      for (let k = lo; k < hi; k++) {
        const w = words[k]!.toLowerCase();
        if (isNeg(w)) f.negated = true;
        else if (isModal(w)) f.hypothetical = true;
      }
      out.push(f);
    }
  }
  return out;
}

const WORK_FOR = 0, LIVE_IN = 1, LOCATED_IN = 2, ORG_BASED_IN = 3, KILL = 4;

/** A name opening on a word of bodies above or between states ("African Union", "World Bank"), "International" aside. */
const aboveStates = (name: string): boolean => {
  const first = name.replace(/^the\s+/i, '').split(/\s+/)[0]!.toLowerCase();
  return first !== 'international' && FOREIGN_WORDS.words.has(first);
};

/**
 * The word right before the name is a capitalised national office held now ("President", "Prime Minister", "Foreign
 * Secretary"; not "former President X", who may well work for a foundation).
 */
const nationalOfficeBefore = (words: readonly string[], m: { start: number }) =>
  /^\p{Lu}/u.test(words[m.start - 1] ?? '') && NATIONAL_TITLES.has(words[m.start - 1]!.toLowerCase())
  && !/^(?:former|ex|onetime|late)$/i.test(words[m.start - 2] ?? '') && !/^(?:former|ex|onetime|late)$/i.test(words[m.start - 3] ?? '');

/**
 * The person is the object of a verb and the organisation or place comes with "at", hung on the person or on the verb
 * ("met Jane Foster at Google", "saw her at the embassy"): where the act happened, not where the person works or lives.
 * (A subject "at" a body is its employee: "Ruth Klein at Nomura said"; the rules read that.)
 */
function placeOfAct(syn: TokenSyntax, words: readonly string[], person: { start: number; end: number }, other: { start: number; end: number }): boolean {
  const p = headChain(syn, person)[0], o = headChain(syn, other)[0];
  if (p === undefined || o === undefined) return false;
  if (syn.deprel[p] !== 'obj' && syn.deprel[p] !== 'iobj') return false;
  const verb = syn.head[p]!;
  if (syn.head[o] !== p && syn.head[o] !== verb) return false;
  for (let i = other.start - 1; i >= Math.max(0, other.start - 3); i--) {
    if (syn.head[i] === o && syn.deprel[i] === 'case') return /^at$/i.test(words[i]!);
  }
  return false;
}

/** The forms of the verbs that report speech: what a speaker says is not a relation of the speaker. */
const SPEECH = /^(?:say|says|said|saying|tell|tells|told|report|reports|reported|add|adds|added|announce|announces|announced|state|states|stated)$/i;
const CLAUSE_RELS = new Set(['ccomp', 'parataxis']);

/**
 * One name is the speaker (the subject of a verb of speech, or inside that subject: "officials in Peshawar said"),
 * the other stands in what was said: the verb's clausal complement ("Analysts at DNB Markets said the regulator could
 * demand the sale of farms in Shetland"), or the main clause the speech verb is hung on ("X crossed the border at
 * Torkham, officials in Peshawar said"). The text states no relation between them.
 */
function acrossSpeech(syn: TokenSyntax, words: readonly string[], a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const ua = headChain(syn, a), ub = headChain(syn, b);
  let p = 0, q = -1;
  for (; p < ua.length; p++) { q = ub.indexOf(ua[p]!); if (q >= 0) break; }
  if (q < 0) return false;
  // one name the other's ancestor: no clause lies between them
  if (p === 0 || q === 0) return false;
  const lca = ua[p]!;
  const subj = (r: string) => r === 'nsubj' || r.startsWith('nsubj:');
  const ra = syn.deprel[ua[p - 1]!]!, rb = syn.deprel[ub[q - 1]!]!;
  if (SPEECH.test(words[lca]!) && ((subj(ra) && CLAUSE_RELS.has(rb)) || (subj(rb) && CLAUSE_RELS.has(ra)))) return true;
  // a speech verb hung on the other name's clause, its subject the speaker
  const spokenBelow = (chain: number[], top: number) => {
    for (let k = 1; k < top; k++) {
      const v = chain[k]!;
      if (SPEECH.test(words[v]!) && subj(syn.deprel[chain[k - 1]!]!) && CLAUSE_RELS.has(syn.deprel[v]!) && chain[k + 1] === lca) return true;
    }
    return false;
  };
  return spokenBelow(ua, p) || spokenBelow(ub, q);
}

/**
 * The later name is a speaker after a comma ("..., Independent reported", "..., Smith said"): the earlier name stands in
 * what was said. (A speaker named before a description stays readable: "said Fred Demler, metals economist with X".)
 */
function speakerAfter(words: readonly string[], a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.end < b.start && words[b.start - 1] === ',' && SPEECH.test(words[b.end] ?? '');
}

const NEIGHBOUR = /^(?:neighbou?ring|neighbou?rs?|adjacent|bordering|nearby)$/i;

/** A word saying "neighbour" between the two names. */
function neighbourBetween(words: readonly string[], a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [lo, hi] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  for (let i = lo; i < hi; i++) if (NEIGHBOUR.test(words[i]!)) return true;
  return false;
}

/** One name's head is a conjunct of the other's, with "and" or "or" between them. */
function coordinated(syn: TokenSyntax, words: readonly string[], a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const x = headChain(syn, a)[0], y = headChain(syn, b)[0];
  if (x === undefined || y === undefined) return false;
  const [first, second] = x < y ? [x, y] : [y, x];
  if (syn.head[second] !== first || syn.deprel[second] !== 'conj') return false;
  const [lo, hi] = a.end <= b.start ? [a.end, b.start] : [b.end, a.start];
  for (let i = lo; i < hi; i++) if (/^(?:and|or)$/i.test(words[i]!) && syn.head[i] === second && syn.deprel[i] === 'cc') return true;
  return false;
}

/** The head token of a name (the one whose head lies outside it), then its ancestors up to the root. */
function headChain(syn: TokenSyntax, m: { start: number; end: number }): number[] {
  let x = -1;
  for (let i = m.start; i < m.end; i++) { const h = syn.head[i]!; if (h < m.start || h >= m.end) x = i; }
  const out: number[] = [];
  for (let guard = 0; x >= 0 && guard < 64; guard++, x = syn.head[x]!) out.push(x);
  return out;
}

/** A nationality word right after "in" ("in English", "in Spanish") names a language. */
const isLanguage = (m: ResolvedMention, words: readonly string[], pm: { start: number; end: number }) =>
  m.metonymy === 'demonym' && pm.end - pm.start === 1 && /^in$/i.test(words[pm.start - 1] ?? '');

/**
 * Can the gazetteer's world hold `inner` inside `outer`? Not a city inside a city ("hubs in Frankfurt, Munich"), nor a
 * country inside any country, region or city, nor a
 * place the gazetteer puts in one country inside another country. Unknown places stay possible.
 */
function placeCanContain(inner: Entity | undefined, outer: Entity | undefined, knowledge: Knowledge): boolean {
  if (!inner || !outer) return true;
  if (inner.type === 'city' && outer.type === 'city') return false;
  // ("Palestinians in the West Bank", "Armenians drove Azeris out": a state lies in no other state, region or city;
  // but "Serbia is the largest of Yugoslavia's six republics": a republic of a state that no longer exists lay in it)
  if (inner.type === 'country' && outer.type === 'country' && inner.gazetteerId && outer.gazetteerId && knowledge.formerlyWithin?.(inner.gazetteerId, outer.gazetteerId)) return true;
  if (inner.type === 'country' && (outer.type === 'country' || outer.type === 'region' || outer.type === 'city')) return false;
  if (outer.type !== 'country' || !inner.gazetteerId || !outer.gazetteerId) return true;
  const countries = knowledge.containers(inner.gazetteerId).filter((c) => c.startsWith('country:'));
  return !countries.length || countries.includes(outer.gazetteerId);
}

/**
 * Where a wire dateline ends ("TUCSON, Ariz. (AP) - ..." : the dash after the place and the agency).
 * Its names state where the story was filed and who filed it: CoNLL04 annotates the agency as based in
 * the dateline's city, which is not true of news, so the model reads nothing there.
 */
function datelineEndOf(seg: Segmented, dateline: Dateline): number {
  const s = seg.sentences[dateline.sentence];
  if (!s) return -1;
  for (let t = s.tokenStart; t < s.tokenEnd; t++) {
    const tok = seg.tokens[t]!;
    if (tok.start >= dateline.place.end && DATELINE_DASH.test(tok.text)) return tok.start;
  }
  return dateline.place.end;
}

const DATELINE_DASH = /^(?:[-–—]{1,2}|:|_)$/;

function found(type: number, head: ResolvedMention, tail: ResolvedMention, words: string[], confidence: number, s: number): Found {
  let kind: Found['kind'], predicate: string, cameo: string | null = null;
  switch (type) {
    case 0: // Work_For
      // a national office ("President X, a critic of the ruling party") is a role of a state, never of the organisation
      // (an honorific is no office: "Dr. Siti Hasmah" works for the body, she is not its "dr")
      if (head.title && !HONORIFIC.test(head.title) && !NATIONAL_TITLES.has(head.title.toLowerCase().split(/\s+/).pop()!)) { kind = 'role'; predicate = `${head.title.toLowerCase()} of`; } else { kind = 'affiliation'; predicate = 'works for'; }
      break;
    case 1: // Live_In
      kind = 'affiliation'; predicate = tail.metonymy === 'demonym' ? 'citizen of' : 'lives in';
      break;
    case 2: // Located_In
      kind = 'location'; predicate = 'located in';
      break;
    case 3: // OrgBased_In
      kind = 'location'; predicate = 'based in';
      break;
    default: // Kill
      kind = 'event'; predicate = 'killed'; cameo = words.some((w) => ASSASSINATION.test(w)) ? '186' : '1823';
  }
  return { source: head.entity, target: tail.entity, kind, predicate, cameo, confidence: clamp(confidence), sentences: [s], rule: MODEL_RULE };
}
