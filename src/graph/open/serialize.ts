// Writes a KnowledgeGraph back to a file the open module (and Gephi) can read:
// the viewer's "download" buttons use it, and tests use it for round trips.
// GEXF cannot hold objects, so structured values (evidence, documents) travel
// as JSON strings; normalize.ts turns them back into objects on the way in.
import writeGexf, { type GexfElement } from 'graphology-gexf/common/writer.js';
import type { Attributes } from 'graphology-types';
import type { KnowledgeGraph } from '../../types.ts';

const VIZ = new Set(['x', 'y', 'size', 'color']);
/** Display-only attributes sigma or the viewer may have added; not part of the data. */
const TRANSIENT = new Set(['type:display', 'curvature', 'parallelIndex', 'parallelMinIndex', 'parallelMaxIndex', 'hidden', 'highlighted', 'forceLabel', 'zIndex']);

function gexfValue(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? value : JSON.stringify(value);
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function formatElement(attributes: Attributes): GexfElement {
  const out: GexfElement = { attributes: {} };
  for (const [name, value] of Object.entries(attributes)) {
    if (TRANSIENT.has(name)) continue;
    if (name === 'label') out.label = String(value);
    else if (VIZ.has(name) && value !== undefined) (out.viz ??= {})[name as 'x'] = value as number;
    else {
      const v = gexfValue(value);
      if (v !== undefined && !(Array.isArray(v) && v.length === 0)) out.attributes![name] = v;
    }
  }
  return out;
}

export function toGexf(graph: KnowledgeGraph): string {
  // Graph attributes have no place in GEXF 1.2 but the documents index does: it gives evidence titles.
  const copy = graph.copy() as KnowledgeGraph;
  const meta: Attributes = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (value !== undefined && value !== null) meta[name] = typeof value === 'object' ? JSON.stringify(value) : value;
  }
  copy.replaceAttributes(meta as never);
  return writeGexf(copy as never, {
    version: '1.2',
    formatNode: (_key, attributes) => formatElement(attributes),
    formatEdge: (_key, attributes) => {
      const out = formatElement(attributes);
      // The weight goes in GEXF's own slot; `kind` stays a data attribute (GEXF's edge `kind` means something else).
      if (typeof attributes.weight === 'number') out.weight = attributes.weight;
      return out;
    },
  });
}

export function toJson(graph: KnowledgeGraph): string {
  return JSON.stringify(graph.export());
}
