// `kg serve --graph FILE.json` on a file too big for one string: the file is parsed
// in parts (store/json-parts.ts) into the same graph as the whole-text reader
// gives, and a broken file still fails with the reader's one-line message. The
// size at which parts start is lowered to 0 here, so a small file takes that path.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraphFile } from '../../src/server/store-graph.ts';
import { writeGraph } from '../../src/store/graph-file.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';
import { collect, gexfChunks } from '../../src/export/index.ts';
import { parseGraphFile } from '../../src/graph/open/index.ts';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-graph-file-parts-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('loadGraphFile', () => {
  it('reads a graph .json in parts into the graph the whole-text reader gives', async () => {
    writeGraph(dir, fixtureGraph());
    const file = path.join(dir, 'graph.json');
    const whole = await loadGraphFile(file);
    const parts = await loadGraphFile(file, 0);
    expect(parts.order).toBe(fixtureGraph().order);
    expect(parts.size).toBe(fixtureGraph().size);
    expect(parts.export()).toEqual(whole.export());
  });

  it.each([
    ['cut.json', '{"nodes":[{"key":"a"}', /open: cut\.json is not a readable graph JSON file \(invalid JSON: .* at the end of the file\)/],
    ['nodes.json', '{"edges":[]}', /open: nodes\.json is not a readable graph JSON file \(no "nodes" array\)/],
    ['dangling.json', '{"nodes":[{"key":"a"}],"edges":[{"source":"a","target":"b"}]}', /open: dangling\.json is not a readable graph JSON file/],
  ])('a broken %s read in parts fails with one line', async (name, text, message) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    const error = await loadGraphFile(file, 0).then(() => null, (e: Error) => e);
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain('\n');
  });

  it('reads a GEXF file in pieces (never one string of the file) into the graph its whole text gives', async () => {
    // labels with 2-, 3- and 4-byte UTF-8 characters, so that pieces of 101 bytes cut inside characters and tags
    const graph = fixtureGraph();
    graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'label', `${a.label} é中😀`));
    const text = collect(gexfChunks(graph));
    const file = path.join(dir, 'graph.gexf');
    fs.writeFileSync(file, text);
    const whole = parseGraphFile('graph.gexf', text);
    for (const pieceBytes of [101, 4096, 1 << 22]) {
      const pieces = await loadGraphFile(file, undefined, pieceBytes);
      expect(pieces.export(), `pieces of ${pieceBytes} bytes`).toEqual(whole.export());
    }
    expect(whole.order).toBe(graph.order);
    fs.writeFileSync(path.join(dir, 'cut.gexf'), text.slice(0, text.length >> 1));
    await expect(loadGraphFile(path.join(dir, 'cut.gexf'), undefined, 101)).rejects.toThrow(/^open: cut\.gexf is not a readable GEXF file \(malformed XML: line \d+: malformed tag <\w+> \(.*the file ends inside it\)\)/);
  });

  it('names a file it cannot read', async () => {
    await expect(loadGraphFile(path.join(dir, 'missing.json'), 0)).rejects.toThrow(/kg serve: cannot read .*missing\.json \(ENOENT\); check the path/);
  });
});
