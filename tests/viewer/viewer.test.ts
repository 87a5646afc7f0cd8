// The viewer in a real browser against a known graph: find, details with
// evidence, type filter, paths, URL state and history, opening files, keyboard,
// narrow screens, and hostile article text that must stay text.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, browserAvailable, hoverEntity, launchBrowser, openViewer, screenshot } from './helpers/browser.ts';
import { DIST, ensureViewerBuilt, ROOT } from './helpers/build.ts';
import { fixtureGraph, XSS_FLAG } from './helpers/fixture-graph.ts';
import { serveViewer, type StaticServer } from './helpers/static-server.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';
import { TYPE_COLORS } from '../../src/types.ts';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { GEXF_RNG, needXmllint } from '../export/helpers.ts';
import { pictureLayout } from '../../viewer/src/render/picture-layout.ts';

function rgb(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const available = browserAvailable();
/** 0: a free port (several worktrees run these tests on one machine). */
const PORT = 0;

type Viewer = {
  graph: { order: number; hasNode(k: string): boolean; getNodeAttributes(k: string): { x: number; y: number } };
  renderer: { getNodeDisplayData(k: string): { hidden: boolean } | undefined; getNodeDisplayedLabels(): Set<string> };
  state: { selected: string | null };
  display: { highlighted: Set<string> };
  emphasis: { drawn: Array<{ edge: string; color: string; dashed: boolean }>; written: Array<{ text: string }> };
  select(key: string | null): void;
};
declare const kgViewer: Viewer;

/** Where an entity is on the page. */
function nodeAt(p: Page, node: string): Promise<{ x: number; y: number }> {
  return p.evaluate((n) => {
    const r = (window as unknown as { kgViewer: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(q: { x: number; y: number }): { x: number; y: number }; getContainer(): HTMLElement } } }).kgViewer.renderer;
    const q = r.framedGraphToViewport(r.getNodeDisplayData(n));
    const box = r.getContainer().getBoundingClientRect();
    return { x: box.left + q.x, y: box.top + q.y };
  }, node);
}

describe.skipIf(!available.ok)('viewer in Chromium (fixture graph)', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    await ensureViewerBuilt();
    server = await serveViewer(DIST, () => JSON.stringify(fixtureGraph()), PORT);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function page(width = 1400, height = 850): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
    const p = await context.newPage();
    p.on('pageerror', (e) => { throw e; });
    return p;
  }

  it('search "Kuleba" offers the entity by alias, Enter selects it and the panel shows an evidence sentence', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.fill('#search-input', 'Kuleba');
    const first = p.locator('#search-results li').first();
    await expect(first.textContent()).resolves.toContain('Dmytro Kuleba');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
    const evidence = await p.locator('#panel .evidence blockquote').first().textContent();
    expect(evidence).toContain('Foreign Minister Dmytro Kuleba said');
    // The entity names in the sentence are marked.
    expect(await p.locator('#panel .evidence mark').allTextContents()).toEqual(expect.arrayContaining(['Dmytro Kuleba', 'Ukraine']));
    expect(await p.locator('#panel .evidence cite').first().textContent()).toBe('Ukraine cuts ties with North Korea');
    expect(new URL(p.url()).searchParams.get('entity')).toBe('person:kuleba');
    expect(await p.evaluate(() => kgViewer.state.selected)).toBe('person:kuleba');
    await screenshot(p, 'search-select');
    await p.context().close();
  });

  it('hovering an entity fades the rest under a veil and highlights its neighbourhood; hovering a relation writes its label level', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const kp = await hoverEntity(p, 'country:KP');
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('.sigma-veil')!).display)).toBe('block');
    const highlighted = await p.evaluate(() => [...kgViewer.display.highlighted].sort());
    expect(highlighted).toEqual(['country:KP', 'country:RU', 'country:UA', 'region:donetsk', 'region:luhansk']);
    // Its relations are drawn above the veil, in their kind's colour.
    const drawn = await p.evaluate(() => kgViewer.emphasis.drawn.map((d) => d.edge).sort());
    expect(drawn).toEqual(['e2', 'e3', 'e4', 'e5', 'e7']);
    // Entities keep their type's colour (the legend's).
    expect(await p.evaluate(() => (kgViewer.renderer.getNodeDisplayData('region:donetsk') as unknown as { color: string }).color)).toBe(TYPE_COLORS.region);
    await screenshot(p, 'hover');
    // Midway along North Korea -> Luhansk ("recognized").
    const lu = await nodeAt(p, 'region:luhansk');
    await p.mouse.move((kp.x + lu.x) / 2 - 30, (kp.y + lu.y) / 2);
    await p.mouse.move((kp.x + lu.x) / 2, (kp.y + lu.y) / 2, { steps: 5 });
    await p.waitForSelector('#tooltip:not([hidden])');
    expect(await p.textContent('#tooltip')).toBe('North Korea — recognized → Luhansk');
    await p.waitForFunction(() => kgViewer.emphasis.written.some((w) => w.text === 'recognized'));
    await p.mouse.down();
    await p.mouse.up();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'recognized');
    expect(await p.locator('#panel').textContent()).toContain('CAMEO 054 · Grant diplomatic recognition');
    await p.mouse.move(5, 5);
    await p.context().close();
  });

  it('a fast exit from a hovered entity onto the sidebar leaves nothing hovered (sigma 3.0.3 kept it)', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const kp = await hoverEntity(p, 'country:KP');
    // One jump, no move inside the canvas on the way out.
    await p.mouse.move(120, 400);
    await p.waitForTimeout(300);
    expect(await p.evaluate(() => (kgViewer.renderer as unknown as { hoveredNode: string | null }).hoveredNode)).toBeNull();
    expect(await p.evaluate(() => [...kgViewer.display.highlighted])).toEqual([]);
    expect(await p.evaluate(() => getComputedStyle(document.querySelector('.sigma-veil')!).display)).toBe('none');
    // Nothing is left on the hover layer.
    const painted = await p.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('canvas.sigma-hovers')!;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBe(0);
    await p.context().close();
  });

  it('labels every entity of a small graph at fit, none covering another; relation labels appear only with focus', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.waitForTimeout(300);
    const labels = await p.evaluate(() => [...kgViewer.renderer.getNodeDisplayedLabels()].length);
    expect(labels).toBe(8);
    const boxes = await p.evaluate(() => [...(kgViewer.renderer as unknown as { labelBoxes(): Map<string, { x: number; y: number; w: number; h: number }> }).labelBoxes().values()]);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
    }
    // A graph without relations from background knowledge does not offer to hide them.
    expect(await p.locator('#knowledge-toggle').isVisible()).toBe(false);
    // At rest no relation label is written (they piled up in the middle and garbled entity names).
    expect(await p.evaluate(() => kgViewer.emphasis.written.length)).toBe(0);
    // Selecting Ukraine writes the predicates of its typed relations, the curved parallel ones included, whole.
    await p.evaluate(() => kgViewer.select('country:UA'));
    await p.waitForFunction(() => kgViewer.emphasis.written.length > 0);
    const written = await p.evaluate(() => kgViewer.emphasis.written.map((w) => w.text));
    expect(written).toEqual(expect.arrayContaining(['foreign minister of', 'cut diplomatic ties with', 'criticized', 'located in']));
    await screenshot(p, 'labels-selected');
    await p.context().close();
  });

  it('relations from background knowledge are drawn faint and dotted, and can be hidden', async () => {
    const p = await page();
    // Russia — North Korea (e7) marked as background knowledge, as the relate stage may mark them.
    await p.route('**/api/graph', (route) => {
      const g = fixtureGraph();
      (g.edges.find((e) => e.key === 'e7')!.attributes as unknown as { basis: string }).basis = 'knowledge';
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify(g) });
    });
    await openViewer(p, server.url);
    const colour = (edge: string) => p.evaluate((e) => (kgViewer.renderer as unknown as { getEdgeDisplayData(k: string): { color: string; hidden: boolean } }).getEdgeDisplayData(e), edge);
    expect((await colour('e7')).color).toMatch(/^rgba\(.*,0\.35\)$/);
    expect(await p.locator('#knowledge-toggle').isVisible()).toBe(true);
    await p.evaluate(() => kgViewer.select('country:KP'));
    await p.waitForFunction(() => kgViewer.emphasis.drawn.some((d) => d.edge === 'e7'));
    expect(await p.evaluate(() => kgViewer.emphasis.drawn.find((d) => d.edge === 'e7')!.dashed)).toBe(true);
    await p.check('#hide-knowledge');
    await p.waitForFunction(() => (kgViewer.renderer as unknown as { getEdgeDisplayData(k: string): { hidden: boolean } }).getEdgeDisplayData('e7').hidden === true);
    expect(new URL(p.url()).searchParams.get('hideKnowledge')).toBe('1');
    expect((await colour('e2')).hidden).toBe(false);
    await p.context().close();
  });

  it('a type toggle in the legend hides the nodes of that type without moving the others', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const before = await p.evaluate(() => kgViewer.graph.getNodeAttributes('person:kuleba'));
    const toggle = p.locator('#type-legend button[data-type="country"]');
    await expect(toggle.textContent()).resolves.toMatch(/country\s*3/);
    await toggle.click();
    await p.waitForFunction(() => kgViewer.renderer.getNodeDisplayData('country:UA')?.hidden === true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await p.evaluate(() => ['country:KP', 'country:RU', 'person:kuleba', 'region:donetsk'].map((k) => kgViewer.renderer.getNodeDisplayData(k)?.hidden)))
      .toEqual([true, true, false, false]);
    const after = await p.evaluate(() => kgViewer.graph.getNodeAttributes('person:kuleba'));
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(new URL(p.url()).searchParams.get('hideTypes')).toBe('country');
    // Hidden entities are not offered by the search either.
    await p.fill('#search-input', 'Ukraine');
    await expect(p.locator('#search-results li').first().textContent()).resolves.toBe('No entity matches');
    await screenshot(p, 'type-filter');
    await p.context().close();
  });

  it('a path between two typed-in entities is listed hop by hop with evidence, preferring typed relations', async () => {
    const p = await page();
    await openViewer(p, server.url);
    await p.fill('#path-from', 'Kuleba');
    await p.keyboard.press('Enter');
    await p.fill('#path-to', 'Donetsk');
    await p.keyboard.press('Enter');
    await p.waitForSelector('#panel-content .hop');
    const hops = p.locator('#panel-content section').first().locator('.hop');
    expect(await hops.count()).toBe(2);
    const first = await hops.nth(0).textContent();
    const second = await hops.nth(1).textContent();
    // Kuleba -> Ukraine by the role, not by the parallel co-occurrence edge.
    expect(first).toContain('foreign minister of');
    expect(first).toContain('Foreign Minister Dmytro Kuleba said');
    expect(second).toContain('located in');
    expect(second).toContain('North Korea recognized the independence of Donetsk');
    const params = new URL(p.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual(['person:kuleba', 'region:donetsk']);
    await screenshot(p, 'path');
    await p.context().close();
  });

  it('lists a path in the details panel, in view, each hop read from the path\'s start, alternatives shortest first', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?from=${encodeURIComponent('region:donetsk')}&to=${encodeURIComponent('person:kuleba')}`);
    await p.waitForSelector('#panel-content section.path .hop');
    const first = p.locator('#panel-content section.path').first();
    const box = await first.boundingBox();
    expect(box!.y + 40).toBeLessThan(850);
    const hops = await first.locator('.hop .relation-line').allTextContents();
    expect(hops.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
      'Donetsk located in → UkraineLocation',
      'Ukraine ← foreign minister of Dmytro KulebaRole',
    ]);
    const counts = (await p.locator('#panel-content section.path h3').allTextContents()).map((t) => Number(/(\d+) hop/.exec(t)![1]));
    expect(counts.slice(1)).toEqual([...counts.slice(1)].sort((a, b) => a - b));
    expect(await p.textContent('#path-results')).toContain('listed in the details panel');
    await screenshot(p, 'path-panel');
    await p.context().close();
  });

  it('Escape and a click on the background forget the search text, in the box, the URL and after a reload', async () => {
    const p = await page();
    await openViewer(p, server.url);
    for (const close of ['Escape', 'background'] as const) {
      await p.fill('#search-input', 'Kuleba');
      await p.keyboard.press('Enter');
      await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
      expect(new URL(p.url()).searchParams.get('q')).toBe('Dmytro Kuleba');
      if (close === 'Escape') {
        await p.focus('#sigma');
        await p.keyboard.press('Escape');
      } else {
        // An empty corner of the drawing.
        const box = (await p.locator('#sigma').boundingBox())!;
        await p.mouse.click(box.x + 8, box.y + 8);
      }
      await p.waitForFunction(() => kgViewer.state.selected === null);
      expect(new URL(p.url()).searchParams.get('q')).toBeNull();
      expect(await p.inputValue('#search-input')).toBe('');
    }
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await p.inputValue('#search-input')).toBe('');
    await p.context().close();
  });

  it('the article filter finds an article by typing part of its title, and shows only what it says', async () => {
    const p = await page();
    await openViewer(p, server.url);
    expect(await p.getAttribute('#article-input', 'placeholder')).toContain('All articles (2)');
    await p.fill('#article-input', 'cuts ties');
    const first = p.locator('#article-results li').first();
    expect(await first.textContent()).toContain('Ukraine cuts ties with North Korea');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => kgViewer.renderer.getNodeDisplayData('person:mallory')?.hidden === true);
    expect(new URL(p.url()).searchParams.get('article')).toBe('doc-news');
    expect(await p.inputValue('#article-input')).toBe('Ukraine cuts ties with North Korea');
    await p.click('#article-clear');
    await p.waitForFunction(() => kgViewer.renderer.getNodeDisplayData('person:mallory')?.hidden === false);
    expect(new URL(p.url()).searchParams.get('article')).toBeNull();
    await p.context().close();
  });

  it('the URL restores the selection after a reload, and the back button returns to the previous view', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('country:KP')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    await p.locator('#panel .neighbours button', { hasText: 'Russia' }).click();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Russia');
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Russia');
    await p.goBack();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    expect(await p.evaluate(() => kgViewer.state.selected)).toBe('country:KP');
    await screenshot(p, 'url-restore');
    await p.context().close();
  });

  it('a reload keeps the selected relation, the camera and the viewer\'s own layout; a file opened before it says it is gone', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('country:KP')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    await p.locator('#panel button[aria-label^="Show this relation: recognized"]').first().click();
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'recognized');
    const relation = new URL(p.url()).searchParams.get('relation');
    expect(relation).toMatch(/^e[45]$/);
    // Look somewhere else once the glide to the relation has ended (a glide still
    // running would overwrite the new state); the URL follows once the camera rests.
    await p.waitForFunction(() => !(kgViewer.renderer as unknown as { getCamera(): { isAnimated(): boolean } }).getCamera().isAnimated());
    await p.evaluate(() => (kgViewer.renderer as unknown as { getCamera(): { setState(s: object): void } }).getCamera().setState({ x: 0.3, y: 0.6, ratio: 0.5 }));
    await p.waitForFunction(() => new URL(location.href).searchParams.get('view') === '0.3,0.6,0.5');
    // ForceAtlas2 moves the entities; stopping it keeps its positions for the tab.
    await p.click('#layout-toggle');
    await p.waitForTimeout(700);
    await p.click('#layout-toggle');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'viewer');
    const moved = await p.evaluate(() => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]; });
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'recognized');
    expect(await p.evaluate(() => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return [a.x, a.y]; })).toEqual(moved);
    await p.waitForTimeout(300);
    const camera = await p.evaluate(() => (kgViewer.renderer as unknown as { getCamera(): { getState(): { x: number; y: number; ratio: number } } }).getCamera().getState());
    expect([camera.x, camera.y, camera.ratio].map((v) => Math.round(v * 100) / 100)).toEqual([0.3, 0.6, 0.5]);
    // A file: its name is in the URL, and after a reload the page says the file is not there any more.
    await p.setInputFiles('#file-input', path.join(ROOT, 'tests/graph/open/fixtures/networkx.gexf'));
    await p.waitForFunction(() => kgViewer.graph.order === 3);
    expect(new URL(p.url()).searchParams.get('file')).toBe('networkx.gexf');
    await p.reload();
    await p.waitForFunction(() => document.documentElement.dataset.graphReady === 'true');
    expect(await p.textContent('#status')).toContain('networkx.gexf was open before the page reloaded');
    expect(await p.evaluate(() => kgViewer.graph.order)).toBe(8);
    expect(new URL(p.url()).searchParams.get('file')).toBeNull();
    await p.context().close();
  });

  it('arrow keys move the selection from an entity to a neighbour', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('country:KP')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'North Korea');
    await p.focus('#sigma');
    const neighbours = ['country:UA', 'country:RU', 'region:donetsk', 'region:luhansk'];
    let moved: string | null = 'country:KP';
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp']) {
      await p.keyboard.press(key);
      moved = await p.evaluate(() => kgViewer.state.selected);
      if (moved !== 'country:KP') break;
    }
    expect(neighbours).toContain(moved);
    await p.context().close();
  });

  it('dropping a GEXF file replaces the graph; a malformed file leaves it in place with a readable message', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const gexf = fs.readFileSync(path.join(ROOT, 'tests/graph/open/fixtures/networkx.gexf'), 'utf8');
    const drop = (name: string, text: string) => p.evaluate(([n, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([t], n, { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, text]);
    await drop('broken.gexf', '<gexf><graph><nodes><node id="a"></nodes>');
    await p.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await p.locator('#status').textContent()).toMatch(/^open: broken\.gexf is not a readable GEXF file \(malformed XML/);
    expect(await p.evaluate(() => kgViewer.graph.order)).toBe(8);
    await screenshot(p, 'drop-malformed');
    await drop('networkx.gexf', gexf);
    await p.waitForFunction(() => kgViewer.graph.order === 3 && document.documentElement.dataset.graphReady === 'true');
    expect(await p.evaluate(() => kgViewer.graph.hasNode('kyiv'))).toBe(true);
    expect(await p.locator('#type-legend').textContent()).toMatch(/city\s*1/);
    await p.fill('#search-input', 'Kyiv');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Kyiv');
    expect(await p.locator('#panel').textContent()).toContain('capital of');
    await screenshot(p, 'drop-gexf');
    // The file picker takes GraphML the same way.
    await p.setInputFiles('#file-input', path.join(ROOT, 'tests/graph/open/fixtures/networkx.graphml'));
    await p.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Opened networkx.graphml'));
    await p.context().close();
  });

  it('article text with <script> and <img onerror> is shown as text and runs nothing', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('person:mallory')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Mallory <script>');
    const sentence = await p.locator('#panel .evidence blockquote').first().textContent();
    expect(sentence).toContain(`<script>window.${XSS_FLAG}=2</script>`);
    expect(sentence).toContain('<img src=x onerror=');
    expect(await p.locator('#panel .evidence cite').first().textContent()).toContain('<img src=x onerror=');
    expect(await p.locator('#panel img, #panel script').count()).toBe(0);
    // The hostile article is also offered by the article filter, as text.
    await p.fill('#article-input', 'hostile');
    expect(await p.locator('#article-results li').first().textContent()).toContain('Hostile <b>title</b>');
    expect(await p.locator('#article-results img, #article-results b').count()).toBe(0);
    await p.waitForTimeout(300);
    expect(await p.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], XSS_FLAG)).toBeUndefined();
    await screenshot(p, 'hostile-text');
    await p.context().close();
  });

  it('downloads the filtered graph as GEXF and JSON that reopen, and the view as a PNG', async () => {
    const p = await page();
    await openViewer(p, `${server.url}?hideTypes=region`);
    const save = async (button: string) => {
      await p.click('#download-menu summary');
      const [download] = await Promise.all([p.waitForEvent('download'), p.click(button)]);
      return { name: download.suggestedFilename(), body: fs.readFileSync((await download.path())!) };
    };
    const gexf = await save('#download-gexf');
    expect(gexf.name).toBe('knowledge-graph.gexf');
    const reopened = parseGraphFile(gexf.name, gexf.body.toString('utf8'));
    expect(reopened.order).toBe(6); // 8 entities minus the 2 regions
    expect(reopened.hasNode('region:donetsk')).toBe(false);
    expect(reopened.getNodeAttributes('person:kuleba')).toMatchObject({ label: 'Dmytro Kuleba', aliases: ['Kuleba'] });
    const role = reopened.findEdge((_e, a) => a.kind === 'role')!;
    expect(reopened.getEdgeAttribute(role, 'evidence')[0].text).toContain('Foreign Minister Dmytro Kuleba');
    // The project's GEXF 1.3 (valid, standard viz namespace, no invented elements), article titles kept.
    const text = gexf.body.toString('utf8');
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).not.toContain('1.1draft');
    expect(text).not.toMatch(/<documents[\s>]/);
    expect(Object.values(reopened.getAttribute('documents')).map((d) => d.title)).toContain('Ukraine cuts ties with North Korea');
    if (needXmllint().ok) {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-viewer-gexf-')), 'k.gexf');
      fs.writeFileSync(file, text);
      const check = spawnSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { encoding: 'utf8' });
      expect(check.stderr).toContain('validates');
    }
    expect(await p.textContent('#download-gexf')).toBe('Filtered graph as GEXF');
    const json = await save('#download-json');
    expect(parseGraphFile(json.name, json.body.toString('utf8')).order).toBe(6);
    // The picture: the chosen size, a title above the graph, the legends below it.
    await p.click('#download-menu summary');
    await p.selectOption('#png-size', '1200x1200');
    await p.click('#download-menu summary');
    const png = await save('#download-png');
    expect(png.name).toBe('knowledge-graph.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.body.readUInt32BE(16), png.body.readUInt32BE(20)]).toEqual([1200, 1200]);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'viewer-picture.png'), png.body);
    // Entity types person, country, organization (regions are hidden); relation kinds role, event, co-occurrence.
    const swatch = pictureLayout(1200, 1200, 6).swatches[0]!;
    const look = await p.evaluate(async ([bytes, sx, sy]) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes as number[])], { type: 'image/png' }));
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const at = (x: number, y: number) => [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)];
      let titleInk = 0;
      const row = ctx.getImageData(20, 20, 400, 20).data;
      for (let i = 0; i < row.length; i += 4) if (row[i]! < 100) titleInk++;
      return { titleInk, first: at(sx as number, sy as number) };
    }, [[...png.body], swatch.x + swatch.w / 2, swatch.y + swatch.h / 2] as const);
    expect(look.titleInk).toBeGreaterThan(20);
    expect(look.first).toEqual(rgb(TYPE_COLORS.person));
    await p.context().close();
  });

  it('ForceAtlas2 runs in a worker on demand and stops; noverlap spreads nodes', async () => {
    const p = await page();
    await openViewer(p, server.url);
    const position = () => p.evaluate(() => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return [a.x, a.y]; });
    const before = await position();
    await p.click('#layout-toggle');
    expect(await p.getAttribute('#layout-toggle', 'aria-pressed')).toBe('true');
    await p.waitForFunction((b) => { const a = kgViewer.graph.getNodeAttributes('country:KP'); return a.x !== b[0] || a.y !== b[1]; }, before);
    await p.click('#layout-toggle');
    expect(await p.getAttribute('#layout-toggle', 'aria-pressed')).toBe('false');
    const stopped = await position();
    await p.waitForTimeout(300);
    expect(await position()).toEqual(stopped);
    await p.click('#layout-noverlap');
    await p.waitForTimeout(500);
    expect((await position()).every(Number.isFinite)).toBe(true);
    await screenshot(p, 'layout');
    await p.context().close();
  });

  it('works on a narrow touch screen: details as a bottom sheet, filters in a drawer', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const p = await context.newPage();
    await openViewer(p, `${server.url}?entity=${encodeURIComponent('person:kuleba')}`);
    await p.waitForFunction(() => document.getElementById('panel-title')?.textContent === 'Dmytro Kuleba');
    const panel = await p.locator('#panel').boundingBox();
    expect(panel!.y).toBeGreaterThan(844 / 2);
    await screenshot(p, 'narrow-panel');
    await p.tap('#toggle-sidebar');
    await p.waitForTimeout(300);
    const sidebar = await p.locator('#sidebar').boundingBox();
    expect(sidebar!.x).toBeGreaterThanOrEqual(0);
    expect(await p.locator('#toggle-sidebar').getAttribute('aria-expanded')).toBe('true');
    await screenshot(p, 'narrow');
    await context.close();
  });
});
