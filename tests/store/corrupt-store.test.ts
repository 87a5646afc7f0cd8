// Store files damaged by hand, a disk or another program: reading them gives one
// message naming the file, what is wrong and what to do, never an internal error;
// `{}` is not taken for an empty graph.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/store/ingest.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { rebuildGraph } from '../../src/store/rebuild.ts';
import { readCorrections, readManifest } from '../../src/store/store.ts';
import { KgError } from '../../src/errors.ts';
import { kg, SAMPLE } from '../helpers/cli.ts';

let dir: string;
let clean: string;
let id: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-corrupt-'));
  clean = path.join(dir, 'clean');
  await ingest([SAMPLE], { dataDir: clean });
  id = Object.keys(readManifest(clean).documents)[0]!;
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let copies = 0;
/** A copy of the clean store with one file changed by `damage` (given the parsed JSON, returning the new content). */
function damaged(file: (id: string) => string, damage: (json: any) => unknown): string {
  const data = path.join(dir, `copy-${copies++}`);
  fs.cpSync(clean, data, { recursive: true });
  const target = path.join(data, file(id));
  const before = fs.existsSync(target) ? JSON.parse(fs.readFileSync(target, 'utf8')) : undefined;
  fs.writeFileSync(target, JSON.stringify(damage(before)));
  return data;
}

const GRAPH = () => 'graph.json';
const MANIFEST = () => 'store/manifest.json';
const ANALYSIS = (x: string) => `store/analyses/${x}.json`;
const CORRECTIONS = () => 'store/corrections.json';

function failure(run: () => unknown): string {
  try { run(); } catch (e) {
    expect(e).toBeInstanceOf(KgError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('a damaged graph.json', () => {
  it.each([
    ['null', () => null, /it is null, expected an object with "nodes" and "edges" lists/],
    ['{} (no empty graph)', () => ({}), /nodes is missing, expected an array/],
    ['nodes not a list', (g: any) => ({ ...g, nodes: { a: 1 } }), /nodes is an object, expected an array/],
    ['a node without a key', (g: any) => ({ ...g, nodes: [...g.nodes, { attributes: {} }] }), /nodes\[\d+\]\.key is missing, expected a string/],
    ['a dangling edge', (g: any) => ({ ...g, edges: [...g.edges, { source: g.nodes[0].key, target: 'nobody' }] }), /edges\[\d+\] ends at "nobody", which is no node/],
    ['two nodes with one key', (g: any) => ({ ...g, nodes: [...g.nodes, g.nodes[0]] }), /is not a usable graph \(.*already exist/],
  ])('%s: one message naming the file and how to rebuild it', (_, damage, problem) => {
    const data = damaged(GRAPH, damage);
    const message = failure(() => loadGraph(data));
    expect(message).toMatch(problem);
    expect(message).toContain(`store: ${path.join(data, 'graph.json')} is not a usable graph (`);
    expect(message).toContain(`rebuild it from the store with \`kg build --data ${data}\``);
  });

  it('is built again by the next ingest', async () => {
    const data = damaged(GRAPH, () => ({}));
    const manifest = readManifest(data);
    delete manifest.graph;
    fs.writeFileSync(path.join(data, 'store/manifest.json'), JSON.stringify(manifest));
    await ingest([SAMPLE], { dataDir: data });
    expect(loadGraph(data).order).toBe(loadGraph(clean).order);
  });
});

describe('damaged store files', () => {
  it.each([
    ['manifest: documents null', MANIFEST, (m: any) => ({ ...m, documents: null }), () => /manifest\.json is damaged \(documents is null, expected an object\); move the folder away and ingest again/],
    ['manifest: an entry that is a number', MANIFEST, (m: any) => ({ ...m, documents: { ...m.documents, [id]: 7 } }), () => new RegExp(`the entry of document ${id} is a number 7, expected an object`)],
    ['manifest: an entry without source', MANIFEST, (m: any) => ({ ...m, documents: { [id]: { ...m.documents[id], source: undefined } } }), () => /source is missing, expected a string/],
    ['manifest: an id that climbs out of the store', MANIFEST, (m: any) => ({ ...m, documents: { '../../x': { ...m.documents[id], id: '../../x' } } }), () => /document id "\.\.\/\.\.\/x" is not an id the store writes/],
    ['analysis: {}', ANALYSIS, () => ({}), () => new RegExp(`analyses/${id}\\.json is damaged \\(document is missing, expected an object\\); ingest its article again`)],
    ['analysis: entities null', ANALYSIS, (a: any) => ({ ...a, entities: null }), () => /entities is null, expected an array/],
    ['analysis: a relation to no entity', ANALYSIS, (a: any) => ({ ...a, relations: [{ ...a.relations[0], target: 'ghost' }] }), () => /relations\[0\] joins .* and "ghost", and one of them is no entity/],
    ['corrections: merges a string', CORRECTIONS, () => ({ merges: 'all', splits: [] }), () => /corrections\.json is damaged \(merges is a string "all", expected an array\); fix or delete it/],
    ['corrections: a merge without into', CORRECTIONS, () => ({ merges: [{ from: 'a' }], splits: [] }), () => /merges\[0\]\.into is missing, expected a string/],
    ['corrections: null', CORRECTIONS, () => null, () => /it is null, expected an object with "merges" and "splits" lists/],
  ])('%s: one message naming the file', (_, file, damage, problem) => {
    const data = damaged(file, damage);
    const message = failure(() => { readCorrections(data); rebuildGraph(data); });
    expect(message).toMatch(problem());
    expect(message.split('\n')).toHaveLength(1);
  });

  it('kg build and kg entities say it in one line, no stack trace', () => {
    const data = damaged(MANIFEST, (m: any) => ({ ...m, documents: null }));
    const build = kg(['build', '--data', data]);
    expect(build.status).not.toBe(0);
    expect(build.status).not.toBe(70);
    expect(build.stderr.trim()).toMatch(/^kg: store: .*manifest\.json is damaged \(documents is null, expected an object\)/);
    const graph = damaged(GRAPH, () => ({}));
    const entities = kg(['entities', '--data', graph]);
    expect(entities.status).toBe(2);
    expect(entities.stderr.trim()).toMatch(/^kg: store: .*graph\.json is not a usable graph \(nodes is missing, expected an array\)/);
  });
});
