// graphology-layout-forceatlas2 declares only its public entry; layout.ts runs its
// iteration step and matrix helpers directly (see runForceAtlas2 there).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(settings: Record<string, unknown>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  export function graphToByteArrays(graph: Graph, getEdgeWeight: (...entry: unknown[]) => number): { nodes: Float32Array; edges: Float32Array };
  export function assignLayoutChanges(graph: Graph, nodes: Float32Array, outputReducer: null): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}

declare module 'graphology-utils/getters.js' {
  export function createEdgeWeightGetter(name: string): { fromEntry: (...entry: unknown[]) => number };
}
