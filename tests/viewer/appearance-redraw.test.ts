// Changing the appearance of a drawing with many relations, in Chromium: the new
// colours and sizes are on screen; sigma's relation layer (the whole cost of a
// frame with a software rasteriser, ~1 s on the corpus's opening drawing) is not
// drawn again for new colours, and for new sizes it is drawn a slice per frame
// (arrow heads move); a small drawing is drawn whole, arrow heads included.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

const available = browserAvailable();

interface Programs { edgePrograms: Record<string, { render(...a: unknown[]): unknown }>; nodePrograms: Record<string, { render(...a: unknown[]): unknown }> }
type Viewer = {
  renderer: Programs & {
    getGraph(): { order: number; size: number; nodes(): string[] };
    getNodeDisplayData(k: string): { x: number; y: number; size: number; color: string; hidden?: boolean };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    scaleSize(s: number): number;
    labelBoxes(): Map<string, { x: number; y: number; w: number; h: number }>;
  };
  appearance: { lastRun: unknown; lastRedraw: string | null; lastSizeRedraw: string | null };
};
declare const kgViewer: Viewer;
declare const layerDraws: { edges: number; nodes: number };

/**
 * Count the draws of sigma's relation and entity programs from now on (the relation layer
 * draws its programs' ranges itself, render/edge-layer.ts: each program of a compound one counted).
 */
async function countDraws(p: Page): Promise<void> {
  await p.evaluate(() => {
    const w = window as unknown as { layerDraws: { edges: number; nodes: number } };
    w.layerDraws = { edges: 0, nodes: 0 };
    const r = kgViewer.renderer;
    type P = { render(...a: unknown[]): unknown; renderProgram?: (...a: unknown[]) => unknown; programs?: P[] };
    for (const [layer, programs] of [['edges', r.edgePrograms], ['nodes', r.nodePrograms]] as const) {
      for (const program of Object.values(programs) as P[]) {
        for (const leaf of program.programs ?? [program]) {
          if (!leaf.renderProgram) continue;
          const draw = leaf.renderProgram.bind(leaf);
          leaf.renderProgram = (...a: unknown[]) => { w.layerDraws[layer]++; return draw(...a); };
        }
      }
    }
  });
}

/** The relation layer has drawn all it had to (render/edge-layer.ts). */
async function layerSettled(p: Page): Promise<void> {
  await p.waitForFunction(() => (kgViewer.renderer as unknown as { edgeLayer?: { stats: { pending: boolean } } }).edgeLayer?.stats.pending !== true, null, { timeout: 30_000 });
}

/** The screenshot's pixels, decoded in the page: [r, g, b] at each asked point, and how many pixels are not the background. */
async function pixels(p: Page, png: Buffer, points: Array<{ x: number; y: number }>): Promise<{ at: number[][]; inked: number }> {
  return p.evaluate(async ([bytes, pts]) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const c = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = c.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) inked++;
    const at = pts.map(({ x, y }) => { const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4; return [data[i]!, data[i + 1]!, data[i + 2]!]; });
    return { at, inked };
  }, [[...png], points] as const);
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe.skipIf(!available.ok)('appearance redraw in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let small: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    // 600 entities, ~1,100 relations at random places: whole in the page, too many relations to draw again for a new colour.
    const json = JSON.stringify(generateGraph(600, 2, 5).export());
    server = await serveViewer(DIST, () => json);
    small = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await small?.close();
  });

  async function page(url: string): Promise<Page> {
    const p = await strictPage(browser, { viewport: { width: 1300, height: 900 } });
    await openViewer(p, url);
    return p;
  }

  it('colours and sizes by measures redraw the entities (and for sizes the relations) a slice per frame, and show on screen', async () => {
    const p = await page(server.url);
    expect(await p.evaluate(() => kgViewer.renderer.getGraph().size)).toBeGreaterThan(1000);
    await p.waitForTimeout(300);
    const canvas = p.locator('#sigma');
    const before = await pixels(p, await canvas.screenshot(), []);
    const radiusBefore = await p.evaluate(() => Object.fromEntries(kgViewer.renderer.getGraph().nodes().map((n) => [n, kgViewer.renderer.scaleSize(kgViewer.renderer.getNodeDisplayData(n).size)])));
    await countDraws(p);
    await p.selectOption('#size-by', 'pagerank');
    await p.selectOption('#color-by', 'community');
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null && document.querySelector('#appearance-legend .measuring') === null);
    await p.waitForTimeout(300);
    await layerSettled(p);
    const draws = await p.evaluate(() => layerDraws);
    expect(draws.nodes).toBeGreaterThan(0);
    // New sizes move the arrow heads: the relations are drawn again, a slice per frame (edge-layer.test.ts checks the picture).
    expect(draws.edges).toBeGreaterThan(0);
    // (the size change's own redraw: the colour change may finish measuring after it and redraw the entities only)
    expect(await p.evaluate(() => kgViewer.appearance.lastSizeRedraw)).toBe('sliced');
    // On screen: entity discs (not covered by a later disc or a label) in their community colour.
    const probes = await p.evaluate(() => {
      const r = kgViewer.renderer;
      const nodes = r.getGraph().nodes();
      const discs = nodes.map((n) => { const d = r.getNodeDisplayData(n); const v = r.framedGraphToViewport(d); return { n, x: v.x, y: v.y, radius: r.scaleSize(d.size), color: d.color }; });
      const boxes = [...r.labelBoxes().values()];
      return discs.filter((d, i) => d.radius >= 4 && d.x > 10 && d.y > 10 && d.x < 1290 - 340 && d.y < 880
        && !discs.slice(i + 1).some((o) => Math.hypot(o.x - d.x, o.y - d.y) < o.radius + 2)
        && !boxes.some((b) => d.x > b.x - 2 && d.x < b.x + b.w + 2 && d.y > b.y - 2 && d.y < b.y + b.h + 2)).slice(0, 8);
    });
    expect(probes.length).toBeGreaterThan(3);
    expect(new Set(probes.map((d) => d.color)).size).toBeGreaterThan(1);
    const shot = await canvas.screenshot();
    const after = await pixels(p, shot, probes);
    probes.forEach((d, i) => {
      const want = rgb(d.color);
      const got = after.at[i]!;
      expect(Math.max(...want.map((c, k) => Math.abs(c - got[k]!))), `${d.n} drawn ${got} wants ${d.color}`).toBeLessThan(40);
    });
    // The relations are still drawn (their layer was left, not cleared).
    expect(after.inked).toBeGreaterThan(before.inked * 0.8);
    // Hover finds an entity that grew where only its new disc reaches (the picking layer was drawn again).
    const grown = await p.evaluate((old) => {
      const r = kgViewer.renderer;
      const discs = r.getGraph().nodes().map((n) => { const d = r.getNodeDisplayData(n); const v = r.framedGraphToViewport(d); return { n, x: v.x, y: v.y, radius: r.scaleSize(d.size) }; });
      for (const d of discs) {
        if (d.radius < old[d.n]! + 5) continue;
        const point = { x: d.x, y: d.y - (old[d.n]! + d.radius) / 2 };
        if (point.y < 20 || d.x < 20 || d.x > 900) continue;
        if (discs.some((o) => o.n !== d.n && Math.hypot(o.x - point.x, o.y - point.y) < o.radius + 4)) continue;
        return { n: d.n, point };
      }
      return null;
    }, radiusBefore);
    expect(grown, 'an entity that grew, alone around a point of its new disc').not.toBeNull();
    const box = (await canvas.boundingBox())!;
    await p.mouse.move(box.x + grown!.point.x, box.y + grown!.point.y, { steps: 3 });
    await p.waitForFunction((n) => (kgViewer as unknown as { display: { focus: string | null } }).display.focus === n, grown!.n, { timeout: 5000 });
    // ... and, sizes back as built, not an entity that shrank where only its old disc reached (the old picking was cleared).
    const radiusMeasured = await p.evaluate(() => Object.fromEntries(kgViewer.renderer.getGraph().nodes().map((n) => [n, kgViewer.renderer.scaleSize(kgViewer.renderer.getNodeDisplayData(n).size)])));
    await countDraws(p);
    await p.selectOption('#size-by', 'build');
    await p.waitForTimeout(300);
    await layerSettled(p);
    expect(await p.evaluate(() => kgViewer.appearance.lastRedraw)).toBe('sliced');
    const shrunk = await p.evaluate((old) => {
      const r = kgViewer.renderer;
      const discs = r.getGraph().nodes().map((n) => { const d = r.getNodeDisplayData(n); const v = r.framedGraphToViewport(d); return { n, x: v.x, y: v.y, radius: r.scaleSize(d.size) }; });
      for (const d of discs) {
        if (d.radius > old[d.n]! - 3) continue;
        const point = { x: d.x, y: d.y - (old[d.n]! + d.radius) / 2 };
        if (point.y < 20 || d.x < 20 || d.x > 900) continue;
        if (discs.some((o) => o.n !== d.n && Math.hypot(o.x - point.x, o.y - point.y) < Math.max(o.radius, old[o.n]!) + 3)) continue;
        return { n: d.n, point };
      }
      return null;
    }, radiusMeasured);
    expect(shrunk, 'an entity that shrank, alone around a point of its old disc').not.toBeNull();
    await p.mouse.move(box.x + shrunk!.point.x, box.y + shrunk!.point.y, { steps: 3 });
    await p.waitForFunction((n) => (kgViewer as unknown as { display: { focus: string | null } }).display.focus !== n, grown!.n, { timeout: 5000 });
    expect(await p.evaluate(() => (kgViewer as unknown as { display: { focus: string | null } }).display.focus)).toBeNull();
    await screenshot(p, 'appearance-redraw-nodes');
    await p.context().close();
  });

  it('a small drawing changing sizes is drawn whole (arrow heads follow the new radii)', async () => {
    const p = await page(small.url);
    await countDraws(p);
    await p.selectOption('#size-by', 'pagerank');
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null);
    await p.waitForTimeout(200);
    expect(await p.evaluate(() => kgViewer.appearance.lastRedraw)).toBe('full');
    expect((await p.evaluate(() => layerDraws)).edges).toBeGreaterThan(0);
    // A colour change alone leaves the relations as they are, whatever the size of the drawing.
    await countDraws(p);
    await p.selectOption('#color-by', 'article');
    await p.waitForTimeout(200);
    expect(await p.evaluate(() => kgViewer.appearance.lastRedraw)).toBe('nodes');
    expect((await p.evaluate(() => layerDraws)).edges).toBe(0);
    await p.context().close();
  });
});
