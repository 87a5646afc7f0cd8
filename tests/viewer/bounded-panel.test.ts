// The panel on a served big graph whose answers are cut (src/query/subgraph.ts ANSWER_BOUNDS:
// 20 articles per entity, 3 sentences per relation, with the full counts beside): it says
// "20 of 45 articles" and "2 of 7 more sentences", lists every article on demand
// (GET /api/entities/:id), and never shows a cut list as if it were whole.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';
import { ANSWER_BOUNDS } from '../../src/query/subgraph.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const available = browserAvailable();
const ARTICLES = 45;
const SENTENCES = 7;

type Viewer = { graph: { hasNode(k: string): boolean }; patch(change: (s: { selected: string | null; edge: string | null }) => void): void };
declare const kgViewer: Viewer;

describe.skipIf(!available.ok)('the panel on cut answers of a served big graph', () => {
  let browser: Browser;
  let server: RunningServer;
  const graph = generateGraph(300, 3, 5);
  graph.setAttribute('documents', Object.fromEntries(Array.from({ length: 997 }, (_, i) => [`d${i}`, {
    id: `d${i}`, title: `Dispatch ${i}`, source: `/srv/news/d${i}.txt`, chars: 500, entities: 8, relations: 4,
  }])));
  // An entity mentioned in 45 articles, with a relation stated in 7 sentences.
  graph.mergeNodeAttributes('n0', { label: 'Widely Cited', mentions: 500, documents: Array.from({ length: ARTICLES }, (_, i) => `d${i}`) });
  graph.addDirectedEdgeWithKey('cited-rel', 'n0', 'n1', {
    kind: 'event', predicate: 'met', cameo: null, weight: 9, label: 'event', confidence: 0.9,
    evidence: Array.from({ length: SENTENCES }, (_, i) => ({ doc: `d${i}`, text: `Widely Cited met Entity 1 for the ${i + 1}th time.`, start: 0, end: 10 })),
  });

  beforeAll(async () => {
    expect(ANSWER_BOUNDS.documents).toBeLessThan(ARTICLES);
    expect(ANSWER_BOUNDS.evidence).toBeLessThan(SENTENCES);
    await ensureViewerBuilt();
    // 300 entities served in pieces (the threshold of a big graph lowered to 100), 100 drawn.
    server = await startServer({ graph, port: 0, viewerDir: DIST, log: () => undefined, largeGraphThreshold: 100 });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function selected(key: string): Promise<Page> {
    const p = await strictPage(browser, { viewport: { width: 1400, height: 850 } });
    await openViewer(p, `${server.url}?entity=${encodeURIComponent(key)}&top=100`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Widely Cited', null, { timeout: 30_000 });
    return p;
  }

  it('an entity says how many articles it has, lists the 20 sent as 20 of them, and lists all on demand', async () => {
    const p = await selected('n0');
    const facts = p.locator('#panel-content .facts');
    expect(await facts.textContent()).toContain(`Articles${ARTICLES}`);
    const articles = p.locator('#panel-content .article-list');
    expect(await articles.locator('summary').textContent()).toBe(`Articles (${ARTICLES})`);
    await articles.locator('summary').click();
    await p.locator('#panel-content .article-list .cut').waitFor();
    expect(await articles.locator('.cut').textContent()).toBe(`${ANSWER_BOUNDS.documents} of ${ARTICLES} articles listed.`);
    expect(await articles.locator('li').count()).toBe(ANSWER_BOUNDS.documents);
    await screenshot(p, 'bounded-articles-cut');
    await articles.getByRole('button', { name: `List all ${ARTICLES}` }).click();
    await p.waitForFunction((n) => document.querySelectorAll('#panel-content .article-list li').length === n, ARTICLES, { timeout: 30_000 });
    expect(await articles.locator('.cut').textContent()).toBe(`All ${ARTICLES} articles:`);
    // by title, from the server's list of articles (the subgraph answer names only some)
    expect(await articles.locator('li').first().textContent()).toBe('Dispatch 0');
    expect(await articles.locator('li').allTextContents()).toContain('Dispatch 44');
    await p.context().close();
  });

  it('a relation says how many sentences state it and that only some were sent', async () => {
    const p = await selected('n0');
    const item = p.locator('#panel-content li.relation', { hasText: 'met' }).first();
    const more = item.locator('details.more-evidence');
    expect(await more.locator('summary').textContent()).toBe(`${ANSWER_BOUNDS.evidence - 1} of ${SENTENCES - 1} more sentences`);
    await more.locator('summary').click();
    await more.locator('.cut').waitFor();
    expect(await more.locator('.cut').textContent()).toBe(`${ANSWER_BOUNDS.evidence} of ${SENTENCES} sentences listed: the server sends the first ${ANSWER_BOUNDS.evidence} of each relation.`);
    // the relation's own panel
    await item.getByRole('button', { name: 'Show this relation: met' }).click();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'met');
    expect(await p.locator('#panel-content h3', { hasText: 'Evidence' }).textContent()).toBe(`Evidence (${SENTENCES})`);
    expect(await p.locator('#panel-content figure.evidence').count()).toBe(ANSWER_BOUNDS.evidence);
    expect(await p.locator('#panel-content .cut').textContent()).toContain(`${ANSWER_BOUNDS.evidence} of ${SENTENCES} sentences listed`);
    await screenshot(p, 'bounded-evidence-cut');
    await p.context().close();
  });
});
