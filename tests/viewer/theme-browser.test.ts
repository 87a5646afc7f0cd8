// Dark mode in Chromium: the page follows the system's colour scheme, the toggle
// overrides it and is remembered across reloads, and in both themes the text the
// page writes (legends, hints, the panel, the canvas labels) keeps a WCAG contrast
// of at least 4.5:1 against what it is written on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { datedGraph } from './helpers/dated-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { CANVAS_COLORS, contrast, lift, type Theme } from '../../viewer/src/core/theme.ts';
import { KIND_COLORS } from '../../src/types.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

const available = browserAvailable();

/** Text colour and the background it is written on (the nearest ancestor with an opaque background). */
function textPairs(p: Page, selectors: string[]): Promise<Array<{ selector: string; color: string; background: string }>> {
  return p.evaluate((selectors) => selectors.map((selector) => {
    const el = document.querySelector(selector);
    if (!el) throw new Error(`no ${selector}`);
    let bg = 'rgba(0, 0, 0, 0)';
    for (let n: Element | null = el; n; n = n.parentElement) {
      const c = getComputedStyle(n).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') { bg = c; break; }
    }
    return { selector, color: getComputedStyle(el).color, background: bg };
  }), selectors);
}

const TEXT = ['#type-legend .toggle .name', '#type-legend .toggle .count', '#kind-legend .toggle .name', '.card h2', '.hint',
  '#panel-title', '#panel .stats', '#timeline-period', '#timeline-seen', '#search-input', '.brand'];

/** How many pixels of the label layer inside the label box of `node` have the label colour. */
function labelPixels(p: Page, color: string): Promise<number> {
  return p.evaluate((color) => {
    const v = (window as unknown as { kgViewer: { renderer: { labelBoxes(): Map<string, { x: number; y: number; w: number; h: number }>; getCanvases(): Record<string, HTMLCanvasElement> } } }).kgViewer;
    const canvas = v.renderer.getCanvases().labels!;
    const ctx = canvas.getContext('2d')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const want = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    let hits = 0;
    for (const box of v.renderer.labelBoxes().values()) {
      const data = ctx.getImageData(Math.round(box.x * ratio), Math.round(box.y * ratio), Math.max(1, Math.round(box.w * ratio)), Math.max(1, Math.round(box.h * ratio))).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! > 200 && Math.abs(data[i]! - want[0]!) + Math.abs(data[i + 1]! - want[1]!) + Math.abs(data[i + 2]! - want[2]!) < 30) hits++;
      }
    }
    return hits;
  }, color);
}

describe.skipIf(!available.ok)('dark mode in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let many: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(datedGraph()));
    // enough entities for every community colour of the palette
    many = await serveViewer(DIST, () => JSON.stringify(generateGraph(400, 2, 3).export()));
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await many?.close();
  });

  it.each(['light', 'dark'] as const)('follows a %s system, and its text reads at 4.5:1 or better', async (scheme: Theme) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openViewer(page, server.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(scheme);
    const colors = CANVAS_COLORS[scheme];
    // the drawing's background is the one the canvas colours were chosen for
    const stage = await page.evaluate(() => getComputedStyle(document.querySelector('.stage')!).backgroundColor);
    const hex = (c: string) => `#${c.match(/\d+/g)!.slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`;
    expect(hex(stage)).toBe(colors.background);
    expect(contrast(colors.label, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(colors.ink, colors.box)).toBeGreaterThanOrEqual(4.5);
    // labels are drawn in that colour
    expect(await labelPixels(page, colors.label)).toBeGreaterThan(20);
    for (const pair of await textPairs(page, TEXT)) {
      expect({ ...pair, ratio: Number(contrast(pair.color, pair.background).toFixed(2)) }).toEqual(expect.objectContaining({ ratio: expect.toSatisfy((r: number) => r >= 4.5) }));
    }
    // relation lines stand out from the background (3:1, as for graphics), lifted in the dark
    for (const kind of ['role', 'event', 'affiliation'] as const) expect(contrast(lift(KIND_COLORS[kind], colors.kindLift), colors.background)).toBeGreaterThanOrEqual(3);
    await screenshot(page, `theme-${scheme}`);
    await context.close();
  });

  it('the toggle overrides the system and is remembered', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await openViewer(page, server.url);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('#theme-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.locator('#theme-toggle').click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.locator('#theme-toggle').getAttribute('aria-pressed')).toBe('false');
    // the canvas was drawn again in the light colours
    await expect.poll(() => labelPixels(page, CANVAS_COLORS.light.label)).toBeGreaterThan(20);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    // a system change no longer overrides the choice
    await page.emulateMedia({ colorScheme: 'light' });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  it('in the dark, community colours keep 3:1 (WCAG non-text) against the canvas and the legend card', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openViewer(page, many.url);
    await page.selectOption('#color-by', 'community');
    await page.waitForFunction(() => document.querySelectorAll('#appearance-legend .swatch').length > 0 && document.querySelector('#appearance-legend .measuring') === null);
    const swatches = await page.evaluate(() => [...document.querySelectorAll('#appearance-legend .swatch')].map((el) => {
      let background = '';
      for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') { background = c; break; }
      }
      return { name: el.nextElementSibling?.textContent ?? '', color: getComputedStyle(el).backgroundColor, background };
    }));
    // the palette's nine colours and the grey of the rest
    expect(swatches.filter((s) => /^Community \d$/.test(s.name)).length).toBe(9);
    for (const s of swatches) expect({ ...s, ratio: Number(contrast(s.color, s.background).toFixed(2)) }).toEqual(expect.objectContaining({ ratio: expect.toSatisfy((r: number) => r >= 3) }));
    // the discs on the canvas wear the same colours, on the drawing's background
    const drawn = await page.evaluate(() => {
      const r = (window as unknown as { kgViewer: { renderer: { getGraph(): { nodes(): string[] }; getNodeDisplayData(n: string): { color: string } } } }).kgViewer.renderer;
      return [...new Set(r.getGraph().nodes().map((n) => r.getNodeDisplayData(n).color))];
    });
    expect(drawn.length).toBeGreaterThanOrEqual(9);
    for (const color of drawn) expect({ color, ratio: Number(contrast(color, CANVAS_COLORS.dark.background).toFixed(2)) }).toEqual(expect.objectContaining({ ratio: expect.toSatisfy((r: number) => r >= 3) }));
    await screenshot(page, 'theme-dark-communities');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('in the %s theme every legend swatch stands out at 3:1 from its card, by its fill or by its ring', async (scheme: Theme) => {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await openViewer(page, many.url);
    for (const colorBy of ['type', 'community', 'article']) {
      await page.selectOption('#color-by', colorBy);
      await page.waitForFunction(() => document.querySelector('#appearance-legend .measuring') === null);
      const swatches = await page.evaluate(() => [...document.querySelectorAll('#type-legend .swatch, #appearance-legend .swatch')].map((el) => {
        let background = '';
        for (let n: Element | null = el.parentElement; n; n = n.parentElement) {
          const c = getComputedStyle(n).backgroundColor;
          if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') { background = c; break; }
        }
        const style = getComputedStyle(el);
        // "rgb(r, g, b) 0px 0px 0px 1px": a solid ring of at least one pixel
        const ring = /^(rgb\(\d+, \d+, \d+\)) 0px 0px 0px ([1-9]\d*)px$/.exec(style.boxShadow)?.[1] ?? null;
        return { name: el.nextElementSibling?.textContent ?? '', fill: style.backgroundColor, ring, background };
      }));
      expect(swatches.length).toBeGreaterThan(colorBy === 'type' ? 5 : 12);
      for (const s of swatches) {
        const best = Math.max(contrast(s.fill, s.background), s.ring ? contrast(s.ring, s.background) : 0);
        expect({ ...s, ratio: Number(best.toFixed(2)) }).toEqual(expect.objectContaining({ ratio: expect.toSatisfy((r: number) => r >= 3) }));
      }
    }
    await screenshot(page, `theme-${scheme}-swatches`);
    await context.close();
  });
});
