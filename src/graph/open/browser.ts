// parseGraphFile for the browser: the page's own DOMParser reads the XML formats.
import gexf from 'graphology-gexf/browser';
import graphml from 'graphology-graphml/browser';
import type { KnowledgeGraph } from '../../types.ts';
import { parseGraphWith, type XmlReaders } from './parse.ts';

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) {
    // Chromium wraps the message in "This page contains the following errors: ... Below is a rendering...".
    const message = (error.textContent ?? '').replace(/^This page contains the following errors:/, '')
      .replace(/Below is a rendering of the page.*$/s, '').trim();
    throw new Error(message || 'the XML does not parse');
  }
  return doc;
}

const readers: XmlReaders = { parseXml, gexf: gexf.parse as XmlReaders['gexf'], graphml: graphml.parse as XmlReaders['graphml'] };

export function parseGraphFile(name: string, content: string): KnowledgeGraph {
  return parseGraphWith(readers, name, content);
}
