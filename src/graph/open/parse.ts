// Reads a graph file the user hands us (GEXF, GraphML or graphology JSON) into a
// KnowledgeGraph. The XML side needs a DOMParser, which the browser has and Node
// does not, so the XML readers are passed in (see browser.ts and node.ts); the
// rest (format detection, checks, readable errors, defaults) is shared here.
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { KgError } from '../../errors.ts';
import type { KnowledgeGraph } from '../../types.ts';
import { normalizeGraph, normalizeInPlace, type GraphLike } from './normalize.ts';
import { XmlSyntaxError } from './xml-syntax-error.ts';
import { renameUnsafeXmlKeys, withSafeNodeKeys } from './safe-keys.ts';


export type GraphFormat = 'gexf' | 'graphml' | 'json';

export const GRAPH_FORMATS: readonly GraphFormat[] = ['gexf', 'graphml', 'json'];

/** A graphology file parser as exported by graphology-gexf and graphology-graphml. */
type LibraryParse = (Graph: unknown, source: unknown, options?: Attributes) => unknown;

export interface XmlReaders {
  /** Parse XML text into a Document; throw an Error whose message says where the XML breaks. */
  parseXml(text: string): Document;
  gexf: LibraryParse;
  graphml: LibraryParse;
  /**
   * Read GEXF text straight into a graph, without a Document (Node: gexf-stream.ts).
   * Throws XmlSyntaxError for XML that is not well formed, any other Error for a GEXF problem.
   */
  gexfText?: (text: string) => GraphLike;
}

/** Which format a file is in: by extension first, then by sniffing the content. */
export function detectFormat(name: string, content: string): GraphFormat {
  const ext = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') return ext;
  const head = content.slice(0, 2000).trimStart();
  if (head.startsWith('{')) return 'json';
  if (/<gexf[\s>]/.test(head)) return 'gexf';
  if (/<graphml[\s>]/.test(head)) return 'graphml';
  throw new KgError(`open: cannot tell the format of ${name}; expected a .gexf, .graphml or graph .json file`);
}

/** First line of an error message, without the library prefix ("graphology-gexf/parser: "). */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n').map((l) => l.trim()).find(Boolean) ?? 'unknown error';
  // Library hints about parser options mean nothing to the person who opened the file.
  return line.replace(/^graphology[\w-]*(\/\w+)?:\s*/, '').replace(/\.\s+Set the parser .*$/, '').slice(0, 300);
}

const FORMAT_NAMES: Record<GraphFormat, string> = { gexf: 'GEXF', graphml: 'GraphML', json: 'graph JSON' };

function fail(name: string, format: GraphFormat, why: string): never {
  throw new KgError(`open: ${name} is not a readable ${FORMAT_NAMES[format]} file (${why}); `
    + `expected ${format === 'json' ? 'graphology JSON with "nodes" and "edges" arrays, as written by kg' : `${FORMAT_NAMES[format]} XML as written by kg export, Gephi or NetworkX`}`);
}

/**
 * Graph JSON into a KnowledgeGraph; `parse` gives the parsed value: JSON.parse of
 * the text, or for a file too big to be one string a reader that parses it in
 * parts (src/store/json-parts.ts). Whatever `parse` throws is reported as invalid JSON.
 */
export function readGraphJsonWith(name: string, parse: () => unknown): KnowledgeGraph {
  let data: unknown;
  try {
    data = parse();
  } catch (e) {
    fail(name, 'json', `invalid JSON: ${reason(e)}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) fail(name, 'json', 'the top level is not an object');
  const record = data as Attributes;
  if (!Array.isArray(record.nodes)) fail(name, 'json', 'no "nodes" array');
  if (record.edges !== undefined && !Array.isArray(record.edges)) fail(name, 'json', '"edges" is not an array');
  for (const [i, node] of (record.nodes as unknown[]).entries()) {
    if (!node || typeof node !== 'object' || (node as Attributes).key === undefined) {
      fail(name, 'json', `node ${i} has no "key"`);
    }
  }
  // Keys such as __proto__ or constructor would break graphology's adjacency objects: renamed first.
  const serialized = withSafeNodeKeys({ attributes: record.attributes ?? {}, nodes: record.nodes as unknown[], edges: (record.edges ?? []) as unknown[] });
  // kg's own files are directed multigraphs: import and fill in place (one graph build, not two).
  const directed = (serialized.edges as Attributes[]).every((e) => !e || e.undirected !== true);
  try {
    if (directed) {
      const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
      graph.import(serialized as never);
      return normalizeInPlace(graph);
    }
    // A mixed multigraph accepts directed and undirected edges alike; normalizeGraph makes it directed.
    const mixed = new MultiGraph();
    mixed.import(serialized as never);
    return normalizeGraph(mixed);
  } catch (e) {
    fail(name, 'json', reason(e));
  }
}

function readXml(name: string, content: string, format: 'gexf' | 'graphml', readers: XmlReaders) {
  let doc: Document;
  try {
    doc = readers.parseXml(content);
  } catch (e) {
    fail(name, format, `malformed XML: ${reason(e)}`);
  }
  const root = doc.documentElement;
  const rootName = root ? (root.localName || root.nodeName).toLowerCase() : '';
  if (rootName !== format) fail(name, format, `expected a <${format}> root element, got ${rootName ? `<${rootName}>` : 'no element'}`);
  if (doc.getElementsByTagName('graph').length === 0) fail(name, format, 'no <graph> element');
  renameUnsafeXmlKeys(doc);
  try {
    return readers[format](MultiGraph, doc) as InstanceType<typeof MultiGraph>;
  } catch (e) {
    fail(name, format, reason(e));
  }
}

/** Parse `content` (the text of the file called `name`) into a KnowledgeGraph, or throw a one-line KgError. */
export function parseGraphWith(readers: XmlReaders, name: string, content: string): KnowledgeGraph {
  const format = detectFormat(name, content);
  if (content.trim() === '') fail(name, format, 'the file is empty');
  if (format === 'json') return readGraphJsonWith(name, () => JSON.parse(content));
  if (format === 'gexf' && readers.gexfText) {
    const gexfText = readers.gexfText;
    return readGexfWith(name, () => gexfText(content));
  }
  return normalizeGraph(readXml(name, content, format, readers));
}

/**
 * A GEXF file into a KnowledgeGraph, `read` giving graphology's graph of it (the
 * one-pass reader over the text whole or in pieces); a one-line KgError if malformed.
 */
export function readGexfWith(name: string, read: () => GraphLike): KnowledgeGraph {
  let graph: GraphLike;
  try {
    graph = read();
  } catch (e) {
    fail(name, 'gexf', e instanceof XmlSyntaxError ? `malformed XML: ${reason(e)}` : reason(e));
  }
  return normalizeGraph(graph);
}
