// The manifest is written a document at a time and, past a size, read a document
// at a time (a store of millions of articles has a manifest longer than a string
// can be): the text is exactly what JSON.stringify(manifest, null, 1) gave, and
// reading it in parts gives the manifest read whole.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestPieces, readManifest, storeDir, STORE_VERSION, type Manifest } from '../../src/store/store.ts';
import { writeFileInPieces } from '../../src/store/graph-file.ts';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-manifest-parts-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const entry = (id: string, more: Partial<Manifest['documents'][string]> = {}) => ({ id, source: `${id}.txt`, title: `Title of ${id} – “quoted” é`, chars: 120, ...more });

const MANIFESTS: Array<[string, Manifest]> = [
  ['no documents', { version: STORE_VERSION, documents: {} }],
  ['one document', { version: STORE_VERSION, documents: { a1: entry('a1', { path: '/in/a1.txt', fileHash: 'f00' }) } }],
  ['documents, graph size and knowledge off', {
    version: STORE_VERSION,
    documents: { a1: entry('a1', { title: null }), 'b_2-x': entry('b_2-x', { fileHash: undefined }), c3: entry('c3') },
    graph: { nodes: 12, edges: 40 },
    knowledge: false,
  }],
  ['a field left undefined', { version: STORE_VERSION, documents: { a1: entry('a1') }, graph: undefined }],
];

describe('the manifest in pieces', () => {
  it.each(MANIFESTS)('%s: the text JSON.stringify gives', (_, manifest) => {
    expect([...manifestPieces(manifest)].join('')).toBe(JSON.stringify(manifest, null, 1));
  });

  it.each(MANIFESTS)('%s: read in parts as read whole', (name, manifest) => {
    const data = path.join(dir, name.replace(/\W+/g, '-'));
    fs.mkdirSync(storeDir(data), { recursive: true });
    writeFileInPieces(path.join(storeDir(data), 'manifest.json'), manifestPieces(manifest));
    const whole = readManifest(data);
    expect(readManifest(data, 0)).toEqual(whole);
    expect(whole).toEqual(JSON.parse(JSON.stringify(manifest)));
  });

  it('a damaged manifest read in parts is one message naming it', () => {
    const data = path.join(dir, 'damaged');
    fs.mkdirSync(storeDir(data), { recursive: true });
    fs.writeFileSync(path.join(storeDir(data), 'manifest.json'), '{"version":1,"documents":{"a1":{"id":"a1"');
    expect(() => readManifest(data, 0)).toThrow(/^store: .*manifest\.json is unreadable \(the file ends inside a value at byte 31 near .*\); move the folder away and ingest again$/);
  });
});
