// ForceAtlas2 at 1k / 10k / 100k nodes: ms per iteration of our settings
// (Barnes-Hut above 1,000 nodes, placement by community above 10,000) next to
// graphology-layout-forceatlas2 with its default settings, and the
// neighbourhood preservation each reaches in the same wall-time budget.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { pathToFileURL } from 'node:url';
import { generateGraph } from './graph-gen.ts';
import { defaultIterations, layoutGraph } from '../graph/layout.ts';
import { neighbourhoodPreservation } from '../graph/layout-quality.ts';
import type { BenchRow } from './types.ts';

export async function benchLayout(sizes = [1000, 10000, 100000]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    const iterations = defaultIterations(n, n * 3);
    const ours = generateGraph(n, 3, 11);
    let t0 = performance.now();
    layoutGraph(ours, { iterations });
    const oursMs = performance.now() - t0;
    const oursPerIter = oursMs / iterations;

    // Baseline: library defaults (no Barnes-Hut), from the generator's random positions, for the same wall time
    // (at least one iteration; capped so an O(n²) baseline at 100k does not run for minutes).
    const base = generateGraph(n, 3, 11);
    const baseIters = n >= 100000 ? 1 : Math.max(1, Math.min(iterations, 5));
    t0 = performance.now();
    forceAtlas2.assign(base, { iterations: baseIters });
    const basePerIter = (performance.now() - t0) / baseIters;
    const budgetIters = Math.max(1, Math.min(iterations, Math.floor(oursMs / basePerIter)));
    if (budgetIters > baseIters) forceAtlas2.assign(base, { iterations: budgetIters - baseIters });

    rows.push({ name: `ForceAtlas2 ${n.toLocaleString('en-US')} nodes, ${ours.size.toLocaleString('en-US')} edges`, value: oursPerIter, unit: 'ms/iter', baseline: { name: 'FA2 defaults', value: basePerIter }, note: `${iterations} iterations in ${(oursMs / 1000).toFixed(1)} s` });
    const qOurs = neighbourhoodPreservation(ours);
    const qBase = neighbourhoodPreservation(base);
    rows.push({ name: `layout quality ${n.toLocaleString('en-US')} nodes (neighbourhood preservation, same time)`, value: qOurs, unit: 'NP', baseline: { name: `FA2 defaults, ${Math.max(baseIters, budgetIters)} iterations`, value: qBase } });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  for (const row of await benchLayout(sizes.length ? sizes : undefined)) console.log(JSON.stringify(row));
}
