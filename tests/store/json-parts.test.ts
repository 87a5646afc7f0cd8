// graph.json read in parts: the same values as JSON.parse, whatever the chunk size
// (values, escapes and multi-byte characters cut across chunk boundaries), and
// clear errors with a position (in bytes) on anything that is not one JSON object.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JsonPartsError, readJsonInParts } from '../../src/store/json-parts.ts';
import { loadGraph, readGraphJson, writeGraph } from '../../src/store/graph-file.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { analyzeTexts } from '../helpers/analyze.ts';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-json-parts-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(text: string): string {
  const p = path.join(dir, `f${files++}.json`);
  fs.writeFileSync(p, text);
  return p;
}
const STREAMED = new Set(['nodes', 'edges', 'documents']);

const VALID = [
  '{}',
  ' \n{ "nodes" : [ ] , "edges":[] }\n',
  '{"options":{"type":"mixed","multi":true},"attributes":{"documents":{"a":{"title":"Kyiv – Київ ✓ 😀"}}},"nodes":[\n{"key":"a","attributes":{"x":1.5e3,"label":"quote \\" and backslash \\\\ and \\u00e9"}},\n{"key":"b"}\n],"edges":[\n{"source":"a","target":"b","attributes":{"evidence":[{"text":"]}{[\\"","n":null,"t":true,"f":false,"neg":-0.25}]}}\n]}',
  '{"nodes":[1,"two",[3],{"four":4},null,true,false,-5.5e-3],"edges":"not a list","other":[1,2]}',
  '{"__proto__":{"polluted":true},"nodes":[{"__proto__":1}]}',
  '{"version":1,"documents":{\n "a":{"id":"a","title":null},\n "b-é":{"id":"b","chars":3},"__proto__":{"polluted":true}},"graph":{"nodes":2}}',
  '{"documents":{},"nodes":{"k":[1,2]}}',
];

describe('readJsonInParts', () => {
  it.each(VALID.flatMap((text, k) => [1, 2, 3, 7, 64, 1 << 20].map((chunk) => [k, chunk, text] as const)))('JSON %i in chunks of %i bytes: the same as JSON.parse', (_, chunk, text) => {
    const parsed = readJsonInParts(file(text), STREAMED, chunk);
    expect(parsed).toEqual(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['', /expected a JSON object at byte 0 at the end of the file/],
    ['[1,2]', /expected a JSON object at byte 0/],
    ['{"nodes":[1,2}', /expected "," or "\]" at byte 13/],
    ['{"nodes":[{"a":1}', /the file ends inside a value|expected "," or "\]"/],
    ['{"a":1} trailing', /expected the end of the file after the object at byte 8/],
    ['{"a":tru}', /at byte 5/],
    ['{a:1}', /expected a key in quotes at byte 1/],
    ['{"documents":{"a":1 "b":2}}', /expected "," or "}" at byte 20/],
    ['{"documents":{"a" 1}}', /expected ":" at byte 18/],
    // offsets count bytes: "é" is two
    ['{"nodes":["é",1}', /expected "," or "\]" at byte 16/],
  ])('refuses %j with the position', (text, message) => {
    for (const chunk of [1, 5, 1024]) {
      expect(() => readJsonInParts(file(text), STREAMED, chunk)).toThrow(JsonPartsError);
      expect(() => readJsonInParts(file(text), STREAMED, chunk)).toThrow(message);
    }
  });
});

describe('graph.json read in parts', () => {
  it('gives the graph that was written', async () => {
    const graph = buildGraph(await analyzeTexts([
      'Ukrainian Foreign Minister Dmytro Kuleba met French President Emmanuel Macron in Paris on Monday.',
      'Germany criticised Poland on Tuesday, officials in Berlin said. Russia attacked Kyiv.',
    ]));
    const data = path.join(dir, 'store');
    writeGraph(data, graph);
    const whole = readGraphJson(path.join(data, 'graph.json'));
    const parts = readGraphJson(path.join(data, 'graph.json'), 0);
    expect(parts).toEqual(whole);
    expect(loadGraph(data).export()).toEqual(graph.export());
  });
});
