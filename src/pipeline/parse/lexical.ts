// What the tagger and the parser know about a word form before any context:
// its normalised spelling, lower case, affixes and shape, all as 32-bit hashes
// computed once per distinct form (a bounded cache: news repeats its words)
// so feature templates only combine numbers.
import { hashStr } from '../ner/hash.ts';
import { FORM_ENTRIES, SENTENCE_WORDS } from './capacity.ts';
import { mix } from './hash.ts';
import { classKey } from './word-classes.ts';

/**
 * Typographic quotes and dashes read as the ASCII forms the treebank mostly uses;
 * digits collapse to 0 in the parser's word atom (years, amounts and phone
 * numbers behave alike), never in the text the caller gets back.
 */
export function normalizeForm(form: string): string {
  if (/^[\x20-\x7e]*$/.test(form)) return form;
  return form.replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″]/g, '"').replace(/[–—―]/g, '--').replace(/…/g, '...');
}

/** Word shape with runs collapsed: "Kuleba" -> "Xx", "U.S." -> "X.X.", "2022" -> "d", "COVID-19" -> "X-d". */
export function shapeOf(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i]!;
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Atom fields of a form, in the order they are stored per cache entry. */
const F_FORM = 0, F_LOWER = 1, F_WORD = 2, F_SUF1 = 3, F_SUF2 = 4, F_SUF3 = 5, F_SUF4 = 6, F_PRE1 = 7, F_PRE2 = 8, F_PRE3 = 9, F_SHAPE = 10, F_FLAGS = 11, F_COARSE = 12, F_FINE = 13;
const FIELDS = 14;

/**
 * Word classes learned from unlabeled text (word-classes.ts): class key -> coarse class << 16 |
 * fine class. Words without one (rare, unseen, or no classes loaded) share one value of each.
 */
export type WordClassTable = ReadonlyMap<string, number>;
const NO_CLASS = 0xffff;
/** Distinct forms kept before the cache starts over. */
const MAX_ENTRIES = 1 << 16;

/** Flag bits: capitalised, all caps, has a digit, has a hyphen. */
export const CAPITALISED = 1, ALL_CAPS = 2, HAS_DIGIT = 4, HAS_HYPHEN = 8;

/** Per-word hashes, one entry per word of a sentence (arrays reused across sentences). */
export class WordAtoms {
  /** Exact normalised form. */
  form = new Int32Array(SENTENCE_WORDS);
  /** Lower case. */
  lower = new Int32Array(SENTENCE_WORDS);
  /** Lower case with digits as 0: the parser's word identity. */
  word = new Int32Array(SENTENCE_WORDS);
  suf1 = new Int32Array(SENTENCE_WORDS);
  suf2 = new Int32Array(SENTENCE_WORDS);
  suf3 = new Int32Array(SENTENCE_WORDS);
  suf4 = new Int32Array(SENTENCE_WORDS);
  pre1 = new Int32Array(SENTENCE_WORDS);
  pre2 = new Int32Array(SENTENCE_WORDS);
  pre3 = new Int32Array(SENTENCE_WORDS);
  shape = new Int32Array(SENTENCE_WORDS);
  /** CAPITALISED | ALL_CAPS | HAS_DIGIT | HAS_HYPHEN. */
  flags = new Int32Array(SENTENCE_WORDS);
  /** Hashes of the word's coarse and fine classes. */
  coarse = new Int32Array(SENTENCE_WORDS);
  fine = new Int32Array(SENTENCE_WORDS);
  /** Cache entry of each word's form; valid until `generation` changes. */
  entry = new Int32Array(SENTENCE_WORDS);
  /** The normalised forms (the tag dictionary is looked up by them). */
  formText: string[] = [];
  n = 0;
  /** Bumped whenever the form cache starts over (entry numbers are reused). */
  generation = 0;

  private readonly entries = new Map<string, number>();
  private store = new Int32Array(FORM_ENTRIES * FIELDS);
  private texts: string[] = [];

  constructor(private readonly classes: WordClassTable = new Map()) {}

  set(forms: readonly string[]): void {
    const n = forms.length;
    this.n = n;
    if (this.form.length < n) {
      const cap = n * 2;
      for (const k of ['form', 'lower', 'word', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'flags', 'coarse', 'fine', 'entry'] as const) this[k] = new Int32Array(cap);
    }
    if (this.entries.size + n > MAX_ENTRIES) { this.entries.clear(); this.texts = []; this.generation++; }
    this.formText.length = n;
    for (let i = 0; i < n; i++) {
      const f = forms[i]!;
      let e = this.entries.get(f);
      if (e === undefined) e = this.add(f);
      const o = e * FIELDS, st = this.store;
      this.entry[i] = e;
      this.formText[i] = this.texts[e]!;
      this.form[i] = st[o + F_FORM]!; this.lower[i] = st[o + F_LOWER]!; this.word[i] = st[o + F_WORD]!;
      this.suf1[i] = st[o + F_SUF1]!; this.suf2[i] = st[o + F_SUF2]!; this.suf3[i] = st[o + F_SUF3]!; this.suf4[i] = st[o + F_SUF4]!;
      this.pre1[i] = st[o + F_PRE1]!; this.pre2[i] = st[o + F_PRE2]!; this.pre3[i] = st[o + F_PRE3]!;
      this.shape[i] = st[o + F_SHAPE]!; this.flags[i] = st[o + F_FLAGS]!;
      this.coarse[i] = st[o + F_COARSE]!; this.fine[i] = st[o + F_FINE]!;
    }
  }

  private add(raw: string): number {
    const e = this.entries.size;
    this.entries.set(raw, e);
    if ((e + 1) * FIELDS > this.store.length) { const g = new Int32Array(this.store.length * 2); g.set(this.store); this.store = g; }
    const f = normalizeForm(raw);
    const lo = f.toLowerCase();
    const o = e * FIELDS, st = this.store;
    this.texts[e] = f;
    st[o + F_FORM] = hashStr(f);
    const lh = hashStr(lo);
    st[o + F_LOWER] = lh;
    st[o + F_WORD] = /\d/.test(lo) ? hashStr(lo.replace(/\d/g, '0')) : lh;
    const L = lo.length;
    st[o + F_SUF1] = mix(1, hashStr(lo.slice(Math.max(0, L - 1))));
    st[o + F_SUF2] = mix(2, hashStr(lo.slice(Math.max(0, L - 2))));
    st[o + F_SUF3] = mix(3, hashStr(lo.slice(Math.max(0, L - 3))));
    st[o + F_SUF4] = mix(4, hashStr(lo.slice(Math.max(0, L - 4))));
    st[o + F_PRE1] = mix(5, hashStr(lo.slice(0, 1)));
    st[o + F_PRE2] = mix(6, hashStr(lo.slice(0, 2)));
    st[o + F_PRE3] = mix(7, hashStr(lo.slice(0, 3)));
    st[o + F_SHAPE] = mix(8, hashStr(shapeOf(f)));
    const c0 = f[0]!;
    let fl = 0;
    if (c0 !== c0.toLowerCase()) fl |= CAPITALISED;
    if (f.length > 1 && f === f.toUpperCase() && f !== lo) fl |= ALL_CAPS;
    if (/\d/.test(f)) fl |= HAS_DIGIT;
    if (f.includes('-')) fl |= HAS_HYPHEN;
    st[o + F_FLAGS] = fl;
    const c = this.classes.get(classKey(f));
    st[o + F_COARSE] = mix(9, c === undefined ? NO_CLASS : c >>> 16);
    st[o + F_FINE] = mix(10, c === undefined ? NO_CLASS : c & 0xffff);
    return e;
  }
}
