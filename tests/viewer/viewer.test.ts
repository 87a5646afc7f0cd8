// The viewer in a real browser against a known graph: find, details with
// evidence, type filter, paths, URL state and history, opening files, keyboard,
// narrow screens, and hostile article text that must stay text.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt, ROOT } from './helpers/build.ts';
import { fixtureGraph, XSS_FLAG } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';

const available = browserAvailable();
const PORT = 5174;

type Viewer = { graph: { order: number; hasNode(k: string): boolean; getNodeAttributes(k: string): { x: number; y: number } }; renderer: { getNodeDisplayData(k: string): { hidden: boolean } | undefined }; state: { selected: string | null } };
declare const kgViewer: Viewer;

describe.skipIf(!available.ok)('viewer in Chromium (fixture graph)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()), PORT);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1400, height = 850): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    const p = await context.newPage();
    p.on('pageerror', (e) => { throw e; });
    return p;
  }

  it('search "Kuleba" offers the entity by alias, Enter selects it and the panel shows an evidence sentence', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.fill('#search-input', 'Kuleba');
    const first = p.locator('#search-results li').first();
    await expect(first.textContent()).resolves.toContain('Dmytro Kuleba');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
    const evidence = await p.locator('#panel .evidence blockquote').first().textContent();
    expect(evidence).toContain('Foreign Minister Dmytro Kuleba said');
    // The entity names in the sentence are marked.
    expect(await p.locator('#panel .evidence mark').allTextContents()).toEqual(expect.arrayContaining(['Dmytro Kuleba', 'Ukraine']));
    expect(await p.locator('#panel .evidence cite').first().textContent()).toBe('Ukraine cuts ties with North Korea');
    expect(new URL(p.url()).searchParams.get('entity')).toBe('person:kuleba');
    expect(await p.evaluate(() => kgViewer.state.selected)).toBe('person:kuleba');
    await screenshot(p, 'search-select');
    await p.context().close();
  });

  it('hovering an entity dims everything but its neighbourhood; hovering a relation shows its label', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const at = (node: string) => p.evaluate((n) => {
      const r = (window as unknown as { kgViewer: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(q: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement } } }).kgViewer.renderer;
      const q = r.framedGraphToViewport(r.getNodeDisplayData(n));
      const box = r.getContainer().getBoundingClientRect();
      return { x: box.left + q.x, y: box.top + q.y };
    }, node);
    const colour = (node: string) => p.evaluate((n) => (kgViewer.renderer.getNodeDisplayData(n) as unknown as { color: string }).color, node);
    const kp = await at('country:KP');
    await p.mouse.move(kp.x, kp.y, { steps: 3 });
    await p.waitForFunction(() => (kgViewer.renderer.getNodeDisplayData('person:mallory') as unknown as { color: string }).color === '#d9dde3');
    expect(await colour('region:donetsk')).toBe('#f28e2b'); // a neighbour keeps its type colour
    expect(await colour('country:KP')).toBe('#59a14f');
    await screenshot(p, 'hover');
    // Midway along North Korea -> Luhansk ("recognized").
    const lu = await at('region:luhansk');
    await p.mouse.move((kp.x + lu.x) / 2 - 30, (kp.y + lu.y) / 2);
    await p.mouse.move((kp.x + lu.x) / 2, (kp.y + lu.y) / 2, { steps: 5 });
    await p.waitForSelector('#tooltip:not([hidden])');
    expect(await p.textContent('#tooltip')).toBe('North Korea — recognized → Luhansk');
    await p.mouse.down();
    await p.mouse.up();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'recognized');
    expect(await p.locator('#panel').textContent()).toContain('CAMEO 054 · Grant diplomatic recognition');
    await p.mouse.move(5, 5);
    await p.waitForFunction(() => (kgViewer.renderer.getNodeDisplayData('person:mallory') as unknown as { color: string }).color !== '#d9dde3');
    await p.context().close();
  });

  it('a type toggle in the legend hides the nodes of that type without moving the others', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const before = await p.evaluate(() => kgViewer.graph.getNodeAttributes('person:kuleba'));
    const toggle = p.locator('#type-legend button[data-type="country"]');
    await expect(toggle.textContent()).resolves.toMatch(/country\s*3/);
    await toggle.click();
    await p.waitForFunction(() => kgViewer.renderer.getNodeDisplayData('country:UA')?.hidden === true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await p.evaluate(() => ['country:KP', 'country:RU', 'person:kuleba', 'region:donetsk'].map((k) => kgViewer.renderer.getNodeDisplayData(k)?.hidden)))
      .toEqual([true, true, false, false]);
    const after = await p.evaluate(() => kgViewer.graph.getNodeAttributes('person:kuleba'));
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(new URL(p.url()).searchParams.get('hideTypes')).toBe('country');
    // Hidden entities are not offered by the search either.
    await p.fill('#search-input', 'Ukraine');
    await expect(p.locator('#search-results li').first().textContent()).resolves.toBe('No entity matches');
    await screenshot(p, 'type-filter');
    await p.context().close();
  });

  it('a path between two typed-in entities is listed hop by hop with evidence, preferring typed relations', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.fill('#path-from', 'Kuleba');
    await p.keyboard.press('Enter');
    await p.fill('#path-to', 'Donetsk');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#path-results .hop');
    const hops = p.locator('#path-results section').first().locator('.hop');
    expect(await hops.count()).toBe(2);
    const first = await hops.nth(0).textContent();
    const second = await hops.nth(1).textContent();
    // Kuleba -> Ukraine by the role, not by the parallel co-occurrence edge.
    expect(first).toContain('foreign minister of');
    expect(first).toContain('Foreign Minister Dmytro Kuleba said');
    expect(second).toContain('located in');
    expect(second).toContain('North Korea recognized the independence of Donetsk');
    const params = new URL(p.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual(['person:kuleba', 'region:donetsk']);
    await screenshot(p, 'path');
    await p.context().close();
  });

  it('the URL restores the selection after a reload, and the back button returns to the previous view', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('country:KP')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    await p.locator('#panel .neighbours button', { hasText: 'Russia' }).click();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Russia');
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Russia');
    await p.goBack();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    expect(await p.evaluate(() => kgViewer.state.selected)).toBe('country:KP');
    await screenshot(p, 'url-restore');
    await p.context().close();
  });

  it('arrow keys move the selection from an entity to a neighbour', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('country:KP')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    await p.focus('#sigma');
    const neighbours = ['country:UA', 'country:RU', 'region:donetsk', 'region:luhansk'];
    let moved: string | null = 'country:KP';
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp']) {
      await p.keyboard.press(key);
      moved = await p.evaluate(() => kgViewer.state.selected);
      if (moved !== 'country:KP') break;
    }
    expect(neighbours).toContain(moved);
    await p.context().close();
  });

  it('dropping a GEXF file replaces the graph; a malformed file leaves it in place with a readable message', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const gexf = fs.readFileSync(path.join(ROOT, 'tests/graph/open/fixtures/networkx.gexf'), 'utf8');
    const drop = (name: string, text: string) => p.evaluate(([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t], n, { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, text]);
    await drop('broken.gexf', '<gexf><graph><nodes><node id="a"></nodes>');
    await p.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await p.locator('#status').textContent()).toMatch(/^open: broken\.gexf is not a readable GEXF file \(malformed XML/);
    expect(await p.evaluate(() => kgViewer.graph.order)).toBe(8);
    await screenshot(p, 'drop-malformed');
    await drop('networkx.gexf', gexf);
    await p.waitForFunction(() => kgViewer.graph.order === 3 && document.documentElement.dataset.graphReady === 'true');
    expect(await p.evaluate(() => kgViewer.graph.hasNode('kyiv'))).toBe(true);
    expect(await p.locator('#type-legend').textContent()).toMatch(/city\s*1/);
    await p.fill('#search-input', 'Kyiv');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Kyiv');
    expect(await p.locator('#panel').textContent()).toContain('capital of');
    await screenshot(p, 'drop-gexf');
    // The file picker takes GraphML the same way.
    await p.setInputFiles('#file-input', path.join(ROOT, 'tests/graph/open/fixtures/networkx.graphml'));
    await p.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Opened networkx.graphml'));
    await p.context().close();
  });

  it('article text with <script> and <img onerror> is shown as text and runs nothing', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('person:mallory')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Mallory <script>');
    const sentence = await p.locator('#panel .evidence blockquote').first().textContent();
    expect(sentence).toContain(`<script>window.${XSS_FLAG}=2</script>`);
    expect(sentence).toContain('<img src=x onerror=');
    expect(await p.locator('#panel .evidence cite').first().textContent()).toContain('<img src=x onerror=');
    expect(await p.locator('#panel img, #panel script').count()).toBe(0);
    // The hostile article is also listed as an option of the article filter, as text.
    expect(await p.locator('#article-filter').textContent()).toContain('Hostile <b>title</b>');
    await p.waitForTimeout(300);
    expect(await p.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
    await screenshot(p, 'hostile-text');
    await p.context().close();
  });

  it('downloads the filtered graph as GEXF and JSON that reopen, and the view as a PNG', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?hideTypes=region`);
    const save = async (button: string) => {
      await p.click('#download-menu summary');
      const [download] = await Promise.all([p.waitForEvent('download'), p.click(button)]);
      return { name: download.suggestedFilename(), body: fs.readFileSync((await download.path())!) };
    };
    const gexf = await save('#download-gexf');
    expect(gexf.name).toBe('knowledge-graph.gexf');
    const reopened = parseGraphFile(gexf.name, gexf.body.toString('utf8'));
    expect(reopened.order).toBe(6); // 8 entities minus the 2 regions
    expect(reopened.hasNode('region:donetsk')).toBe(false);
    expect(reopened.getNodeAttributes('person:kuleba')).toMatchObject({ label: 'Dmytro Kuleba', aliases: ['Kuleba'] });
    const role = reopened.findEdge((_e, a) => a.kind === 'role')!;
    expect(reopened.getEdgeAttribute(role, 'evidence')[0].text).toContain('Foreign Minister Dmytro Kuleba');
    const json = await save('#download-json');
    expect(parseGraphFile(json.name, json.body.toString('utf8')).order).toBe(6);
    const png = await save('#download-png');
    expect(png.name).toBe('knowledge-graph.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    await p.context().close();
  });

  it('ForceAtlas2 runs in a worker on demand and stops; noverlap spreads nodes', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const position = () => p.evaluate(() => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return [a.x, a.y]; });
    const before = await position();
    await p.click('#layout-toggle');
    expect(await p.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await p.waitForFunction((b) => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return a.x !== b[0] || a.y !== b[1]; }, before);
    await p.click('#layout-toggle');
    expect(await p.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    const stopped = await position();
    await p.waitForTimeout(300);
    expect(await position()).toEqual(stopped);
    await p.click('#layout-noverlap');
    await p.waitForTimeout(500);
    expect((await position()).every(Number.isFinite)).toBe(true);
    await screenshot(p, 'layout');
    await p.context().close();
  });

  it('works on a narrow touch screen: details as a bottom sheet, filters in a drawer', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = await context.newPage();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('person:kuleba')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
    const panel = await p.locator('#panel').boundingBox();
    expect(panel!.y).toBeGreaterThan(844 / 2);
    await screenshot(p, 'narrow-panel');
    await p.tap('#toggle-sidebar');
    await p.waitForTimeout(300);
    const sidebar = await p.locator('#sidebar').boundingBox();
    expect(sidebar!.x).toBeGreaterThanOrEqual(0);
    expect(await p.locator('#toggle-sidebar').getAttribute('aria-expanded')).toBe('true');
    await screenshot(p, 'narrow');
    await context.close();
  });
});
