// Which nodes and edges the filters hide. Computed once per filter change (O(V+E))
// so sigma's reducers only do set look-ups; hiding never moves a node.
import type { KnowledgeGraph } from '../../../src/types.ts';
import type { Filters } from './state.ts';
import { hiddenByPeriod } from './timeline.ts';

/**
 * A relation the pipeline added from background knowledge rather than read in an article
 * (edge attribute `basis: 'knowledge'`; graphs without it have none).
 */
export function isKnowledge(a: object): boolean {
  return (a as { basis?: unknown }).basis === 'knowledge';
}

/**
 * A served big graph lists only the first document ids of an entity and the first evidence of a relation
 * (`documentsTotal`, `evidenceTotal` give the full counts): a cut list cannot say an article is absent, so the
 * article filter keeps what it cannot decide.
 */
function listCut(list: readonly unknown[], a: object): boolean {
  const total = (a as { documentsTotal?: unknown }).documentsTotal;
  return typeof total === 'number' && total > list.length;
}
function evidenceCut(a: { evidence: readonly unknown[] }): boolean {
  const total = (a as { evidenceTotal?: unknown }).evidenceTotal;
  return typeof total === 'number' && total > a.evidence.length;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** `only`, when given, limits the view to those nodes (the hook for opening huge graphs on a subset). */
export function computeVisibility(graph: KnowledgeGraph, filters: Filters, only: Set<string> | null = null): Visibility {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const { hiddenTypes, hiddenKinds, minMentions, minWeight, doc, hideKnowledge } = filters;
  // The timeline's period hides what was not seen in it.
  const period = hiddenByPeriod(graph, filters);
  graph.forEachNode((node, a) => {
    if ((only !== null && !only.has(node)) || period.nodes.has(node) || hiddenTypes.has(a.type) || a.mentions < minMentions || (doc !== null && !a.documents.includes(doc) && !listCut(a.documents, a))) {
      hiddenNodes.add(node);
    }
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target) || hiddenKinds.has(a.kind) || a.weight < minWeight
      || (hideKnowledge && isKnowledge(a)) || period.edges.has(edge)
      // An edge with evidence belongs to the articles its evidence comes from.
      || (doc !== null && a.evidence.length > 0 && !a.evidence.some((e) => e.doc === doc) && !evidenceCut(a))) {
      hiddenEdges.add(edge);
    }
  });
  return { hiddenNodes, hiddenEdges };
}
