// The picture download carries the Appearance card's legend, in Chromium: when
// entities are coloured by community the picture's discs are the communities'
// colours (not the entity types'), and a line says what colour and size mean.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, launchBrowser, openViewer, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { fixtureGraph } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { pictureLayout } from '../../viewer/src/render/picture-layout.ts';
import { COMMUNITY_PALETTE } from '../../viewer/src/core/palettes.ts';
import { TYPE_COLORS } from '../../src/types.ts';

const available = browserAvailable();
declare const kgViewer: { appearance: { lastRun: unknown; pictureLegend(): { colors: Array<{ color: string; name: string }> | null; caption: string } } };

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe.skipIf(!available.ok)('picture download with the appearance legend', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Download the picture at 1200×1200 and read it: the first swatch's colour, and ink on the caption line. */
  async function picture(p: Page, name: string): Promise<{ first: number[]; captionInk: number; entries: number }> {
    await p.click('#download-menu summary');
    await p.selectOption('#png-size', '1200x1200');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('#download-png')]);
    const body = fs.readFileSync((await download.path())!);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `viewer-picture-${name}.png`), body);
    // As many entries as colours shown plus the relation kinds drawn (fixture: role, event, location, co-occurrence).
    const legend = await p.evaluate(() => kgViewer.appearance.pictureLegend());
    const entries = (legend.colors?.length ?? 4) + 4;
    const layout = pictureLayout(1200, 1200, entries);
    const swatch = layout.swatches[0]!;
    const { caption } = layout;
    const look = await p.evaluate(async ([bytes, sx, sy, cx, cy, cw, ch]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes as number[])], { type: 'image/png' }));
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      let ink = 0;
      const row = ctx.getImageData(cx as number, cy as number, cw as number, ch as number).data;
      for (let i = 0; i < row.length; i += 4) if (row[i]! < 120) ink++;
      return { first: [...ctx.getImageData(Math.round(sx as number), Math.round(sy as number), 1, 1).data.slice(0, 3)], captionInk: ink };
    }, [[...body], swatch.x + swatch.w / 2, swatch.y + swatch.h / 2, caption.x, caption.y, 500, caption.h] as const);
    return { ...look, entries };
  }

  it('colours by community: the picture shows the communities\' colours and says what colour and size mean', async () => {
    const p = await strictPage(browser, { viewport: { width: 1300, height: 900 } });
    await openViewer(p, server.url);
    const byType = await picture(p, 'types');
    expect(byType.first).toEqual(rgb(TYPE_COLORS.person));
    expect(byType.captionInk).toBeGreaterThan(50);
    expect((await p.evaluate(() => kgViewer.appearance.pictureLegend())).caption).toBe('Colour: entity type · Size: mentions and ties, as built');
    await p.selectOption('#color-by', 'community');
    await p.selectOption('#size-by', 'pagerank');
    await p.waitForFunction(() => kgViewer.appearance.lastRun !== null);
    const legend = await p.evaluate(() => kgViewer.appearance.pictureLegend());
    expect(legend.caption).toMatch(/^Colour: community \(Louvain\) · Size: PageRank \(smallest discs [\d.e-]+, largest [\d.e-]+\)$/);
    expect(legend.colors![0]!.name).toMatch(/^Community 1 \(\d+\)$/);
    const byCommunity = await picture(p, 'communities');
    expect(byCommunity.first).toEqual(rgb(COMMUNITY_PALETTE[0]!));
    expect(byCommunity.captionInk).toBeGreaterThan(50);
    await p.context().close();
  });
});
