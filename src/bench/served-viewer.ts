// The viewer served on a graph and opened in Debian's Chromium, for the bench scripts that
// measure it in a real browser: the page is ready once the viewer says its graph is drawn.
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../server/index.ts';
import type { KnowledgeGraph } from '../types.ts';

export const CHROMIUM = '/usr/bin/chromium';
const VIEWER_DIST = path.resolve(import.meta.dirname, '../..', 'viewer', 'dist');

export interface ServedViewer {
  page: Page;
  browser: Browser;
  close(): Promise<void>;
}

export async function openServedViewer(graph: KnowledgeGraph, opts: { port?: number; evaluateHelper?: boolean } = {}): Promise<ServedViewer> {
  const server = await startServer({ graph, port: opts.port ?? 0, viewerDir: VIEWER_DIST, log: () => undefined });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const close = async (): Promise<void> => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
    // tsx compiles the functions given to page.evaluate with esbuild's __name helper; give the page one.
    if (opts.evaluateHelper) await page.addInitScript('window.__name = (f) => f;');
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 120_000 });
    return { page, browser, close };
  } catch (e) {
    await close();
    throw e;
  }
}
