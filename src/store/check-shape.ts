// The shapes of the store's files, checked when they are read: a file damaged by
// hand, by a disk or by another program gives one message naming the file and
// what is wrong in it, instead of a crash deep inside the graph build. Each check
// returns the first problem found, in words ("documents is null, expected an
// object"), or null when the value has the shape the store writes.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
}

type Field = 'string' | 'number' | 'string|null' | 'array' | 'object' | 'boolean';

/** The first field of `value` (an object) that is missing or of the wrong kind; optional fields may be absent. */
function fields(value: Record<string, unknown>, where: string, required: Record<string, Field>, optional: Record<string, Field> = {}): string | null {
  for (const [name, type] of Object.entries(required)) {
    const bad = wrongKind(value[name], type);
    if (bad) return `${where}${name} is ${bad}, expected ${expected(type)}`;
  }
  for (const [name, type] of Object.entries(optional)) {
    if (value[name] === undefined) continue;
    const bad = wrongKind(value[name], type);
    if (bad) return `${where}${name} is ${bad}, expected ${expected(type)}`;
  }
  return null;
}

function wrongKind(v: unknown, type: Field): string | null {
  const ok = type === 'string' ? typeof v === 'string'
    : type === 'number' ? typeof v === 'number' && Number.isFinite(v)
      : type === 'string|null' ? typeof v === 'string' || v === null
        : type === 'array' ? Array.isArray(v)
          : type === 'boolean' ? typeof v === 'boolean'
            : isObject(v);
  return ok ? null : v === undefined ? 'missing' : kindOf(v);
}

const expected = (type: Field) => ({ string: 'a string', number: 'a number', 'string|null': 'a string or null', array: 'an array', object: 'an object', boolean: 'true or false' })[type];

/** Document ids name files under store/analyses: letters, digits, '-' and '_' only. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

export function manifestProblem(m: unknown, version: number): string | null {
  if (!isObject(m)) return `it is ${kindOf(m)}, expected an object`;
  if (m.version !== version) return `version is ${kindOf(m.version)}, expected ${version}`;
  const bad = fields(m, '', { documents: 'object' }, { graph: 'object', knowledge: 'boolean' });
  if (bad) return bad;
  for (const [id, entry] of Object.entries(m.documents as Record<string, unknown>)) {
    if (!SAFE_ID.test(id)) return `document id ${JSON.stringify(id).slice(0, 60)} is not an id the store writes`;
    if (!isObject(entry)) return `the entry of document ${id} is ${kindOf(entry)}, expected an object`;
    const e = fields(entry, `the entry of document ${id}: `, { id: 'string', source: 'string', title: 'string|null', chars: 'number' }, { path: 'string', fileHash: 'string' });
    if (e) return e;
    if (entry.id !== id) return `the entry of document ${id} names id ${JSON.stringify(entry.id)}`;
  }
  if (m.graph !== undefined) {
    const g = fields(m.graph as Record<string, unknown>, 'graph.', { nodes: 'number', edges: 'number' });
    if (g) return g;
  }
  return null;
}

const SPAN: Record<string, Field> = { start: 'number', end: 'number', text: 'string' };
const ENTITY_REQUIRED: Record<string, Field> = { id: 'string', name: 'string', type: 'string', aliases: 'array', mentions: 'array' };
const ENTITY_OPTIONAL: Record<string, Field> = { gazetteerId: 'string', merges: 'array' };
const RELATION_REQUIRED: Record<string, Field> = { source: 'string', target: 'string', kind: 'string', predicate: 'string', confidence: 'number', evidence: 'array' };
const RELATION_OPTIONAL: Record<string, Field> = { date: 'string', attribution: 'string', basis: 'string', by: 'string' };

// The same checks as fields() with the records above, written out field by field for
// the lists a store holds millions of: a field looked up by a name held in a
// variable is a slow lookup in V8, and the generic check cost more than parsing
// the analyses. fields() still finds the words when one of these says no.
const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const optionalString = (v: unknown): boolean => v === undefined || typeof v === 'string';

function isSpan(m: unknown): boolean {
  return isObject(m) && finite(m.start) && finite(m.end) && typeof m.text === 'string';
}

function isEntityShape(e: Record<string, unknown>): boolean {
  return typeof e.id === 'string' && typeof e.name === 'string' && typeof e.type === 'string' && Array.isArray(e.aliases) && Array.isArray(e.mentions)
    && optionalString(e.gazetteerId) && (e.merges === undefined || Array.isArray(e.merges));
}

function isRelationShape(r: Record<string, unknown>): boolean {
  return typeof r.source === 'string' && typeof r.target === 'string' && typeof r.kind === 'string' && typeof r.predicate === 'string'
    && finite(r.confidence) && Array.isArray(r.evidence)
    && optionalString(r.date) && optionalString(r.attribution) && optionalString(r.basis) && optionalString(r.by);
}

export function analysisProblem(a: unknown, id: string): string | null {
  if (!isObject(a)) return `it is ${kindOf(a)}, expected an object`;
  const top = fields(a, '', { document: 'object', entities: 'array', relations: 'array' });
  if (top) return top;
  const doc = a.document as Record<string, unknown>;
  const d = fields(doc, 'document.', { id: 'string', source: 'string', title: 'string|null', chars: 'number' }, { date: 'string', dateSource: 'string' });
  if (d) return d;
  if (doc.id !== id) return `document.id is ${JSON.stringify(doc.id)}, expected ${JSON.stringify(id)} (its file name)`;
  const entities = a.entities as unknown[];
  const ids = new Set<string>();
  for (let k = 0; k < entities.length; k++) {
    const e = entities[k];
    if (!isObject(e)) return `entities[${k}] is ${kindOf(e)}, expected an object`;
    const bad = isEntityShape(e) ? null : fields(e, `entities[${k}].`, ENTITY_REQUIRED, ENTITY_OPTIONAL);
    if (bad) return bad;
    if ((e.aliases as unknown[]).some((x) => typeof x !== 'string')) return `entities[${k}].aliases holds something other than strings`;
    const mentions = e.mentions as unknown[];
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j];
      if (isSpan(m)) continue;
      if (!isObject(m)) return `entities[${k}].mentions[${j}] is ${kindOf(m)}, expected an object`;
      const mb = fields(m, `entities[${k}].mentions[${j}].`, SPAN);
      if (mb) return mb;
    }
    ids.add(e.id as string);
  }
  const relations = a.relations as unknown[];
  for (let k = 0; k < relations.length; k++) {
    const r = relations[k];
    if (!isObject(r)) return `relations[${k}] is ${kindOf(r)}, expected an object`;
    const bad = isRelationShape(r) ? null : fields(r, `relations[${k}].`, RELATION_REQUIRED, RELATION_OPTIONAL);
    if (bad) return bad;
    if (r.cameo !== null && r.cameo !== undefined && typeof r.cameo !== 'string') return `relations[${k}].cameo is ${kindOf(r.cameo)}, expected a string or null`;
    if (!ids.has(r.source as string) || !ids.has(r.target as string)) return `relations[${k}] joins ${JSON.stringify(r.source)} and ${JSON.stringify(r.target)}, and one of them is no entity of the article`;
    const ev = r.evidence as unknown[];
    for (let j = 0; j < ev.length; j++) {
      if (isSpan(ev[j])) continue;
      if (!isObject(ev[j])) return `relations[${k}].evidence[${j}] is ${kindOf(ev[j])}, expected an object`;
      const eb = fields(ev[j] as Record<string, unknown>, `relations[${k}].evidence[${j}].`, SPAN);
      if (eb) return eb;
    }
  }
  return null;
}

export function correctionsProblem(c: unknown): string | null {
  if (!isObject(c)) return `it is ${kindOf(c)}, expected an object with "merges" and "splits" lists`;
  const top = fields(c, '', {}, { merges: 'array', splits: 'array' });
  if (top) return top;
  const merges = (c.merges ?? []) as unknown[];
  for (let k = 0; k < merges.length; k++) {
    if (!isObject(merges[k])) return `merges[${k}] is ${kindOf(merges[k])}, expected {"from": ..., "into": ...}`;
    const bad = fields(merges[k] as Record<string, unknown>, `merges[${k}].`, { from: 'string', into: 'string' }, { at: 'string' });
    if (bad) return bad;
  }
  const splits = (c.splits ?? []) as unknown[];
  for (let k = 0; k < splits.length; k++) {
    if (!isObject(splits[k])) return `splits[${k}] is ${kindOf(splits[k])}, expected {"node": ...}`;
    const bad = fields(splits[k] as Record<string, unknown>, `splits[${k}].`, { node: 'string' }, { at: 'string' });
    if (bad) return bad;
  }
  return null;
}

/**
 * graphology's serialisation: `nodes` and `edges` lists, every node a `key`, every edge a
 * `source` and `target` that are node keys. (What graphology's import itself refuses is
 * reported by the caller.)
 */
export function graphProblem(g: unknown): string | null {
  if (!isObject(g)) return `it is ${kindOf(g)}, expected an object with "nodes" and "edges" lists`;
  const top = fields(g, '', { nodes: 'array', edges: 'array' }, { attributes: 'object', options: 'object' });
  if (top) return top;
  const keys = new Set<string>();
  const nodes = g.nodes as unknown[];
  for (let k = 0; k < nodes.length; k++) {
    const n = nodes[k];
    if (!isObject(n)) return `nodes[${k}] is ${kindOf(n)}, expected an object`;
    const bad = fields(n, `nodes[${k}].`, { key: 'string' }, { attributes: 'object' });
    if (bad) return bad;
    keys.add(n.key as string);
  }
  const edges = g.edges as unknown[];
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k];
    if (!isObject(e)) return `edges[${k}] is ${kindOf(e)}, expected an object`;
    const bad = fields(e, `edges[${k}].`, { source: 'string', target: 'string' }, { key: 'string', attributes: 'object' });
    if (bad) return bad;
    if (!keys.has(e.source as string)) return `edges[${k}] starts at ${JSON.stringify(e.source)}, which is no node`;
    if (!keys.has(e.target as string)) return `edges[${k}] ends at ${JSON.stringify(e.target)}, which is no node`;
  }
  return null;
}
