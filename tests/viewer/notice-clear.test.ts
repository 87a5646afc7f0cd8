// Big-graph mode in Chromium: the notice ("Showing the 1,500 most connected…") sits
// over the bottom of the drawing; at fit no drawn entity may lie under it (one under
// it can be neither seen nor clicked: on the eng.train corpus the third most connected
// entity was, and its click never opened the panel).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { frameAbove } from '../../viewer/src/render/frame.ts';

const available = browserAvailable();

/** Drawn entities whose centre lies inside the notice's box, and the drawn count. */
async function underNotice(p: Page): Promise<{ under: string[]; drawn: number }> {
  return p.evaluate(() => {
    type R = { getNodeDisplayData(k: string): { x: number; y: number; hidden?: boolean } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement };
    const w = window as unknown as { kgViewer: { renderer: R; graph: { nodes(): string[] } } };
    const r = w.kgViewer.renderer;
    const stage = r.getContainer().getBoundingClientRect();
    const card = document.getElementById('subset-notice')!.getBoundingClientRect();
    const under: string[] = [];
    const nodes = w.kgViewer.graph.nodes();
    for (const n of nodes) {
      const d = r.getNodeDisplayData(n);
      if (!d || d.hidden) continue;
      const v = r.framedGraphToViewport(d);
      const x = stage.left + v.x, y = stage.top + v.y;
      if (x >= card.left && x <= card.right && y >= card.top && y <= card.bottom) under.push(n);
    }
    return { under, drawn: nodes.length };
  });
}

describe('frameAbove', () => {
  it('grows the frame downwards by the covered share of the stage, and leaves it alone when nothing is covered', () => {
    const frame = { x: [0, 10] as [number, number], y: [0, 100] as [number, number] };
    // A quarter covered: the old extent must fill the top three quarters of the new one.
    const grown = frameAbove(frame, 200, 800);
    expect(grown.x).toEqual([0, 10]);
    expect(grown.y[1]).toBe(100);
    expect(100 / (grown.y[1] - grown.y[0])).toBeCloseTo(0.75, 9);
    expect(frameAbove(frame, 0, 800)).toEqual(frame);
    expect(frameAbove(frame, 200, 0)).toEqual(frame);
  });
});

describe.skipIf(!available.ok)('big-graph notice keeps clear of the drawing (Chromium)', () => {
  let browser: Browser;
  let server: StaticServer;
  let served: RunningServer;
  const big = generateGraph(6000, 4, 33);

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(big.export()), 0);
    served = await startServer({ graph: big, port: 0, viewerDir: DIST, log: () => undefined });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await served?.close();
  });

  for (const mode of ['whole graph in the page', 'served by kg serve'] as const) {
    it(`no drawn entity lies under the notice at fit (${mode})`, async () => {
      const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
      await openViewer(p, mode === 'served by kg serve' ? served.url : server.url);
      expect(await p.locator('#subset-notice').isVisible()).toBe(true);
      await p.waitForTimeout(300);
      const { under, drawn } = await underNotice(p);
      await screenshot(p, `notice-clear-${mode === 'served by kg serve' ? 'served' : 'page'}`);
      expect(drawn).toBeGreaterThanOrEqual(1500);
      expect(under).toEqual([]);
      await p.context().close();
    }, 120_000);
  }
});
