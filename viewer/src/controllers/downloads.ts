// Downloads: the view as a PNG, the graph as the filters leave it as GEXF or
// graphology JSON (files that reopen here, in Gephi or in `kg serve --graph`).
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import type { KnowledgeGraph } from '../../../src/types.ts';
import { toGexf, toJson } from '../../../src/graph/open/serialize.ts';
import { byId, h } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

export class DownloadController {
  constructor(private ctx: ViewerContext) {}

  wire(): void {
    const menu = byId<HTMLDetailsElement>('download-menu');
    byId('download-png').addEventListener('click', () => {
      menu.open = false;
      const renderer = this.ctx.renderer;
      if (renderer) void downloadAsPNG(renderer as unknown as Sigma, { fileName: 'knowledge-graph', backgroundColor: '#ffffff' });
    });
    byId('download-gexf').addEventListener('click', () => {
      menu.open = false;
      save('knowledge-graph.gexf', 'application/gexf+xml', toGexf(this.filteredGraph()));
    });
    byId('download-json').addEventListener('click', () => {
      menu.open = false;
      save('knowledge-graph.json', 'application/json', toJson(this.filteredGraph()));
    });
  }

  /** The drawn graph as currently filtered, without the viewer's display helpers. */
  filteredGraph(): KnowledgeGraph {
    const graph = this.ctx.graph!;
    const { hiddenNodes, hiddenEdges } = this.ctx.visibility;
    const copy = graph.nullCopy() as KnowledgeGraph;
    graph.forEachNode((key, a) => {
      if (!hiddenNodes.has(key)) copy.addNode(key, { ...a });
    });
    graph.forEachEdge((edge, a, s, t) => {
      if (hiddenEdges.has(edge) || !copy.hasNode(s) || !copy.hasNode(t)) return;
      copy.addEdgeWithKey(edge, s, t, { ...a });
    });
    return copy;
  }
}

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
