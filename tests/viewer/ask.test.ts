// The question box in Chromium: a question typed in the search box is answered
// by the same engine as `kg ask` (in the page for a graph in the page, through
// /api/ask for a big graph served in pieces), listed with its evidence and
// clickable entities, and drawn on the canvas; the question is in the URL.
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
  graph: { hasNode(k: string): boolean; order: number };
  state: { selected: string | null; analysis: { question: string | null } };
  display: { pathNodes: Set<string>; pathEdges: Set<string>; highlighted: Set<string> };
  emphasis: { drawn: Array<{ edge: string }> };
  big: { remote: unknown };
};
declare const kgViewer: Viewer;

async function askInBox(p: Page, question: string): Promise<void> {
  await p.fill('#search-input', question);
  await p.waitForSelector('#search-results li.action');
  await p.keyboard.press('Enter');
}

const emphasis = (p: Page) => p.evaluate(() => ({
  nodes: [...kgViewer.display.pathNodes].sort(),
  edges: [...kgViewer.display.pathEdges].sort(),
  drawn: kgViewer.emphasis.drawn.map((d) => d.edge).sort(),
}));

describe.skipIf(!available.ok)('question box in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let served: RunningServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    // The same graph served as a "big" one (threshold 3): the page holds only what it draws and asks /api/ask.
    served = await startServer({ graph: parseGraphFile('fixture.json', JSON.stringify(fixtureGraph())), port: 0, viewerDir: DIST, log: () => undefined, largeGraphThreshold: 3 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await served?.close();
  });

  async function page(): Promise<Page> {
    return strictPage(browser, { viewport: { width: 1300, height: 820 } });
  }

  it('offers to ask when the text is a question, answers in the panel with evidence, and draws the answer', async () => {
    const p = await page();
    await openViewer(p, server.url);
    // A name is still a name: no "Ask" entry.
    await p.fill('#search-input', 'Donetsk');
    await p.waitForSelector('#search-results li[data-key="region:donetsk"]');
    expect(await p.locator('#search-results li.action').count()).toBe(0);
    await askInBox(p, 'who is connected to Donetsk?');
    await p.waitForSelector('#panel .answer-headline');
    expect(await p.locator('#panel .answer-headline').textContent()).toBe('Donetsk is connected to 2 entities: North Korea, Ukraine.');
    expect(await p.locator('#panel .answer-entities .entity-link').allTextContents()).toEqual(['North Korea', 'Ukraine']);
    // Each relation with its evidence sentence, names marked, and its article.
    const relation = p.locator('#panel li.relation[data-relation="e4"]');
    expect(await relation.locator('blockquote').textContent()).toContain('North Korea recognized the independence of Donetsk');
    expect(await relation.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['North Korea', 'Donetsk']));
    expect(await relation.locator('cite').textContent()).toBe('Ukraine cuts ties with North Korea');
    // On the canvas: the answer's entities highlighted and its relations drawn above the veil.
    await p.waitForFunction(() => kgViewer.emphasis.drawn.length === 2);
    expect(await emphasis(p)).toEqual({ nodes: ['country:KP', 'country:UA', 'region:donetsk'], edges: ['e4', 'e6'], drawn: ['e4', 'e6'] });
    expect(await p.evaluate(() => [...kgViewer.display.highlighted].sort())).toEqual(['country:KP', 'country:UA', 'region:donetsk']);
    expect(new URL(p.url()).searchParams.get('ask')).toBe('who is connected to Donetsk?');
    await screenshot(p, 'ask-answer');
    // An entity in the answer opens it; "Back to the answer" returns.
    await p.locator('#panel .answer-entities .entity-link', { hasText: 'North Korea' }).click();
    await p.waitForFunction(() => kgViewer.state.selected === 'country:KP');
    expect(await p.locator('#panel-title').textContent()).toBe('North Korea');
    await p.locator('#panel .back-to-answer').click();
    await p.waitForSelector('#panel .answer-headline');
    // A reload asks again.
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await p.waitForSelector('#panel .answer-headline');
    expect((await emphasis(p)).edges).toEqual(['e4', 'e6']);
    // Closing the answer forgets the question, in the URL too, and the veil lifts.
    await p.locator('#panel button[aria-label="Close the answer"]').click();
    await p.waitForFunction(() => kgViewer.state.analysis.question === null);
    expect(new URL(p.url()).searchParams.get('ask')).toBeNull();
    expect((await emphasis(p)).edges).toEqual([]);
    await p.context().close();
  });

  it('a path question lists the path hop by hop; an unknown name offers the names it may mean', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await askInBox(p, 'How is Kuleba connected to Donetsk?');
    await p.waitForSelector('#panel .answer-path');
    expect(await p.locator('#panel .answer-path h3').textContent()).toBe('Path · 2 hops');
    expect((await emphasis(p)).nodes).toEqual(['country:UA', 'person:kuleba', 'region:donetsk']);
    await askInBox(p, 'who is connected to Donetsx?');
    await p.waitForSelector('#panel .answer-error');
    expect(await p.locator('#panel .answer-error').textContent()).toContain('no entity named "Donetsx"');
    await p.locator('#panel button', { hasText: 'Donetsk' }).click();
    await p.waitForFunction(() => kgViewer.state.analysis.question === 'who is connected to Donetsk?');
    await p.waitForSelector('#panel .answer-headline');
    await p.context().close();
  });

  it('big graph served in pieces: asks /api/ask and draws the answer’s entities that were not drawn', async () => {
    const p = await page();
    const asked: string[] = [];
    p.on('request', (r) => { if (r.url().includes('/api/ask')) asked.push(r.url()); });
    await openViewer(p, `${served.url}?top=3`);
    expect(await p.evaluate(() => kgViewer.big.remote !== null)).toBe(true);
    expect(await p.evaluate(() => kgViewer.graph.hasNode('region:luhansk'))).toBe(false);
    await askInBox(p, 'Who is connected to Luhansk?');
    await p.waitForSelector('#panel .answer-headline');
    expect(asked).toHaveLength(1);
    expect(await p.locator('#panel .answer-headline').textContent()).toBe('Luhansk is connected to 1 entity: North Korea.');
    expect(await p.evaluate(() => kgViewer.graph.hasNode('region:luhansk'))).toBe(true);
    await p.waitForFunction(() => kgViewer.emphasis.drawn.some((d) => d.edge === 'e5'));
    await screenshot(p, 'ask-served');
    await p.context().close();
  });
});
