// Big-graph mode in Chromium: a seeded generated graph over the threshold opens
// on its most connected entities with a notice; search, links, "Show neighbours"
// and paths reach entities that are not drawn; a small graph opens in full.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { findPaths } from '../../viewer/src/core/paths.ts';
import { rankEntities } from '../../viewer/src/core/subset.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const available = browserAvailable();
/** Generated articles d5, d15, d25… have no title. */
const i5 = (doc: string) => Number(doc.slice(1)) % 10 === 5;
/** 0: a free port (several worktrees run these tests on one machine). */
const PORT = 0;
/** 0: a free port (several worktrees run these tests on one machine). */
const SERVED_PORT = 0;
const NODES = 8000;

type G = { order: number; size: number; hasNode(k: string): boolean; neighbors(k: string): string[] };
type Viewer = { graph: G; full: G | null; state: { selected: string | null } };
declare const kgViewer: Viewer;

describe.skipIf(!available.ok)('viewer big-graph mode in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const big = generateGraph(NODES - 1, 4, 21);
  // A hub that ranks low (co-occurrences only, one mention) but has 100 neighbours outside the subset.
  big.addNode('hub', { ...big.getNodeAttributes('n0'), label: 'Hub Entity', aliases: ['The Hub'], mentions: 1 });
  for (let i = 0; i < 100; i++) {
    big.addEdgeWithKey(`hub-${i}`, 'hub', `n${NODES - 2 - i}`, { ...big.getEdgeAttributes(big.edges()[0]!), kind: 'cooccurrence', weight: 1 });
  }
  const bigJson = JSON.stringify(big.export());
  const ranking = rankEntities(big);
  const undrawn = ranking.slice(1500);
  let current = bigJson;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => current, PORT);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(): Promise<Page> {
    return strictPage(browser, { viewport: { width: 1400, height: 850 } });
  }

  const counts = (p: Page) => p.evaluate(() => ({ drawn: kgViewer.graph.order, full: kgViewer.full?.order ?? null }));

  it('opens on the 1,500 most connected entities, says so, and draws exactly them', async () => {
    current = bigJson;
    const p = await page();
    await openViewer(p, server.url);
    expect(await counts(p)).toEqual({ drawn: 1500, full: NODES });
    expect(await p.locator('#subset-notice').isVisible()).toBe(true);
    expect(await p.locator('#subset-text').textContent()).toContain('Showing the 1,500 most connected of 8,000 entities');
    const top = ranking.slice(0, 1500);
    expect(await p.evaluate((keys) => keys.every((k) => kgViewer.graph.hasNode(k)), top)).toBe(true);
    // The legend counts say drawn / all.
    expect(await p.locator('#type-legend .count').first().textContent()).toMatch(/^[\d,]+ \/ [\d,]+$/);
    await screenshot(p, 'big-open');
    await p.context().close();
  });

  it('searching an entity that is not drawn finds it, adds it with neighbours and selects it', async () => {
    current = bigJson;
    const p = await page();
    await openViewer(p, server.url);
    const key = undrawn[undrawn.length - 1]!;
    const label = big.getNodeAttribute(key, 'label');
    expect(await p.evaluate((k) => kgViewer.graph.hasNode(k), key)).toBe(false);
    await p.fill('#search-input', label);
    const first = p.locator('#search-results li').first();
    await expect(first.textContent()).resolves.toContain(label);
    expect(await first.locator('.not-drawn').textContent()).toBe('not drawn yet');
    await p.keyboard.press('Enter');
    await p.waitForFunction((l) => document.getElementById('panel-title')?.textContent === l, label);
    expect(await p.evaluate((k) => kgViewer.graph.hasNode(k), key)).toBe(true);
    expect(await p.evaluate(() => kgViewer.state.selected)).toBe(key);
    expect(new URL(p.url()).searchParams.get('entity')).toBe(key);
    // Its strongest neighbours came with it (bounded), connected to it in the drawn graph.
    const drawnNeighbours = await p.evaluate((k) => kgViewer.graph.neighbors(k).length, key);
    expect(drawnNeighbours).toBe(Math.min(big.neighbors(key).length, 25 + big.neighbors(key).filter((n) => ranking.indexOf(n) < 1500).length));
    expect(await p.locator('#subset-text').textContent()).toMatch(/\(\+\d+ added\)/);
    await p.context().close();
  });

  it('a link to an entity outside the subset opens on it; "Show neighbours" draws more of them', async () => {
    current = bigJson;
    // The hub: opening on it draws 25 of its 100 neighbours, one click 40 more.
    const key = 'hub';
    expect(undrawn).toContain(key);
    const total = big.neighbors(key).length;
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent(key)}`);
    await p.waitForFunction((l) => document.getElementById('panel-title')?.textContent === l, big.getNodeAttribute(key, 'label'));
    const before = await p.evaluate((k) => kgViewer.graph.neighbors(k).length, key);
    // Where the most connected entity is drawn (sigma's normalised coordinates): adding entities must not move it.
    const place = () => p.evaluate((k) => {
      const d = (window as unknown as { kgViewer: { renderer: { getNodeDisplayData(n: string): { x: number; y: number } } } }).kgViewer.renderer.getNodeDisplayData(k);
      return [d.x, d.y];
    }, ranking[0]!);
    const placed = await place();
    const button = p.locator('#show-neighbours');
    expect(await button.textContent()).toBe(`Show neighbours (${total - before} not drawn)`);
    await button.click();
    await p.waitForFunction(([k, n]) => kgViewer.graph.neighbors(k as string).length > (n as number), [key, before]);
    const after = await p.evaluate((k) => kgViewer.graph.neighbors(k).length, key);
    expect(after).toBe(Math.min(total, before + 40));
    expect(await p.locator('#show-neighbours').textContent()).toBe(`Show neighbours (${total - after} not drawn)`);
    await p.waitForTimeout(100); // sigma processes added entities in the next frame
    expect(await place()).toEqual(placed);
    // A double click on the entity draws the next ones (and does not zoom).
    await p.waitForTimeout(600); // the camera's move to the entity
    const at = await p.evaluate((k) => {
      const r = (window as unknown as { kgViewer: { renderer: { getNodeDisplayData(n: string): { x: number; y: number }; framedGraphToViewport(q: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement; getCamera(): { ratio: number } } } }).kgViewer.renderer;
      const q = r.framedGraphToViewport(r.getNodeDisplayData(k));
      const box = r.getContainer().getBoundingClientRect();
      return { x: box.left + q.x, y: box.top + q.y, ratio: r.getCamera().ratio };
    }, key);
    await p.mouse.dblclick(at.x, at.y);
    await p.waitForFunction(([k, n]) => kgViewer.graph.neighbors(k as string).length > (n as number), [key, after]);
    expect(await p.evaluate((k) => kgViewer.graph.neighbors(k).length, key)).toBe(Math.min(total, after + 40));
    expect(await p.evaluate(() => (window as unknown as { kgViewer: { renderer: { getCamera(): { ratio: number } } } }).kgViewer.renderer.getCamera().ratio)).toBeCloseTo(at.ratio, 5);
    await screenshot(p, 'big-neighbours');
    await p.context().close();
  });

  it('a path between two entities outside the subset is computed on the whole graph and drawn', async () => {
    current = bigJson;
    const [from, to] = [undrawn[10]!, undrawn[undrawn.length - 10]!];
    const expected = findPaths(big, from, to);
    expect(expected.length).toBeGreaterThan(0);
    const p = await page();
    await openViewer(p, `${server.url}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    await p.waitForSelector('#panel-content section.path');
    expect(await p.evaluate((nodes) => nodes.every((n) => kgViewer.graph.hasNode(n)), expected[0]!.nodes)).toBe(true);
    expect(await p.locator('#panel-content section.path h3').first().textContent()).toContain(`${expected[0]!.hops.length} hop`);
    await p.context().close();
  });

  it('the number drawn can be changed; drawing everything asks first', async () => {
    current = bigJson;
    const p = await page();
    await openViewer(p, server.url);
    await p.fill('#subset-size', '300');
    await p.click('#subset-apply');
    await p.waitForFunction(() => kgViewer.graph.order === 300);
    expect(await p.locator('#subset-text').textContent()).toContain('Showing the 300 most connected of 8,000 entities');
    await p.click('#subset-all');
    expect(await p.locator('#subset-warning').isVisible()).toBe(true);
    expect(await p.locator('#subset-warning').textContent()).toContain('slow');
    expect(await counts(p)).toEqual({ drawn: 300, full: NODES });
    // A reload draws the same number.
    expect(new URL(p.url()).searchParams.get('top')).toBe('300');
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await counts(p)).toEqual({ drawn: 300, full: NODES });
    await p.click('#subset-all');
    await p.click('#subset-all');
    await p.waitForFunction((n) => kgViewer.graph.order === n && kgViewer.full === null, NODES, { timeout: 60_000 });
    expect(await p.locator('#subset-notice').isVisible()).toBe(false);
    // "Show all" too.
    expect(new URL(p.url()).searchParams.get('top')).toBe('all');
    await p.reload();
    await p.waitForFunction((n) => document.documentElement.dataset.graphReady === 'true' && kgViewer.graph.order === n, NODES, { timeout: 60_000 });
    await p.context().close();
  });

  it('a small graph still opens in full, without the notice', async () => {
    current = JSON.stringify(fixtureGraph());
    const p = await page();
    await openViewer(p, server.url);
    expect(await counts(p)).toEqual({ drawn: 8, full: null });
    expect(await p.locator('#subset-notice').isVisible()).toBe(false);
    expect(await p.locator('#type-legend .count').first().textContent()).toMatch(/^\d+$/);
    await p.context().close();
  });
});

describe.skipIf(!available.ok)('viewer big-graph mode served by kg serve (API pieces, never the whole graph)', () => {
  let browser: Browser;
  let server: RunningServer;
  const big = generateGraph(NODES - 1, 4, 22);
  big.addNode('hub', { ...big.getNodeAttributes('n0'), label: 'Hub Entity', aliases: ['The Hub'], mentions: 1 });
  for (let i = 0; i < 100; i++) {
    big.addEdgeWithKey(`hub-${i}`, 'hub', `n${NODES - 2 - i}`, { ...big.getEdgeAttributes(big.edges()[0]!), kind: 'cooccurrence', weight: 1 });
  }
  // Articles: most with a title, some only with the absolute path the server read them from.
  big.setAttribute('documents', Object.fromEntries(Array.from({ length: 997 }, (_, i) => [`d${i}`, {
    id: `d${i}`, title: i % 10 === 5 ? null : `Dispatch ${i}`, source: `/srv/news/d${i}.txt`, chars: 500, entities: 8, relations: 4,
  }])));
  const ranking = rankEntities(big);
  const undrawn = ranking.slice(1500);

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ graph: big, port: SERVED_PORT, viewerDir: DIST, log: () => undefined });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A page that records the API paths it asks for. */
  async function page(): Promise<{ p: Page; asked: string[] }> {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 }, acceptDownloads: true });
    const asked: string[] = [];
    p.on('request', (r) => { const u = new URL(r.url()); if (u.pathname.startsWith('/api/')) asked.push(u.pathname + u.search); });
    return { p, asked };
  }

  it('opens on /api/subgraph with the notice and never asks for /api/graph', async () => {
    const { p, asked } = await page();
    await openViewer(p, server.url);
    expect(await p.evaluate(() => kgViewer.graph.order)).toBe(1500);
    expect(await p.locator('#subset-text').textContent()).toContain('Showing the 1,500 most connected of 8,000 entities');
    // Same ranking as the page would compute: the server's subgraph is the top 1,500.
    expect(await p.evaluate((keys) => keys.every((k) => kgViewer.graph.hasNode(k)), ranking.slice(0, 1500))).toBe(true);
    expect(asked).toContain('/api/graph/summary');
    expect(asked).toContain('/api/subgraph?top=1500');
    expect(asked.filter((a) => a === '/api/graph' || a.startsWith('/api/graph?'))).toEqual([]);
    await p.context().close();
  });

  it('search asks the server, and choosing an entity that is not drawn fetches its neighbourhood and selects it', async () => {
    const { p, asked } = await page();
    await openViewer(p, server.url);
    const key = undrawn[undrawn.length - 1]!;
    const label = big.getNodeAttribute(key, 'label');
    await p.fill('#search-input', label);
    const first = p.locator('#search-results li').first();
    await p.waitForFunction((l) => document.querySelector('#search-results li .name')?.textContent === l, label);
    expect(await first.locator('.not-drawn').textContent()).toBe('not drawn yet');
    await p.keyboard.press('Enter');
    await p.waitForFunction((l) => document.getElementById('panel-title')?.textContent === l, label);
    expect(await p.evaluate((k) => kgViewer.graph.hasNode(k), key)).toBe(true);
    expect(new URL(p.url()).searchParams.get('entity')).toBe(key);
    expect(asked.some((a) => a.startsWith(`/api/neighborhood/${encodeURIComponent(key)}`))).toBe(true);
    expect(asked.some((a) => a.startsWith('/api/entities?q='))).toBe(true);
    // Aliases too, for entities not drawn.
    await p.fill('#search-input', 'The Hub');
    await p.waitForFunction(() => document.querySelector('#search-results li .name')?.textContent === 'Hub Entity');
    await p.context().close();
  });

  it('a link to an entity outside the subset opens on it; "Show neighbours" fetches more', async () => {
    const { p } = await page();
    await openViewer(p, `${server.url}?entity=hub`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Hub Entity');
    const before = await p.evaluate(() => kgViewer.graph.neighbors('hub').length);
    expect(before).toBeGreaterThanOrEqual(25);
    await p.waitForFunction((b) => document.getElementById('show-neighbours')?.textContent === `Show neighbours (${100 - (b as number)} not drawn)`, before);
    await p.click('#show-neighbours');
    await p.waitForFunction((b) => kgViewer.graph.neighbors('hub').length > (b as number), before);
    const after = await p.evaluate(() => kgViewer.graph.neighbors('hub').length);
    expect(after).toBeLessThanOrEqual(before + 40);
    expect(after).toBeGreaterThan(before);
    await p.context().close();
  });

  it('downloads say they hold the drawn part, in the menu and in the file', async () => {
    const { p } = await page();
    await openViewer(p, server.url);
    expect(await p.textContent('#download-gexf')).toBe('Drawn part as GEXF');
    expect(await p.textContent('#download-json')).toBe('Drawn part as JSON');
    await p.click('#download-menu summary');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#download-gexf')]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Drawn part: 1,500 of 8,000 entities');
    expect(text).toContain('<nodes count="1500">');
    await p.context().close();
  });

  it('a drawn entity with neighbours that are not drawn offers them (the count comes from the server, not "all drawn")', async () => {
    const top = new Set(ranking.slice(0, 1500));
    // The drawn entity with the most neighbours outside the drawing.
    const undrawnOf = (k: string) => big.neighbors(k).filter((n) => !top.has(n)).length;
    const key = ranking.slice(0, 1500).reduce((a, b) => (undrawnOf(b) > undrawnOf(a) ? b : a));
    expect(undrawnOf(key)).toBeGreaterThan(0);
    const { p } = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent(key)}`);
    await p.waitForFunction((n) => document.getElementById('show-neighbours')?.textContent === `Show neighbours (${n} not drawn)`, undrawnOf(key));
    expect(await p.locator('#show-neighbours').isDisabled()).toBe(false);
    await p.context().close();
  });

  it('the article filter lists every article of the graph by name, and draws the chosen article\'s entities', async () => {
    const { p, asked } = await page();
    await openViewer(p, server.url);
    await p.waitForFunction(() => document.getElementById('article-input')?.getAttribute('placeholder')?.includes('997'));
    // An article none of whose entities is drawn.
    const drawnTop = new Set(ranking.slice(0, 1500));
    const doc = Array.from({ length: 997 }, (_, i) => `d${i}`).find((d) => i5(d) && big.filterNodes((_n, a) => a.documents.includes(d)).every((n) => !drawnTop.has(n)))!;
    const members = big.filterNodes((_n, a) => a.documents.includes(doc));
    expect(members.length).toBeGreaterThan(0);
    // Untitled: named by its file, not the server's path; listed after the titled ones.
    await p.fill('#article-input', `${doc}.txt`);
    const first = p.locator('#article-results li').first();
    expect(await first.locator('.name').textContent()).toBe(`${doc}.txt`);
    expect(await p.locator('#article-results').textContent()).not.toContain('/srv/news');
    await p.keyboard.press('Enter');
    await p.waitForFunction((keys) => keys.every((k) => kgViewer.graph.hasNode(k)), members, { timeout: 30_000 });
    expect(asked.some((a) => a === `/api/documents/${doc}`)).toBe(true);
    await p.waitForFunction((k) => (kgViewer as unknown as { renderer: { getNodeDisplayData(n: string): { hidden: boolean } | undefined } }).renderer.getNodeDisplayData(k)?.hidden === false, members[0]!);
    await p.context().close();
  });

  it('asking for more than the server gives in pieces loads the whole graph once and cuts it in the page', async () => {
    const { p, asked } = await page();
    await openViewer(p, server.url);
    await p.fill('#subset-size', '300');
    await p.click('#subset-apply');
    await p.waitForFunction(() => kgViewer.graph.order === 300 && document.documentElement.dataset.graphReady === 'true');
    expect(asked).toContain('/api/subgraph?top=300');
    await p.fill('#subset-size', '6000');
    await p.click('#subset-apply');
    await p.waitForFunction(() => kgViewer.graph.order === 6000 && kgViewer.full?.order === 8000, null, { timeout: 60_000 });
    expect(asked.filter((a) => a === '/api/graph')).toHaveLength(1);
    expect(await p.locator('#subset-text').textContent()).toContain('Showing the 6,000 most connected of 8,000 entities');
    await p.context().close();
  });

  it('a path between two entities outside the subset comes from /api/path and is drawn', async () => {
    const [from, to] = [undrawn[10]!, undrawn[undrawn.length - 10]!];
    const { p, asked } = await page();
    await openViewer(p, `${server.url}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);
    await p.waitForSelector('#panel-content section.path', { timeout: 30_000 });
    expect(asked.some((a) => a.startsWith('/api/path?'))).toBe(true);
    expect(await p.evaluate(([a, b]) => kgViewer.graph.hasNode(a!) && kgViewer.graph.hasNode(b!), [from, to])).toBe(true);
    await screenshot(p, 'big-served-path');
    await p.context().close();
  });

  it('a path between two drawn entities is computed once, from the server\'s answer, not first on the drawn part', async () => {
    const [from, to] = [ranking[3]!, ranking[900]!];
    const { p } = await page();
    await openViewer(p, server.url);
    expect(await p.evaluate(([a, b]) => kgViewer.graph.hasNode(a!) && kgViewer.graph.hasNode(b!), [from, to])).toBe(true);
    // the server's answer held back until the page has shown what it shows meanwhile
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    await p.route('**/api/path?*', async (route) => { await held; await route.continue(); });
    let lists = 0;
    await p.exposeFunction('pathListed', () => { lists++; });
    await p.evaluate(() => {
      new MutationObserver(() => { if (document.querySelector('#panel-content section.path:not([data-seen])')) { document.querySelectorAll('#panel-content section.path').forEach((s) => s.setAttribute('data-seen', '')); (window as unknown as { pathListed(): void }).pathListed(); } })
        .observe(document.getElementById('panel-content')!, { childList: true, subtree: true });
    });
    await p.evaluate(([a, b]) => (kgViewer as unknown as { patch(f: (s: { pathFrom: string | null; pathTo: string | null }) => void): void }).patch((s) => { s.pathFrom = a!; s.pathTo = b!; }), [from, to]);
    await p.waitForFunction(() => /Finding paths on the server/.test(document.getElementById('path-results')?.textContent ?? ''), null, { timeout: 10_000 });
    expect(await p.locator('#panel-content section.path').count(), 'no path listed from the drawn part while the server is asked').toBe(0);
    release();
    await p.waitForSelector('#panel-content section.path', { timeout: 30_000 });
    await p.waitForTimeout(300);
    expect(lists, 'the path list is built once').toBe(1);
    expect(await p.locator('#path-results').textContent()).toMatch(/found, listed in the details panel/);
    await p.context().close();
  });
});
