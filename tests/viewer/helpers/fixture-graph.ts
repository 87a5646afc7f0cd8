// A small hand-written knowledge graph in the shape `kg serve` returns at
// /api/graph, for viewer tests that must not depend on the extractor: typed and
// co-occurrence relations, parallel and reciprocal edges, evidence sentences,
// and one hostile article whose title and text carry HTML that must not run.
import type { EdgeAttributes, EntityType, NodeAttributes, RelationKind } from '../../../src/types.ts';
import { TYPE_COLORS } from '../../../src/types.ts';

export const XSS_FLAG = '__kgXss';

const NEWS = 'doc-news';
const HOSTILE = 'doc-hostile';

const documents = {
  [NEWS]: { id: NEWS, title: 'Ukraine cuts ties with North Korea', source: 'ukraine-cuts-ties.txt', chars: 2000, entities: 7, relations: 8 },
  [HOSTILE]: { id: HOSTILE, title: `<img src=x onerror="window.${XSS_FLAG}=1">Hostile <b>title</b>`, source: 'hostile.html', chars: 300, entities: 2, relations: 1 },
};

type N = [key: string, label: string, type: EntityType, aliases: string[], mentions: number, docs: string[]];
const nodes: N[] = [
  ['person:kuleba', 'Dmytro Kuleba', 'person', ['Kuleba'], 4, [NEWS]],
  ['country:UA', 'Ukraine', 'country', ['Kyiv'], 9, [NEWS, HOSTILE]],
  ['country:KP', 'North Korea', 'country', ['DPRK', 'Pyongyang'], 6, [NEWS]],
  ['country:RU', 'Russia', 'country', ['Moscow'], 5, [NEWS]],
  ['region:donetsk', 'Donetsk', 'region', [], 2, [NEWS]],
  ['region:luhansk', 'Luhansk', 'region', [], 2, [NEWS]],
  ['org:un', 'United Nations', 'organization', ['UN'], 1, [NEWS]],
  ['person:mallory', 'Mallory <script>', 'person', [], 1, [HOSTILE]],
];

type E = [source: string, target: string, kind: RelationKind, predicate: string, cameo: string | null, weight: number, evidence: Array<[doc: string, text: string]>];
const S1 = 'Ukraine’s Foreign Minister Dmytro Kuleba said Kyiv would sever relations with Pyongyang.';
const S2 = 'North Korea recognized the independence of Donetsk and Luhansk, the Russian-backed regions.';
const S3 = 'Ukraine cut diplomatic ties with North Korea on Wednesday.';
const S4 = 'Russia and North Korea have grown closer since the invasion.';
const SX = `<script>window.${XSS_FLAG}=2</script> Mallory wrote about Ukraine <img src=x onerror="window.${XSS_FLAG}=3">.`;
const edges: E[] = [
  ['person:kuleba', 'country:UA', 'role', 'foreign minister of', null, 1, [[NEWS, S1]]],
  ['person:kuleba', 'country:UA', 'cooccurrence', 'co-occurs with', null, 2, [[NEWS, S1]]],
  ['country:UA', 'country:KP', 'event', 'cut diplomatic ties with', '161', 2, [[NEWS, S3], [NEWS, S1]]],
  ['country:KP', 'country:UA', 'event', 'criticized', '111', 1, [[NEWS, 'North Korea criticized Ukraine for the decision.']]],
  ['country:KP', 'region:donetsk', 'event', 'recognized', '054', 1, [[NEWS, S2]]],
  ['country:KP', 'region:luhansk', 'event', 'recognized', '054', 1, [[NEWS, S2]]],
  ['region:donetsk', 'country:UA', 'location', 'located in', null, 1, [[NEWS, S2]]],
  ['country:RU', 'country:KP', 'cooccurrence', 'co-occurs with', null, 1, [[NEWS, S4]]],
  ['org:un', 'country:UA', 'cooccurrence', 'co-occurs with', null, 1, [[NEWS, 'The United Nations did not comment on Ukraine’s move.']]],
  ['person:mallory', 'country:UA', 'cooccurrence', 'co-occurs with', null, 1, [[HOSTILE, SX]]],
];

/** graphology JSON of the fixture graph. */
export function fixtureGraph() {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { name: 'Fixture news graph', documents },
    nodes: nodes.map(([key, label, type, aliases, mentions, docs], i): { key: string; attributes: NodeAttributes } => ({
      key,
      attributes: {
        label, type, aliases, mentions, documents: docs,
        x: Math.cos((2 * Math.PI * i) / nodes.length) * 100,
        y: Math.sin((2 * Math.PI * i) / nodes.length) * 100,
        size: 6 + 2 * Math.sqrt(mentions),
        color: TYPE_COLORS[type],
      },
    })),
    edges: edges.map(([source, target, kind, predicate, cameo, weight, evidence], i): { key: string; source: string; target: string; attributes: EdgeAttributes } => ({
      key: `e${i}`,
      source,
      target,
      attributes: {
        kind, predicate, cameo, weight, label: predicate, confidence: kind === 'cooccurrence' ? 1 : 0.8,
        evidence: evidence.map(([doc, text]) => ({ doc, text, start: 0, end: text.length })),
      },
    })),
  };
}
