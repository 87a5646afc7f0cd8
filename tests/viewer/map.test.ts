// A big graph laid out by the build (layoutGraph), served by kg serve, in
// Chromium: it must open as a map (no overlapping entities at fit, none off
// screen, labels that never cover each other), hover and selection must stay
// readable (veil, ringed focus, compressed sizes, labels apart), and a path must
// be drawn above everything, its alternatives unlike the shortest.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, hoverEntity, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { measureFittedView } from '../../src/bench/viewer-map.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import { rankEntities } from '../../src/query/subgraph.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { findPaths } from '../../viewer/src/core/paths.ts';

const available = browserAvailable();

type Box = { x: number; y: number; w: number; h: number };
type Viewer = {
  graph: { order: number; hasNode(k: string): boolean; degree(k: string): number; nodes(): string[] };
  renderer: { getNodeDisplayData(k: string): { x: number; y: number; size: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement; labelBoxes(): Map<string, Box> };
  display: { highlighted: Set<string> };
  emphasis: { drawn: Array<{ edge: string; color: string; dashed: boolean }> };
  paths: { paths: Array<{ hops: Array<{ edge: string }> }> };
};
declare const kgViewer: Viewer;

function overlapping(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i]!, boxes[j]!];
    if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) n++;
  }
  return n;
}

describe.skipIf(!available.ok)('a laid-out big graph in the viewer', () => {
  let browser: Browser;
  let server: RunningServer;
  const graph = generateGraph(6000, 3, 31);
  layoutGraph(graph, { iterations: 60 });
  const ranking = rankEntities(graph);

  beforeAll(async () => {
    ensureViewerBuilt();
    server = await startServer({ graph, port: 0, viewerDir: DIST, log: () => undefined });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(query = ''): Promise<Page> {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
    await openViewer(p, `${server.url}${query}`);
    return p;
  }

  it('opens as a map: no entity overlaps another at fit, none is off screen, labels never cover each other', async () => {
    const p = await page();
    const m = await measureFittedView(p);
    expect(m.drawn).toBe(1500);
    expect(m.overlapShare).toBe(0);
    expect(m.offScreen).toBe(0);
    expect(m.labels).toBeGreaterThan(40);
    expect(m.labelCollisions).toBe(0);
    // The Fit button brings back the same view (nothing left outside).
    await p.evaluate(() => (kgViewer.renderer as unknown as { getCamera(): { setState(s: object): void } }).getCamera().setState({ x: 0.3, y: 0.7, ratio: 0.2 }));
    await p.click('#zoom-fit');
    await p.waitForTimeout(600);
    expect((await measureFittedView(p)).offScreen).toBe(0);
    await screenshot(p, 'map-big');
    await p.context().close();
  });

  it('hovering a hub fades the rest, rings the hub, keeps sizes small and its neighbours\' labels apart', async () => {
    const p = await page();
    const hub = ranking[0]!;
    await hoverEntity(p, hub);
    await p.waitForTimeout(200);
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('.sigma-veil')!).display)).toBe('block');
    // The hub's disc stays a disc, not a 150-pixel blot.
    expect(await p.evaluate((k) => kgViewer.renderer.getNodeDisplayData(k)!.size, hub)).toBeLessThanOrEqual(16);
    const highlighted = await p.evaluate(() => [...kgViewer.display.highlighted]);
    expect(highlighted[0]).toBe(hub);
    expect(highlighted.length).toBeGreaterThan(5);
    const boxes = await p.evaluate((keys) => {
      const all = kgViewer.renderer.labelBoxes();
      return keys.filter((k) => all.has(k)).map((k) => all.get(k)!);
    }, highlighted);
    expect(boxes.length).toBeGreaterThan(3);
    expect(overlapping(boxes)).toBe(0);
    expect(await p.evaluate(() => kgViewer.emphasis.drawn.length)).toBeGreaterThan(0);
    await screenshot(p, 'map-hover-hub');
    await p.context().close();
  });

  it('draws a path above the veil, the shortest solid and dark, the alternatives dashed', async () => {
    // Two drawn entities with a shortest path and at least one alternative.
    const drawn = ranking.slice(0, 1500);
    let pair: [string, string] | null = null;
    for (let i = 0; i < drawn.length && !pair; i += 37) {
      const [a, b] = [drawn[i]!, drawn[(i * 7 + 500) % 1500]!];
      const found = findPaths(graph, a, b);
      if (found.length >= 2 && found[0]!.hops.length >= 3) pair = [a, b];
    }
    expect(pair).not.toBeNull();
    const p = await page(`?from=${encodeURIComponent(pair![0])}&to=${encodeURIComponent(pair![1])}`);
    await p.waitForFunction(() => kgViewer.paths.paths.length >= 2 && kgViewer.emphasis.drawn.length > 0, null, { timeout: 30_000 });
    await p.waitForTimeout(700);
    const result = await p.evaluate(() => {
      const shortest = new Set(kgViewer.paths.paths[0]!.hops.map((h) => h.edge));
      const strokes = kgViewer.emphasis.drawn;
      return {
        shortest: strokes.filter((s) => shortest.has(s.edge)),
        others: strokes.filter((s) => !shortest.has(s.edge)),
        missing: [...shortest].filter((e) => !strokes.some((s) => s.edge === e)),
      };
    });
    expect(result.missing).toEqual([]);
    expect(result.shortest.every((s) => !s.dashed && s.color === '#111827')).toBe(true);
    expect(result.others.length).toBeGreaterThan(0);
    expect(result.others.every((s) => s.dashed)).toBe(true);
    // On screen: the first hop is painted on the emphasis layer, above the faded graph.
    const painted = await p.evaluate(() => {
      const r = kgViewer.renderer;
      const g = (r as unknown as { getGraph(): { extremities(e: string): [string, string] } }).getGraph();
      const [s, t] = g.extremities(kgViewer.paths.paths[0]!.hops[0]!.edge);
      const a = r.framedGraphToViewport(r.getNodeDisplayData(s)!);
      const b = r.framedGraphToViewport(r.getNodeDisplayData(t)!);
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-emphasis')!;
      const ratio = canvas.width / canvas.clientWidth;
      // Look around a point a third of the way (the middle holds the relation's label).
      const ctx = canvas.getContext('2d')!;
      const [x, y] = [a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3];
      const data = ctx.getImageData(Math.round((x - 6) * ratio), Math.round((y - 6) * ratio), Math.round(12 * ratio), Math.round(12 * ratio)).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 200 && data[i]! < 90) dark++;
      return dark;
    });
    expect(painted).toBeGreaterThan(0);
    await screenshot(p, 'map-path');
    await p.context().close();
  });
});
