// What the tagger and the parser know about a word form before any context:
// its normalised spelling, lower case, affixes and shape, all as 32-bit hashes
// computed once per word so feature templates only combine numbers.
import { hashStr, mix } from '../ner/hash.ts';

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

/** Per-word hashes, one entry per word of a sentence (arrays reused across sentences). */
export class WordAtoms {
  /** Exact normalised form. */
  form = new Int32Array(64);
  /** Lower case. */
  lower = new Int32Array(64);
  /** Lower case with digits as 0: the parser's word identity. */
  word = new Int32Array(64);
  suf1 = new Int32Array(64);
  suf2 = new Int32Array(64);
  suf3 = new Int32Array(64);
  suf4 = new Int32Array(64);
  pre1 = new Int32Array(64);
  pre2 = new Int32Array(64);
  pre3 = new Int32Array(64);
  shape = new Int32Array(64);
  /** Bit flags: 1 capitalised, 2 all caps, 4 has a digit, 8 has a hyphen, 16 first word. */
  flags = new Int32Array(64);
  /** The normalised forms (the tag dictionary is looked up by them). */
  formText: string[] = [];
  n = 0;

  set(forms: readonly string[]): void {
    const n = forms.length;
    this.n = n;
    if (this.form.length < n) {
      const cap = n * 2;
      for (const k of ['form', 'lower', 'word', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'flags'] as const) this[k] = new Int32Array(cap);
    }
    this.formText.length = n;
    for (let i = 0; i < n; i++) {
      const f = normalizeForm(forms[i]!);
      const lo = f.toLowerCase();
      this.formText[i] = f;
      this.form[i] = hashStr(f);
      const lh = hashStr(lo);
      this.lower[i] = lh;
      this.word[i] = /\d/.test(lo) ? hashStr(lo.replace(/\d/g, '0')) : lh;
      const L = lo.length;
      this.suf1[i] = mix(1, hashStr(lo.slice(Math.max(0, L - 1))));
      this.suf2[i] = mix(2, hashStr(lo.slice(Math.max(0, L - 2))));
      this.suf3[i] = mix(3, hashStr(lo.slice(Math.max(0, L - 3))));
      this.suf4[i] = mix(4, hashStr(lo.slice(Math.max(0, L - 4))));
      this.pre1[i] = mix(5, hashStr(lo.slice(0, 1)));
      this.pre2[i] = mix(6, hashStr(lo.slice(0, 2)));
      this.pre3[i] = mix(7, hashStr(lo.slice(0, 3)));
      this.shape[i] = mix(8, hashStr(shapeOf(f)));
      const c0 = f[0]!;
      let fl = 0;
      if (c0 !== c0.toLowerCase()) fl |= 1;
      if (f.length > 1 && f === f.toUpperCase() && f !== lo) fl |= 2;
      if (/\d/.test(f)) fl |= 4;
      if (f.includes('-')) fl |= 8;
      if (i === 0) fl |= 16;
      this.flags[i] = fl;
    }
  }
}
