// Launching Debian's Chromium through playwright-core for the viewer tests.
// In CI a missing browser is a failure; on a dev machine the tests skip and say why.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(import.meta.dirname, '../../../test-artifacts');

export function browserAvailable(): { ok: boolean; reason: string } {
  if (fs.existsSync(CHROMIUM)) return { ok: true, reason: '' };
  const reason = `viewer tests need Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.CI === 'true') throw new Error(`${reason}; CI=true, so this is a failure, not a skip`);
  console.warn(`SKIPPING viewer browser tests: ${reason}`);
  return { ok: false, reason };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page in a fresh context (viewport and other options given) on which any page error fails the test. */
export async function strictPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  page.on('pageerror', (e) => { throw e; });
  return page;
}

/** Open `url` and wait until the viewer says the graph is drawn and the page answers input. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true', null, { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `viewer-${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The viewer's pieces these helpers read (window.kgViewer). */
type HoverView = {
  renderer: { getNodeDisplayData(k: string): { x: number; y: number } | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement; hoveredNode?: string | null };
  display: { highlighted: Set<string> };
};

/**
 * Put the pointer on entity `key` until the viewer highlights it, and say where it is on the page. sigma picks the
 * hovered entity from its last drawn picking frame, so a pointer that arrives before a frame is drawn (a loaded
 * machine, a big graph) can find nothing; a user moves again, and so does this, a pixel apart, up to eight times.
 * If it never takes, the error says what was under the pointer.
 */
export async function hoverEntity(page: Page, key: string): Promise<{ x: number; y: number }> {
  let at = { x: 0, y: 0 };
  for (let attempt = 0; attempt < 8; attempt++) {
    at = await page.evaluate((k) => new Promise<{ x: number; y: number }>((done) => {
      // Two animation frames: the positions read are the ones drawn.
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const r = (window as unknown as { kgViewer: HoverView }).kgViewer.renderer;
        const q = r.framedGraphToViewport(r.getNodeDisplayData(k)!);
        const box = r.getContainer().getBoundingClientRect();
        done({ x: box.left + q.x, y: box.top + q.y });
      }));
    }), key);
    await page.mouse.move(at.x + (attempt % 2), at.y, { steps: 3 });
    const took = await page.waitForFunction((k) => (window as unknown as { kgViewer: HoverView }).kgViewer.display.highlighted.has(k), key, { timeout: 3_000 })
      .then(() => true, () => false);
    if (took) return at;
  }
  const seen = await page.evaluate(({ k, x, y }) => {
    const v = (window as unknown as { kgViewer: HoverView }).kgViewer;
    const under = document.elementFromPoint(x, y);
    return `under the pointer: <${under?.tagName.toLowerCase()} class="${under?.getAttribute('class') ?? ''}">, sigma's hovered entity: ${v.renderer.hoveredNode ?? 'none'}, highlighted: ${v.display.highlighted.size}`;
  }, { k: key, x: at.x, y: at.y });
  throw new Error(`hovering ${key} never highlighted it (${seen})`);
}
