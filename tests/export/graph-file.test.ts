// graph.json as written to disk: the same bytes as graphology's serialisation
// written key by key (the format the file has always had), whatever the size of
// a piece against the write buffer and whatever characters it holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { collect, jsonChunks } from '../../src/export/index.ts';
import { graphPath, loadGraph, writeGraph } from '../../src/store/graph-file.ts';
import type { KnowledgeGraph } from '../../src/types.ts';
import { hostileGraph } from './helpers.ts';

/** The format, written the plain way: every key and attribute object stringified on its own. */
function reference(graph: KnowledgeGraph): string {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  const nodes = graph.mapNodes((key, attributes) => `\n{"key":${JSON.stringify(key)},"attributes":${JSON.stringify(attributes)}}`);
  const edges: string[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => {
    edges.push(`\n{"key":${JSON.stringify(key)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)},"attributes":${JSON.stringify(attributes)}${undirected ? ',"undirected":true' : ''}}`);
  });
  return `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[${nodes.join(',')}\n],"edges":[${edges.join(',')}\n]}\n`;
}

/** Pieces of every size around the 1 MB write buffer, in one-, two-, three- and four-byte UTF-8. */
function awkwardGraph(): KnowledgeGraph {
  const g = hostileGraph();
  const texts = ['a'.repeat(400_000), 'é'.repeat(200_000), '語'.repeat(400_000), '🙂'.repeat(150_000), 'x'.repeat(1_200_000), 'lone \uD800 surrogate'];
  texts.forEach((text, i) => g.addNode(`big:${i}`, { label: text, type: 'other', aliases: [], mentions: 1, documents: [], x: i, y: -i - 0.5, size: 1.5, color: '#000000' }));
  for (let i = 0; i < 3_000; i++) {
    g.addNode(`n:${i}`, { label: `Ñode ${i} ${'語'.repeat(i % 700)}`, type: 'other', aliases: [], mentions: i, documents: ['d1'], x: i / 7, y: 1 / (i + 1), size: 2, color: '#123456' });
  }
  return g;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graph-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('graph.json', () => {
  const cases: Array<[string, () => KnowledgeGraph]> = [
    ['the hostile fixture graph', hostileGraph],
    ['pieces larger and smaller than the write buffer, in multi-byte characters', awkwardGraph],
    ['a graph that refuses self-loops, as kg ingest builds them', () => {
      const g = new MultiDirectedGraph({ allowSelfLoops: false });
      g.addNode('a', { label: 'A' });
      g.addNode('b', { label: 'B' });
      g.addDirectedEdgeWithKey('ab', 'a', 'b', { weight: 2 });
      return g as unknown as KnowledgeGraph;
    }],
    ['a mixed graph with an undirected edge', () => {
      const g = new MultiGraph();
      g.addNode('a', { label: 'A' });
      g.addNode('b');
      g.addUndirectedEdgeWithKey('ab', 'a', 'b', { weight: 1 });
      g.addDirectedEdgeWithKey('ba', 'b', 'a');
      return g as unknown as KnowledgeGraph;
    }],
  ];

  it.each(cases)('%s: written byte for byte as the plain serialisation, and read back', (_name, make) => {
    const graph = make();
    const expected = reference(graph);
    expect(collect(jsonChunks(graph))).toBe(expected);
    writeGraph(dir, graph);
    expect(fs.readFileSync(graphPath(dir)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
    if (graph.type === 'directed') {
      const loaded = loadGraph(dir);
      const back = loaded.export();
      expect([back.attributes, back.nodes, back.edges]).toEqual([graph.getAttributes(), graph.export().nodes, graph.export().edges]);
      expect(loaded.allowSelfLoops).toBe(graph.allowSelfLoops);
      expect(collect(jsonChunks(loaded))).toBe(expected);
    }
    expect(fs.readdirSync(dir)).toEqual(['graph.json']);
  });
});
