// The details panel of a hub in Chromium: what it is related to comes first,
// its hundreds of articles and sentences wait behind closed lists until asked for.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { TYPE_COLORS } from '../../src/types.ts';

const available = browserAvailable();

/** The fixture graph with Ukraine turned into a hub: 150 articles, 40 more neighbours, 8 sentences per co-occurrence. */
function hubGraph() {
  const g = fixtureGraph();
  const documents = g.attributes.documents as Record<string, { id: string; title: string | null; source: string; chars: number; entities: number; relations: number }>;
  const ua = g.nodes.find((n) => n.key === 'country:UA')!;
  for (let i = 0; i < 150; i++) {
    const id = `doc-${String(i).padStart(3, '0')}`;
    documents[id] = { id, title: `Report ${i} on Ukraine`, source: `report-${i}.txt`, chars: 900, entities: 3, relations: 2 };
    ua.attributes.documents.push(id);
  }
  for (let i = 0; i < 40; i++) {
    const key = `person:p${i}`;
    g.nodes.push({ key, attributes: { label: `Person ${i}`, type: 'person', aliases: [], mentions: 2, documents: ['doc-000'], x: 200 + i * 7, y: (i % 7) * 30, size: 6, color: TYPE_COLORS.person } });
    g.edges.push({
      key: `hub-${i}`, source: key, target: 'country:UA',
      attributes: {
        kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, weight: 8, label: 'co-occurs with', confidence: 1,
        evidence: Array.from({ length: 8 }, (_, k) => ({ doc: `doc-${String(k).padStart(3, '0')}`, text: `Person ${i} spoke about Ukraine (${k}).`, start: 0, end: 20 })),
      },
    });
  }
  return g;
}

describe.skipIf(!available.ok)('details panel of a hub in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(hubGraph()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(query: string): Promise<Page> {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
    await openViewer(p, `${server.url}${query}`);
    return p;
  }

  it('lists relations first; articles and further sentences are closed lists, filled when opened', async () => {
    const p = await page(`?entity=${encodeURIComponent('country:UA')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Ukraine');
    // Relations come before the articles.
    const order = await p.evaluate(() => {
      const root = document.getElementById('panel-content')!;
      const sections = [...root.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
      return sections;
    });
    expect(order.indexOf('Roles')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('Roles')).toBeLessThan(order.indexOf('Articles'));
    expect(order.at(-1)).toBe('Articles');
    // No 150 article links up front: the list is closed and empty until opened.
    const articles = p.locator('#panel-content details.article-list');
    expect(await articles.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await p.locator('#panel-content details.article-list li').count()).toBe(0);
    expect(await articles.locator('summary').textContent()).toBe('Articles (152)');
    // One sentence per relation at first; a co-occurrence with 8 sentences offers the other 7.
    const appears = p.locator('#panel-content section[aria-label="Appears with"]');
    expect(await appears.locator('li.relation').count()).toBe(12);
    expect(await appears.locator('li.relation').first().locator('blockquote').count()).toBe(1);
    expect(await appears.locator('li.relation').first().locator('details.more-evidence summary').textContent()).toBe('7 more sentences');
    await screenshot(p, 'hub-panel');
    // Opening fills the lists.
    await articles.locator('summary').click();
    await p.waitForFunction(() => document.querySelectorAll('#panel-content details.article-list li').length === 152);
    await appears.locator('button.show-more').click();
    expect(await appears.locator('li.relation').count()).toBe(43);
    await p.context().close();
  });
});
