// Ego focus in Chromium: "Focus here" shows only the entity and what lies
// within k hops of it (kinds and minimum weight chosen in the focus bar), laid
// out around it; the focus is in the URL, and leaving it shows the map again
// with the camera where it was.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const available = browserAvailable();

type Viewer = {
  graph: { nodes(): string[]; getNodeAttributes(k: string): { x: number; y: number } };
  renderer: { getNodeDisplayData(k: string): { hidden: boolean; x: number; y: number }; getCamera(): { getState(): { x: number; y: number; ratio: number } } };
  state: { selected: string | null };
  select(key: string | null): void;
};
declare const kgViewer: Viewer;

/** The entities sigma draws (not hidden). */
const shown = (p: Page) => p.evaluate(() => kgViewer.graph.nodes().filter((n) => !kgViewer.renderer.getNodeDisplayData(n).hidden).sort());

describe.skipIf(!available.ok)('ego focus in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let served: RunningServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    // The same graph served as a "big" one (threshold 3): the page draws only what it asks for.
    served = await startServer({ graph: parseGraphFile('fixture.json', JSON.stringify(fixtureGraph())), port: 0, viewerDir: DIST, log: () => undefined, largeGraphThreshold: 3 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await served?.close();
  });

  async function page(): Promise<Page> {
    return strictPage(browser, { viewport: { width: 1300, height: 860 } });
  }

  it('focuses on an entity within k hops, by kind and weight, and leaves the way it came', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const kpAt = () => p.evaluate(() => { const d = kgViewer.renderer.getNodeDisplayData('country:KP'); return { x: d.x, y: d.y }; });
    const kpBefore = await kpAt();
    await p.evaluate(() => kgViewer.select('region:donetsk'));
    await p.waitForSelector('#panel .ego-focus');
    expect(await p.locator('#ego-bar').isVisible()).toBe(false);
    await p.click('#panel .ego-focus');
    await p.waitForSelector('#ego-bar:not([hidden])');
    // One hop from Donetsk: North Korea (recognized) and Ukraine (located in).
    expect(await shown(p)).toEqual(['country:KP', 'country:UA', 'region:donetsk']);
    expect(new URL(p.url()).searchParams.get('ego')).toBe('region:donetsk');
    // Laid out around Donetsk: the centre stays, the others move onto one ring.
    const pos = await p.evaluate(() => Object.fromEntries(['region:donetsk', 'country:KP', 'country:UA'].map((n) => {
      const d = kgViewer.renderer.getNodeDisplayData(n);
      return [n, { drawn: { x: d.x, y: d.y } }];
    })));
    const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    expect(dist(pos['country:KP']!.drawn, pos['region:donetsk']!.drawn)).toBeCloseTo(dist(pos['country:UA']!.drawn, pos['region:donetsk']!.drawn), 6);
    await screenshot(p, 'ego-1hop');
    // Two hops: Ukraine's and North Korea's neighbours come in.
    await p.selectOption('#ego-hops', '2');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('egoHops') === '2');
    expect(await shown(p)).toEqual(['country:KP', 'country:RU', 'country:UA', 'org:un', 'person:kuleba', 'person:mallory', 'region:donetsk', 'region:luhansk']);
    // Events only: Donetsk ← North Korea → Luhansk, North Korea ↔ Ukraine.
    for (const kind of ['role', 'location', 'affiliation', 'cooccurrence']) await p.locator(`#ego-bar input[value="${kind}"]`).uncheck();
    await p.waitForFunction(() => new URL(location.href).searchParams.get('egoKinds') === 'event');
    expect(await shown(p)).toEqual(['country:KP', 'country:UA', 'region:donetsk', 'region:luhansk']);
    // A minimum weight of 2: only "cut diplomatic ties" (weight 2) is left, and Donetsk has no such relation.
    await p.fill('#ego-weight', '2');
    await p.press('#ego-weight', 'Enter');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('egoWeight') === '2');
    expect(await shown(p)).toEqual(['region:donetsk']);
    await screenshot(p, 'ego-filtered');
    // A reload keeps the focus.
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await shown(p)).toEqual(['region:donetsk']);
    await p.fill('#ego-weight', '0');
    await p.press('#ego-weight', 'Enter');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('egoWeight') === null);
    // Leaving: everything is drawn again at its own place; the back button would enter the focus again.
    await p.click('#ego-leave');
    await p.waitForSelector('#ego-bar[hidden]', { state: 'attached' });
    expect(await shown(p)).toHaveLength(8);
    expect(new URL(p.url()).searchParams.get('ego')).toBeNull();
    expect(pos['country:KP']!.drawn).not.toEqual(kpBefore);
    expect(await kpAt()).toEqual(kpBefore);
    await p.context().close();
  });

  it('leaving (Escape) restores the camera the focus was entered from', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.evaluate(() => kgViewer.select('country:KP'));
    await p.waitForSelector('#panel .ego-focus');
    await p.waitForFunction(() => !(kgViewer.renderer.getCamera() as unknown as { isAnimated(): boolean }).isAnimated());
    const entered = await p.evaluate(() => kgViewer.renderer.getCamera().getState());
    await p.click('#panel .ego-focus');
    await p.waitForSelector('#ego-bar:not([hidden])');
    await p.waitForFunction((e) => { const c = kgViewer.renderer.getCamera().getState(); return Math.abs(c.x - e.x) + Math.abs(c.ratio - e.ratio) > 1e-3; }, entered);
    // Escape: the first closes the selection, the second leaves the focus.
    await p.keyboard.press('Escape');
    await p.waitForFunction(() => kgViewer.state.selected === null);
    expect(await p.locator('#ego-bar').isVisible()).toBe(true);
    await p.keyboard.press('Escape');
    await p.waitForFunction((e) => { const c = kgViewer.renderer.getCamera().getState(); return Math.abs(c.x - e.x) < 1e-6 && Math.abs(c.y - e.y) < 1e-6 && Math.abs(c.ratio - e.ratio) < 1e-6; }, entered);
    await p.context().close();
  });

  it('big graph served in pieces: a focus link draws what lies within the hops', async () => {
    const p = await page();
    await openViewer(p, `${served.url}?top=2&ego=region:donetsk&egoHops=2`);
    await p.waitForFunction(() => kgViewer.graph.nodes().includes('region:luhansk'));
    await p.waitForFunction(() => !kgViewer.renderer.getNodeDisplayData('region:luhansk').hidden);
    expect(await shown(p)).toEqual(['country:KP', 'country:RU', 'country:UA', 'org:un', 'person:kuleba', 'person:mallory', 'region:donetsk', 'region:luhansk']);
    expect(await p.locator('#ego-bar .ego-title').textContent()).toContain('8 entities drawn within');
    await p.context().close();
  });
});
