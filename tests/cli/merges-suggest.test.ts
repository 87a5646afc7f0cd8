// `kg merges --suggest` and GET /api/merges/suggestions on a store made from articles
// written here: the likely duplicates with evidence, accepting one with `kg merge`, and
// bad input answered with one clear line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kg } from '../helpers/cli.ts';
import { loadGraph } from '../../src/store/graph-file.ts';
import { handleApi, errorResult } from '../../src/server/api.ts';

const ARTICLES = [
  'President Bill Clinton signed the bill in Washington on Monday.',
  'Clinton told reporters the economy was strong.',
  'Hillary Rodham Clinton spoke in Chicago about health care.',
  'George W. Bush spoke in Texas on Friday.',
  'George H.W. Bush visited Maine in July.',
  'George Bush arrived in Texas on Monday.',
];

let dir: string;
let data: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-suggest-'));
  const articles = path.join(dir, 'articles');
  fs.mkdirSync(articles);
  ARTICLES.forEach((text, i) => fs.writeFileSync(path.join(articles, `a${i}.txt`), text + '\n'));
  data = path.join(dir, 'data');
  const r = kg(['ingest', articles, '--data', data, '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('kg merges --suggest', () => {
  it('prints ranked pairs with the evidence and the command that accepts each', () => {
    const r = kg(['merges', '--suggest', '--data', data]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '0.42  George Bush [person:george-bush]  ->  George W. Bush [person:george-w-bush]  (middle-name)',
      '      + "George Bush" is "George W. Bush" without a middle name',
      '      + 1 shared neighbour: Texas',
      '      - "George Bush" also fits "George H.W. Bush"',
      '      accept: kg merge person:george-bush person:george-w-bush',
    ]);
    expect(r.stdout).toMatch(/ {6}- "Clinton" also fits "Hillary Rodham Clinton"/);
  });

  it('--json prints the same list, and the API route answers it too', () => {
    const r = kg(['merges', '--suggest', '--json', '--limit', '2', '--data', data]);
    expect(r.status).toBe(0);
    const { suggestions } = JSON.parse(r.stdout);
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0]).toMatchObject({ from: { id: 'person:george-bush' }, into: { id: 'person:george-w-bush' }, rule: 'middle-name' });
    const api = handleApi(loadGraph(data), '/api/merges/suggestions', new URLSearchParams({ limit: '2' }));
    expect(api).toMatchObject({ status: 200, body: { suggestions } });
    const one = handleApi(loadGraph(data), '/api/merges/suggestions', new URLSearchParams({ name: 'Bill Clinton' }));
    expect((one as { body: { suggestions: Array<{ from: { id: string } }> } }).body.suggestions.map((s) => s.from.id)).toEqual(['person:clinton']);
  });

  it.each([
    [{ limit: '0' }, 400, /limit" expects an integer from 1 to 1000/],
    [{ name: 'Nobody Atall' }, 404, /no entity named "Nobody Atall"/],
  ])('API %j -> %i', (params, status, message) => {
    let result: { status: number; body: Record<string, unknown> } | undefined;
    try { handleApi(loadGraph(data), '/api/merges/suggestions', new URLSearchParams(params)); } catch (e) { result = errorResult(e); }
    expect(result?.status).toBe(status);
    expect(String(result?.body.error)).toMatch(message);
  });

  it('bad flags fail with one line and a non-zero exit', () => {
    const r = kg(['merges', '--suggest', '--limit', 'zero', '--data', data]);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--limit expects an integer >= 1, got "zero"/);
  });

  it('accepting a suggestion with kg merge joins the two and takes the pair off the list', () => {
    const before = loadGraph(data).order;
    const m = kg(['merge', 'person:george-bush', 'person:george-w-bush', '--data', data]);
    expect(m.status).toBe(0);
    const g = loadGraph(data);
    expect(g.order).toBe(before - 1);
    expect(g.getNodeAttribute('person:george-w-bush', 'merges')).toContainEqual(expect.objectContaining({ rule: 'user', alias: 'person:george-bush' }));
    const r = kg(['merges', '--suggest', '--json', '--data', data]);
    const ids = JSON.parse(r.stdout).suggestions.map((s: { from: { id: string } }) => s.from.id);
    expect(ids).not.toContain('person:george-bush');
  });
});
