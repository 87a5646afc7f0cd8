// The viewer in Chromium, served by the real server (its CSP header included),
// on a graph whose node keys are __proto__, constructor, hasOwnProperty,
// toString: from /api/graph and from a GEXF and a GraphML file opened in the
// page. No page error, no CSP violation, every entity drawn.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { HOSTILE_KEYS, hostileGexf, hostileGraphml, hostileJson } from '../graph/open/hostile-keys.ts';

const available = browserAvailable();
declare const kgViewer: { graph: { order: number; size: number; mapNodes<T>(f: (k: string, a: { label: string }) => T): T[] } };

describe.skipIf(!available.ok)('the viewer on hostile node keys', () => {
  let browser: Browser;
  let server: RunningServer;
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await startServer({ graph: parseGraphFile('hostile.json', hostileJson()), port: 0, viewerDir: DIST, log: () => undefined });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => { await browser?.close(); await server?.close(); });

  async function page(): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    p.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    return p;
  }

  it('opens the served graph, then GEXF and GraphML files, without a page error or CSP violation', async () => {
    const p = await page();
    await openViewer(p, server.url);
    expect(await p.evaluate(() => kgViewer.graph.order)).toBe(HOSTILE_KEYS.length);
    expect((await p.evaluate(() => kgViewer.graph.mapNodes((_k, a) => a.label))).sort()).toEqual([...HOSTILE_KEYS].sort());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-hostile-view-'));
    for (const [name, content] of [['hostile.gexf', hostileGexf()], ['hostile.graphml', hostileGraphml()]] as const) {
      fs.writeFileSync(path.join(dir, name), content);
      await p.setInputFiles('#file-input', path.join(dir, name));
      await p.waitForFunction((n) => new URL(location.href).searchParams.get('file') === n, name);
      await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
      expect(await p.evaluate(() => [kgViewer.graph.order, kgViewer.graph.size])).toEqual([HOSTILE_KEYS.length, 6]);
    }
    // search and select an entity called __proto__
    await p.fill('#search-input', '__proto__');
    await p.waitForSelector('#search-results li[data-key]');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === '__proto__');
    expect(problems).toEqual([]);
  }, 120_000);
});
