// Evidence supports its relation: for every relation the text states, the cited sentences (the sentence
// itself, plus the antecedent's sentence when a pronoun or "the country" was resolved) mention both ends.
// Checked on every relation of a corpus: the sample article and the hand-annotated news fixtures (both sets).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { segment } from '../../../src/pipeline/segment.ts';
import { loadStages, type Stages } from '../../../src/pipeline/analyze.ts';
import { entryById, lookupDemonym, lookupPlace } from '../../../src/pipeline/gazetteer/index.ts';
import { US_STATE_ABBREVIATIONS } from '../../../src/pipeline/relate/data/places.ts';
import type { Entity, Relation, Resolved, Span } from '../../../src/types.ts';
import { newsArticles } from '../../fixtures/news/score.ts';

const SAMPLE = new URL('../../../graph-data/articles/ukraine-cuts-ties-with-north-korea.txt', import.meta.url).pathname;
const FILES = [SAMPLE, ...newsArticles().map((a) => a.path), ...newsArticles('fresh').map((a) => a.path)];

let stages: Stages;
beforeAll(async () => { stages = await loadStages(); });

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'iu');

/** Does this sentence name the entity: a mention of it, its name or an alias, or (for a country or region) its demonym? */
function names(sentence: Span, e: Entity | undefined, id: string, resolved: Resolved): boolean {
  if (resolved.mentions.some((m) => m.entity === id && m.start >= sentence.start && m.end <= sentence.end)) return true;
  if (!e) return false;
  if ([e.name, ...e.aliases].some((n) => n.length > 1 && word(n).test(sentence.text))) return true;
  // "TUCSON, Ariz.": a state written as its abbreviation.
  if (Object.entries(US_STATE_ABBREVIATIONS.states).some(([abbr, full]) => full === e.name && sentence.text.includes(abbr))) return true;
  // ("the U.S. Federal Trade Commission": a country written in a short form the gazetteer knows, inside a name)
  if (e.type === 'country' || e.type === 'region') {
    for (const w of sentence.text.split(/\s+/)) {
      const t = w.replace(/^[("'“‘]+/u, '').replace(/[)"'”’,;:]+$/u, '').replace(/['’]s$/u, '');
      if (/^\p{Lu}/u.test(t) && lookupPlace(t).some((p) => p.id === id || p.id === e.gazetteerId)) return true;
    }
  }
  // ("the Welsh Rugby Union": a region's nationality word names the region)
  if (e.type === 'country' || e.type === 'region') {
    for (const w of sentence.text.match(/\p{Lu}[\p{L}-]+/gu) ?? []) {
      const d = lookupDemonym(w.split('-')[0]!);
      if (d && (d.id === e.gazetteerId || d.id === id)) return true;
    }
  }
  return false;
}

describe('evidence supports its relation', () => {
  it.each(FILES.map((f) => [f.split('/').pop()!, f]))('%s: every stated relation cites sentences naming both ends', (_name, file) => {
    const article = readArticle(readFileSync(file), file);
    const seg = segment(article);
    const resolved = stages.resolve(seg, stages.recognize(seg, stages.tag(seg)));
    const relations: Relation[] = stages.relate(seg, resolved, stages.parse(seg));
    const entities = new Map(resolved.entities.map((e) => [e.id, e]));
    // Places a relation names only by adjective or abbreviation are entities without mentions (implicit.ts).
    for (const r of relations) for (const id of [r.source, r.target]) {
      const g = entities.has(id) ? undefined : entryById(id);
      if (g) entities.set(id, { id, name: g.name, type: g.type, aliases: [], mentions: [], gazetteerId: id });
    }
    const unsupported: string[] = [];
    for (const r of relations) {
      for (const ev of r.evidence) expect(article.text.slice(ev.start, ev.end)).toBe(ev.text);
      if (r.basis === 'knowledge') { expect(r.evidence).toEqual([]); continue; }
      const src = r.evidence.some((s) => names(s, entities.get(r.source), r.source, resolved));
      // A role read from context cites the person's sentence and the dateline; its country may be unwritten.
      const tgt = r.basis === 'context' || r.evidence.some((s) => names(s, entities.get(r.target), r.target, resolved));
      if (!src || !tgt) unsupported.push(`${entities.get(r.source)?.name ?? r.source} -${r.predicate}-> ${entities.get(r.target)?.name ?? r.target} [${r.by}] "${r.evidence.map((s) => s.text).join(' | ')}"`);
    }
    expect(unsupported).toEqual([]);
    expect(relations.length).toBeGreaterThan(0);
  });
});
