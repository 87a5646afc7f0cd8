// Multi-select in Chromium: shift-click adds and removes entities, a shift-drawn
// rectangle adds those inside it without moving the camera, the panel shows the
// relations among them and the neighbours they share, rings mark them, and the
// comparison survives a reload through the URL.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';

const available = browserAvailable();

type R = {
  getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(q: { x: number; y: number }): { x: number; y: number };
  getContainer(): HTMLElement; getCamera(): { getState(): { x: number; y: number; ratio: number } };
};
const viewer = () => (window as unknown as { kgViewer: { renderer: R; graph: { nodes(): string[] }; state: { compare: string[] } } }).kgViewer;

/** Where entities are on the page. */
function positions(p: Page): Promise<Record<string, { x: number; y: number }>> {
  return p.evaluate(`(${() => {
    const v = (window as unknown as { kgViewer: { renderer: R; graph: { nodes(): string[] } } }).kgViewer;
    const box = v.renderer.getContainer().getBoundingClientRect();
    return Object.fromEntries(v.graph.nodes().map((n) => {
      const q = v.renderer.framedGraphToViewport(v.renderer.getNodeDisplayData(n));
      return [n, { x: box.left + q.x, y: box.top + q.y }];
    }));
  }})()`);
}

async function shiftClick(p: Page, at: { x: number; y: number }): Promise<void> {
  await p.keyboard.down('Shift');
  await p.mouse.click(at.x, at.y);
  await p.keyboard.up('Shift');
}

const compared = (p: Page) => p.evaluate(`(${viewer})().state.compare`) as Promise<string[]>;

describe.skipIf(!available.ok)('multi-select in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shift-click and shift-drag pick entities to compare; the panel, the rings and the URL follow', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, server.url);
    let at = await positions(page);
    await shiftClick(page, at['country:UA']!);
    await page.waitForFunction(() => location.search.includes('compare='));
    await shiftClick(page, at['country:KP']!);
    await expect.poll(() => compared(page)).toEqual(['country:UA', 'country:KP']);
    expect(new URL(page.url()).searchParams.getAll('compare')).toEqual(['country:UA', 'country:KP']);
    // shift-click selects nothing
    expect(await page.evaluate(`(${viewer})().state.selected`)).toBeNull();
    expect(await page.locator('#compare').isVisible()).toBe(true);
    expect(await page.locator('#compare-title').textContent()).toBe('Comparing 2 entities');
    expect(await page.locator('#compare .compare-among li').evaluateAll((els) => els.map((e) => e.getAttribute('data-edge')))).toEqual(['e2', 'e3']);
    expect(await page.locator('#compare .compare-among li').first().textContent()).toContain('Ukraine cut diplomatic ties with North Korea');
    expect(await page.locator('#compare .compare-shared li').evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual(['region:donetsk']);
    await expect.poll(() => page.locator('#compare-rings circle').count()).toBe(2);

    // a rectangle drawn with shift around Donetsk and Luhansk adds them; the camera stays put
    at = await positions(page);
    const camera = await page.evaluate(`(${viewer})().renderer.getCamera().getState()`);
    const d = at['region:donetsk']!;
    const l = at['region:luhansk']!;
    const from = { x: Math.min(d.x, l.x) - 20, y: Math.min(d.y, l.y) - 20 };
    const to = { x: Math.max(d.x, l.x) + 20, y: Math.max(d.y, l.y) + 20 };
    const inside = Object.entries(at).filter(([, q]) => q.x >= from.x && q.x <= to.x && q.y >= from.y && q.y <= to.y).map(([k]) => k);
    expect(inside).toEqual(expect.arrayContaining(['region:donetsk', 'region:luhansk']));
    await page.keyboard.down('Shift');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    expect(await page.locator('#compare-band').isVisible()).toBe(true);
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await expect.poll(() => compared(page)).toEqual(['country:UA', 'country:KP', ...inside.filter((k) => !['country:UA', 'country:KP'].includes(k))]);
    expect(await page.evaluate(`(${viewer})().renderer.getCamera().getState()`)).toEqual(camera);
    expect(await page.locator('#compare-band').isHidden()).toBe(true);
    await expect.poll(() => page.locator('#compare-rings circle').count()).toBe(2 + inside.length);
    await screenshot(page, 'compare');

    // shift-click on a compared entity takes it out; so does its ×
    await shiftClick(page, at['country:KP']!);
    await expect.poll(() => compared(page)).not.toContain('country:KP');
    await page.locator('#compare li[data-key="region:luhansk"] .remove').click();
    await expect.poll(() => compared(page)).not.toContain('region:luhansk');

    // a reload restores the comparison
    const before = await compared(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await compared(page)).toEqual(before);
    expect(await page.locator('#compare .compare-members li').count()).toBe(before.length);
    await page.locator('#compare-clear').click();
    await page.waitForFunction(() => !location.search.includes('compare='));
    expect(await page.locator('#compare').isHidden()).toBe(true);
    await page.close();
  }, 60_000);

  it('a first shift-click with an entity selected compares the two', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, server.url);
    const at = await positions(page);
    await page.mouse.click(at['person:kuleba']!.x, at['person:kuleba']!.y);
    await page.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
    expect(await positions(page)).toEqual(at);
    await shiftClick(page, at['country:UA']!);
    await expect.poll(() => compared(page)).toEqual(['person:kuleba', 'country:UA']);
    expect(await page.locator('#compare .compare-among li').count()).toBe(2);
    expect(await page.locator('#compare-path').isVisible()).toBe(true);
    await page.close();
  }, 30_000);

  it('without a pointer: "Compare … with…" on the selected entity, then "+ Add" on the next', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, `${server.url}?entity=${encodeURIComponent('country:UA')}`);
    await page.locator('#compare-add').click();
    await expect.poll(() => compared(page)).toEqual(['country:UA']);
    await page.evaluate(() => (window as unknown as { kgViewer: { select(k: string): void } }).kgViewer.select('country:KP'));
    await page.locator('#compare-add').click();
    await expect.poll(() => compared(page)).toEqual(['country:UA', 'country:KP']);
    expect(await page.locator('#compare .compare-among li').count()).toBe(2);
    await page.close();
  }, 30_000);
});