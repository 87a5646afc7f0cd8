// The tables in Chromium: relations filtered by kind, CAMEO code and evidence
// words, sorted by a column, a row selecting its relation on the drawing, the
// filtered rows downloaded as CSV; entities with their measures; and a
// corpus-size table (16,000 relations) keeping only the rows in view in the page.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

const available = browserAvailable();

type Viewer = { state: { edge: string | null; selected: string | null }; tables: { shown: Array<{ id: string }> } };
declare const kgViewer: Viewer;

const rowIds = (p: Page) => p.locator('#table-drawer .vt-body .vt-row[data-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
const count = (p: Page) => p.locator('#table-count').textContent();

describe.skipIf(!available.ok)('tables in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let current = JSON.stringify(fixtureGraph());
  const corpus = generateGraph(4000, 4, 3);
  const corpusJson = JSON.stringify(corpus.export());

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => current);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(): Promise<Page> {
    return strictPage(browser, { viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  }

  it('filters, sorts, selects a relation from its row and downloads the rows as CSV', async () => {
    current = JSON.stringify(fixtureGraph());
    const p = await page();
    await openViewer(p, server.url);
    // Closed, the table takes no room and catches no click.
    expect(await p.locator('#table-drawer').isVisible()).toBe(false);
    await p.click('#table-toggle');
    await p.waitForSelector('#table-drawer:not([hidden]) .vt-body .vt-row[data-id]');
    expect(new URL(p.url()).searchParams.get('table')).toBe('relations');
    expect(await count(p)).toBe('10 of 10 relations');
    await p.selectOption('#tf-kind', 'event');
    await p.waitForFunction(() => document.querySelector('#table-count')?.textContent === '4 of 10 relations');
    await p.fill('#tf-cameo', '05');
    await p.waitForFunction(() => document.querySelector('#table-count')?.textContent === '2 of 10 relations');
    expect((await rowIds(p)).sort()).toEqual(['e4', 'e5']);
    await p.fill('#tf-cameo', '');
    // Search over the evidence sentences.
    await p.fill('#tf-text', 'criticized decision');
    await p.waitForFunction(() => document.querySelector('#table-count')?.textContent === '1 of 10 relations');
    expect(await rowIds(p)).toEqual(['e3']);
    await p.fill('#tf-text', '');
    await p.waitForFunction(() => document.querySelector('#table-count')?.textContent === '4 of 10 relations');
    // Sort by CAMEO code, then the other way.
    await p.click('#table-drawer .vt-head[data-key="cameo"]');
    await p.waitForFunction(() => document.querySelector('.vt-head[data-key="cameo"]')?.getAttribute('aria-sort') === 'ascending');
    expect(await rowIds(p)).toEqual(['e4', 'e5', 'e3', 'e2']);
    await p.click('#table-drawer .vt-head[data-key="cameo"]');
    await p.waitForFunction(() => document.querySelector('.vt-head[data-key="cameo"]')?.getAttribute('aria-sort') === 'descending');
    expect(await rowIds(p)).toEqual(['e2', 'e3', 'e4', 'e5']);
    // Filters and sort are in the URL: a reload shows the same rows in the same order.
    expect(new URL(p.url()).searchParams.get('tableView')).toBe('kind=event&sort=cameo.desc');
    await p.reload();
    await p.waitForSelector('#table-drawer .vt-body .vt-row[data-id]');
    expect(await count(p)).toBe('4 of 10 relations');
    expect(await p.inputValue('#tf-kind')).toBe('event');
    expect(await rowIds(p)).toEqual(['e2', 'e3', 'e4', 'e5']);
    // A row selects its relation: the panel shows it, the drawing emphasises it, the row is marked.
    await p.click('#table-drawer .vt-row[data-id="e4"]');
    await p.waitForFunction(() => kgViewer.state.edge === 'e4');
    expect(await p.locator('#panel-title').textContent()).toBe('recognized');
    await p.waitForSelector('#table-drawer .vt-row.current[data-id="e4"]');
    await screenshot(p, 'table-relations');
    // The filtered rows as CSV.
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#table-csv')]);
    expect(download.suggestedFilename()).toBe('relations.csv');
    const csv = fs.readFileSync((await download.path())!, 'utf8').split('\r\n').filter(Boolean);
    expect(csv[0]).toMatch(/^id,Source,Predicate,Target,Kind,CAMEO,/);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(['e2', 'e3', 'e4', 'e5']);
    // Entities: sorted by mentions, a row selects the entity, the measures arrive from the worker.
    await p.click('#table-drawer [role="tab"]:has-text("Entities")');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('table') === 'entities');
    await p.waitForSelector('#table-measuring', { state: 'hidden' });
    expect((await rowIds(p))[0]).toBe('country:UA');
    const hub = await p.locator('#table-drawer .vt-row[data-id="country:UA"] span').allTextContents();
    expect(hub.slice(0, 5)).toEqual(['Ukraine', 'country', '9', '2', '5']);
    expect(Number(hub[6])).toBeGreaterThan(0);
    await p.click('#table-drawer .vt-row[data-id="person:kuleba"]');
    await p.waitForFunction(() => kgViewer.state.selected === 'person:kuleba');
    await p.context().close();
  });

  it('a corpus-size table keeps only the rows in view in the page', async () => {
    current = corpusJson;
    const p = await page();
    await openViewer(p, `${server.url}?table=relations`);
    await p.waitForSelector('#table-drawer .vt-body .vt-row[data-id]');
    const total = corpus.size.toLocaleString('en');
    expect(await count(p)).toBe(`${total} of ${total} relations`);
    expect(corpus.size).toBeGreaterThan(15000);
    expect((await rowIds(p)).length).toBeLessThan(60);
    // Scrolled to the end, the last rows are there and still only a screenful.
    await p.locator('#table-drawer .vt-body').evaluate((b) => { b.scrollTop = b.scrollHeight; });
    const last = await p.evaluate(() => kgViewer.tables.shown.at(-1)!.id);
    await p.waitForSelector(`#table-drawer .vt-row[data-id="${last}"]`);
    expect((await rowIds(p)).length).toBeLessThan(60);
    await p.fill('#tf-text', 'entity 3999');
    await p.waitForFunction(() => !/^([\d,]+) of \1 /.test(document.querySelector('#table-count')!.textContent!));
    const filtered = await p.evaluate(() => kgViewer.tables.shown.length);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(60);
    await screenshot(p, 'table-corpus');
    await p.context().close();
  });
});
