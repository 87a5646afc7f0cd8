// `--no-knowledge`: world knowledge the articles do not state (gazetteer containment) left out of
// `kg extract` output, and out of the graph for `kg ingest` / `kg build` until `--knowledge`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kg, SAMPLE } from '../helpers/cli.ts';
import type { ArticleAnalysis, KnowledgeGraph } from '../../src/types.ts';

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-knowledge-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const extract = (...flags: string[]): ArticleAnalysis => {
  const r = kg(['extract', SAMPLE, '--json', ...flags]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
};
const knowledgeEdges = (data: string) => {
  const g = JSON.parse(fs.readFileSync(path.join(data, 'graph.json'), 'utf8')) as ReturnType<KnowledgeGraph['export']>;
  return g.edges.filter((e) => e.attributes?.basis === 'knowledge').length;
};

describe('world knowledge on and off', () => {
  it('kg extract labels every relation with its basis and the rule or model that found it; --no-knowledge drops knowledge', () => {
    const full = extract();
    for (const r of full.relations) {
      expect(['stated', 'context', 'knowledge']).toContain(r.basis);
      // (a rule's name, or one of the learned models': the retrained CoNLL04 classifier states "Kaliningrad ... the
      // rest of Russia" as located-in, which is true)
      expect(r.by).toMatch(/^(?:rule:[a-z]|model$|model:[a-z])/);
    }
    const known = full.relations.filter((r) => r.basis === 'knowledge');
    expect(known.length).toBeGreaterThan(0);
    for (const r of known) expect(r.evidence).toEqual([]);
    const bare = extract('--no-knowledge');
    expect(bare.relations.filter((r) => r.basis === 'knowledge')).toEqual([]);
    expect(bare.relations.length).toBe(full.relations.length - known.length);
  });

  it('kg ingest --no-knowledge keeps it out of the graph, kg build keeps the choice, --knowledge undoes it', () => {
    const data = path.join(dir, 'data');
    expect(kg(['ingest', SAMPLE, '--data', data, '--quiet', '--no-knowledge']).status).toBe(0);
    expect(knowledgeEdges(data)).toBe(0);
    expect(kg(['build', '--data', data]).status).toBe(0);
    expect(knowledgeEdges(data)).toBe(0);
    // Nothing new to analyse, but the switch alone rebuilds the graph.
    expect(kg(['ingest', SAMPLE, '--data', data, '--quiet', '--knowledge']).status).toBe(0);
    expect(knowledgeEdges(data)).toBeGreaterThan(0);
    expect(kg(['build', '--data', data, '--no-knowledge']).status).toBe(0);
    expect(knowledgeEdges(data)).toBe(0);
  });

  it('both switches at once is one clear error', () => {
    const r = kg(['build', '--data', path.join(dir, 'data'), '--knowledge', '--no-knowledge']);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--knowledge and --no-knowledge/);
  });
});
