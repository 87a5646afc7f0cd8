// Appearance by the graph's own measures, in Chromium: colour by community or
// article, size by PageRank or betweenness, measured in a web worker, the
// legend saying what colour and size mean, and the choice kept in the URL.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { compactGraph, computeMetrics } from '../../src/graph/metrics.ts';
import { TYPE_COLORS } from '../../src/types.ts';
import { ARTICLE_PALETTE, COMMUNITY_PALETTE } from '../../viewer/src/core/palettes.ts';
import { formatMeasure } from '../../viewer/src/core/appearance.ts';

const available = browserAvailable();

type Viewer = {
  renderer: { getNodeDisplayData(k: string): { color: string; size: number } };
  appearance: { lastRun: { nodes: number } | null; measures: { community: Map<string, number> } | null };
};
declare const kgViewer: Viewer;

const expected = computeMetrics(compactGraph(parseGraphFile('f.json', JSON.stringify(fixtureGraph())))).nodes;
const drawn = (p: Page, key: string) => p.evaluate((k) => { const d = kgViewer.renderer.getNodeDisplayData(k); return { color: d.color, size: d.size }; }, key);

describe.skipIf(!available.ok)('appearance by measures in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(): Promise<Page> {
    return strictPage(browser, { viewport: { width: 1300, height: 900 } });
  }

  it('colours by Louvain community measured in a worker, and says so in the legend', async () => {
    const p = await page();
    const workers: string[] = [];
    p.on('worker', (w) => workers.push(w.url()));
    await openViewer(p, server.url);
    // By default: colour by type, size as built, nothing measured.
    expect((await drawn(p, 'country:UA')).color).toBe(TYPE_COLORS.country);
    expect(await p.evaluate(() => kgViewer.appearance.lastRun)).toBeNull();
    await p.selectOption('#color-by', 'community');
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null);
    expect(workers.some((u) => /metrics/.test(u))).toBe(true);
    // The page's communities are the library's, and each gets its own colour.
    const communities = await p.evaluate(() => Object.fromEntries(kgViewer.appearance.measures!.community));
    for (const [node, m] of Object.entries(expected)) expect(communities[node], node).toBe(m.community);
    // Community n wears the community palette's n-th colour (none of them an entity type's).
    const colorOf = new Map<number, string>();
    for (const [node, m] of Object.entries(expected)) {
      const { color } = await drawn(p, node);
      expect(color, node).toBe(COMMUNITY_PALETTE[m.community]);
      colorOf.set(m.community, color);
    }
    expect(new Set(colorOf.values()).size).toBe(colorOf.size);
    for (const c of colorOf.values()) expect(Object.values(TYPE_COLORS)).not.toContain(c);
    const legend = p.locator('#appearance-legend');
    expect(await legend.locator('p').first().textContent()).toBe('Colour: community (Louvain)');
    expect(await legend.locator('li .name').first().textContent()).toBe('Community 1');
    expect(new URL(p.url()).searchParams.get('color')).toBe('community');
    await screenshot(p, 'appearance-community');
    await p.context().close();
  });

  it('sizes by PageRank and betweenness, colours by article, and a reload keeps the choice', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?size=pagerank&color=article`);
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null);
    const hub = await drawn(p, 'country:UA');
    const leaf = await drawn(p, 'person:mallory');
    expect(expected['country:UA']!.pagerank).toBeGreaterThan(expected['person:mallory']!.pagerank);
    expect(hub.size).toBeGreaterThan(leaf.size);
    expect(await p.locator('#appearance-legend .size-legend').textContent()).toBe('Size: PageRank');
    // The legend gives the measure's range behind the smallest and the largest disc.
    const pageranks = Object.values(expected).map((m) => m.pagerank);
    expect(await p.locator('#appearance-legend .size-range').textContent())
      .toBe(`Smallest discs ${formatMeasure(Math.min(...pageranks))}, largest ${formatMeasure(Math.max(...pageranks))}`);
    // Articles wear the article palette: the largest article its first colour.
    expect((await drawn(p, 'country:KP')).color).toBe(ARTICLE_PALETTE[0]);
    expect(await p.locator('#appearance-legend li .swatch').first().getAttribute('style')).toContain(ARTICLE_PALETTE[0]);
    expect(await p.locator('#appearance-legend li .name').allTextContents()).toContain('Ukraine cuts ties with North Korea');
    expect(await p.inputValue('#size-by')).toBe('pagerank');
    await p.selectOption('#size-by', 'betweenness');
    await p.waitForFunction(() => document.querySelector('#appearance-legend .size-legend')?.textContent === 'Size: betweenness centrality');
    // North Korea and Ukraine carry the paths; an entity on none is drawn smallest.
    expect((await drawn(p, 'country:KP')).size).toBeGreaterThan((await drawn(p, 'region:luhansk')).size);
    await screenshot(p, 'appearance-article-betweenness');
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await p.inputValue('#size-by')).toBe('betweenness');
    expect(await p.inputValue('#color-by')).toBe('article');
    await p.context().close();
  });

  it('keeps the drawing as it is while the measures are computed, then draws them once', async () => {
    const p = await page();
    // The worker's script is held back until released: the page is left waiting for its measures.
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await p.route(/\/assets\/metrics-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
    await openViewer(p, `${server.url}?color=article`);
    const before = await drawn(p, 'country:KP');
    expect(before.color).toBe(ARTICLE_PALETTE[0]);
    await p.selectOption('#color-by', 'community');
    await p.selectOption('#size-by', 'pagerank');
    await p.waitForSelector('#appearance-legend .measuring');
    await p.waitForTimeout(200);
    // No flicker back to the type colours or the built sizes meanwhile.
    expect(await drawn(p, 'country:KP')).toEqual(before);
    expect((await p.evaluate(() => (kgViewer as unknown as { appearance: { pictureLegend(): { caption: string } } }).appearance.pictureLegend())).caption)
      .toBe('Colour: article · Size: mentions and ties, as built');
    release();
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null);
    await p.waitForSelector('#appearance-legend .measuring', { state: 'detached' });
    expect((await drawn(p, 'country:KP')).color).toBe(COMMUNITY_PALETTE[expected['country:KP']!.community]);
    await p.context().close();
  });
});
