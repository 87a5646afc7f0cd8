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
