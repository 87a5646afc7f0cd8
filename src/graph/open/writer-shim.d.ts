// graphology-gexf ships its environment-free writer without a declaration file of its own.
declare module 'graphology-gexf/common/writer.js' {
  import type Graph from 'graphology-types';
  import type { Attributes } from 'graphology-types';
  export interface GexfElement {
    label?: string;
    weight?: number;
    kind?: string;
    viz?: { color?: string; size?: number; x?: number; y?: number };
    attributes?: Attributes;
  }
  export default function write(graph: Graph, options?: {
    pretty?: boolean;
    version?: string;
    formatNode?: (key: string, attributes: Attributes) => GexfElement;
    formatEdge?: (key: string, attributes: Attributes) => GexfElement;
  }): string;
}

// ...nor its value parser, which the streaming GEXF reader shares so values come out the same.
declare module 'graphology-gexf/common/helpers.js' {
  export function parseValue(type: string, value: string): unknown;
}
