// Shared by the export tests: the fixture graph plus the things that break
// naive writers (markup characters, control characters XML cannot carry, a lone
// surrogate, line breaks in a sentence, parallel relations), and the external
// tools the round trips use.
import type { KnowledgeGraph } from '../../src/types.ts';
import { fixtureGraph } from '../query/fixture-graph.ts';
import { all, once, sharedData, systemTool, type Requirement } from '../helpers/requirements.ts';

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

export const SYSTEM_PYTHON = '/usr/bin/python3';
export const GEXF_RNG = sharedData.path('data/gexf-schema/1.3/gexf.rng');

/** xmllint and the official GEXF 1.3 grammar, for validating GEXF files (checked when a test asks). */
export const needXmllint = once((): Requirement => all(
  systemTool(['xmllint', '--version'], 'xmllint', 'apt-get install libxml2-utils'),
  sharedData('data/gexf-schema/1.3/gexf.rng', 'GEXF 1.3 validation (the official RELAX NG grammar)'),
));
/** Debian's NetworkX, a second reader for the GEXF 1.2draft and GraphML exports. */
export const needNetworkx = once((): Requirement => systemTool([SYSTEM_PYTHON, '-c', 'import networkx'], 'NetworkX for /usr/bin/python3', 'apt-get install python3-networkx'));
