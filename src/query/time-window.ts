// The graph as it stood within a period (`--since` / `--until`, time questions): the relations
// with at least one statement dated inside it, each keeping only those statements, and the
// entities they join plus those mentioned by articles of the period. Undated statements cannot be
// placed in time and are left out of a windowed graph. Dates compare at the coarser of the two
// precisions: a statement dated "2022-03" lies within a window starting "2022-03-15".
import type { EdgeAttributes, EvidenceRef, KnowledgeGraph, NodeAttributes } from '../types.ts';
import { compareIso } from '../pipeline/time/calendar.ts';
import { inWindow, type TimeWindow } from './period.ts';

export { inWindow, type TimeWindow };

/** A span [first, last] overlaps the window. */
function overlaps(first: string | undefined, last: string | undefined, w: TimeWindow): boolean {
  if (!first || !last) return false;
  if (w.since && compareIso(last, w.since) < 0) return false;
  if (w.until && compareIso(first, w.until) > 0) return false;
  return true;
}

export function isOpenWindow(w: TimeWindow): boolean {
  return !w.since && !w.until;
}

/** A new graph holding what the window covers (the graph itself when the window is open). */
export function restrictToWindow(graph: KnowledgeGraph, w: TimeWindow): KnowledgeGraph {
  if (isOpenWindow(w)) return graph;
  // A copy of the graph's kind and attributes, nothing else: the query code stays free of the build pipeline (the viewer bundles it).
  const out = graph.nullCopy() as KnowledgeGraph;
  const documents = graph.getAttribute('documents') ?? {};
  const keptDocs: typeof documents = Object.create(null); // ids come from data: no prototype to collide with
  for (const [id, d] of Object.entries(documents)) if (inWindow(d.date?.slice(0, 10), w)) keptDocs[id] = d;
  out.setAttribute('documents', keptDocs);
  const keepNode = (id: string, attrs: NodeAttributes) => { if (!out.hasNode(id)) out.addNode(id, attrs); };
  graph.forEachEdge((key, attrs, source, target, sa, ta) => {
    if (!overlaps(attrs.firstSeen, attrs.lastSeen, w)) return;
    // every relation shown must cite a statement of the period (a co-occurrence keeps only a sample
    // of its sentences, so within a window it counts the sampled ones)
    const evidence = attrs.evidence.filter((e: EvidenceRef) => inWindow(e.date, w));
    if (!evidence.length) return;
    const dates = evidence.map((e) => e.date!).sort(compareIso);
    const kept: EdgeAttributes = { ...attrs, evidence, weight: evidence.length, firstSeen: dates[0], lastSeen: dates[dates.length - 1] };
    keepNode(source, sa);
    keepNode(target, ta);
    out.addDirectedEdgeWithKey(key, source, target, kept);
  });
  graph.forEachNode((id, attrs) => {
    if (attrs.documents.some((d) => keptDocs[d])) keepNode(id, attrs);
  });
  return out;
}
