// A parsed sentence as the grammar reader walks it: children by relation, each
// word's lower-cased form, and which entity unit a word heads. Built once per
// sentence that has a trigger word; the parse itself comes from the parse stage
// (types.ts: ParsedSentence, UD v2 relations with subtypes).
import type { ParsedSentence, SyntaxWord } from '../../../types.ts';
import type { Unit } from '../units.ts';

export class Tree {
  readonly words: SyntaxWord[];
  readonly lower: string[];
  private readonly kids: number[][];
  /** Each word's relation, with passives the parse labelled as actives relabelled (see passiveLabels). */
  private readonly rels: string[];
  /** Each word's head, with a passive's stray agent moved back to its verb (see strayAgents). */
  private readonly heads: Int32Array;
  /** Unit index of the entity each word heads (the word of a mention whose head lies outside it). */
  private readonly unitOf: Int32Array;
  /** Unit index covering each word, entity or not (for pronouns and function words). */
  private readonly coverOf: Int32Array;

  constructor(parse: ParsedSentence, units: readonly Unit[]) {
    this.words = parse.words;
    const n = parse.words.length;
    this.lower = parse.words.map((w) => w.text.toLowerCase());
    this.kids = Array.from({ length: n }, () => []);
    parse.words.forEach((w, i) => { if (w.head >= 0 && w.head < n && w.head !== i) this.kids[w.head]!.push(i); });
    this.rels = passiveLabels(parse.words, this.lower, this.kids);
    this.heads = Int32Array.from(parse.words, (w) => w.head);
    strayAgents(this.heads, this.rels, this.lower, this.kids);
    possessorCases(this.words, this.heads, this.rels, this.kids);
    this.unitOf = new Int32Array(n).fill(-1);
    this.coverOf = new Int32Array(n).fill(-1);
    let u = 0;
    for (let i = 0; i < n; i++) {
      const w = parse.words[i]!;
      while (u < units.length && units[u]!.end <= w.start) u++;
      const x = units[u];
      if (x && x.start < w.end && w.start < x.end) this.coverOf[i] = u;
    }
    // A mention's head word: inside the mention, with its head outside it.
    for (let i = 0; i < n; i++) {
      const k = this.coverOf[i]!;
      const x = k >= 0 ? units[k] : undefined;
      if (!x?.entity || x.partial) continue;
      const h = parse.words[i]!.head;
      const outside = h < 0 || h >= n || this.coverOf[h] !== k;
      if (outside) this.unitOf[i] = k;
    }
  }

  get size(): number { return this.words.length; }
  rel(i: number): string { return this.rels[i]!; }
  head(i: number): number { return this.heads[i]!; }
  upos(i: number): string { return this.words[i]!.upos; }
  /** Children of word i, optionally only those whose relation is (or starts with, "obl" also finds "obl:agent") one of `rels`. */
  children(i: number, ...rels: string[]): number[] {
    const all = this.kids[i] ?? [];
    if (!rels.length) return all;
    return all.filter((c) => { const r = this.rel(c); return rels.some((x) => r === x || r.startsWith(`${x}:`)); });
  }
  /** Children whose relation is exactly one of `rels` ("nsubj" and not "nsubj:pass"). */
  exactly(i: number, ...rels: string[]): number[] {
    return (this.kids[i] ?? []).filter((c) => rels.includes(this.rel(c)));
  }
  /** The case word of a nominal ("of", "with", "against"), if it has one. */
  caseOf(i: number): string | undefined {
    const c = (this.kids[i] ?? []).find((k) => this.rel(k) === 'case');
    return c === undefined ? undefined : this.lower[c];
  }
  /**
   * Is word i hung beside its head as an aside: an apposition, or a conjunct of a list with no "and" (how the parse
   * often reads "for the Kenya Red Cross, Mary Wanjiku, said")?
   */
  isAside(i: number): boolean {
    const r = this.rel(i);
    return r === 'appos' || (r === 'conj' && !this.children(this.head(i), 'conj').some((c) => this.children(c, 'cc').length > 0));
  }
  /** Unit index of the entity word i heads, or -1. */
  entityUnit(i: number): number { return this.unitOf[i]!; }
  /** Unit index covering word i, or -1. */
  unit(i: number): number { return this.coverOf[i]!; }
  /** Word indices, in order, of the ancestors of i (parent first). */
  ancestors(i: number): number[] {
    const out: number[] = [];
    for (let h = this.head(i), guard = 0; h >= 0 && guard < this.size; h = this.head(h), guard++) out.push(h);
    return out;
  }
}

/** Forms of "be" that make a passive with a verb's participle. */
const BE_FORMS = new Set(['be', 'is', 'am', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);

/**
 * The relations with passives restored: the parse sometimes labels a passive's subject plain `nsubj` and its "be"
 * plain `aux` ("Diplomatic ties with Russia were severed by Ukraine": ties nsubj, were aux). A verb with an
 * `obl:agent`, or with an auxiliary "be" and a form not in -ing (the progressive), is passive: its `nsubj` is
 * `nsubj:pass` and that auxiliary `aux:pass`; not one with no "be" and a direct object, whose agent is the object's.
 */
function passiveLabels(words: readonly SyntaxWord[], lower: readonly string[], kids: readonly number[][]): string[] {
  const rels = words.map((w) => w.deprel);
  for (let v = 0; v < words.length; v++) {
    if (words[v]!.upos !== 'VERB') continue;
    const children = kids[v] ?? [];
    if (children.some((c) => rels[c] === 'nsubj:pass' || rels[c] === 'aux:pass')) continue;
    const be = children.filter((c) => rels[c] === 'aux' && BE_FORMS.has(lower[c]!));
    const agent = children.some((c) => rels[c] === 'obl:agent');
    if (!agent && (!be.length || /ing$/.test(lower[v]!))) continue;
    // ("France condemned X's arrest by Russia": an active verb with its object, the agent the object's, hung on the verb)
    if (!be.length && children.some((c) => rels[c] === 'obj')) continue;
    for (const c of children) {
      if (rels[c] === 'nsubj') rels[c] = 'nsubj:pass';
      else if (be.includes(c)) rels[c] = 'aux:pass';
    }
  }
  return rels;
}

/**
 * "was signed on Monday by A and B", "signed in Rome by A": the parse may hang a passive's "by" phrase on the time or
 * place phrase before it. A "by" phrase under an obl (not itself a "by" phrase) of a passive verb or participle with
 * no agent of its own is the verb's agent: it is moved to the verb as `obl:agent`, with a name after it and "and"
 * as its conjunct.
 */
function strayAgents(heads: Int32Array, rels: string[], lower: readonly string[], kids: number[][]): void {
  for (let v = 0; v < heads.length; v++) {
    const children = kids[v]!;
    // (a passive, or a participle on a noun: "the agreement, signed in Rome by A and B,")
    const passive = children.some((c) => rels[c] === 'nsubj:pass' || rels[c] === 'aux:pass') || (rels[v] === 'acl' && /ed$/.test(lower[v]!));
    if (!passive || children.some((c) => rels[c] === 'obl:agent')) continue;
    for (const o of children.filter((c) => c > v && rels[c] === 'obl' && !caseIs(kids, rels, lower, c, 'by'))) {
      const agent = kids[o]!.find((n) => n > o && rels[n] === 'nmod' && caseIs(kids, rels, lower, n, 'by'));
      if (agent === undefined) continue;
      kids[o] = kids[o]!.filter((n) => n !== agent);
      children.push(agent);
      children.sort((a, b) => a - b);
      heads[agent] = v;
      rels[agent] = 'obl:agent';
      // ("by A and B": the second name hung beside the first, its "and" on it, is the agent's conjunct)
      // (the "and" may hang on a word of the second name: "and Lufthansa Chief Executive Carsten Spohr")
      const and = (n: number) => { for (let x = agent + 1; x < n; x++) if (rels[x] === 'cc' && (lower[x] === 'and' || lower[x] === '&')) return true; return false; };
      for (const n of kids[o]!.filter((n) => n > agent && rels[n] === 'nmod' && !kids[n]!.some((c) => rels[c] === 'case') && and(n))) {
        kids[o] = kids[o]!.filter((x) => x !== n);
        kids[agent]!.push(n);
        kids[agent]!.sort((a, b) => a - b);
        heads[n] = agent;
        rels[n] = 'conj';
      }
      break;
    }
  }
}

/**
 * "was fined by France's Data Protection Commission": the parse may hang the preposition of a possessed phrase on its
 * possessor ("by" under "France", nmod:poss), as if the possessor were the preposition's noun. A preposition before a
 * possessor belongs to the noun the possessor modifies: it is moved there.
 */
function possessorCases(words: readonly SyntaxWord[], heads: Int32Array, rels: readonly string[], kids: number[][]): void {
  for (let p = 0; p < heads.length; p++) {
    const owned = heads[p]!;
    if (rels[p] !== 'nmod:poss' || owned <= p || owned >= heads.length) continue;
    for (const c of kids[p]!.filter((c) => c < p && rels[c] === 'case' && words[c]!.upos === 'ADP')) {
      if (kids[owned]!.some((x) => rels[x] === 'case' && words[x]!.upos === 'ADP')) continue;
      kids[p] = kids[p]!.filter((x) => x !== c);
      kids[owned]!.push(c);
      kids[owned]!.sort((a, b) => a - b);
      heads[c] = owned;
    }
  }
}

/** Does nominal i take the case word `word` (on itself, or on a word of its name: "by" hung on "Giancarlo" of "Giancarlo Giorgetti")? */
function caseIs(kids: number[][], rels: readonly string[], lower: readonly string[], i: number, word: string): boolean {
  return kids[i]!.some((c) => (rels[c] === 'case' && lower[c] === word) || (c < i && (rels[c] === 'compound' || rels[c] === 'flat') && kids[c]!.some((d) => rels[d] === 'case' && lower[d] === word)));
}
