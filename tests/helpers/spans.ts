// The recognise and resolve stages run on a tagger reading given by hand, so a table tests their rules and
// not the tagger's model: each span is [phrase, label, nth?], the phrase at its first (or nth) occurrence.
import { segment } from '../../src/pipeline/segment.ts';
import { recognize } from '../../src/pipeline/recognize/index.ts';
import { resolve } from '../../src/pipeline/resolve/index.ts';
import type { Entity, Mention, NerLabel, Segmented, TaggedSpan } from '../../src/types.ts';

export type Spans = Array<[phrase: string, label: NerLabel, nth?: number]>;

/** The spans as the tagger gives them: token ranges in text order; a phrase that is no run of whole tokens throws. */
function taggedSpans(seg: Segmented, spans: Spans): TaggedSpan[] {
  const text = seg.article.text;
  const tagged = spans.map(([phrase, label, nth = 0]) => {
    let from = -1;
    for (let k = 0; k <= nth; k++) from = text.indexOf(phrase, from + 1);
    const start = seg.tokens.findIndex((t) => t.start === from);
    const end = seg.tokens.findIndex((t) => t.end === from + phrase.length) + 1;
    if (from < 0 || start < 0 || end <= start) throw new Error(`"${phrase}" (${nth}) is not a run of whole tokens in the text`);
    return { start, end, label };
  });
  return tagged.sort((a, b) => a.start - b.start);
}

const segmentText = (text: string) => segment({ id: 't', title: null, source: 'test', text });

/** The mentions the recogniser makes of `text` from these tagger spans. */
export function mentionsFromSpans(text: string, spans: Spans): Mention[] {
  const seg = segmentText(text);
  return recognize(seg, taggedSpans(seg, spans));
}

/** The entities resolve makes of `text` from these tagger spans. */
export function entitiesFromSpans(text: string, spans: Spans): Entity[] {
  const seg = segmentText(text);
  return resolve(seg, recognize(seg, taggedSpans(seg, spans))).entities;
}
