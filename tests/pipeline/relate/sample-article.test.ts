// The sample article through the whole pipeline (read -> segment -> tag ->
// recognize -> resolve -> relate), scored against a hand-annotated list of the
// relations the article states. Entities are matched by name or alias, so the
// test does not depend on the ids the resolver picks.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/pipeline/read.ts';
import { analyzeArticle, loadStages } from '../../../src/pipeline/analyze.ts';
import type { ArticleAnalysis, Relation, RelationKind } from '../../../src/types.ts';

const FILE = new URL('../../../graph-data/articles/ukraine-cuts-ties-with-north-korea.txt', import.meta.url).pathname;

type Gold = [source: string, kind: RelationKind, predicateOrCameo: string, target: string];

/** What the article states, annotated by hand (kind and direction must match; events by CAMEO code). */
const GOLD: Gold[] = [
  ['Ukraine', 'event', '161', 'North Korea'],
  ['Ukraine', 'event', '111', 'North Korea'],
  ['North Korea', 'event', '054', 'Donetsk'],
  ['North Korea', 'event', '054', 'Luhansk'],
  ['Syria', 'event', '054', 'Donetsk'],
  ['Syria', 'event', '054', 'Luhansk'],
  ['Russia', 'event', '054', 'Donetsk'],
  ['Russia', 'event', '054', 'Luhansk'],
  ['Vladimir Putin', 'event', '054', 'Donetsk'],
  ['Vladimir Putin', 'event', '054', 'Luhansk'],
  ['Russia', 'event', '190', 'Ukraine'],
  ['Russia', 'event', '192', 'Crimea'],
  ['North Korea', 'event', '112', 'United States'],
  ['Russia', 'event', '020', 'North Korea'],
  ['Donetsk', 'event', '046', 'North Korea'],
  ['North Korea', 'event', '051', 'Russia'],
  ['Ukraine', 'event', '040', 'Russia'],
  ['Vladimir Putin', 'event', '040', 'Turkey'],
  ['EU', 'event', '110', 'Russia'],
  ['Russia', 'event', '130', 'Lithuania'],
  ['Donetsk', 'event', '050', 'Moscow'],
  ['Dmytro Kuleba', 'role', 'foreign minister of', 'Ukraine'],
  ['Choe Sun Hui', 'role', 'foreign minister of', 'North Korea'],
  ['Denis Pushilin', 'role', 'head of', 'Donetsk'],
  ['Sin Hong-chol', 'role', 'ambassador of', 'North Korea'],
  ['Vladimir Putin', 'role', 'president of', 'Russia'],
  ['Olga Makeyeva', 'role', 'envoy of', 'Donetsk'],
  ['Crimea', 'location', 'located in', 'Ukraine'],
  ['Kaliningrad', 'location', 'located in', 'Russia'],
  ['Odesa', 'location', 'located in', 'Ukraine'],
  ['Donetsk', 'location', 'located in', 'Donbas'],
  ['Luhansk', 'location', 'located in', 'Donbas'],
  ['Donbas', 'location', 'located in', 'Ukraine'],
  ['Donetsk', 'location', 'located in', 'Ukraine'],
  ['Luhansk', 'location', 'located in', 'Ukraine'],
  ['Foreign Ministry', 'affiliation', 'affiliated with', 'Ukraine'],
];

/** True statements the annotation leaves out (world knowledge the article relies on): not errors. */
const ALSO_TRUE: Gold[] = [
  ['Moscow', 'location', 'located in', 'Russia'],
  ['Kyiv', 'location', 'located in', 'Ukraine'],
  ['Lugansk', 'location', 'located in', 'Donbas'],
  ['Lugansk', 'location', 'located in', 'Ukraine'],
];

/** The brief's must-haves. */
const REQUIRED: Gold[] = GOLD.filter(([s, k, p, t]) =>
  (k === 'event' && ['161', '054'].includes(p) && ['Ukraine', 'North Korea', 'Syria'].includes(s) && t !== 'Russia') ||
  (k === 'role' && s !== 'Olga Makeyeva') ||
  (k === 'location' && ['Crimea', 'Kaliningrad'].includes(s)));

let analysis: ArticleAnalysis;
const names = new Map<string, Set<string>>();
const label = (r: Relation) => `${[...names.get(r.source)!][0]} -${r.kind}:${r.kind === 'event' ? r.cameo : r.predicate}-> ${[...names.get(r.target)!][0]}`;
const matches = (r: Relation, [s, k, p, t]: Gold) =>
  r.kind === k && names.get(r.source)!.has(s.toLowerCase()) && names.get(r.target)!.has(t.toLowerCase()) && (k === 'event' ? r.cameo === p : r.predicate === p);

beforeAll(async () => {
  const stages = await loadStages();
  analysis = analyzeArticle(readArticle(readFileSync(FILE), FILE), stages);
  for (const e of analysis.entities) names.set(e.id, new Set([e.name, ...e.aliases].map((n) => n.toLowerCase())));
});

describe('sample article through the full pipeline', () => {
  it('finds every relation the brief requires, with the right kind and direction', () => {
    const missing = REQUIRED.filter((g) => !analysis.relations.some((r) => matches(r, g)));
    expect(missing).toEqual([]);
  });

  it('finds at least 80% of the hand-annotated relations', () => {
    const found = GOLD.filter((g) => analysis.relations.some((r) => matches(r, g)));
    const recall = found.length / GOLD.length;
    console.log(`relate sample: recall ${found.length}/${GOLD.length}`);
    expect(recall, `missing: ${GOLD.filter((g) => !found.includes(g)).map((g) => g.join(' ')).join('; ')}`).toBeGreaterThanOrEqual(0.8);
  });

  it('at least 85% of the typed relations asserted as fact are correct', () => {
    const typed = analysis.relations.filter((r) => r.kind !== 'cooccurrence' && !r.negated && !r.hypothetical);
    const wrong = typed.filter((r) => ![...GOLD, ...ALSO_TRUE].some((g) => matches(r, g)));
    console.log(`relate sample: ${typed.length - wrong.length}/${typed.length} asserted typed relations correct`);
    expect(typed.length).toBeGreaterThan(20);
    expect(1 - wrong.length / typed.length, `wrong: ${wrong.map(label).join('; ')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('every relation read from the text has evidence from a non-boilerplate sentence, and no self-relation', () => {
    const text = readFileSync(FILE, 'utf8');
    for (const r of analysis.relations) {
      expect(r.source).not.toBe(r.target);
      // World knowledge cites no sentence: the article does not say it.
      if (r.basis === 'knowledge') expect(r.evidence).toEqual([]);
      else expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(e.text).not.toMatch(/^(Read Also|Related Article|\(Photo|@)/);
      }
    }
  });

  it('keeps co-occurrence apart from typed relations, one per pair and sentence', () => {
    const co = analysis.relations.filter((r) => r.kind === 'cooccurrence');
    expect(co.length).toBeGreaterThan(30);
    const keys = co.map((r) => `${[r.source, r.target].sort().join('|')}@${r.evidence[0]!.start}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(co.every((r) => r.cameo === null && r.confidence < 0.5)).toBe(true);
  });
});
