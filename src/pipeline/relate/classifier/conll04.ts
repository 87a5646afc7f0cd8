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
import { canRelate, labelOf, LOC, NONE, ORG, PEOP, RELATION_TYPES, type Coarse } from './labels.ts';

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
const PLACE_TYPES = new Set<EntityType>(['country', 'region', 'city', 'location']);
export const coarseOf = (t: EntityType): Coarse | undefined => (t === 'person' ? PEOP : t === 'organization' ? ORG : PLACE_TYPES.has(t) ? LOC : undefined);

/** A training sentence: the classifier's view of it and the gold label of every candidate pair (a < b). */
export interface LabelledSentence {
  sentence: PairSentence;
  /** gold[a * n + b] for mentions a < b. */
  gold: Uint8Array;
  /** The segmented text (for parsing at training time). */
  seg: Segmented;
}

export interface Conll04Readers {
  /** The recogniser's mentions of a segmented text (fine types, titles, gazetteer ids). */
  mentions?: (seg: Segmented) => Mention[];
  /** A parse of the segmented text over its tokens, when syntax features are wanted. */
  syntax?: (seg: Segmented) => TokenSyntax | undefined;
}

export function labelledSentences(items: Conll04Item[], readers: Conll04Readers = {}): LabelledSentence[] {
  return items.map((d) => labelledSentence(d, readers));
}

function labelledSentence(d: Conll04Item, readers: Conll04Readers): LabelledSentence {
  const text = d.tokens.join(' ');
  const seg = segment({ id: 'conll04', title: null, source: 'conll04', text });
  // character offsets of the item's tokens
  const starts: number[] = [];
  let pos = 0;
  for (const t of d.tokens) { starts.push(pos); pos += t.length + 1; }
  const toks = seg.tokens;
  const firstTokenAt = (c: number) => { let k = 0; while (k < toks.length && toks[k]!.end <= c) k++; return k; };
  const recognised = readers.mentions ? readers.mentions(seg) : [];
  const gold = goldEntities(d);
  const mentions: PairMention[] = [];
  const mentionOf = new Int32Array(gold.length).fill(-1);
  gold.forEach((g, gi) => {
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
  const n = mentions.length;
  const labels = new Uint8Array(n * n);
  for (const r of d.relations) {
    const type = (RELATION_TYPES as readonly string[]).indexOf(r.type);
    const h = mentionOf[r.head]!, t = mentionOf[r.tail]!;
    if (type < 0 || h < 0 || t < 0 || h === t) continue;
    const [a, b] = h < t ? [h, t] : [t, h];
    if (canRelate(mentions[a]!.coarse, mentions[b]!.coarse)) labels[a * n + b] = labelOf(type, h < t);
  }
  const sentence: PairSentence = { words: toks.map((t) => t.text), mentions };
  const syntax = readers.syntax?.(seg);
  if (syntax) sentence.syntax = syntax;
  return { sentence, gold: labels, seg };
}

export { NONE };
