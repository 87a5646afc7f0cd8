// Does a graph open as a map one can read? Opens the viewer in headless
// Chromium on a store (`--data DIR`, served by `kg serve`'s startServer) or a
// graph file (`--graph FILE`), fits the view and measures what a reader sees:
// the share of drawn nodes whose disc overlaps another's, nodes left off
// screen, labels drawn and how many of them collide, next to the layout's
// neighbourhood preservation (src/graph/layout-quality.ts) on the whole graph.
// A screenshot of the fitted view goes to test-artifacts/.
//   npx tsx src/bench/viewer-map.ts --data DIR [--name corpus] [--port 5290]
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { neighbourhoodPreservation } from '../graph/layout-quality.ts';
import { parseGraphFile } from '../graph/open/index.ts';
import { openServedViewer } from './served-viewer.ts';
import { loadGraph } from '../store/graph-file.ts';
import type { KnowledgeGraph } from '../types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface MapMeasures {
  /** Nodes sigma draws (not hidden). */
  drawn: number;
  /** Share of drawn nodes whose disc overlaps another drawn node's disc by more than a pixel, at fit. */
  overlapShare: number;
  /** Drawn nodes whose centre is outside the canvas at fit. */
  offScreen: number;
  /** Node labels drawn at fit. */
  labels: number;
  /** Pairs of drawn labels whose boxes intersect. */
  labelCollisions: number;
  /** Labels drawn over another node's disc (not their own). */
  labelsOverNodes: number;
}

/**
 * Measured in the page on the viewer's renderer (`window.kgViewer.renderer`), after
 * resetting the camera to fit without animation and letting sigma draw.
 */
export async function measureFittedView(page: Page): Promise<MapMeasures> {
  await page.evaluate(() => {
    const r = (window as unknown as { kgViewer: { renderer: { getCamera(): { setState(s: object): void }; refresh(): void } } }).kgViewer.renderer;
    r.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });
  await page.waitForTimeout(400);
  return page.evaluate(() => {
    type D = { x: number; y: number; size: number; hidden: boolean; label: string | null };
    type R = {
      getNodeDisplayData(k: string): D | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(s: number): number; getDimensions(): { width: number; height: number }; getNodeDisplayedLabels(): Set<string>;
      getSetting(k: string): unknown; getGraph(): { forEachNode(cb: (k: string) => void): void };
      labelBoxes?: () => Map<string, { x: number; y: number; w: number; h: number }>;
    };
    const r = (window as unknown as { kgViewer: { renderer: R } }).kgViewer.renderer;
    const { width, height } = r.getDimensions();
    const nodes: Array<{ key: string; x: number; y: number; r: number; label: string | null }> = [];
    r.getGraph().forEachNode((key) => {
      const d = r.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = r.framedGraphToViewport(d);
      nodes.push({ key, x: p.x, y: p.y, r: r.scaleSize(d.size), label: d.label });
    });
    // Overlaps through a grid of cells as wide as the largest disc.
    const cell = Math.max(4, ...nodes.map((n) => 2 * n.r));
    const grid = new Map<string, number[]>();
    nodes.forEach((n, i) => {
      const k = `${Math.floor(n.x / cell)},${Math.floor(n.y / cell)}`;
      const list = grid.get(k);
      if (list) list.push(i); else grid.set(k, [i]);
    });
    const overlapping = new Set<number>();
    nodes.forEach((n, i) => {
      const cx = Math.floor(n.x / cell);
      const cy = Math.floor(n.y / cell);
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const m = nodes[j]!;
          if (Math.hypot(n.x - m.x, n.y - m.y) < n.r + m.r - 1) { overlapping.add(i); overlapping.add(j); }
        }
      }
    });
    const offScreen = nodes.filter((n) => n.x < 0 || n.y < 0 || n.x > width || n.y > height).length;
    // Label boxes: the viewer's own when it exposes them, else sigma's default placement (right of the disc).
    const shown = r.getNodeDisplayedLabels();
    const byKey = new Map(nodes.map((n) => [n.key, n]));
    let boxes: Array<{ key: string; x: number; y: number; w: number; h: number }>;
    if (typeof r.labelBoxes === 'function') {
      boxes = [...r.labelBoxes()].filter(([k]) => shown.has(k)).map(([key, b]) => ({ key, ...b }));
    } else {
      const size = Number(r.getSetting('labelSize')) || 14;
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${r.getSetting('labelWeight')} ${size}px ${r.getSetting('labelFont')}`;
      boxes = [...shown].map((key) => {
        const n = byKey.get(key)!;
        const w = ctx.measureText(n?.label ?? '').width;
        return { key, x: n.x + n.r + 3, y: n.y - size / 2, w, h: size };
      }).filter((b) => Number.isFinite(b.x));
    }
    let labelCollisions = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!, b = boxes[j]!;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) labelCollisions++;
    }
    let labelsOverNodes = 0;
    for (const b of boxes) {
      const over = nodes.some((n) => n.key !== b.key && n.r >= 3
        && n.x + n.r * 0.7 > b.x && n.x - n.r * 0.7 < b.x + b.w && n.y + n.r * 0.7 > b.y && n.y - n.r * 0.7 < b.y + b.h);
      if (over) labelsOverNodes++;
    }
    return { drawn: nodes.length, overlapShare: nodes.length ? overlapping.size / nodes.length : 0, offScreen, labels: shown.size, labelCollisions, labelsOverNodes };
  });
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const data = arg('data');
  const file = arg('graph');
  if (!data && !file) throw new Error('viewer-map: give --data DIR or --graph FILE');
  const name = arg('name') ?? path.basename(data ?? file!);
  const port = Number(arg('port') ?? 5290);
  const graph: KnowledgeGraph = data ? loadGraph(data) : parseGraphFile(file!, fs.readFileSync(file!, 'utf8'));
  const np = neighbourhoodPreservation(graph);
  const viewer = await openServedViewer(graph, { port });
  try {
    const { page } = viewer;
    const m = await measureFittedView(page);
    const dir = path.join(ROOT, 'test-artifacts');
    fs.mkdirSync(dir, { recursive: true });
    const shot = path.join(dir, `map-${name}.png`);
    await page.screenshot({ path: shot });
    console.log(JSON.stringify({ name, nodes: graph.order, edges: graph.size, neighbourhoodPreservation: Number(np.toFixed(3)), ...m, overlapShare: Number(m.overlapShare.toFixed(3)), screenshot: path.relative(ROOT, shot) }));
  } finally {
    await viewer.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
