// parseGraphFile for Node (server, CLI): @xmldom/xmldom reads the XML formats,
// strictly (even its warnings, such as a mismatched end tag, are errors), so a
// broken file is an error instead of a silently partial graph.
import xmldom from '@xmldom/xmldom';
import gexf from 'graphology-gexf/node/index.js';
import graphml from 'graphology-graphml/node/index.js';
import type { KnowledgeGraph } from '../../types.ts';
import { parseGraphWith, readGexfWith, type XmlReaders } from './parse.ts';
import { checkTagBalance } from './tag-balance.ts';
import { readGexfChunks, readGexfText } from './gexf-stream.ts';

function parseXml(text: string): Document {
  const fatal = (message: string) => {
    throw new Error(message.replace(/^\[xmldom \w+\]\s*/, '').split('\n')[0]);
  };
  checkTagBalance(text);
  const parser = new xmldom.DOMParser({ errorHandler: { warning: fatal, error: fatal, fatalError: fatal } });
  return parser.parseFromString(text, 'application/xml') as unknown as Document;
}

// GEXF is read in one pass without a DOM (gexf-stream.ts): big files would need 50x their size as a tree.
const readers: XmlReaders = { parseXml, gexf: gexf.parse as XmlReaders['gexf'], graphml: graphml.parse as XmlReaders['graphml'], gexfText: readGexfText };

/** Parse the text of a .gexf, .graphml or graph .json file; throws a KgError with a one-line message if it is malformed. */
export function parseGraphFile(name: string, content: string): KnowledgeGraph {
  return parseGraphWith(readers, name, content);
}

/**
 * Parse a GEXF file given as pieces of its text (read chunk by chunk, cut anywhere
 * but inside a surrogate pair): no string of the whole file, so files over what one
 * JavaScript string holds (~512 MB) open too. Same graph and errors as parseGraphFile.
 */
export function parseGexfPieces(name: string, pieces: Iterable<string>): KnowledgeGraph {
  return readGexfWith(name, () => readGexfChunks(pieces));
}
