// Big-graph mode leaves co-occurrence lines seen in one article out of sigma's scene at
// rest (each line costs every redraw of a served corpus its share of a software-rasterised
// frame): the notice says how many and offers them all; the entity in focus still gets them
// on the emphasis overlay; a relation left alone by them is drawn straight. Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { rankEntities } from '../../viewer/src/core/subset.ts';

const available = browserAvailable();
const NODES = 8000;

type Attrs = { kind: string; weight: number };
type G = {
  order: number;
  forEachEdge(cb: (e: string, a: Attrs, s: string, t: string) => void): void;
};
type Viewer = {
  graph: G;
  display: { focusEdges: Set<string>; restingCooccurrence: number };
  renderer: { getEdgeDisplayData(e: string): { hidden?: boolean; type?: string } | undefined };
  patch(change: (s: { selected: string | null }) => void): void;
};
declare const kgViewer: Viewer;

/** What sigma draws at rest, read from its display data: weight-1 co-occurrences drawn / hidden, other relations hidden, and the programs used. */
function drawnAtRest(p: Page) {
  return p.evaluate(() => {
    const out = { thinDrawn: 0, thinHidden: 0, otherHidden: 0, curved: 0, total: 0 };
    kgViewer.graph.forEachEdge((e, a) => {
      const d = kgViewer.renderer.getEdgeDisplayData(e);
      out.total++;
      if (d?.type?.startsWith('curved')) out.curved++;
      if (a.kind === 'cooccurrence' && a.weight < 2) {
        if (d?.hidden) out.thinHidden++;
        else out.thinDrawn++;
      } else if (d?.hidden) out.otherHidden++;
    });
    return out;
  });
}

describe.skipIf(!available.ok)('big-graph mode draws single-article co-occurrences only where they are looked at', () => {
  let browser: Browser;
  let server: StaticServer;
  const big = generateGraph(NODES, 4, 21);
  const json = JSON.stringify(big.export());
  const ranking = rankEntities(big);

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => json, 0);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('leaves them out at rest, says how many, draws them around a selected entity, and all on request', async () => {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
    await openViewer(p, server.url);
    const rest = await drawnAtRest(p);
    expect(rest.thinHidden).toBeGreaterThan(100);
    expect(rest.thinDrawn).toBe(0);
    expect(rest.otherHidden).toBe(0);
    await expect.poll(() => p.locator('#subset-thin').isVisible()).toBe(true);
    expect(await p.locator('#subset-thin-text').textContent())
      .toBe(`${rest.thinHidden.toLocaleString('en')} co-occurrence lines seen in one article only are drawn only around the entity in focus and along paths.`);
    await screenshot(p, 'edge-thinning-rest');

    // A selected entity's single-article co-occurrences are on the emphasis overlay (which draws the focus's relations).
    // The most connected drawn entity with such a line.
    const { hub, thinOfHub } = await p.evaluate((ranked) => {
      const thin = new Map<string, string[]>();
      kgViewer.graph.forEachEdge((e, a, s, t) => {
        if (a.kind !== 'cooccurrence' || a.weight >= 2) return;
        for (const n of [s, t]) thin.set(n, [...(thin.get(n) ?? []), e]);
      });
      const key = ranked.find((k) => thin.has(k))!;
      return { hub: key, thinOfHub: thin.get(key)! };
    }, ranking);
    expect(thinOfHub.length).toBeGreaterThan(0);
    await p.evaluate((key) => kgViewer.patch((s) => { s.selected = key; }), hub);
    await expect.poll(() => p.evaluate((edges) => edges.every((e) => kgViewer.display.focusEdges.has(e)), thinOfHub)).toBe(true);
    await screenshot(p, 'edge-thinning-selected');

    // Asked for, every line is drawn at rest; pairs of relations are curved apart again.
    await p.click('#subset-thin-toggle');
    await expect.poll(async () => (await drawnAtRest(p)).thinHidden).toBe(0);
    const all = await drawnAtRest(p);
    expect(all.thinDrawn).toBe(rest.thinHidden);
    expect(all.curved).toBeGreaterThan(rest.curved);
    expect(await p.locator('#subset-thin-text').textContent()).toBe('Every co-occurrence line is drawn.');
    await screenshot(p, 'edge-thinning-all');
    await p.click('#subset-thin-toggle');
    await expect.poll(async () => (await drawnAtRest(p)).thinDrawn).toBe(0);
    await p.context().close();
  });

  it('a relation whose only parallel is left out is drawn straight; one with a drawn parallel stays curved', async () => {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
    await openViewer(p, server.url);
    const shapes = await p.evaluate(() => {
      const byPair = new Map<string, { e: string; a: Attrs }[]>();
      kgViewer.graph.forEachEdge((e, a, s, t) => {
        const k = s < t ? `${s}|${t}` : `${t}|${s}`;
        byPair.set(k, [...(byPair.get(k) ?? []), { e, a }]);
      });
      const out = { aloneStraight: 0, aloneCurved: 0, pairedCurved: 0, pairedStraight: 0 };
      for (const list of byPair.values()) {
        if (list.length < 2) continue;
        const kept = list.filter(({ a }) => !(a.kind === 'cooccurrence' && a.weight < 2));
        for (const { e } of kept) {
          const curved = kgViewer.renderer.getEdgeDisplayData(e)?.type?.startsWith('curved') ?? false;
          if (kept.length === 1) out[curved ? 'aloneCurved' : 'aloneStraight']++;
          else out[curved ? 'pairedCurved' : 'pairedStraight']++;
        }
      }
      return out;
    });
    expect(shapes.aloneStraight).toBeGreaterThan(0);
    expect(shapes.aloneCurved).toBe(0);
    expect(shapes.pairedStraight).toBe(0);
    await p.context().close();
  });
});
