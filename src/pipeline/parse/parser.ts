// A loaded parser: tags and parses word lists (CoNLL-U input) and the
// sentences of a segmented article (the pipeline's stage), with the model's
// weights in the run-time tables.
import type { Parsed, ParsedSentence, Segmented, SyntaxWord, Upos } from '../../types.ts';
import { UPOS_TAGS } from '../../types.ts';
import type { ArcEager } from './arc-eager.ts';
import { SENTENCE_WORDS } from './capacity.ts';
import { Scratch, TagCache, tagSentence, type Weights } from './decode.ts';
import { BeamScratch, parseTagged } from './beam.ts';
import { WordAtoms } from './lexical.ts';
import type { ParserModel } from './model.ts';
import { MoveTable, SparseTable } from './tables.ts';
import type { ParserTables } from './table-file.ts';
import { sentenceWords } from './words.ts';
import { insideName, nameTags, type NameSpan } from './name-tags.ts';
import { repairTree } from './tree-repairs.ts';
import { reportingTail, type TailSplit } from './reporting-tail.ts';
import { subjectAside, type AsideSplit } from './subject-aside.ts';
import { subjectList, type ListSplit } from './subject-list.ts';
import { frontedPhrase, type FrontedSplit } from './fronted-phrase.ts';
import { classKey } from './word-classes.ts';

/** One word's analysis: UPOS, head (index in the sentence, -1 for the root) and UD relation. */
export interface WordAnalysis { upos: Upos; head: number; deprel: string }

export class DependencyParser {
  /** The model's inventories and weights as run-time tables (what a cache keeps: table-file.ts). */
  readonly tables: ParserTables;
  private readonly labels: string[];
  private readonly weights: Weights;
  private readonly atoms: WordAtoms;
  private readonly scratch = new Scratch();
  private tags = new Int32Array(SENTENCE_WORDS);
  private readonly tagCache: TagCache;
  private readonly tagNames: Upos[];
  private readonly knownWord: (form: string) => boolean;
  /** States the parser keeps at every step (1: greedy; beam.ts). */
  readonly beam: number;
  private readonly beamScratch = new BeamScratch();

  /**
   * A parser of a decoded model (its tables built here), or of tables built before. It decodes
   * with the beam width the model was trained with unless `beam` says otherwise.
   */
  constructor(model: ParserModel | ParserTables, opts: { beam?: number } = {}) {
    const t = model.moves instanceof MoveTable ? model as ParserTables : tablesOf(model as ParserModel);
    this.tables = t;
    this.beam = opts.beam ?? t.beam ?? 1;
    if (!Number.isInteger(this.beam) || this.beam < 1) throw new Error(`beam width ${this.beam} is not a whole number of at least 1`);
    this.labels = t.labels;
    const classes = new Map(Object.entries(t.wordClasses ?? {}));
    this.atoms = new WordAtoms(classes);
    this.knownWord = (form) => classes.has(classKey(form));
    this.tagNames = t.tags.map((tag) => {
      if (!(UPOS_TAGS as readonly string[]).includes(tag)) throw new Error(`model tag "${tag}" is not a UD UPOS tag`);
      return tag as Upos;
    });
    this.weights = {
      tagDict: new Map(Object.entries(t.tagDict)),
      tagger: t.tagger, nTags: t.tags.length,
      ...(t.tagger2 ? { tagger2: t.tagger2, retagMargin: t.retagMargin ?? Infinity } : {}),
      moves: t.moves,
      labeller: t.labeller, nLabels: t.labels.length,
      root: t.labels.indexOf('root'),
      ...(t.punct ? { punct: t.punct, punctLabel: t.labels.indexOf('punct') } : {}),
    };
    this.tagCache = new TagCache(this.weights, this.scratch, this.atoms);
  }

  /** Tag and parse one sentence given as word forms. */
  parseWords(forms: readonly string[]): WordAnalysis[] {
    const n = forms.length;
    if (!n) return [];
    const { head, label, tags } = this.analyseWhole(forms);
    const out: WordAnalysis[] = new Array(n);
    const labels = this.labels, tagNames = this.tagNames;
    for (let i = 0; i < n; i++) out[i] = { upos: tagNames[tags[i]!]!, head: head[i]!, deprel: labels[label[i]!]! };
    repairTree(out, forms);
    return out;
  }

  /**
   * Tags (in this.tags) and the parse state of a non-empty sentence, valid until the next call.
   * `given` returns the tags the words must have where the first tagging disagrees (name-tags.ts).
   */
  private analyse(forms: readonly string[], given?: (tags: Int32Array) => Int32Array | null): ArcEager {
    const n = forms.length, a = this.atoms, x = this.scratch;
    a.set(forms);
    if (this.tags.length < n) this.tags = new Int32Array(n * 2);
    tagSentence(a, this.weights, this.tags, x, this.tagCache);
    const fixed = given?.(this.tags);
    if (fixed) tagSentence(a, this.weights, this.tags, x, this.tagCache, fixed);
    return parseTagged(x.atoms(a, this.tags), n, this.weights, x, this.beamScratch, this.beam);
  }

  /**
   * Tags, heads (-1 for the root) and relation indices of a non-empty sentence, a closing reporting tail
   * (", X said.") parsed apart from its statement where the whole parse did not put the statement under it
   * (reporting-tail.ts).
   */
  private analyseWhole(forms: readonly string[], given?: (tags: Int32Array) => Int32Array | null): { head: Int32Array; label: Int32Array; tags: Int32Array } {
    const n = forms.length;
    const st = this.analyse(forms, given);
    const head = new Int32Array(n), label = new Int32Array(n);
    for (let i = 0; i < n; i++) { const h = st.head[i]!; head[i] = h === n ? -1 : h; label[i] = st.label[i]!; }
    const tags = this.tags.slice(0, n);
    const tagNames = this.tagNames, labels = this.labels;
    // one object per word with all that the splits read (subjectList also the relation): no second copy of each
    const words: Array<{ upos: Upos; head: number; deprel: string }> = new Array(n);
    for (let i = 0; i < n; i++) words[i] = { upos: tagNames[tags[i]!]!, head: head[i]!, deprel: labels[label[i]!]! };
    this.rejoinParts(forms, tags, head, label, words);
    return { head, label, tags };
  }

  /** The first part-parsing pass whose finder reads the sentence parses it again in parts and joins them (one per sentence). */
  private rejoinParts(forms: readonly string[], tags: Int32Array, head: Int32Array, label: Int32Array, words: ReadonlyArray<{ upos: Upos; head: number; deprel: string }>): void {
    const tail = reportingTail(forms, words);
    if (tail) return this.joinApart(forms, tags, head, label, tail);
    const aside = subjectAside(forms, words);
    if (aside) return this.joinAside(forms, tags, head, label, aside);
    const list = subjectList(forms, words);
    if (list) return this.joinList(forms, tags, head, label, list);
    const fronted = frontedPhrase(forms, words);
    if (fronted) this.joinFronted(forms, tags, head, label, fronted);
  }

  /** Writes a part's heads and relations over the sentence's, for the words at `at` (or those `keep` accepts). */
  private static put(at: readonly number[], part: { head: Int32Array; label: Int32Array }, head: Int32Array, label: Int32Array, keep: (i: number) => boolean = () => true): void {
    at.forEach((i, k) => { if (keep(i)) { head[i] = part.head[k]!; label[i] = part.label[k]!; } });
  }

  /**
   * The words at `at` (sentence indices, in order) parsed as a sentence of their own on their given tags: each
   * word's head as a sentence index (-1 for the part's root), its relation, and the part's first root.
   */
  private parsePart(forms: readonly string[], tags: Int32Array, at: readonly number[]): { head: Int32Array; label: Int32Array; root: number } {
    const m = at.length;
    this.atoms.set(at.map((i) => forms[i]!));
    const partTags = Int32Array.from(at, (i) => tags[i]!);
    const st = parseTagged(this.scratch.atoms(this.atoms, partTags), m, this.weights, this.scratch, this.beamScratch, this.beam);
    const head = new Int32Array(m), label = new Int32Array(m);
    let root = -1;
    for (let k = 0; k < m; k++) {
      const h = st.head[k]!;
      head[k] = h === m ? -1 : at[h]!;
      label[k] = st.label[k]!;
      if (h === m && root < 0) root = at[k]!;
    }
    return { head, label, root };
  }

  /** Parses the statement and the tail apart on their given tags and joins them: the statement under the tail's root. */
  private joinApart(forms: readonly string[], tags: Int32Array, head: Int32Array, label: Int32Array, split: TailSplit): void {
    const n = forms.length;
    const put = (at: readonly number[]): number => {
      const part = this.parsePart(forms, tags, at);
      DependencyParser.put(at, part, head, label);
      return part.root;
    };
    const statement = put(range(0, split.comma));
    const tail = put(range(split.tail, n));
    if (statement < 0 || tail < 0) return;
    head[statement] = tail;
    label[statement] = this.labels.indexOf('ccomp');
    for (let i = split.comma; i < split.tail; i++) { head[i] = statement; label[i] = this.labels.indexOf('punct'); }
  }

  /**
   * Parses a sentence without its subject's aside, and the aside, apart on their given tags; when the sentence
   * without it has the subject under its root as a subject, joins them: the aside's root an appos of the subject's
   * head word (acl:relcl when the aside is a clause), its commas and closing quotes under the aside's root.
   */
  private joinAside(forms: readonly string[], tags: Int32Array, head: Int32Array, label: Int32Array, split: AsideSplit): void {
    const n = forms.length;
    const mainAt = [...range(0, split.open), ...range(split.rest, n)];
    const main = this.parsePart(forms, tags, mainAt);
    if (main.root < 0) return;
    const subjectHead = mainAt.findIndex((i, k) => i < split.open && main.head[k] === main.root && /^nsubj/.test(this.labels[main.label[k]!]!));
    if (subjectHead < 0) return;
    const asideAt = range(split.open + 1, split.close);
    const aside = this.parsePart(forms, tags, asideAt);
    if (aside.root < 0) return;
    DependencyParser.put(mainAt, main, head, label);
    DependencyParser.put(asideAt, aside, head, label);
    const clause = this.tagNames[tags[aside.root]!] === 'VERB' || this.tagNames[tags[split.open + 1]!] === 'PRON';
    head[aside.root] = mainAt[subjectHead]!;
    label[aside.root] = this.labels.indexOf(clause ? 'acl:relcl' : 'appos');
    for (const i of [split.open, ...range(split.close, split.rest)]) { head[i] = aside.root; label[i] = this.labels.indexOf('punct'); }
  }

  /**
   * Parses a subject list, and its last member with the rest of the sentence, apart on their given tags; when the
   * last member is the subject of the rest's root and the list's root its first member, joins them: the list's root
   * takes the last member's place as the subject.
   */
  private joinList(forms: readonly string[], tags: Int32Array, head: Int32Array, label: Int32Array, split: ListSplit): void {
    const n = forms.length;
    const mainAt = range(split.lastMember, n);
    const main = this.parsePart(forms, tags, mainAt);
    if (main.root < 0) return;
    const subject = mainAt.findIndex((i, k) => i < split.verb && main.head[k]! >= split.verb && /^nsubj/.test(this.labels[main.label[k]!]!));
    if (subject < 0) return;
    const listAt = range(split.start, split.verb);
    const list = this.parsePart(forms, tags, listAt);
    if (list.root < 0 || list.root >= split.lastMember) return;
    DependencyParser.put(mainAt, main, head, label, (i) => i >= split.verb);
    DependencyParser.put(listAt, list, head, label);
    head[list.root] = main.head[subject]!;
    label[list.root] = main.label[subject]!;
  }

  /** Parses a fronted phrase and the rest apart on their given tags and joins them: the phrase under the rest's root. */
  private joinFronted(forms: readonly string[], tags: Int32Array, head: Int32Array, label: Int32Array, split: FrontedSplit): void {
    const n = forms.length;
    const phraseAt = range(0, split.comma), restAt = range(split.rest, n);
    const phrase = this.parsePart(forms, tags, phraseAt);
    const rest = this.parsePart(forms, tags, restAt);
    if (phrase.root < 0 || rest.root < 0) return;
    DependencyParser.put(phraseAt, phrase, head, label);
    DependencyParser.put(restAt, rest, head, label);
    head[phrase.root] = rest.root;
    label[phrase.root] = this.labels.indexOf(this.tagNames[tags[phrase.root]!] === 'ADV' ? 'advmod' : 'obl');
    head[split.comma] = phrase.root;
    label[split.comma] = this.labels.indexOf('punct');
  }

  /** Parse the sentences of `seg` that `which` accepts (all by default); the others are null. */
  parse(seg: Segmented, which?: (sentenceIndex: number) => boolean, names?: readonly NameSpan[]): Parsed {
    return { sentences: seg.sentences.map((s) => (which && !which(s.index) ? null : this.parseSentence(seg, s.index, names))) };
  }

  /**
   * As `parse`, but each accepted sentence is parsed when its entry is first read (then kept):
   * the pipeline hands this to relate, which reads the parse only of sentences where it has
   * something to look for. Reading every entry (iterating, JSON) gives exactly `parse`'s result.
   * `ahead`: sentences parsed before with the same names (by another thread: pipeline/parse-plan.ts),
   * handed out when their entry is first read, as if parsed then.
   */
  parseLazily(seg: Segmented, which?: (sentenceIndex: number) => boolean, names?: readonly NameSpan[], ahead?: ReadonlyMap<number, ParsedSentence | null>): Parsed {
    const sentences: Array<ParsedSentence | null> = new Array<ParsedSentence | null>(seg.sentences.length).fill(null);
    for (const s of seg.sentences) {
      if (which && !which(s.index)) continue;
      const i = s.index;
      Object.defineProperty(sentences, i, {
        configurable: true, enumerable: true,
        get: () => {
          const done = ahead?.get(i);
          const value = done !== undefined ? done : this.parseSentence(seg, i, names);
          Object.defineProperty(sentences, i, { value, writable: true, enumerable: true, configurable: true });
          return value;
        },
      });
    }
    return { sentences };
  }

  /**
   * One sentence of `seg` as UD words with their analyses (null when it has no words); with
   * `names` (the recogniser's, sorted by start), their words are tagged as names (name-tags.ts).
   */
  parseSentence(seg: Segmented, index: number, names?: readonly NameSpan[]): ParsedSentence | null {
    const text = seg.article.text;
    const pieces = sentenceWords(seg, index, names?.length ? (a, b) => insideName(names, a, b) : undefined);
    const n = pieces.length;
    if (!n) return null;
    const forms = pieces.map((p) => text.slice(p.start, p.end));
    const given = names?.length
      ? (tags: Int32Array) => nameTags(forms, pieces.map((p) => p.start), pieces.map((p) => p.end), tags, this.tagNames, names, this.knownWord)
      : undefined;
    const { head, label, tags } = this.analyseWhole(forms, given);
    const labels = this.labels, tagNames = this.tagNames;
    const words: SyntaxWord[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const p = pieces[i]!;
      words[i] = { start: p.start, end: p.end, text: forms[i]!, token: p.token, upos: tagNames[tags[i]!]!, head: head[i]!, deprel: labels[label[i]!]! };
    }
    repairTree(words, forms);
    return { sentence: index, words };
  }
}

/** A decoded model's weights built into run-time tables. */
function tablesOf(model: ParserModel): ParserTables {
  return {
    tags: model.tags, labels: model.labels, tagDict: model.tagDict,
    ...(model.wordClasses ? { wordClasses: model.wordClasses } : {}), ...(model.retagMargin !== undefined ? { retagMargin: model.retagMargin } : {}), ...(model.beam !== undefined ? { beam: model.beam } : {}),
    tagger: new SparseTable(model.tagger), ...(model.tagger2 ? { tagger2: new SparseTable(model.tagger2) } : {}),
    moves: new MoveTable(model.moves.hashes, model.moves.weights),
    labeller: new SparseTable(model.labeller), ...(model.punct ? { punct: new SparseTable(model.punct) } : {}),
  };
}

/** The indices from `from` up to (not including) `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
