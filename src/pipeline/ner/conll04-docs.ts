// CoNLL04 sentences (Roth & Yih 2004, SpERT's JSON) as more training text for the
// recogniser, read under the CoNLL-2003 conventions the recogniser is trained to:
// the words are the pipeline's own (the item's tokens joined by spaces and
// segmented, so "Texas." at a sentence's end is "Texas" and "."), a person's span
// starts after a title or honorific ("President John F. Kennedy" -> PER on "John F.
// Kennedy"; the recognise stage reads the title off the words before the name), and
// a place written "Town , State" is two places, as the relate stage reads them; a
// nationality word is MISC, not a place ("Soviet"); and CoNLL04's Other, which also
// covers dates and amounts, is MISC only for capitalised names without digits that
// are not months or days (which CoNLL-2003 leaves untagged).
// What CoNLL04 adds is 1980s-90s AP and WSJ copy: lone surnames, small towns, agencies.
import { segment } from '../segment.ts';
import { lookupDemonym, lookupPlace, titleInfo } from '../gazetteer/index.ts';
import type { ConllDoc, ConllSentence } from './conll.ts';

/** One CoNLL04 item: its words and their BILOU tags (Peop, Org, Loc, Other). */
export interface Conll04Tagged { tokens: string[]; tags: string[] }

const TYPE: Record<string, string> = { Peop: 'PER', Org: 'ORG', Loc: 'LOC', Other: 'MISC' };

/** Words that announce a person without being a title the gazetteer lists. */
const HONORIFIC = /^(mr|mrs|ms|dr|messrs|mme|mlle|sir|dame|rev|gen|sen|rep|gov|lt|col|capt|sgt|prof|st)\.?$/i;
const CAPITALISED = /^\p{Lu}/u;
/** Months and days, which CoNLL-2003 leaves untagged. */
const CALENDAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(uary|ruary|ch|il|e|y|ust|tember|ober|ember|day|nesday|rsday|urday)?\.?$/i;

interface Span { start: number; end: number; type: string }

/** Each item as a one-sentence document of the pipeline's words with IOB2 tags. */
export function conll04AsConll(items: readonly Conll04Tagged[]): ConllDoc[] {
  return items.map((d) => ({ sentences: [sentenceOf(d)] }));
}

function sentenceOf(d: Conll04Tagged): ConllSentence {
  const text = d.tokens.join(' ');
  const starts: number[] = [];
  let pos = 0;
  for (const t of d.tokens) { starts.push(pos); pos += t.length + 1; }
  const seg = segment({ id: 'conll04', title: null, source: 'conll04', text });
  const toks = seg.tokens;
  const words = toks.map((t) => t.text);
  const tags: string[] = words.map(() => 'O');
  for (const g of itemSpans(d)) {
    const from = starts[g.start]!, to = starts[g.end - 1]! + d.tokens[g.end - 1]!.length;
    let a = 0;
    while (a < toks.length && toks[a]!.end <= from) a++;
    let b = a;
    while (b < toks.length && toks[b]!.start < to) b++;
    // a sentence-final period glued to the name is its own word
    while (b > a && words[b - 1] === '.') b--;
    for (const part of conventionalParts(words, a, b, g.type)) {
      const name = words.slice(part.start, part.end).join(' ');
      let type = TYPE[part.type]!;
      if (part.type === 'Other' && (!CAPITALISED.test(name) || /\d/.test(name) || CALENDAR.test(name))) continue;
      if (part.type === 'Loc' && lookupDemonym(name) && !lookupPlace(name).length) type = 'MISC';
      for (let k = part.start; k < part.end; k++) tags[k] = (k === part.start ? 'B-' : 'I-') + type;
    }
  }
  return { words, tags };
}

/** The item's entities as token ranges, from BILOU tags. */
function itemSpans(d: Conll04Tagged): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  d.tags.forEach((tag, i) => {
    if (tag === 'O') { open = null; return; }
    const b = tag[0], type = tag.slice(2);
    if (b === 'U') { out.push({ start: i, end: i + 1, type }); open = null; } else if (b === 'B') open = { start: i, end: i + 1, type };
    else if (open) { open.end = i + 1; if (b === 'L') { out.push(open); open = null; } }
  });
  return out.filter((s) => TYPE[s.type]);
}

/** Words [a, b) of one entity cut to the CoNLL-2003 conventions: a person without the title before the name, places apart at commas. */
export function conventionalParts(words: readonly string[], a: number, b: number, type: string): Span[] {
  if (type === 'Peop') {
    let start = a;
    // the longest run of leading words that is a title or honorific, leaving at least one word of name
    for (let k = b - 1; k > a; k--) {
      const lead = words.slice(a, k).join(' ');
      if (titleInfo(lead) || (k - a === 1 && HONORIFIC.test(lead))) { start = k; break; }
    }
    return start < b ? [{ start, end: b, type }] : [];
  }
  if (type === 'Loc') {
    const out: Span[] = [];
    let s = a;
    for (let k = a; k <= b; k++) {
      if (k === b || words[k] === ',') { if (k > s) out.push({ start: s, end: k, type }); s = k + 1; }
    }
    return out;
  }
  return b > a ? [{ start: a, end: b, type }] : [];
}
