// Gazetteer lexicons as the tagger sees them: lower-cased token sequences
// (up to MAX_LEN tokens) hashed into a map from sequence hash to a bit set of
// list memberships. Built at training time (lexicon-sources.ts) and stored in the
// model file, so run time needs neither the npm data packages nor the network.
import { hashStr, mix } from './hash.ts';
import { UintIndex } from '../uint-index.ts';

/** The lists; their order is part of the model format. */
export const LISTS = ['country', 'demonym', 'capital', 'region', 'city', 'firstname', 'orgword', 'title', 'worldregion', 'calendar', 'surname'] as const;
export type ListName = (typeof LISTS)[number];
export const MAX_LEN = 6;
/** Bit set on a sequence that begins a longer entry, so matching continues. */
const PREFIX_BIT = 1 << 15;
const SEQ_SEED = 0x2f0b3c1d;

export const startSeq = (firstLowerHash: number): number => mix(SEQ_SEED, firstLowerHash);
export const extendSeq = (h: number, nextLowerHash: number): number => mix(h, nextLowerHash);

/** Split a name into tokens roughly as the segmenter would ("St. Louis" -> St. Louis; "Côte d'Ivoire" stays). */
export function nameTokens(name: string): string[] {
  const out: string[] = [];
  for (const chunk of name.trim().split(/\s+/)) {
    const m = /^([("]*)(.*?)([)",;:]*)$/.exec(chunk)!;
    for (const c of m[1]!) out.push(c);
    if (m[2]) out.push(m[2]);
    for (const c of m[3]!) out.push(c);
  }
  return out;
}

/** Lower-case with typographic quotes and dashes as ASCII, as the tagger hashes tokens (features.ts plainChar). */
export function lexiconKey(token: string): string {
  return token.toLowerCase().replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d\u201f]/g, '"').replace(/[\u2010-\u2015]/g, '-');
}

export class Lexicon {
  private entries: Map<number, number> | null;
  /** A lexicon read from a model (fromArrays): its sequences in an index, made into a Map only if asked for one. */
  private read: { index: UintIndex; keys: Uint32Array; values: Uint32Array } | null = null;
  constructor(map = new Map<number, number>()) { this.entries = map; }

  /** Sequence hash -> list bits (a lexicon read from a model makes it on first use). */
  get map(): Map<number, number> {
    if (!this.entries) {
      const { keys, values } = this.read!;
      this.entries = new Map();
      for (let i = 0; i < keys.length; i++) this.entries.set(keys[i]!, values[i]!);
      this.read = null;
    }
    return this.entries;
  }

  add(name: string, list: ListName): void {
    const toks = nameTokens(name);
    if (!toks.length || toks.length > MAX_LEN) return;
    const bit = 1 << LISTS.indexOf(list);
    let h = 0;
    toks.forEach((t, k) => {
      h = k === 0 ? startSeq(hashStr(lexiconKey(t))) : extendSeq(h, hashStr(lexiconKey(t)));
      const last = k === toks.length - 1;
      this.map.set(h, (this.map.get(h) ?? 0) | (last ? bit : PREFIX_BIT));
    });
  }

  /**
   * Longest-first matches inside tokens [from, to), given lower-cased token hashes.
   * Calls `hit(start, end, bits)` for every matching sequence (several per start possible).
   */
  match(lowerHash: Uint32Array, from: number, to: number, hit: (start: number, end: number, bits: number) => void): void {
    const index = this.read?.index, map = index ? null : this.map;
    for (let i = from; i < to; i++) {
      let h = startSeq(lowerHash[i]!);
      for (let k = i; k < to && k - i < MAX_LEN; k++) {
        if (k > i) h = extendSeq(h, lowerHash[k]!);
        const v = index ? index.get(h) : map!.get(h) ?? -1;
        if (v < 0) break;
        if (v & ~PREFIX_BIT) hit(i, k + 1, v & ~PREFIX_BIT);
        if (!(v & PREFIX_BIT)) break;
      }
    }
  }

  /** Serialise as two parallel Uint32Arrays (keys sorted, for a deterministic file). */
  toArrays(): { keys: Uint32Array; values: Uint32Array } {
    const keys = Uint32Array.from(this.map.keys()).sort();
    const values = Uint32Array.from(keys, (k) => this.map.get(k)!);
    return { keys, values };
  }

  static fromArrays(keys: Uint32Array, values: Uint32Array): Lexicon {
    const lexicon = new Lexicon();
    const index = new UintIndex(keys.length);
    for (let i = 0; i < keys.length; i++) {
      // bits of the lists (and PREFIX_BIT): a value past 31 bits is no lexicon's, kept as a Map would keep it
      if (values[i]! > 0x7fffffff) return new Lexicon(new Map(Array.from(keys, (k, j) => [k, values[j]!])));
      index.set(keys[i]!, values[i]!);
    }
    lexicon.entries = null;
    lexicon.read = { index, keys, values };
    return lexicon;
  }
}
