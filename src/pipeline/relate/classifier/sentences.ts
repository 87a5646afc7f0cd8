// The sentences the classifier reads in an analysed article, built one way for
// run time (learned.ts) and for training (conll04.ts), so that the model learns
// from exactly what it will be asked about: the resolved mentions of each prose
// sentence with two or more people, organisations or places, typed as their
// entities, with titles and gazetteer ids; overlapping names keep the first and
// longest; names inside a token ("pro-Russian") and the names of a wire dateline
// are left out.
import type { Entity, Parsed, ResolvedMention, Segmented } from '../../../types.ts';
import type { PairMention, PairSentence, TokenSyntax } from './features.ts';
import { coarseOf } from './labels.ts';
import { syntaxOfSentence } from './syntax.ts';

/** One sentence as the classifier reads it, and the resolved mention behind each of its pair mentions. */
export interface ReadSentence {
  /** Sentence index in the segmented text. */
  s: number;
  sentence: PairSentence;
  source: ResolvedMention[];
  /** With `deferSyntax`: reads the sentence's parse into `sentence.syntax` (syntaxOfRead), once. */
  pendingSyntax?: () => TokenSyntax | undefined;
}

export interface ReadOptions {
  /** Whether sentence `s` may give relations (boilerplate and headings do not). */
  usable: (s: number) => boolean;
  /** The article's parse, when the model reads path features. */
  parsed?: Parsed;
  /** Character offset where a wire dateline's names end (they are left out); -1 for none. */
  datelineEnd?: number;
  /** The fewest names a sentence needs to be read (default 2: a pair; the news model's anaphors need one). */
  minMentions?: number;
  /**
   * Read the parse of a sentence only when a reader asks for it (syntaxOfRead), not as the sentence is read:
   * the parse stage parses a sentence when its entry is first read, and a sentence whose names make no
   * candidate pair need not be parsed at all.
   */
  deferSyntax?: boolean;
}

/** The parse of a read sentence over its tokens (undefined: not parsed), read from the parse now if it was deferred. */
export function syntaxOfRead(r: ReadSentence): TokenSyntax | undefined {
  const pending = r.pendingSyntax;
  if (pending) {
    r.pendingSyntax = undefined;
    const syntax = pending();
    if (syntax) r.sentence.syntax = syntax;
  }
  return r.sentence.syntax;
}

/** The sentences of an article that name two or more usable entities, as pair sentences. */
export function readSentences(seg: Segmented, mentions: readonly ResolvedMention[], entities: ReadonlyMap<string, Entity>, opts: ReadOptions): ReadSentence[] {
  const out: ReadSentence[] = [];
  const least = opts.minMentions ?? 2;
  // the usable mentions of each sentence; a sentence is only read when it names two or more
  const bySentence: Array<ResolvedMention[] | undefined> = new Array(seg.sentences.length);
  let any = false;
  for (const m of mentions) {
    const e = entities.get(m.entity);
    if (!e || coarseOf(e.type) === undefined || !opts.usable(m.sentence)) continue;
    const list = bySentence[m.sentence];
    if (list) list.push(m); else bySentence[m.sentence] = [m];
    if (bySentence[m.sentence]!.length >= least) any = true;
  }
  if (!any) return out;
  const tokens = seg.tokens, datelineEnd = opts.datelineEnd ?? -1;
  for (let s = 0; s < bySentence.length; s++) {
    const ms = bySentence[s];
    if (!ms || ms.length < least) continue;
    const sent = seg.sentences[s]!;
    const from = sent.tokenStart, to = sent.tokenEnd;
    ms.sort((x, y) => x.start - y.start || y.end - x.end);
    const pms: PairMention[] = [], source: ResolvedMention[] = [];
    let t = from, lastEnd = -1;
    for (const m of ms) {
      if (m.start < lastEnd) continue; // overlapping: keep the first, longest
      if (m.end <= datelineEnd) continue; // "HOUSTON (AP) -": where the story was filed, and by whom
      while (t < to && tokens[t]!.start < m.start) t++;
      if (t >= to || tokens[t]!.start !== m.start) continue; // starts inside a token ("pro-Russian")
      let e = t;
      while (e < to && tokens[e]!.end < m.end) e++;
      if (e >= to || tokens[e]!.end !== m.end) continue;
      const entity = entities.get(m.entity)!;
      const pm: PairMention = { start: t - from, end: e + 1 - from, coarse: coarseOf(entity.type)!, fine: entity.type };
      if (m.title) pm.title = m.title;
      const gaz = entity.gazetteerId ?? m.gazetteerId;
      if (gaz) pm.gazetteerId = gaz;
      pms.push(pm);
      source.push(m);
      lastEnd = m.end;
    }
    if (pms.length < least) continue;
    const words: string[] = new Array(to - from);
    for (let k = from; k < to; k++) words[k - from] = tokens[k]!.text;
    const sentence: PairSentence = { words, mentions: pms };
    const parsed = opts.parsed;
    if (parsed && opts.deferSyntax) {
      out.push({ s, sentence, source, pendingSyntax: () => syntaxOfSentence(seg, parsed, s) });
      continue;
    }
    const syntax = parsed ? syntaxOfSentence(seg, parsed, s) : undefined;
    if (syntax) sentence.syntax = syntax;
    out.push({ s, sentence, source });
  }
  return out;
}
