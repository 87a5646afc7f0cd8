// Heavy API requests wait their turn one at a time, so a light request gets
// through while they are in flight; too many waiting get 503 at once. Ordering
// and completion are asserted, never wall times.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { WorkQueue, QueueFullError } from '../../src/server/work-queue.ts';
import { generateGraph } from '../../src/bench/graph-gen.ts';

describe('WorkQueue', () => {
  it('runs one job per turn of the event loop, so work scheduled meanwhile runs between them', async () => {
    const queue = new WorkQueue(10);
    const order: string[] = [];
    const jobs = [1, 2, 3].map((n) => queue.run(() => {
      order.push(`heavy${n}`);
      if (n === 1) setImmediate(() => order.push('light')); // work that came in while heavy1 ran
      return n;
    }));
    expect(await Promise.all(jobs)).toEqual([1, 2, 3]);
    expect(order).toEqual(['heavy1', 'light', 'heavy2', 'heavy3']);
  });

  it('waits for a turn without new requests before a job, so requests still being read go first', async () => {
    const queue = new WorkQueue(10);
    const order: string[] = [];
    // requests trickling in, one per turn (as Node may take in waiting connections), the last one light;
    // scheduled before the job, so each turn sees the arrival before the queue looks
    let n = 0;
    const arrive = () => { queue.noteArrival(); if (++n < 5) setImmediate(arrive); else order.push('light'); };
    setImmediate(arrive);
    const job = queue.run(() => order.push('heavy'));
    await job;
    expect(order).toEqual(['light', 'heavy']);
  });

  it('refuses a job when maxWaiting are already waiting, and passes errors on', async () => {
    const queue = new WorkQueue(2);
    const a = queue.run(() => 'a');
    const b = queue.run(() => { throw new Error('b failed'); });
    await expect(queue.run(() => 'c')).rejects.toBeInstanceOf(QueueFullError);
    expect(await a).toBe('a');
    await expect(b).rejects.toThrow('b failed');
    expect(await queue.run(() => 'd')).toBe('d');
  });
});

/**
 * One GET on a fresh connection: `answered` resolves with the status when the
 * response starts (the server has done the work), `done` when the body is in
 * (which for megabytes also depends on how fast this process reads).
 */
function request(base: string, p: string, method = 'GET', agent: http.Agent | false = false): { answered: Promise<number>; done: Promise<number> } {
  let answered!: (status: number) => void;
  const started = new Promise<number>((r) => (answered = r));
  const done = new Promise<number>((resolve, reject) => {
    http.request(new URL(p, base), { agent, method }, (res) => {
      answered(res.statusCode!);
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    }).on('error', reject).end();
  });
  return { answered: started, done };
}

describe('the server under heavy requests', () => {
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startServer({ graph: generateGraph(5000, 3, 7), port: 0, viewerDir: '/nonexistent', log: () => undefined });
    base = server.url;
    expect(await request(base, '/api/subgraph?top=10').done).toBe(200); // ranking computed before the race
  }, 120_000);
  afterAll(async () => { await server?.close(); });

  it('answers a light request sent with heavy ones before most of them', async () => {
    const HEAVY = 12;
    // connections opened and used once beforehand, as a browser keeps them, so that the
    // requests below reach the server together (and the light one last)
    const agent = new http.Agent({ keepAlive: true, maxSockets: HEAVY + 1 });
    await Promise.all(Array.from({ length: HEAVY + 1 }, () => request(base, '/api', 'GET', agent).done));
    const order: string[] = [];
    // HEAD: the server builds the answer (in slices) but sends no body
    const heavy = Array.from({ length: HEAVY }, (_, i) => request(base, `/api/subgraph?top=5000&n=${i}`, 'HEAD', agent));
    for (const h of heavy) void h.answered.then(() => order.push('heavy'));
    const light = request(base, '/api/graph/summary', 'GET', agent);
    void light.answered.then(() => order.push('light'));
    expect(await light.done).toBe(200);
    expect((await Promise.all(heavy.map((h) => h.done))).every((s) => s === 200)).toBe(true);
    agent.destroy();
    // answered before at least half of the heavy ones (before the fix: after all of them)
    expect(order.indexOf('light')).toBeLessThan(HEAVY / 2);
  }, 120_000);

  it('answers 400 with the bound when a limit or a depth is over it', async () => {
    for (const p of ['/api/subgraph?top=5001', '/api/neighborhood/' + 'x?depth=4', '/api/entities?limit=501']) {
      const r = await fetch(new URL(p, base));
      expect(r.status, p).toBe(400);
      expect((await r.json()).error).toMatch(/expects an integer from 1 to \d+/);
    }
  });

  it('answers 503 at once when too many heavy requests wait', async () => {
    const busy = await startServer({ graph: generateGraph(300, 3, 7), port: 0, viewerDir: '/nonexistent', maxWaitingRequests: 1, log: () => undefined });
    try {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });
      await Promise.all(Array.from({ length: 6 }, () => request(busy.url, '/api', 'GET', agent).done));
      const statuses = await Promise.all(Array.from({ length: 6 }, (_, i) => request(busy.url, `/api/subgraph?top=300&n=${i}`, 'HEAD', agent).done));
      agent.destroy();
      expect(statuses).toContain(503);
      expect(statuses).toContain(200);
    } finally {
      await busy.close();
    }
  });
});
