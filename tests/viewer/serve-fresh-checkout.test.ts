// `kg serve` right after an install, before anything built the viewer: in a copy
// of the repository without viewer/dist, `kg serve --graph FILE` builds the
// viewer before it prints its URL, and the page at that URL shows the graph in
// Chromium. A second start finds the build current and does not rebuild; a
// changed viewer source makes it rebuild.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer } from './helpers/browser.ts';
import { ROOT } from './helpers/build.ts';
import { freshCheckout, type Checkout } from '../helpers/checkout.ts';

const available = browserAvailable();

interface Served { url: string; stderr(): string; stop(): Promise<number | null> }

function serve(checkout: string, args: string[]): Promise<Served> {
  // KG_NO_BUNDLE: run through tsx rather than writing a bundle for this copy into the shared node_modules cache.
  const child = spawn(process.execPath, [path.join(checkout, 'src/cli/launch.mjs'), 'serve', '--port', '0', ...args], {
    cwd: checkout, env: { ...process.env, KG_NO_BUNDLE: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /kg serve: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, stderr: () => err, stop: () => new Promise((r) => { child.once('exit', (code) => r(code)); child.kill('SIGTERM'); }) });
    });
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${err}`)));
  });
}

describe.skipIf(!available.ok)('kg serve in a checkout whose viewer was never built', () => {
  let browser: Browser;
  let copy: Checkout;
  let checkout: string;
  const graphFile = path.join(ROOT, 'tests/graph/open/fixtures/networkx.gexf');

  beforeAll(async () => {
    copy = freshCheckout();
    checkout = copy.dir;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    copy?.remove();
  });

  it('builds the viewer before printing the URL, and the page shows the graph', async () => {
    expect(fs.existsSync(path.join(checkout, 'viewer/dist'))).toBe(false);
    const s = await serve(checkout, ['--graph', graphFile]);
    try {
      expect(s.stderr()).toMatch(/building the viewer/);
      const page = await browser.newPage();
      await openViewer(page, s.url);
      const shown = await page.evaluate(() => {
        const g = (window as unknown as { kgViewer: { renderer: { getGraph(): { order: number; size: number; nodes(): string[] } } } }).kgViewer.renderer.getGraph();
        return { order: g.order, size: g.size, nodes: g.nodes().sort() };
      });
      expect(shown).toEqual({ order: 3, size: 2, nodes: ['kyiv', 'ua', 'x'] });
      await page.close();
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });

  it('uses the current build as it is, and rebuilds after a viewer source changes', async () => {
    const again = await serve(checkout, ['--graph', graphFile]);
    expect(again.stderr()).not.toMatch(/building the viewer/);
    expect(await again.stop()).toBe(0);

    const index = path.join(checkout, 'viewer/index.html');
    const later = new Date(Date.now() + 2000);
    fs.utimesSync(index, later, later);
    const rebuilt = await serve(checkout, ['--graph', graphFile]);
    expect(rebuilt.stderr()).toMatch(/building the viewer/);
    const r = await fetch(rebuilt.url);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('data-graph-ready');
    expect(await rebuilt.stop()).toBe(0);
  });
});
