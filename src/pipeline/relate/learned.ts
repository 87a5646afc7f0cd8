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
import type { Entity, Parsed, ResolvedMention, Segmented } from '../../types.ts';
import type { Found } from './found.ts';
import { clamp } from './found.ts';
import type { Knowledge } from './knowledge.ts';
import { isModal, isNeg } from './classes.ts';
import type { RelationClassifier } from './classifier/classify.ts';
import type { PairMention, PairSentence } from './classifier/features.ts';
import { coarseOf } from './classifier/conll04.ts';
import { aIsHeadOf, typeOfLabel } from './classifier/labels.ts';
import { syntaxOfSentence } from './classifier/syntax.ts';
import { NATIONAL_TITLE_HEADS } from './data/titles.ts';
import type { Dateline } from './dateline.ts';

/** The rule name model findings carry; relate.ts reports them as `by: "model"`. */
export const MODEL_RULE = 'model';

const ASSASSINATION = /^assassin/i;
const HONORIFIC = /^(?:dr|mr|mrs|ms|mme|mlle|prof|sir|dame|rev)\.?$/i;
const NATIONAL_TITLES = new Set(NATIONAL_TITLE_HEADS.words);

export function modelRelations(
  seg: Segmented,
  mentions: readonly ResolvedMention[],
  entities: Map<string, Entity>,
  classifier: RelationClassifier,
  knowledge: Knowledge,
  usable: (sentence: number) => boolean,
  parsed?: Parsed,
  dateline?: Dateline,
): Found[] {
  const out: Found[] = [];
  // the usable mentions of each sentence; a sentence is only read when it names two or more
  const bySentence: Array<ResolvedMention[] | undefined> = new Array(seg.sentences.length);
  let any = false;
  for (const m of mentions) {
    const e = entities.get(m.entity);
    if (!e || coarseOf(e.type) === undefined || !usable(m.sentence)) continue;
    const list = bySentence[m.sentence];
    if (list) { list.push(m); any = true; } else bySentence[m.sentence] = [m];
  }
  if (!any) return out;
  const within = (inner: string, outer: string) => knowledge.containers(inner).includes(outer);
  const tokens = seg.tokens;
  const datelineEnd = dateline ? datelineEndOf(seg, dateline) : -1;
  for (let s = 0; s < bySentence.length; s++) {
    const ms = bySentence[s];
    if (!ms || ms.length < 2) continue;
    const sent = seg.sentences[s]!;
    const from = sent.tokenStart, to = sent.tokenEnd;
    ms.sort((x, y) => x.start - y.start || y.end - x.end);
    const mentions: PairMention[] = [], source: ResolvedMention[] = [];
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
      mentions.push(pm);
      source.push(m);
      lastEnd = m.end;
    }
    if (mentions.length < 2) continue;
    const words: string[] = new Array(to - from);
    for (let k = from; k < to; k++) words[k - from] = tokens[k]!.text;
    const ps: PairSentence = { words, mentions };
    const syntax = parsed && classifier.usesSyntax ? syntaxOfSentence(seg, parsed, s) : undefined;
    if (syntax) ps.syntax = syntax;
    for (const d of classifier.classify(ps, within)) {
      const [h, tl] = aIsHeadOf(d.label) ? [d.a, d.b] : [d.b, d.a];
      const head = source[h]!, tail = source[tl]!;
      if (head.entity === tail.entity) continue;
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
