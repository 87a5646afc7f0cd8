// Seeded synthetic knowledge graphs with community structure (a planted-partition
// model): most edges inside communities, a few across, typed nodes and edges.
import { MultiDirectedGraph } from 'graphology';
import type { EntityType, KnowledgeGraph, RelationKind } from '../types.ts';
import { TYPE_COLORS } from '../types.ts';
import { seededRandom } from '../graph/layout.ts';

const TYPES: EntityType[] = ['person', 'person', 'person', 'organization', 'country', 'region', 'city', 'location'];
const KINDS: RelationKind[] = ['cooccurrence', 'cooccurrence', 'cooccurrence', 'event', 'role', 'location', 'affiliation'];

export function generateGraph(nodes: number, edgesPerNode = 5, seed = 1): KnowledgeGraph {
  const random = seededRandom(seed);
  const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  graph.replaceAttributes({ documents: {} });
  const communitySize = 50;
  for (let i = 0; i < nodes; i++) {
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    graph.addNode(`n${i}`, {
      label: `Entity ${i}`, type, aliases: [], mentions: 1 + Math.floor(random() * 20), documents: [`d${i % 997}`],
      x: random() * 1000, y: random() * 1000, size: 3 + random() * 8, color: TYPE_COLORS[type],
    });
  }
  const m = nodes * edgesPerNode;
  for (let e = 0; e < m; e++) {
    const a = Math.floor(random() * nodes);
    const inside = random() < 0.9;
    const base = Math.floor(a / communitySize) * communitySize;
    const b = inside ? Math.min(nodes - 1, base + Math.floor(random() * communitySize)) : Math.floor(random() * nodes);
    if (a === b) continue;
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    graph.addDirectedEdgeWithKey(`e${e}`, `n${a}`, `n${b}`, {
      kind, predicate: kind === 'cooccurrence' ? 'co-occurs with' : 'related to', cameo: null, weight: 1 + Math.floor(random() * 3),
      label: kind, confidence: 0.5, evidence: [{ doc: `d${a % 997}`, text: `Entity ${a} and Entity ${b} were mentioned together.`, start: 0, end: 10 }],
    });
  }
  return graph;
}
