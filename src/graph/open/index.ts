// Opening graph files made elsewhere (Node side). The browser imports ./browser.ts instead.
export { parseGraphFile, parseGexfPieces } from './node.ts';
export { detectFormat, parseGraphWith, readGraphJsonWith, GRAPH_FORMATS, type GraphFormat, type XmlReaders } from './parse.ts';
export { normalizeGraph, normalizeNode, normalizeEdge, defaultNodeSize, seededRandom } from './normalize.ts';
export { withSafeNodeKeys, unsafeKeyRenames, UNSAFE_KEYS } from './safe-keys.ts';
