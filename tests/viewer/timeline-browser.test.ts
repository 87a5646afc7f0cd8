// The timeline in Chromium on the dated fixture graph: the histogram appears only
// for dated graphs, a drag across the bars limits the graph to a period (in the URL,
// restored by a reload), Play grows the graph bin by bin, the panel gives each
// relation's date, and a served big graph gets the same from the API.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { DATED, datedGraph } from './helpers/dated-graph.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';

const available = browserAvailable();

type Viewer = { display: { hiddenNodes: Set<string> }; graph: { order: number } };
declare const kgViewer: Viewer;

const hidden = (p: Page) => p.evaluate(() => [...kgViewer.display.hiddenNodes].sort());

/** The centre of bin `i` of the histogram, on the page. */
async function binPoint(p: Page, i: number): Promise<{ x: number; y: number }> {
  return p.evaluate((i) => {
    const bar = document.querySelectorAll('#timeline-chart .bar')[i]!.getBoundingClientRect();
    const svg = document.getElementById('timeline-chart')!.getBoundingClientRect();
    return { x: bar.left + bar.width / 2, y: svg.top + svg.height / 2 };
  }, i);
}

describe.skipIf(!available.ok)('timeline in Chromium', () => {
  let browser: Browser;
  let dated: StaticServer;
  let undated: StaticServer;
  let served: RunningServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    dated = await serveViewer(DIST, () => JSON.stringify(datedGraph()));
    undated = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    // threshold 0: the served graph is "big", so the page asks for pieces
    served = await startServer({ graph: parseGraphFile('dated.json', JSON.stringify(datedGraph())), port: 0, viewerDir: DIST, log: () => undefined, largeGraphThreshold: 0 });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await dated?.close();
    await undated?.close();
    await served?.close();
  });

  it('is hidden when the graph has no dates', async () => {
    const page = await browser.newPage();
    await openViewer(page, undated.url);
    expect(await page.locator('#timeline').isHidden()).toBe(true);
    await page.close();
  });

  it('drag across the bars: the graph shows what was seen then; the URL keeps it; a reload restores it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, dated.url);
    await expect.poll(() => page.locator('#timeline').isVisible()).toBe(true);
    expect(await page.locator('#timeline-chart .bar').count()).toBe(20);
    expect(await hidden(page)).toEqual([]);
    // 2 July to 19 July: the second article only
    const a = await binPoint(page, 1);
    const b = await binPoint(page, 18);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes('until='));
    expect(new URL(page.url()).searchParams.get('since')).toBe('2022-07-02');
    expect(new URL(page.url()).searchParams.get('until')).toBe('2022-07-19');
    expect(await hidden(page)).toEqual(['country:RU', 'org:un', 'person:kuleba', 'person:mallory']);
    expect(await page.locator('#timeline-period').textContent()).toBe('2 Jul 2022 – 19 Jul 2022');
    expect(await page.locator('#timeline-seen').textContent()).toBe('4 entities · 5 relations shown');
    expect(await page.locator('#timeline-chart .period').count()).toBe(1);
    await screenshot(page, 'timeline-period');
    // the panel gives each relation's date
    await page.evaluate(() => (window as unknown as { kgViewer: { select(k: string): void } }).kgViewer.select('country:UA'));
    await expect.poll(() => page.locator('#panel .relation .when').allTextContents()).toContain('29 Jun 2022');
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await hidden(page)).toEqual(['country:RU', 'org:un', 'person:kuleba', 'person:mallory']);
    expect(await page.locator('#timeline-period').textContent()).toBe('2 Jul 2022 – 19 Jul 2022');
    // "All dates" lifts the period
    await page.locator('#timeline-all').click();
    await page.waitForFunction(() => !location.search.includes('until='));
    expect(await hidden(page)).toEqual([]);
    await page.close();
  });

  it('Play grows the graph one day at a time to the end', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, dated.url);
    // record what is shown at each step
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(`${document.getElementById('timeline-period')!.textContent}|${document.getElementById('timeline-seen')!.textContent}`))
        .observe(document.getElementById('timeline-seen')!, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#timeline-play').click();
    await page.waitForFunction(() => document.getElementById('timeline')!.dataset.playing === 'true');
    expect(await page.locator('#timeline-play').textContent()).toBe('Pause');
    await page.waitForFunction(() => document.getElementById('timeline')!.dataset.playing === 'false', null, { timeout: 60_000 });
    const steps = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).filter((s) => s.startsWith('Until '));
    const counts = steps.map((s) => Number(/(\d+) entities/.exec(s)![1]));
    expect(counts[0]).toBe(2); // 1 July: Kuleba and Ukraine
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts.at(-1)).toBe(7); // everything dated (not the undated article's Mallory)
    expect(new URL(page.url()).searchParams.get('until')).toBe('2022-07-20');
    expect(steps.some((s) => s.startsWith('Until 2 Jul 2022|'))).toBe(true);
    await page.close();
  }, 60_000);

  it('a served big graph: the histogram comes from the API; a period draws the most connected of what was reported then', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const body = await (await fetch(`${served.url}api/timeline`)).json() as { articles: unknown[] };
    expect(body.articles).toHaveLength(3);
    const bad = await fetch(`${served.url}api/subgraph?top=3&since=July`);
    expect(bad.status).toBe(400);
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname + new URL(r.url()).search));
    const drawnNodes = () => page.evaluate(() => (window as unknown as { kgViewer: { graph: { nodes(): string[] } } }).kgViewer.graph.nodes().sort());
    await openViewer(page, `${served.url}?top=5&since=2022-07-20&until=2022-07-20`);
    expect(asked).toContain('/api/subgraph?top=5&since=2022-07-20&until=2022-07-20');
    expect(asked).not.toContain('/api/graph');
    await expect.poll(() => page.locator('#timeline-chart .bar').count()).toBe(20);
    expect(asked).toContain('/api/timeline');
    // what 20 July reported, all of it (4 entities), none hidden
    expect(await drawnNodes()).toEqual([...DATED['doc-jul20'].entities].sort());
    expect(await hidden(page)).toEqual([]);
    expect(await page.locator('#timeline-period').textContent()).toBe('20 Jul 2022');
    await screenshot(page, 'timeline-served');
    // a period chosen with the brush draws the most connected of that period
    const a = await binPoint(page, 0);
    const b = await binPoint(page, 1);
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    await page.mouse.move(b.x, b.y, { steps: 3 });
    await page.mouse.up();
    await expect.poll(() => asked).toContain('/api/subgraph?top=5&since=2022-07-01&until=2022-07-02');
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await expect.poll(drawnNodes).toEqual(['country:KP', 'country:UA', 'person:kuleba', 'region:donetsk', 'region:luhansk']);
    expect(await hidden(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
