// Entity discs against the drawing's background, in Chromium, in both themes: every
// entity type's disc has an edge of at least 3:1 (WCAG 1.4.11, a graphic one must see).
// Several type colours are pale (city, location, group against white: 1.3-2.2:1), so
// every disc carries a thin ring of the theme's disc border colour (render/node-border.ts).
// Read from the entity layer's pixels: along four rays from each disc's centre, the
// pixel that stands out most from the background, composited over it.
import type { Browser } from 'playwright-core';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser, openViewer, screenshot, strictPage } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt } from './helpers/build.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { ENTITY_TYPES, TYPE_COLORS, type KnowledgeGraph } from '../../src/types.ts';
import { CANVAS_COLORS, contrast, type Theme } from '../../viewer/src/core/theme.ts';

const available = browserAvailable();

/** One entity per type on a row, apart, the same size, no relations. */
function typesGraph(): KnowledgeGraph {
  const g = new MultiDirectedGraph() as unknown as KnowledgeGraph;
  g.replaceAttributes({ documents: { d: { id: 'd', title: 'Discs', source: 'discs.txt', chars: 10, entities: ENTITY_TYPES.length, relations: 0 } } } as never);
  ENTITY_TYPES.forEach((type, i) => g.addNode(`e:${type}`, {
    label: type, type, aliases: [], mentions: 3, documents: ['d'], x: i * 100, y: (i % 2) * 30, size: 10, color: TYPE_COLORS[type],
  } as never));
  return g;
}

/** rgb of "#rrggbb". */
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

describe.skipIf(!available.ok)('entity discs keep 3:1 against the background in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  const json = JSON.stringify(typesGraph().export());

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => json);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['light', 'dark'] as Theme[])('%s theme: every entity type', async (theme) => {
    const p = await strictPage(browser, { colorScheme: theme, viewport: { width: 1200, height: 700 } });
    await openViewer(p, server.url);
    await p.waitForFunction(() => (window as unknown as { kgViewer: { renderer: { edgeLayer?: { stats: { pending: boolean } } | null } } }).kgViewer.renderer.edgeLayer?.stats.pending === false);
    const background = CANVAS_COLORS[theme].background;
    const bg = rgb(background);
    // Per type: the colours met along four rays from the centre to past the rim, composited over the background.
    const rays = await p.evaluate(({ keys, bg }) => {
      type R = { getNodeDisplayData(k: string): { x: number; y: number; size: number }; framedGraphToViewport(d: { x: number; y: number }): { x: number; y: number }; scaleSize(s: number): number; getCanvases(): Record<string, HTMLCanvasElement> };
      const r = (window as unknown as { kgViewer: { renderer: R } }).kgViewer.renderer;
      const src = r.getCanvases().nodes!;
      const c = document.createElement('canvas');
      c.width = src.width;
      c.height = src.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(src, 0, 0);
      const ratio = src.width / src.getBoundingClientRect().width;
      const out: Record<string, { radius: number; colors: Array<[number, number, number]> }> = {};
      for (const key of keys) {
        const d = r.getNodeDisplayData(key);
        const at = r.framedGraphToViewport(d);
        const radius = r.scaleSize(d.size);
        const colors: Array<[number, number, number]> = [];
        for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
          for (let t = 0; t <= radius + 3; t += 0.5) {
            const px = ctx.getImageData(Math.round((at.x + dx! * t) * ratio), Math.round((at.y + dy! * t) * ratio), 1, 1).data;
            const a = px[3]! / 255;
            colors.push([0, 1, 2].map((i) => Math.round(px[i]! * a + bg[i]! * (1 - a))) as [number, number, number]);
          }
        }
        out[key] = { radius, colors };
      }
      return out;
    }, { keys: ENTITY_TYPES.map((t) => `e:${t}`), bg });
    const hex = (c: [number, number, number]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const report: string[] = [];
    for (const type of ENTITY_TYPES) {
      const { radius, colors } = rays[`e:${type}`]!;
      expect(radius, `${type}: a disc big enough to read its rim`).toBeGreaterThan(6);
      const best = Math.max(...colors.map((c) => contrast(hex(c), background)));
      report.push(`${type} ${TYPE_COLORS[type]} fill ${contrast(TYPE_COLORS[type], background).toFixed(2)} edge ${best.toFixed(2)}`);
      expect(best, `${theme}: the ${type} disc (${TYPE_COLORS[type]}) has an edge of 3:1 against ${background}`).toBeGreaterThanOrEqual(3);
    }
    console.log(`${theme}: ${report.join('; ')}`);
    await screenshot(p, `disc-contrast-${theme}`);
    await p.context().close();
  });
});
