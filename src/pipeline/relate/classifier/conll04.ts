// CoNLL04 (Roth & Yih 2004, in the JSON form of the SpERT split) as training
// pairs. Each item is read the way the pipeline would read it at run time: its
// tokens are joined by single spaces and segmented by the pipeline's own
// segmenter, so the words the features see are the pipeline's words. The gold
// entity spans (not the recogniser's) make the candidates; what the recogniser
// says about the same names (fine type, title, gazetteer id) is taken where it
// agrees on the class, so the features match what run time gives.
import type { EntityType, Mention, Segmented } from '../../../types.ts';
import { segment } from '../../segment.ts';
import type { PairMention, PairSentence, TokenSyntax } from './features.ts';
import type { ReadSentence } from './sentences.ts';
import { coarseOf, labelOf, LOC, NONE, ORG, PEOP, RELATION_TYPES, type Coarse } from './labels.ts';

export interface Conll04Relation { head: number; tail: number; type: string }
export interface Conll04Item { tokens: string[]; tags: string[]; relations: Conll04Relation[] }

export class Conll04FormatError extends Error {}

/** Check the shape of a parsed CoNLL04 JSON file; the message names the first bad item. */
export function readConll04(json: unknown): Conll04Item[] {
  if (!Array.isArray(json)) throw new Conll04FormatError('expected a JSON array of {tokens, tags, relations}');
  json.forEach((d, i) => {
    const ok = d && typeof d === 'object' && Array.isArray(d.tokens) && Array.isArray(d.tags) && Array.isArray(d.relations)
      && d.tokens.length === d.tags.length && d.tokens.every((t: unknown) => typeof t === 'string' && t.length > 0 && !/\s/.test(t))
      && d.tags.every((t: unknown) => typeof t === 'string' && /^(O|[BILU]-\w+)$/.test(t));
    if (!ok) throw new Conll04FormatError(`item ${i}: expected tokens (non-empty words) and as many BILOU tags`);
    const n = goldEntities(d as Conll04Item).length;
    for (const r of (d as Conll04Item).relations) {
      if (!(Number.isInteger(r?.head) && Number.isInteger(r?.tail) && r.head >= 0 && r.tail >= 0 && r.head < n && r.tail < n && typeof r.type === 'string')) {
        throw new Conll04FormatError(`item ${i}: relation ${JSON.stringify(r)} does not point at two of its ${n} entities`);
      }
    }
  });
  return json as Conll04Item[];
}

interface GoldEntity { type: string; start: number; end: number }

/** Entities from BILOU tags, as token ranges of the item, in order. */
function goldEntities(d: Conll04Item): GoldEntity[] {
  const out: GoldEntity[] = [];
  let open: GoldEntity | null = null;
  d.tags.forEach((tag, i) => {
    if (tag === 'O') { open = null; return; }
    const [b, type] = [tag[0], tag.slice(2)];
    if (b === 'U') { out.push({ type: type!, start: i, end: i + 1 }); open = null; } else if (b === 'B') open = { type: type!, start: i, end: i + 1 };
    else if (open) { open.end = i + 1; if (b === 'L') { out.push(open); open = null; } }
  });
  return out;
}

const COARSE: Record<string, Coarse | undefined> = { Peop: PEOP, Org: ORG, Loc: LOC };
export { coarseOf };

/** A training sentence: the classifier's view of it and the gold label of every candidate pair (a < b). */
export interface LabelledSentence {
  sentence: PairSentence;
  /** gold[a * n + b] for mentions a < b. */
  gold: Uint8Array;
  /** Gold relations no pair of these mentions can carry (a name not found, or found with a class the relation does not allow). */
  unreachable: number;
  /** The same, by relation type (RELATION_TYPES order). */
  unreachableByType: number[];
  /** Index of the item the sentence was read from (its gold and recognised readings share it). */
  item: number;
  /** Whose names make the candidates: the gold spans, or the recogniser's (what run time gives). */
  names: 'gold' | 'recognised';
  /** The segmented text (for parsing at training time). */
  seg: Segmented;
}

export interface Conll04Readers {
  /** The recogniser's mentions of a segmented text (fine types, titles, gazetteer ids). */
  mentions?: (seg: Segmented) => Mention[];
  /**
   * The sentences the classifier reads at run time in the analysed text (learned.ts
   * `articleSentences`): when given, the recognised reading of each item is these, one labelled
   * sentence per sentence of the segmenter, instead of the recogniser's names over the whole item.
   */
  read?: (seg: Segmented) => ReadSentence[];
  /** A parse of the segmented text over its tokens, when syntax features are wanted. */
  syntax?: (seg: Segmented) => TokenSyntax | undefined;
}

/**
 * Each item as a labelled sentence over the gold entity spans; with `predicted`, as a second one over the
 * recogniser's own mentions (needs `readers.mentions`), labelled where its names overlap the gold ones.
 * The second kind is what run time gives: names cut differently, or typed wrongly, and the model
 * learns not to read a relation into a list of places it was told are people.
 */
export function labelledSentences(items: Conll04Item[], readers: Conll04Readers = {}, which: 'gold' | 'predicted' | 'both' = 'gold'): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (let i = 0; i < items.length; i++) {
    const both = labelledSentence(items[i]!, i, readers, which !== 'gold');
    if (which !== 'predicted') out.push(both.gold);
    if (both.predicted) out.push(...both.predicted);
  }
  return out;
}

function labelledSentence(d: Conll04Item, item: number, readers: Conll04Readers, predicted: boolean): { gold: LabelledSentence; predicted?: LabelledSentence[] } {
  const text = d.tokens.join(' ');
  const seg = segment({ id: 'conll04', title: null, source: 'conll04', text });
  // character offsets of the item's tokens
  const starts: number[] = [];
  let pos = 0;
  for (const t of d.tokens) { starts.push(pos); pos += t.length + 1; }
  const toks = seg.tokens;
  const firstTokenAt = (c: number) => { let k = 0; while (k < toks.length && toks[k]!.end <= c) k++; return k; };
  const recognised = readers.mentions ? readers.mentions(seg) : [];
  const gold_ = goldEntities(d);
  const mentions: PairMention[] = [];
  const mentionOf = new Int32Array(gold_.length).fill(-1);
  gold_.forEach((g, gi) => {
    const coarse = COARSE[g.type];
    if (coarse === undefined) return;
    const from = starts[g.start]!, to = starts[g.end - 1]! + d.tokens[g.end - 1]!.length;
    const start = firstTokenAt(from);
    let end = start;
    while (end < toks.length && toks[end]!.start < to) end++;
    if (end <= start) return;
    // what the recogniser says about an overlapping name of the same class
    const r = recognised.find((m) => m.start < to && from < m.end && coarseOf(m.type) === coarse);
    const fine: EntityType = r ? r.type : coarse === PEOP ? 'person' : coarse === ORG ? 'organization' : 'location';
    const m: PairMention = { start, end, coarse, fine };
    if (r?.title) m.title = r.title;
    if (r?.gazetteerId) m.gazetteerId = r.gazetteerId;
    mentionOf[gi] = mentions.length;
    mentions.push(m);
  });
  // keep them sorted and apart (gold spans never overlap; the mapping onto our tokens could make them touch)
  const words = toks.map((t) => t.text);
  const syntax = readers.syntax?.(seg);
  const make = (ms: PairMention[], of: (gold: number) => number, names: LabelledSentence['names']): LabelledSentence => {
    const n = ms.length;
    const labels = new Uint8Array(n * n);
    let unreachable = 0;
    const unreachableByType = RELATION_TYPES.map(() => 0);
    for (const r of d.relations) {
      const type = (RELATION_TYPES as readonly string[]).indexOf(r.type);
      if (type < 0) continue;
      const h = of(r.head), t = of(r.tail);
      const [a, b] = h < t ? [h, t] : [t, h];
      const [hc, tc] = SIGNATURE_OF[type]!;
      if (h < 0 || t < 0 || h === t || ms[h]!.coarse !== hc || ms[t]!.coarse !== tc) { unreachable++; unreachableByType[type]!++; continue; }
      labels[a * n + b] = labelOf(type, h < t);
    }
    const sentence: PairSentence = { words, mentions: ms };
    if (syntax) sentence.syntax = syntax;
    return { sentence, gold: labels, unreachable, unreachableByType, item, names, seg };
  };
  const gold = make(mentions, (g) => mentionOf[g]!, 'gold');
  if (!predicted) return { gold };
  if (readers.read) return { gold, predicted: runTimeSentences(d, item, seg, readers.read(seg), gold_, starts) };
  // the recogniser's own names, each standing for the first gold entity it overlaps
  const own: PairMention[] = [], ownOf = new Int32Array(gold_.length).fill(-1);
  let lastEnd = -1;
  for (const r of [...recognised].sort((x, y) => x.start - y.start || y.end - x.end)) {
    const coarse = coarseOf(r.type);
    if (coarse === undefined || r.start < lastEnd) continue;
    const start = firstTokenAt(r.start);
    let end = start;
    while (end < toks.length && toks[end]!.start < r.end) end++;
    if (end <= start || toks[start]!.start !== r.start || toks[end - 1]!.end !== r.end) continue;
    const m: PairMention = { start, end, coarse, fine: r.type };
    if (r.title) m.title = r.title;
    if (r.gazetteerId) m.gazetteerId = r.gazetteerId;
    const g = gold_.findIndex((x, gi) => ownOf[gi] === -1 && starts[x.start]! < r.end && r.start < starts[x.end - 1]! + d.tokens[x.end - 1]!.length);
    if (g >= 0) ownOf[g] = own.length;
    own.push(m);
    lastEnd = r.end;
  }
  return { gold, predicted: [make(own, (g) => ownOf[g]!, 'recognised')] };
}

/**
 * The item as run time reads it: each sentence the classifier would be handed, its names labelled
 * where they overlap gold entities (each gold entity stands for the first name of the sentence that
 * overlaps it). A gold relation no sentence carries is counted once, on the first sentence (an item
 * with no such sentence gives an empty one that only carries the count).
 */
function runTimeSentences(d: Conll04Item, item: number, seg: Segmented, read: ReadSentence[], gold: GoldEntity[], starts: number[]): LabelledSentence[] {
  const span = (g: GoldEntity) => [starts[g.start]!, starts[g.end - 1]! + d.tokens[g.end - 1]!.length] as const;
  const carried = new Uint8Array(d.relations.length);
  const out: LabelledSentence[] = read.map(({ s, sentence }) => {
    const from = seg.sentences[s]!.tokenStart, ms = sentence.mentions, n = ms.length;
    const of = new Int32Array(gold.length).fill(-1);
    ms.forEach((m, k) => {
      const a = seg.tokens[from + m.start]!.start, b = seg.tokens[from + m.end - 1]!.end;
      const g = gold.findIndex((x, gi) => of[gi] === -1 && span(x)[0] < b && a < span(x)[1]);
      if (g >= 0) of[g] = k;
    });
    const labels = new Uint8Array(n * n);
    d.relations.forEach((r, j) => {
      const type = (RELATION_TYPES as readonly string[]).indexOf(r.type);
      if (type < 0) return;
      const h = of[r.head]!, t = of[r.tail]!;
      const [hc, tc] = SIGNATURE_OF[type]!;
      if (h < 0 || t < 0 || h === t || ms[h]!.coarse !== hc || ms[t]!.coarse !== tc) return;
      labels[Math.min(h, t) * n + Math.max(h, t)] = labelOf(type, h < t);
      carried[j] = 1;
    });
    return { sentence, gold: labels, unreachable: 0, unreachableByType: RELATION_TYPES.map(() => 0), item, names: 'recognised' as const, seg };
  });
  if (!out.length) out.push({ sentence: { words: [], mentions: [] }, gold: new Uint8Array(0), unreachable: 0, unreachableByType: RELATION_TYPES.map(() => 0), item, names: 'recognised', seg });
  d.relations.forEach((r, j) => {
    const type = (RELATION_TYPES as readonly string[]).indexOf(r.type);
    if (type < 0 || carried[j]) return;
    out[0]!.unreachable++;
    out[0]!.unreachableByType[type]!++;
  });
  return out;
}

/** Head and tail class of each relation type, in RELATION_TYPES order. */
const SIGNATURE_OF: ReadonlyArray<readonly [Coarse, Coarse]> = [[PEOP, ORG], [PEOP, LOC], [LOC, LOC], [ORG, LOC], [PEOP, PEOP]];

export { NONE };
