// Time through the real pipeline: two short articles of our own, a year apart, ingested into one
// graph; questions about time, --since/--until windows, and the dates edges and nodes keep.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, loadStages } from '../../src/pipeline/analyze.ts';
import { readArticle } from '../../src/pipeline/read.ts';
import { buildGraph } from '../../src/graph/build.ts';
import { ask } from '../../src/query/index.ts';
import { restrictToWindow } from '../../src/query/time-window.ts';
import { splitTimeQualifier } from '../../src/query/ask/time.ts';
import type { KnowledgeGraph } from '../../src/types.ts';

const FIRST = `Ukraine and North Korea cut ties
KYIV, 13 July 2022 (Reuters) - Ukraine severed diplomatic ties with North Korea on Wednesday.
Foreign Minister Dmytro Kuleba condemned the decision.
`;
const SECOND = `Ministers meet in Geneva
GENEVA, 3 March 2023 (AFP) - Ukrainian Foreign Minister Dmytro Kuleba met Turkish Foreign Minister Mevlut Cavusoglu on Thursday in Geneva.
Kuleba will visit Ankara next month.
`;

let graph: KnowledgeGraph;
beforeAll(async () => {
  const stages = await loadStages();
  const analyses = [FIRST, SECOND].map((text, i) => analyzeArticle(readArticle(Buffer.from(text), `a${i}.txt`), stages));
  expect(analyses.map((a) => [a.document.date, a.document.dateSource])).toEqual([['2022-07-13', 'text:dateline'], ['2023-03-03', 'text:dateline']]);
  graph = buildGraph(analyses);
});

const edge = (g: KnowledgeGraph, predicate: string) => g.findEdge((_e, a) => a.predicate === predicate);

describe('the graph keeps time', () => {
  it('edges keep the dates of their statements, nodes those of their articles', () => {
    const met = edge(graph, 'met')!;
    expect(graph.getEdgeAttributes(met)).toMatchObject({ firstSeen: '2023-03-02', lastSeen: '2023-03-02' });
    expect(graph.getEdgeAttributes(met).evidence[0]!.date).toBe('2023-03-02');
    // "will visit Ankara next month": a plan, dated the month it names
    const visit = edge(graph, 'visited')!;
    expect(graph.getEdgeAttributes(visit)).toMatchObject({ hypothetical: true, firstSeen: '2023-04' });
    const kuleba = graph.findNode((_n, a) => a.label === 'Dmytro Kuleba')!;
    expect(graph.getNodeAttributes(kuleba)).toMatchObject({ firstSeen: '2022-07-13', lastSeen: '2023-03-03' });
  });

  it('a window keeps only what was stated in it', () => {
    const in2022 = restrictToWindow(graph, { since: '2022', until: '2022' });
    expect(in2022.findEdge((_e, a) => a.predicate === 'severed ties with')).toBeDefined();
    expect(in2022.findEdge((_e, a) => a.predicate === 'met')).toBeUndefined();
    expect(in2022.findNode((_n, a) => a.label === 'Mevlut Cavusoglu')).toBeUndefined();
    in2022.forEachEdge((_e, a) => a.evidence.forEach((ev) => expect(ev.date! <= '2022-12-31').toBe(true)));
    expect(restrictToWindow(graph, {})).toBe(graph);
  });
});

describe('questions about time', () => {
  it.each([
    ['Who met Kuleba after 2022-01-01', 'Who met Kuleba', { since: '2022-01-02' }],
    ['What happened between Ukraine and North Korea in July 2022', 'What happened between Ukraine and North Korea', { since: '2022-07', until: '2022-07' }],
    ['Who did Kuleba meet before 2023', 'Who did Kuleba meet', { until: '2022' }],
    ['Who did Kuleba meet between March 2023 and 2023-05-31', 'Who did Kuleba meet', { since: '2023-03', until: '2023-05-31' }],
    ['What is new about Kuleba since 2023-01-01', 'What is new about Kuleba', { since: '2023-01-01' }],
  ])('%s', (question, rest, window) => {
    expect(splitTimeQualifier(question)).toMatchObject({ rest, window });
  });

  it('no period, no split: a name that ends in a number stays whole', () => {
    expect(splitTimeQualifier('Who is connected to Kuleba')).toBeNull();
    expect(splitTimeQualifier('Who recognized Donetsk in between')).toBeNull();
  });

  it('"When did X verb Y?" gives the date of the statement', () => {
    const a = ask(graph, 'When did Ukraine sever ties with North Korea?');
    expect(a.form).toBe('when');
    expect(a.text.split('\n')[0]).toBe('On 2022-07-13 (the earliest dated statement): Ukraine severed ties with North Korea.');
  });

  it('a question with a period is answered on what was stated in it', () => {
    const in2023 = ask(graph, 'Who did Kuleba meet in March 2023?');
    expect(in2023.window).toEqual({ since: '2023-03', until: '2023-03' });
    expect(in2023.entities.map((e) => e.label)).toEqual(['Mevlut Cavusoglu']);
    const in2022 = ask(graph, 'Who did Kuleba meet in 2022?');
    expect(in2022.entities).toEqual([]);
    expect(in2022.text).toMatch(/^Stated in 2022:/);
  });

  it('"What happened between X and Y?" lists the pair\'s relations by date, stated before co-occurring', () => {
    const a = ask(graph, 'What happened between Ukraine and North Korea?');
    expect(a.form).toBe('between');
    expect(a.relations.map((r) => r.predicate)).toEqual(['severed ties with', 'co-occurs with']);
  });

  it('"What is new about X since DATE?" lists relations first stated then', () => {
    const a = ask(graph, 'What is new about Kuleba since 2023-01-01?');
    expect(a.form).toBe('new-since');
    expect(a.relations.map((r) => r.predicate)).toContain('met');
    expect(a.relations.every((r) => (r.firstSeen ?? '') >= '2023')).toBe(true);
    expect(a.relations.map((r) => r.predicate)).not.toContain('condemned');
  });

  it('a name the period does not mention is no unknown name', () => {
    expect(ask(graph, 'Who did Cavusoglu meet in 2022?').text).toBe('Nothing stated in 2022 answers this.');
  });
});
