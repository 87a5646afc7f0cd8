// "Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda": a state or a region whose own name joins two
// names with "and". Read word by word, the tagger gives each half a place span of its own ("Bosnia", "Herzegovina"),
// and each half alone is a place the gazetteer may know too (a short name, a region of the state). Two place spans with
// "and" (or "and the") between them, in one sentence, are one name when the gazetteer knows the whole as a country or a
// region; a body's name closed by it then reads on over both ("the Court of Bosnia and Herzegovina").
import type { TaggedSpan } from '../../types.ts';
import { lookupPlace } from '../gazetteer/index.ts';
import type { DocFacts } from './document.ts';
import { spanString } from './typing.ts';

export function withPairedPlaceNames(doc: DocFacts, tagged: TaggedSpan[]): TaggedSpan[] {
  const toks = doc.seg.tokens;
  const out: TaggedSpan[] = [];
  for (let i = 0; i < tagged.length; i++) {
    const a = tagged[i]!;
    const b = tagged[i + 1];
    if (a.label === 'LOC' && b && b.label === 'LOC' && doc.lower[a.end] === 'and' && toks[a.start]?.sentence === toks[b.end - 1]?.sentence) {
      const gap = b.start - a.end;
      const joined = gap === 1 || (gap === 2 && doc.lower[a.end + 1] === 'the');
      if (joined && lookupPlace(spanString(doc, a.start, b.end)).some((e) => e.type === 'country' || e.type === 'region')) {
        out.push({ ...a, end: b.end });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
