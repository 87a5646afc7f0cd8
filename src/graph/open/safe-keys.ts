// Node keys graphology cannot hold. graphology keeps each node's neighbours in
// plain objects keyed by the neighbour's key, so a node called `__proto__`
// replaces that object's prototype, and one called `constructor`, `toString`,
// `valueOf`... is found there before it is added: edges vanish, iteration
// throws. Keys from a file are therefore checked before graphology sees them,
// and these few are renamed (`__proto__` becomes `__proto__~`, then `~2`...);
// the label, which is what people read and search, is kept. Pure.
import type { Attributes } from 'graphology-types';

/** The names every plain object answers to (Object.prototype's own properties). */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set([
  '__proto__', 'constructor', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', '__defineSetter__',
  '__lookupGetter__', '__lookupSetter__',
]);

/**
 * A renaming of the unsafe keys among `keys` to free safe ones, or undefined
 * when there is none to rename (the common case: no copy).
 */
export function unsafeKeyRenames(keys: Iterable<string>): Map<string, string> | undefined {
  const all = new Set<string>();
  const unsafe: string[] = [];
  for (const key of keys) {
    all.add(key);
    if (UNSAFE_KEYS.has(key)) unsafe.push(key);
  }
  if (!unsafe.length) return undefined;
  const renames = new Map<string, string>();
  for (const key of unsafe) {
    if (renames.has(key)) continue;
    let candidate = `${key}~`;
    for (let n = 2; all.has(candidate); n++) candidate = `${key}~${n}`;
    all.add(candidate);
    renames.set(key, candidate);
  }
  return renames;
}

/**
 * A graphology JSON serialisation with unsafe node keys renamed (in the nodes
 * and in every edge's source and target). The same object when none is unsafe.
 * A node renamed without a label gets its old key as label.
 */
export function withSafeNodeKeys<T>(data: T): T {
  const record = data as { nodes?: unknown; edges?: unknown } | null;
  if (!record || typeof record !== 'object' || !Array.isArray(record.nodes)) return data;
  const keyOf = (n: unknown) => (n && typeof n === 'object' ? String((n as Attributes).key) : '');
  const renames = unsafeKeyRenames((record.nodes as unknown[]).map(keyOf));
  if (!renames) return data;
  const rename = (key: unknown) => (typeof key === 'string' || typeof key === 'number' ? renames.get(String(key)) ?? key : key);
  const nodes = (record.nodes as unknown[]).map((n) => {
    if (!n || typeof n !== 'object') return n;
    const node = n as Attributes;
    const renamed = renames.get(String(node.key));
    if (renamed === undefined) return n;
    const attributes = (node.attributes && typeof node.attributes === 'object' ? node.attributes : {}) as Attributes;
    return { ...node, key: renamed, attributes: { ...attributes, label: attributes.label ?? String(node.key) } };
  });
  const edges = Array.isArray(record.edges)
    ? (record.edges as unknown[]).map((e) => (e && typeof e === 'object' ? { ...(e as Attributes), source: rename((e as Attributes).source), target: rename((e as Attributes).target) } : e))
    : record.edges;
  return { ...record, nodes, edges } as T;
}

/**
 * The same renaming inside a parsed GEXF or GraphML document, before the
 * graphology reader sees it: `<node id>` and `<edge source target>`.
 */
export function renameUnsafeXmlKeys(doc: Document): void {
  const nodes = [...Array.from(doc.getElementsByTagName('node'))];
  const renames = unsafeKeyRenames(nodes.map((n) => n.getAttribute('id') ?? ''));
  if (!renames) return;
  for (const node of nodes) {
    const id = node.getAttribute('id');
    const renamed = id === null ? undefined : renames.get(id);
    if (renamed === undefined) continue;
    node.setAttribute('id', renamed);
    if (!node.hasAttribute('label')) node.setAttribute('label', id!);
  }
  for (const edge of Array.from(doc.getElementsByTagName('edge'))) {
    for (const end of ['source', 'target']) {
      const renamed = renames.get(edge.getAttribute(end) ?? '');
      if (renamed !== undefined) edge.setAttribute(end, renamed);
    }
  }
}
