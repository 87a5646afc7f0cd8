// Downloads: a picture of the view at a chosen size with a title and the
// legends, the Appearance card's included (render/picture.ts), and the graph as
// the filters leave it as GEXF (the project's 1.3 writer, the same as `kg
// export`) or graphology JSON, files
// that reopen here, in Gephi or in `kg serve --graph`. In big-graph mode the
// menu and the files say that they hold the drawn part only.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { ENTITY_TYPES, RELATION_KINDS, TYPE_COLORS } from '../../../src/types.ts';
import { toGexf, toJson } from '../../../src/graph/open/serialize.ts';
import { drawPicture } from '../render/picture.ts';
import { withCanvasTheme } from '../render/canvas-colors.ts';
import { byId, h } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';
import { KIND_NAMES } from './filters.ts';

export class DownloadController {
  constructor(private ctx: ViewerContext) {}

  wire(): void {
    const menu = byId<HTMLDetailsElement>('download-menu');
    byId('download-png').addEventListener('click', () => {
      menu.open = false;
      this.savePicture();
    });
    byId('download-gexf').addEventListener('click', () => {
      menu.open = false;
      save('knowledge-graph.gexf', 'application/gexf+xml', toGexf(this.filteredGraph(), this.partNote() ?? undefined));
    });
    byId('download-json').addEventListener('click', () => {
      menu.open = false;
      const graph = this.filteredGraph();
      const note = this.partNote();
      if (note) graph.setAttribute('description' as never, note as never);
      save('knowledge-graph.json', 'application/json', toJson(graph));
    });
  }

  /** The menu says what the files hold: the drawn part (big-graph mode), the filtered graph, or the graph. */
  update(): void {
    const what = this.ctx.big.active ? 'Drawn part' : this.filtered() ? 'Filtered graph' : 'Graph';
    byId('download-gexf').textContent = `${what} as GEXF`;
    byId('download-json').textContent = `${what} as JSON`;
  }

  private filtered(): boolean {
    const { hiddenNodes, hiddenEdges } = this.ctx.visibility;
    return hiddenNodes.size > 0 || hiddenEdges.size > 0;
  }

  /** Big-graph mode: a sentence saying the file holds the drawn part only. */
  private partNote(): string | null {
    const totals = this.ctx.big.totals();
    const graph = this.ctx.graph;
    if (!totals || !graph) return null;
    return `Drawn part: ${graph.order.toLocaleString('en')} of ${totals.nodes.toLocaleString('en')} entities, ${graph.size.toLocaleString('en')} of ${totals.edges.toLocaleString('en')} relations (kg export writes the whole graph)`;
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

  private savePicture(): void {
    const renderer = this.ctx.renderer;
    const graph = this.ctx.graph;
    if (!renderer || !graph) return;
    const [width, height] = byId<HTMLSelectElement>('png-size').value.split('x').map(Number) as [number, number];
    const { hiddenNodes, hiddenEdges } = this.ctx.visibility;
    const types = new Set<string>();
    graph.forEachNode((n, a) => { if (!hiddenNodes.has(n)) types.add(a.type); });
    const kinds = new Set<string>();
    graph.forEachEdge((e, a) => { if (!hiddenEdges.has(e)) kinds.add(a.kind); });
    const shown = graph.order - hiddenNodes.size;
    const relations = graph.size - hiddenEdges.size;
    const part = this.partNote();
    const subtitle = `${shown.toLocaleString('en')} entities · ${relations.toLocaleString('en')} relations${part ? ` · ${part}` : ''} · ${new Date().toISOString().slice(0, 10)}`;
    // The colours shown: entity types, or the Appearance card's communities or articles; and what colour and size mean.
    const legend = this.ctx.appearance.pictureLegend();
    const colors = legend.colors ?? ENTITY_TYPES.filter((t) => types.has(t)).map((type) => ({ color: TYPE_COLORS[type], name: type[0]!.toUpperCase() + type.slice(1) }));
    // A picture goes into reports: always drawn light, whatever the page's theme.
    const canvas = withCanvasTheme('light', () => drawPicture(graph, this.ctx.display, {
      width, height,
      title: byId('graph-title').textContent || 'News knowledge graph',
      subtitle,
      caption: legend.caption,
      colors,
      kinds: RELATION_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, name: KIND_NAMES[kind] })),
      camera: renderer.getCamera().getState(),
      frame: renderer.getCustomBBox(),
      sizedFor: this.ctx.sizedFor,
    }));
    canvas.toBlob((blob) => { if (blob) saveBlob('knowledge-graph.png', blob); }, 'image/png');
  }
}

function saveBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function save(name: string, type: string, text: string): void {
  saveBlob(name, new Blob([text], { type }));
}
