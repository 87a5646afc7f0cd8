// The real thing: `kg ingest` the sample articles plus a hostile one into a temp
// store, `kg serve` it, and use the viewer in Chromium against that server.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { ensureViewerBuilt, ROOT } from './helpers/build.ts';

const available = browserAvailable();
const PORT = 5176;
const FLAG = '__kgXssReal';

// A news-like article whose sentences carry markup; the reader keeps .txt as text, so it reaches the evidence.
const HOSTILE = `France and Germany sign border treaty

PARIS — France and Germany signed a border treaty in Paris on Monday, <script>window.${FLAG}=1</script> officials said.
The Foreign Minister of France, Jean Dupont, met Germany's chancellor in Berlin <img src=x onerror="window.${FLAG}=2"> on Tuesday.
`;

const kg = (args: string[]) => ['tsx', path.join(ROOT, 'src/cli/main.ts'), ...args];

describe.skipIf(!available.ok)('viewer on `kg ingest` + `kg serve` (real pipeline)', () => {
  let browser: Browser;
  let server: ChildProcess;
  let tmp: string;
  let url: string;

  beforeAll(async () => {
    await ensureViewerBuilt();
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-'));
    const articles = path.join(tmp, 'articles');
    fs.mkdirSync(articles);
    for (const f of fs.readdirSync(path.join(ROOT, 'graph-data/articles'))) fs.copyFileSync(path.join(ROOT, 'graph-data/articles', f), path.join(articles, f));
    fs.writeFileSync(path.join(articles, 'hostile-markup.txt'), HOSTILE);
    const data = path.join(tmp, 'data');
    await promisify(execFile)('npx', kg(['ingest', articles, '--data', data]), { cwd: ROOT, timeout: 240_000 });
    // Its own process group, so afterAll can stop npx and the node it starts together.
    server = spawn('npx', kg(['serve', '--data', data, '--port', String(PORT)]), { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let err = '';
      server.stdout!.on('data', (chunk: Buffer) => {
        const m = chunk.toString().match(/kg serve: (http:\/\/\S+)/);
        if (m) resolve(m[1].endsWith('/') ? m[1] : `${m[1]}/`);
      });
      server.stderr!.on('data', (chunk: Buffer) => { err += chunk.toString(); });
      server.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid && server.exitCode === null) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('search "Kuleba", choose it: the panel shows his relations with an evidence sentence naming him', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await openViewer(page, url);
    await page.fill('#search-input', 'Kuleba');
    await page.waitForSelector('#search-results li[data-key]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Kuleba/.test(document.getElementById('panel-title')?.textContent ?? ''));
    const sentences = await page.locator('#panel .evidence blockquote').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => s.includes('Kuleba'))).toBe(true);
    expect(await page.locator('#panel .evidence mark').count()).toBeGreaterThan(0);
    await screenshot(page, 'real-kuleba');
    await page.close();
  });

  it('a path from Kuleba to North Korea is listed hop by hop, each hop with an evidence sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await openViewer(page, url);
    // Typed, not picked from the suggestions (Escape closes them): Find path takes the best match.
    await page.fill('#path-from', 'Kuleba');
    await page.keyboard.press('Escape');
    await page.fill('#path-to', 'North Korea');
    await page.keyboard.press('Escape');
    await page.click('#path-find');
    await page.waitForSelector('#path-results .hop');
    const hops = page.locator('#path-results section').first().locator('.hop');
    const count = await hops.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) expect(await hops.nth(i).locator('.evidence blockquote').count()).toBe(1);
    expect(await hops.first().textContent()).toContain('Kuleba');
    expect(await hops.last().textContent()).toContain('North Korea');
    await screenshot(page, 'real-path');
    await page.close();
  });

  it('the hostile article\'s markup is shown as text in the evidence and runs nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
    await openViewer(page, url);
    // An entity with a relation whose evidence holds the <script> sentence.
    const key = await page.evaluate(() => {
      const g = (window as unknown as { kgViewer: { graph: { findEdge(f: (e: string, a: { evidence: Array<{ text: string }> }) => boolean): string | undefined; source(e: string): string } } }).kgViewer.graph;
      const edge = g.findEdge((_e, a) => a.evidence.some((ev) => ev.text.includes('<script>')));
      return edge ? g.source(edge) : null;
    });
    expect(key).not.toBeNull();
    await page.goto(`${url}?entity=${encodeURIComponent(key!)}`);
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await page.waitForSelector('#panel .evidence blockquote');
    const text = (await page.locator('#panel .evidence blockquote').allTextContents()).join('\n');
    expect(text).toContain(`<script>window.${FLAG}=1</script>`);
    expect(await page.locator('#panel script, #panel img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await page.evaluate((f) => (window as unknown as Record<string, unknown>)[f], FLAG)).toBeUndefined();
    await screenshot(page, 'real-hostile');
    await page.close();
  });
});
