// Builds of a store keep the positions of its entities: an unchanged corpus is
// laid out identically, an added article moves none of the entities placed
// before, and `kg build --relayout` lays everything out afresh.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/store/ingest.ts';
import { rebuildGraph } from '../../src/store/rebuild.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { readLayoutState } from '../../src/store/layout-file.ts';
import { layoutGraph } from '../../src/graph/layout.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-layout-state-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const positions = (g: KnowledgeGraph) => new Map(g.mapNodes((k, a) => [k, [a.x, a.y]] as const));

// Ten articles naming many countries; the eleventh names one more beside known ones.
const COUNTRIES = ['France', 'Germany', 'Spain', 'Italy', 'Poland', 'Austria', 'Belgium', 'Portugal', 'Greece', 'Sweden', 'Norway', 'Finland', 'Denmark', 'Ireland', 'Hungary', 'Romania', 'Bulgaria', 'Croatia', 'Serbia', 'Ukraine'];
const article = (i: number) => `${COUNTRIES[i]} criticised ${COUNTRIES[(i + 1) % 20]} on Monday. ${COUNTRIES[(i + 2) % 20]} and ${COUNTRIES[(i + 3) % 20]} met in talks on Tuesday.`;

describe('layout across builds', () => {
  it('keeps positions for an unchanged corpus, places only what an added article brings, and re-lays on --relayout', async () => {
    const input = path.join(dir, 'in');
    const data = path.join(dir, 'data');
    fs.mkdirSync(input, { recursive: true });
    for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(input, `a${String(i).padStart(2, '0')}.txt`), article(i));
    await ingest([input], { dataDir: data });
    const first = loadGraph(data);
    expect(readLayoutState(data)).toMatchObject({ placedSince: 0 });
    // written in pieces, the text JSON.stringify gives; read in parts (as past 256 MB), the same state
    const layoutText = fs.readFileSync(path.join(data, 'store', 'layout.json'), 'utf8');
    expect(layoutText).toBe(JSON.stringify(JSON.parse(layoutText)));
    expect(readLayoutState(data, 0)).toEqual(readLayoutState(data));
    expect(readLayoutState(data)!.positions.size).toBe(first.order);

    // Unchanged corpus: a rebuild gives the same graph file, byte for byte.
    const bytes = fs.readFileSync(path.join(data, 'graph.json'));
    rebuildGraph(data);
    expect(fs.readFileSync(path.join(data, 'graph.json')).equals(bytes)).toBe(true);

    // One more article naming a new country beside two known ones: nothing placed before moves.
    fs.writeFileSync(path.join(input, 'b.txt'), 'Estonia criticised France and Germany on Wednesday.');
    await ingest([input], { dataDir: data });
    const second = loadGraph(data);
    const added = second.filterNodes((k) => !first.hasNode(k));
    expect(added.length).toBeGreaterThan(0);
    expect(added.length).toBeLessThan(0.2 * second.order);
    const before = positions(first);
    for (const [k, p] of positions(second)) if (before.has(k)) expect(p).toEqual(before.get(k));
    expect(readLayoutState(data)?.placedSince).toBe(added.length);

    // --relayout: the positions a full layout gives, and the count starts again.
    rebuildGraph(data, { relayout: true });
    const relaid = loadGraph(data);
    const fresh = loadGraph(data);
    layoutGraph(fresh);
    expect(positions(relaid)).toEqual(positions(fresh));
    expect(positions(relaid)).not.toEqual(positions(second));
    expect(readLayoutState(data)?.placedSince).toBe(0);
  }, 60_000);
});
