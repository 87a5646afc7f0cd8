// Corrections from the viewer, in Chromium, on a store made by `kg ingest` and
// served by startServer with its folder: merging two compared entities with a
// reason writes the store's corrections (as `kg merge` does; a later `kg build`
// keeps it), the page reopens on the rebuilt graph with the reason shown, and
// "Undo" takes it back. The server refuses writes from other sites, without a JSON
// body or for another host; a server without a store is read-only and the page says so.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { kg } from '../helpers/cli.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { readCorrections } from '../../src/store/store.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';

const available = browserAvailable();

const ARTICLES = [
  'George W. Bush spoke in Texas on Friday.',
  'George Bush arrived in Texas on Monday.',
  // a second George ... Bush keeps "George Bush" from being joined to either by itself
  'George H.W. Bush visited Maine in July.',
  'President Bill Clinton signed the bill in Washington on Monday.',
];
const BUSH = 'person:george-bush';
const W_BUSH = 'person:george-w-bush';

/** A raw request, so that headers a browser or fetch would fix (Host, Origin) can be set. */
function post(port: number, route: string, body: string, headers: Record<string, string>): Promise<{ status: number; body: { error?: string } }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: route, method: 'POST', headers: { 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const ready = (p: Page) => p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');

describe.skipIf(!available.ok)('corrections from the viewer', () => {
  let browser: Browser;
  let dir: string;
  let data: string;
  let store: RunningServer;
  let fileOnly: RunningServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-corrections-'));
    const articles = path.join(dir, 'articles');
    fs.mkdirSync(articles);
    ARTICLES.forEach((text, i) => fs.writeFileSync(path.join(articles, `a${i}.txt`), text + '\n'));
    data = path.join(dir, 'data');
    const r = kg(['ingest', articles, '--data', data, '--quiet']);
    expect(r.stderr).toBe('');
    store = await startServer({ graph: loadGraph(data), dataDir: data, port: 0, viewerDir: DIST, log: () => undefined });
    fileOnly = await startServer({ graph: loadGraph(data), port: 0, viewerDir: DIST, log: () => undefined });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await store?.close();
    await fileOnly?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses writes without a JSON body, from another site, for another host, and from a server without a store', async () => {
    const body = JSON.stringify({ from: BUSH, into: W_BUSH, reason: 'same man' });
    const host = `127.0.0.1:${store.port}`;
    expect((await post(store.port, '/api/corrections/merge', body, { host, 'content-type': 'text/plain' })).status).toBe(415);
    const cross = await post(store.port, '/api/corrections/merge', body, { host, 'content-type': 'application/json', origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    expect(cross.body.error).toMatch(/another site/);
    expect((await post(store.port, '/api/corrections/merge', body, { host: `evil.example:${store.port}`, 'content-type': 'application/json' })).status).toBe(403);
    const readOnly = await post(fileOnly.port, '/api/corrections/merge', body, { host: `127.0.0.1:${fileOnly.port}`, 'content-type': 'application/json' });
    expect(readOnly.status).toBe(403);
    expect(readOnly.body.error).toMatch(/read-only/);
    // nothing was written
    expect(readCorrections(data)).toEqual({ merges: [], splits: [] });
    expect(loadGraph(data).hasNode(BUSH)).toBe(true);
  });

  it('merges two compared entities with a reason, shown after the rebuild; kg build keeps it; Undo takes it back', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, `${store.url}?compare=${BUSH}&compare=${W_BUSH}`);
    await expect.poll(() => page.locator('#merge-form').isVisible()).toBe(true);
    await page.locator('#merge-direction').selectOption('ab');
    await page.locator('#merge-reason').fill('The same president, named two ways');
    await screenshot(page, 'corrections-merge-form');
    await Promise.all([page.waitForEvent('load'), page.locator('#merge-submit').click()]);
    await ready(page);
    // the store holds the correction, made in the viewer, with its reason
    const c = readCorrections(data);
    expect(c.merges).toEqual([expect.objectContaining({ from: BUSH, into: W_BUSH, reason: 'The same president, named two ways', by: 'viewer' })]);
    // the page shows the rebuilt graph, looking at the merged entity, with the reason
    expect(await page.evaluate((k) => (window as unknown as { kgViewer: { graph: { hasNode(k: string): boolean } } }).kgViewer.graph.hasNode(k), BUSH)).toBe(false);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(W_BUSH);
    await page.locator('.merge-reasons summary').click();
    expect(await page.locator('.merge-reasons').textContent()).toContain('merged in the viewer: The same president, named two ways');
    expect(await page.locator('.recent-corrections li').first().textContent()).toContain('“The same president, named two ways”');
    await screenshot(page, 'corrections-merged');
    // a rebuild from the stored analyses (as re-ingestion does) keeps it
    expect(kg(['build', '--data', data]).status).toBe(0);
    expect(loadGraph(data).hasNode(BUSH)).toBe(false);
    // undo
    await Promise.all([page.waitForEvent('load'), page.locator('.recent-corrections .undo').first().click()]);
    await ready(page);
    expect(readCorrections(data).merges).toEqual([]);
    expect(await page.evaluate((k) => (window as unknown as { kgViewer: { graph: { hasNode(k: string): boolean } } }).kgViewer.graph.hasNode(k), BUSH)).toBe(true);
    expect(await page.locator('.recent-corrections').count()).toBe(0);
    await page.close();
  }, 120_000);

  it('offers no split where there is nothing to split; a correction the store refuses is said, and nothing is written', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, `${store.url}?entity=${encodeURIComponent('person:bill-clinton')}`);
    await expect.poll(() => page.locator('#split-none').textContent()).toMatch(/^Bill Clinton comes from one article and nothing was joined into it/);
    expect(await page.locator('#split-form').count()).toBe(0);
    // the two are merged behind the page's back (kg merge): the page's own merge is refused
    await openViewer(page, `${store.url}?compare=${BUSH}&compare=${W_BUSH}`);
    expect(kg(['merge', BUSH, W_BUSH, '--data', data, '--reason', 'from the command line']).status).toBe(0);
    await page.locator('#merge-reason').fill('same');
    await page.locator('#merge-submit').click();
    await expect.poll(() => page.locator('#corrections-error').textContent()).toMatch(/^Not saved: .*george-bush/i);
    expect(readCorrections(data).merges).toEqual([expect.objectContaining({ from: BUSH, into: W_BUSH, reason: 'from the command line' })]);
    expect(readCorrections(data).merges[0]).not.toHaveProperty('by');
    await screenshot(page, 'corrections-refused');
    // the command line's correction is in the same log: the page can undo it
    await page.reload();
    await ready(page);
    await Promise.all([page.waitForEvent('load'), page.locator('.recent-corrections .undo').first().click()]);
    await ready(page);
    expect(readCorrections(data).merges).toEqual([]);
    await page.close();
  }, 60_000);

  it('a server without a store is read-only, and the panel says so', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openViewer(page, `${fileOnly.url}?entity=${W_BUSH}`);
    await expect.poll(() => page.locator('#corrections-read-only').textContent()).toMatch(/^Read-only: this server shows a graph file, not a store/);
    expect(await page.locator('#split-form').count()).toBe(0);
    await page.close();
  }, 60_000);
});
