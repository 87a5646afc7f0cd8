// Shared by the export tests: the fixture graph plus the things that break
// naive writers (markup characters, control characters XML cannot carry, a lone
// surrogate, line breaks in a sentence, parallel relations), and the external
// tools the round trips use.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';

export const HOSTILE_LABEL = 'Ben & Jerry\'s <"Union">\u0001\uFFFE\uD800 bar';
export const HOSTILE_LABEL_CLEAN = 'Ben & Jerry\'s <"Union"> bar';
export const HOSTILE_SENTENCE = 'He said: "a, b" & <c>\nthen\tleft.\u0007';
/** What exports keep of it: one line (a row per relation), without the bell character XML cannot carry. */
export const HOSTILE_SENTENCE_CLEAN = 'He said: "a, b" & <c> then left.';

export function hostileGraph(): KnowledgeGraph {
  const g = fixtureGraph();
  g.addNode('org:bj', { label: HOSTILE_LABEL, type: 'organization', aliases: ['B&J', 'Ben, Jerry'], mentions: 2, documents: ['d1'], x: -3.25, y: 1e-7, size: 2.5, color: 'rgb(10, 20, 30)' });
  g.addEdgeWithKey('r-bj', 'org:bj', 'country:ES', {
    kind: 'affiliation', predicate: 'based in', cameo: null, weight: 2, label: 'based in', confidence: 0.5,
    evidence: [{ doc: 'd1', text: HOSTILE_SENTENCE, start: 0, end: 10 }],
  });
  // A second, parallel relation between the same two entities.
  g.addEdgeWithKey('r-parallel', 'person:albares', 'person:erdogan', {
    kind: 'cooccurrence', predicate: 'co-occurs with', cameo: null, weight: 3, label: 'co-occurs with', confidence: 0.3,
    evidence: [{ doc: 'd1', text: 'Albares and Erdoğan.', start: 0, end: 5 }],
  });
  return g;
}

export const GEXF_RNG = '/work/shared/data/gexf-schema/1.3/gexf.rng';
export const SYSTEM_PYTHON = '/usr/bin/python3';

function has(cmd: string, args: string[]): boolean {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0;
}

export const XMLLINT = has('xmllint', ['--version']) && fs.existsSync(GEXF_RNG);
export const NETWORKX = fs.existsSync(SYSTEM_PYTHON) && has(SYSTEM_PYTHON, ['-c', 'import networkx']);
/** In CI a missing tool is a failure, not a skip. */
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export function requireTool(available: boolean, what: string): boolean {
  if (!available && IN_CI) throw new Error(`${what} is required in CI but is not installed`);
  if (!available) console.warn(`skipping: ${what} is not installed on this machine`);
  return available;
}
