// Opening a graph file (.gexf, .graphml, graph .json) with the button or by
// dropping it on the page. A file that cannot be read leaves the current graph
// in place and says what was wrong in one line.
import type { KnowledgeGraph } from '../../../src/types.ts';
import { parseGraphFile } from '../../../src/graph/open/browser.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

export interface FileHost extends ViewerContext {
  setGraph(graph: KnowledgeGraph, name: string | null): void;
}

export class FileController {
  constructor(private ctx: FileHost) {}

  wire(): void {
    const fileInput = byId<HTMLInputElement>('file-input');
    byId('open-file').addEventListener('click', () => fileInput.click());
    fileInput.addEventListener('change', () => {
      const file = fileInput.files?.[0];
      if (file) void this.open(file);
      fileInput.value = '';
    });
    const drop = byId('drop-zone');
    let depth = 0;
    window.addEventListener('dragenter', (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      depth++;
      drop.hidden = false;
    });
    window.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) drop.hidden = true;
    });
    window.addEventListener('dragover', (e) => e.preventDefault());
    window.addEventListener('drop', (e) => {
      e.preventDefault();
      depth = 0;
      drop.hidden = true;
      const file = e.dataTransfer?.files?.[0];
      if (file) void this.open(file);
    });
  }

  async open(file: File): Promise<void> {
    this.ctx.setReady(false);
    this.ctx.status(`Opening ${file.name}…`);
    let graph: KnowledgeGraph;
    try {
      const text = await file.text();
      graph = parseGraphFile(file.name, text);
    } catch (e) {
      // The current graph stays; say what was wrong in one line.
      this.ctx.status((e as Error).message, true);
      this.ctx.setReady(this.ctx.graph !== null);
      return;
    }
    this.ctx.setGraph(graph, file.name);
    this.ctx.status(`Opened ${file.name}: ${graph.order.toLocaleString('en')} entities, ${graph.size.toLocaleString('en')} relations.`);
  }
}
