// graphology's own JSON serialisation (what graph.export() returns and
// graphology's import() / the viewer read), streamed one node or edge at a
// time instead of JSON.stringify of the whole export.
import type { KnowledgeGraph } from '../types.ts';

export function* jsonChunks(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    yield `${first ? '' : ','}\n{"key":${JSON.stringify(node)},"attributes":${JSON.stringify(attributes)}}`;
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const u = undirected ? ',"undirected":true' : '';
    yield `${first ? '' : ','}\n{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(attributes)}${u}}`;
    first = false;
  }
  yield '\n]}\n';
}
