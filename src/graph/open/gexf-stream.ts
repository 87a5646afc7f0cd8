// A GEXF reader in one pass over the text, for Node: no DOM. xmldom builds a
// tree of the whole file first (for a 52 MB GEXF, 2.76 GB and 36 s); here each
// tag is read once, in order, and only what graphology-gexf's parser would keep
// is kept: the node and edge records, then the graph. The semantics are those
// of graphology-gexf's parser (common/parser.js), which the browser still uses,
// down to its quirks (attvalues and viz tags are looked up among all
// descendants, the last <attributes class> wins, a missing attribute reads as
// ""); tests/graph/open/gexf-stream.test.ts compares both on every fixture.
// The XML must be well formed (nesting, quoting, entities), as xmldom + the tag
// balance check demand: a broken file is an error, never a partial graph.
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { parseValue } from 'graphology-gexf/common/helpers.js';
import { unsafeKeyRenames } from './safe-keys.ts';

import { XmlSyntaxError } from './xml-syntax-error.ts';

export { XmlSyntaxError };

/** A problem with the GEXF itself (root, graph, model): the message is shown as it is. */
export class GexfStructureError extends Error {}

interface ElementRecord {
  attrs: Map<string, string>;
  /** [attvalue id-or-for, value] in document order, descendants included. */
  values: Array<[string, string]>;
  viz: Map<string, Map<string, string>>;
}

interface ModelEntry { id: string; type: string; title: string; defaultText?: string }

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Lines before `index` of `text`, plus the lines of the text already let go of. */
function countLines(text: string, index: number, before: number): number {
  let line = before;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function decode(raw: string, lineAt: () => number): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(`line ${lineAt()}: "&" does not start an entity (write &amp;)`);
    if (name in PREDEFINED) return PREDEFINED[name]!;
    const code = /^#x([0-9a-fA-F]+)$/.exec(name) ? parseInt(name.slice(2), 16) : /^#(\d+)$/.exec(name) ? parseInt(name.slice(1), 10) : NaN;
    if (!Number.isFinite(code) || code > 0x10ffff) throw new XmlSyntaxError(`line ${lineAt()}: unknown entity &${name};`);
    return String.fromCodePoint(code);
  });
}

/** A tag name where it starts (sticky: read in place, no slice of the text). */
const NAME = /[A-Za-z_][\w.:-]*/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG_REST = /\s*>/y;

function nameAt(text: string, at: number): string | undefined {
  NAME.lastIndex = at;
  return NAME.exec(text)?.[0];
}
/** One attribute, after at least one space (`a="1"b="2"` is not XML). */
const ATTRIBUTE = /\s+([^\s=/>]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Attribute-value normalisation of XML 1.0 (a literal tab or line break reads as a space). */
const normalizeSpace = (v: string) => (/[\t\n\r]/.test(v) ? v.replace(/\r\n|[\t\n\r]/g, ' ') : v);

/** Longest piece (a tag, a comment, a run of text) the reader waits for the end of, across chunks. */
const MAX_PIECE = 32 << 20;

/**
 * Walk the XML once, calling `open(name, attributes)`, `text(content)` and
 * `close(name)`; throws XmlSyntaxError on anything not well formed. The text
 * comes in chunks (a file read piece by piece): a tag, comment or run of text
 * cut by a chunk's end is read again with the next chunk, so no string of the
 * whole file is ever needed.
 */
function scan(chunks: Iterable<string>, on: { open(name: string, attrs: Map<string, string>, selfClosing: boolean): void; text(t: string): void; close(name: string): void }): string | undefined {
  const stack: string[] = [];
  let root: string | undefined;
  const source = chunks[Symbol.iterator]();
  let text = '';
  let i = 0;
  let more = true;
  let linesBefore = 1;
  /** Append the next chunk to what is left of the text; false at the end of the input. */
  const pull = (): boolean => {
    for (;;) {
      const next = source.next();
      if (next.done) { more = false; return false; }
      if (next.value === '') continue;
      linesBefore = countLines(text, i, linesBefore);
      if (text.length - i > MAX_PIECE) throw new XmlSyntaxError(`line ${linesBefore}: a tag, comment or text of over ${MAX_PIECE >> 20} MB`);
      text = text.slice(i) + next.value;
      i = 0;
      return true;
    }
  };
  const lineAt = (index: number) => () => countLines(text, index, linesBefore);
  const decodeAt = (raw: string, index: number) => (raw.includes('&') ? decode(raw, lineAt(index)) : raw);
  pull();
  for (;;) {
    const n = text.length;
    if (i >= n) { if (more && pull()) continue; break; }
    const lt = text.indexOf('<', i);
    // a run of text, or a construct's opening, that the next chunk may continue
    if ((lt === -1 || n - lt < 10) && more) { if (pull()) continue; }
    const end = lt === -1 ? n : lt;
    if (end > i) {
      const chunk = text.slice(i, end);
      if (stack.length) on.text(decodeAt(chunk, i));
      else if (chunk.trim() !== '') throw new XmlSyntaxError(`line ${lineAt(i)()}: text outside the root element`);
      i = end;
    }
    if (lt === -1) continue;
    /** The end of a construct: its index, or -1 when the next chunk should be read first. */
    const closing = (marker: string, from: number): number => text.indexOf(marker, from);
    if (text.startsWith('<!--', lt)) {
      const close = closing('-->', lt + 4);
      if (close === -1) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: a comment is not closed`); }
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = closing(']]>', lt + 9);
      if (close === -1) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: a CDATA section is not closed`); }
      if (!stack.length) throw new XmlSyntaxError(`line ${lineAt(lt)()}: CDATA outside the root element`);
      on.text(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith('<?', lt)) {
      const close = closing('?>', lt + 2);
      if (close === -1) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: a processing instruction is not closed`); }
      i = close + 2;
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      const bracket = text.indexOf('[', lt);
      const gt = closing('>', lt);
      if (gt === -1) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: the DOCTYPE is not closed`); }
      if (bracket !== -1 && bracket < gt) throw new XmlSyntaxError(`line ${lineAt(lt)()}: a DOCTYPE with its own declarations is not supported`);
      i = gt + 1;
    } else if (text[lt + 1] === '/') {
      const name = nameAt(text, lt + 2);
      END_TAG_REST.lastIndex = lt + 2 + (name?.length ?? 0);
      const rest = name ? END_TAG_REST.exec(text) : null;
      // a tag cut by the chunk's end has no ">" yet: read on before calling it malformed
      if (!name || !rest) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: malformed end tag`); }
      const gt = END_TAG_REST.lastIndex - 1;
      const open = stack.pop();
      if (open !== name) throw new XmlSyntaxError(`line ${lineAt(lt)()}: end tag </${name}> ${open ? `does not close <${open}>` : 'has no open element'}`);
      on.close(name);
      i = gt + 1;
    } else {
      const name = nameAt(text, lt + 1);
      if (!name) throw new XmlSyntaxError(`line ${lineAt(lt)()}: "<" does not start a tag (write &lt;)`);
      const attrs = new Map<string, string>();
      let at = lt + 1 + name.length;
      let repeated: string | undefined;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const m = ATTRIBUTE.exec(text);
        if (!m) break;
        if (attrs.has(m[1]!)) repeated ??= m[1]!;
        attrs.set(m[1]!, normalizeSpace(m[2] ?? m[3] ?? ''));
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const rest = TAG_END.exec(text);
      // a tag cut by the chunk's end has no ">" yet: read on before calling it malformed
      if (!rest) { if (more && pull()) continue; throw new XmlSyntaxError(`line ${lineAt(lt)()}: malformed tag <${name}> (an attribute without quotes, or the file ends inside it)`); }
      if (!stack.length && root !== undefined) throw new XmlSyntaxError(`line ${lineAt(lt)()}: a second root element <${name}>`);
      if (repeated !== undefined) throw new XmlSyntaxError(`line ${lineAt(lt)()}: attribute ${repeated} given twice in <${name}>`);
      for (const [k, v] of attrs) if (v.includes('&')) attrs.set(k, decodeAt(v, lt));
      const selfClosing = rest[1] === '/';
      if (!stack.length) root = name;
      on.open(name, attrs, selfClosing);
      if (selfClosing) on.close(name);
      else stack.push(name);
      i = at + rest[0].length;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`the file ends before <${stack[stack.length - 1]}> is closed`);
  return root;
}

const VIZ = ['color', 'size', 'position', 'shape', 'thickness'] as const;

/** Read GEXF text into a graphology graph the way graphology-gexf's parse(MultiGraph, doc) does. */
export function readGexfText(text: string): MultiGraph {
  return readGexfChunks([text]);
}

/**
 * readGexfText over the text in pieces (a file read chunk by chunk): for files
 * over the ~512 MB one JavaScript string may hold. Chunks may cut anywhere
 * except inside a UTF-16 surrogate pair (a StringDecoder's output is safe).
 */
export function readGexfChunks(chunks: Iterable<string>): MultiGraph {
  let graphAttrs: Map<string, string> | undefined;
  let metaAttrs: Map<string, string> | undefined;
  let metaDepth = -1;
  const meta: Array<[string, string]> = [];
  let metaChild: { name: string; text: string } | undefined;
  const models: Record<'node' | 'edge', ModelEntry[]> = { node: [], edge: [] };
  let modelTarget: ModelEntry[] | undefined;
  let modelDepth = -1;
  let currentAttribute: ModelEntry | undefined;
  let defaultText: string | undefined;
  const nodes: ElementRecord[] = [];
  const edges: ElementRecord[] = [];
  const open: ElementRecord[] = []; // node and edge elements not yet closed (innermost last)
  const openKinds: number[] = []; // depth of each open record
  let depth = 0;

  const root = scan(chunks, {
    open(name, attrs, _selfClosing) {
      depth++;
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
      if (name === 'graph' && !graphAttrs) graphAttrs = attrs;
      if (name === 'meta' && !metaAttrs) { metaAttrs = attrs; metaDepth = depth; }
      else if (metaDepth !== -1 && depth === metaDepth + 1) metaChild = { name: name.toLowerCase(), text: '' };
      if (name === 'attributes') {
        const cls = attrs.get('class');
        if (cls === 'node' || cls === 'edge') { modelTarget = models[cls] = []; modelDepth = depth; }
      }
      if (name === 'attribute' && modelTarget) {
        const id = attrs.get('id') || attrs.get('for') || '';
        currentAttribute = { id, type: attrs.get('type') || 'string', title: !Number.isNaN(+id) ? attrs.get('title') || id : id };
        modelTarget.push(currentAttribute);
      }
      if (name === 'default' && currentAttribute && currentAttribute.defaultText === undefined) defaultText = '';
      if (name === 'node' || name === 'edge') {
        const record: ElementRecord = { attrs, values: [], viz: new Map() };
        (name === 'node' ? nodes : edges).push(record);
        open.push(record);
        openKinds.push(depth);
      } else if (name === 'attvalue') {
        const id = attrs.get('id') || attrs.get('for') || '';
        for (const r of open) r.values.push([id, attrs.get('value') ?? '']);
      } else if ((VIZ as readonly string[]).includes(local) && (name === `viz:${local}` || name === local)) {
        for (const r of open) {
          // viz:color is looked up first, then color: keep the first of each
          const slot = name === local ? `plain:${local}` : local;
          if (!r.viz.has(slot)) r.viz.set(slot, attrs);
        }
      }
    },
    text(t) {
      if (metaChild) metaChild.text += t;
      if (defaultText !== undefined) defaultText += t;
    },
    close(name) {
      if (metaChild && depth === metaDepth + 1) { meta.push([metaChild.name, metaChild.text]); metaChild = undefined; }
      if (name === 'meta' && depth === metaDepth) metaDepth = -1;
      if (name === 'default' && defaultText !== undefined && currentAttribute) { currentAttribute.defaultText = defaultText; defaultText = undefined; }
      if (name === 'attribute') currentAttribute = undefined;
      if (name === 'attributes' && depth === modelDepth) { modelTarget = undefined; modelDepth = -1; }
      if ((name === 'node' || name === 'edge') && openKinds[openKinds.length - 1] === depth) { open.pop(); openKinds.pop(); }
      depth--;
    },
  });

  const rootName = root ? (root.includes(':') ? root.slice(root.indexOf(':') + 1) : root).toLowerCase() : '';
  if (rootName !== 'gexf') throw new GexfStructureError(`expected a <gexf> root element, got ${rootName ? `<${rootName}>` : 'no element'}`);
  if (!graphAttrs) throw new GexfStructureError('no <graph> element');

  // Keys graphology cannot hold (safe-keys.ts), renamed in nodes and edge ends alike.
  const renames = unsafeKeyRenames(nodes.map((r) => r.attrs.get('id') ?? ''));
  if (renames) {
    for (const r of nodes) {
      const id = r.attrs.get('id') ?? '';
      const renamed = renames.get(id);
      if (renamed !== undefined) { r.attrs.set('id', renamed); if (!r.attrs.get('label')) r.attrs.set('label', id); }
    }
    for (const r of edges) for (const end of ['source', 'target']) {
      const renamed = renames.get(r.attrs.get(end) ?? '');
      if (renamed !== undefined) r.attrs.set(end, renamed);
    }
  }

  const model = (entries: ModelEntry[]) => {
    const byId = new Map<string, ModelEntry>();
    const defaults = new Map<string, unknown>();
    for (const e of entries) {
      byId.set(e.id, e);
      if (e.defaultText !== undefined) defaults.set(e.title, parseValue(e.type, e.defaultText));
    }
    return { byId, defaults };
  };
  const nodeModel = model(models.node);
  const edgeModel = model(models.edge);

  const collect = (r: ElementRecord, m: ReturnType<typeof model>): Attributes => {
    const data: Attributes = {};
    const label = r.attrs.get('label');
    const weight = r.attrs.get('weight');
    const kind = r.attrs.get('kind');
    if (label) data.label = label;
    if (weight) data.weight = +weight;
    if (kind) data.kind = kind;
    for (const [id, value] of r.values) {
      const attr = m.byId.get(id);
      if (!attr) throw new GexfStructureError(`Found undeclared attribute "${id}"`);
      data[attr.title] = parseValue(attr.type, value);
    }
    for (const [k, v] of m.defaults) if (!(k in data)) data[k] = v;
    const viz = (name: string) => r.viz.get(name) ?? r.viz.get(`plain:${name}`);
    const color = viz('color');
    if (color) {
      const get = (k: string) => color.get(k) ?? '';
      data.color = get('hex') || (get('a') ? `rgba(${get('r')},${get('g')},${get('b')},${get('a')})` : `rgb(${get('r')},${get('g')},${get('b')})`);
    }
    const size = viz('size');
    if (size) data.size = +(size.get('value') ?? '');
    const position = viz('position');
    if (position) {
      for (const axis of ['x', 'y', 'z']) { const v = position.get(axis); if (v) data[axis] = +v; }
    }
    const shape = viz('shape');
    if (shape) data.shape = shape.get('value') ?? '';
    const thickness = viz('thickness');
    if (thickness) data.thickness = +(thickness.get('value') ?? '');
    return data;
  };

  let defaultEdgeType = graphAttrs.get('defaultedgetype') || 'undirected';
  if (defaultEdgeType === 'mutual') defaultEdgeType = 'undirected';
  // graphology-gexf starts with the first edge's type and copies to a mixed graph at the
  // first edge of another; a mixed graph from the start holds the same nodes and edges.
  const graph = new MultiGraph({ type: 'mixed' });
  graph.replaceAttributes(Object.fromEntries(meta.filter(([, t]) => t.trim() !== '')));
  const lastModified = metaAttrs?.get('lastmodifieddate');
  if (lastModified) graph.setAttribute('lastModifiedDate', lastModified);
  for (const r of nodes) {
    graph.addNode(r.attrs.get('id') ?? '', collect(r, nodeModel));
    r.values = []; r.viz.clear(); // let go as we go
  }
  for (const r of edges) {
    const id = r.attrs.get('id') ?? '';
    const undirected = (r.attrs.get('type') || defaultEdgeType) !== 'directed';
    const s = r.attrs.get('source') ?? '';
    const t = r.attrs.get('target') ?? '';
    const attributes = collect(r, edgeModel);
    if (id && graph.hasEdge(id)) {
      // graphology-utils mergeEdge: the same key again merges its attributes (same ends required)
      const [es, et] = graph.extremities(id);
      if (!((es === s && et === t) || (undirected && es === t && et === s))) throw new GexfStructureError(`edge "${id}" is given twice with different ends`);
      graph.mergeEdgeAttributes(id, attributes);
      continue;
    }
    if (!graph.hasNode(s) || !graph.hasNode(t)) throw new GexfStructureError('one of your gexf file edges points to an inexisting node');
    if (id) {
      if (undirected) graph.addUndirectedEdgeWithKey(id, s, t, attributes);
      else graph.addDirectedEdgeWithKey(id, s, t, attributes);
    } else if (undirected) graph.addUndirectedEdge(s, t, attributes);
    else graph.addDirectedEdge(s, t, attributes);
  }
  return graph;
}
