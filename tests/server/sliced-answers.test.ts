// Heavy answers (a neighbourhood of depth 3, a subgraph of 5000) are computed and
// serialised in slices, so light requests are answered while one runs (issue 19,
// item 13). Asserted by order and by turns of the event loop, never wall times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { WorkQueue } from '../../src/server/work-queue.ts';
import { jsonPieces } from '../../src/server/json-pieces.ts';
import type { Steps } from '../../src/query/steps.ts';
import { neighborhoodSubgraph, neighborhoodSubgraphSteps, topSubgraph } from '../../src/query/subgraph.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

function countSteps<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}

/** A synthetic graph with a hub (n0, tied to every 4th entity), whose neighbourhood of depth 2-3 is most of the graph. */
function graphWithHub() {
  const graph = generateGraph(5000, 3, 7);
  for (let i = 4; i < 5000; i += 4) graph.addDirectedEdgeWithKey(`hub${i}`, 'n0', `n${i}`, { ...graph.getEdgeAttributes('e0'), kind: 'role' });
  return graph;
}

describe('answers in steps', () => {
  const graph = graphWithHub();

  it('a big neighbourhood pauses many times and gives the same answer as the one-block call', () => {
    const { value, pauses } = countSteps(neighborhoodSubgraphSteps(graph, 'n0', { depth: 3, limit: 5000 }));
    expect(value).toEqual(neighborhoodSubgraph(graph, 'n0', { depth: 3, limit: 5000 }));
    expect(value.nodes.length).toBeGreaterThan(1000);
    expect(pauses).toBeGreaterThan(20);
  });

  it('writes the same JSON text as JSON.stringify, in a piece per item of a long array', () => {
    const answer = topSubgraph(graph, { top: 2000 });
    const pieces = [...jsonPieces(answer)];
    expect(pieces.join('')).toBe(JSON.stringify(answer));
    expect(pieces.length).toBeGreaterThan(answer.nodes.length + answer.edges.length);
    const text = (v: unknown) => [...jsonPieces(v)].join('');
    const odd = {
      a: [1, undefined, () => 1, null, 'x'], b: undefined, c: Object.assign(Object.create(null), { __proto__x: 1, d: new Date(0) }),
      long: Array.from({ length: 200 }, (_, i) => (i % 3 ? { i, u: undefined } : i % 2 ? undefined : [i])), s: 'é"\n', n: NaN,
    };
    expect(text(odd)).toBe(JSON.stringify(odd));
    for (const v of [null, 1, 'x', [], {}, [undefined]]) expect(text(v)).toBe(JSON.stringify(v));
  });
});

describe('WorkQueue slices', () => {
  it('gives the event loop a turn between the slices of a long job, and runs a short job before its next slice', async () => {
    const queue = new WorkQueue(10, 0);
    const order: string[] = [];
    function* long(): Steps<string> {
      for (let i = 0; i < 5; i++) { order.push(`long${i}`); yield; }
      return 'long';
    }
    const job = queue.run(long());
    // work that arrives while the long job runs: a light request (a plain turn) and a short job
    setImmediate(() => setImmediate(() => { order.push('light'); void queue.run(() => order.push('short'), 'short'); }));
    expect(await job).toBe('long');
    expect(order.indexOf('light')).toBeGreaterThan(0);
    expect(order.indexOf('light')).toBeLessThan(order.indexOf('long4'));
    // the short job does not wait for the end of the long one
    expect(order.indexOf('short')).toBeLessThan(order.indexOf('long4'));
  });

  it('passes a failure of a step on and goes on with the next job', async () => {
    const queue = new WorkQueue(10, 0);
    function* failing(): Steps<number> { yield; throw new Error('step failed'); }
    const a = queue.run(failing());
    const b = queue.run(() => 2);
    await expect(a).rejects.toThrow('step failed');
    expect(await b).toBe(2);
  });
});

function head(base: string, p: string, agent: http.Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    http.request(new URL(p, base), { agent, method: 'HEAD' }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode!)); }).on('error', reject).end();
  });
}

describe('the server while a heavy answer is computed', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    // sliceMs 0: a turn after every step, so how many turns a job takes does not depend on the machine's speed
    server = await startServer({ graph: graphWithHub(), port: 0, viewerDir: '/nonexistent', log: () => undefined, sliceMs: 0 });
    base = server.url;
    const agent = new http.Agent({ keepAlive: false });
    expect(await head(base, '/api/subgraph?top=10', agent)).toBe(200); // ranking computed before
  }, 120_000);
  afterAll(async () => { await server?.close(); });

  it('answers a light request sent after a heavy one started before the heavy one', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    await Promise.all([head(base, '/api', agent), head(base, '/api', agent)]); // connections open, as a browser keeps them
    const order: string[] = [];
    let turns = 0;
    let light: Promise<number> | undefined;
    let stop = false;
    // count turns of the event loop (the server shares it) and send the light request 40 turns in:
    // before the fix, the heavy job was one block, so no turn passed until it was done
    const tick = () => {
      if (stop) return;
      turns++;
      if (turns === 40) light = head(base, '/api/graph/summary', agent).then((s) => { order.push('light'); return s; });
      setImmediate(tick);
    };
    const heavy = head(base, '/api/neighborhood/n0?depth=3&limit=5000', agent).then((s) => { order.push('heavy'); return s; });
    setImmediate(tick);
    expect(await heavy).toBe(200);
    const turnsDuringHeavy = turns;
    while (!light) await new Promise((r) => setImmediate(r));
    expect(await light).toBe(200);
    stop = true;
    agent.destroy();
    expect(turnsDuringHeavy).toBeGreaterThan(40);
    expect(order).toEqual(['light', 'heavy']);
  }, 120_000);
});
