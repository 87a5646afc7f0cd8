// Big graphs served by `kg serve`: the page never downloads the whole graph.
// It asks /api/graph/summary, opens on /api/subgraph?top=N, and fetches
// neighbourhoods, search results and paths from the API as the user explores.
// Every answer that carries entities is graphology JSON (or is turned into
// graph pieces here), so the app merges it into the drawn graph by key.
import type { DocumentRecord, EdgeAttributes, EntityType, KnowledgeGraph, RelationKind } from '../../src/types.ts';
import { parseGraphFile } from '../../src/graph/open/browser.ts';
import type { SearchHit } from './core/search.ts';
import { articleName } from './core/articles.ts';
import { SUBGRAPH_DEFAULTS, type GraphSummary } from '../../src/query/subgraph.ts';
import type { TimelineCounts } from '../../src/query/seen-dates.ts';
import type { Answer } from '../../src/query/ask/answer.ts';

/** What the question engine said: an answer, or why there is none (with "did you mean" names). */
export type AskResult = { answer: Answer } | { error: string; suggestions: string[] };

/** GET /api/graph/summary: the server's own type. */
export type RemoteSummary = GraphSummary;

/** Paths asked of the server: up to this many hops (the server's default is 4, its bound 10). */
export const PATH_MAX_HOPS = 8;

/** The server's bound on /api/documents?limit=. */
const DOCUMENTS_MAX = 10000;

/** The server's bound on /api/subgraph?top= (and the same on /api/neighborhood?limit=). */
export const REMOTE_MAX = SUBGRAPH_DEFAULTS.top.max;

async function get(url: string): Promise<Response> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    let detail = '';
    try { detail = ((await response.json()) as { error?: string }).error ?? ''; } catch { /* not JSON */ }
    throw new Error(`the server answered ${response.status} for ${url}${detail ? `: ${detail}` : ''}`);
  }
  return response;
}

async function graphAt(url: string): Promise<KnowledgeGraph> {
  return parseGraphFile('graph.json', await (await get(url)).text());
}

/** The summary, or null when the server has no such route (an older `kg serve`, or a plain file server). */
export async function fetchSummary(apiBase: string): Promise<RemoteSummary | null> {
  const response = await fetch(`${apiBase}graph/summary`, { headers: { accept: 'application/json' } });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`the server answered ${response.status} for ${apiBase}graph/summary`);
  const body = await response.json() as RemoteSummary;
  return typeof body?.nodes === 'number' && typeof body.large === 'boolean' ? body : null;
}

/** A relation as the API describes it (src/query/relations.ts RelationView). */
export interface RelationAnswer {
  id: string; source: { id: string }; target: { id: string }; kind: RelationKind; predicate: string; cameo: string | null;
  weight: number; confidence: number; negated: boolean; hypothetical: boolean; evidence: EdgeAttributes['evidence'];
}

interface PathAnswer {
  paths: Array<{ nodes: Array<{ id: string }>; hops: Array<{ relation: RelationAnswer }> }>;
}

export interface RemoteRelation {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export function relationOf(r: RelationAnswer): RemoteRelation {
  return {
    key: r.id, source: r.source.id, target: r.target.id,
    attributes: {
      kind: r.kind, predicate: r.predicate, cameo: r.cameo, weight: r.weight, confidence: r.confidence, label: r.predicate,
      negated: r.negated, hypothetical: r.hypothetical, evidence: r.evidence ?? [],
    } as EdgeAttributes,
  };
}

/** The API of one server, for a page in big-graph mode. */
export class RemoteGraph {
  /** Neighbours per entity in the whole graph, learnt from neighbourhood answers. */
  readonly degree = new Map<string, number>();

  constructor(readonly apiBase: string, readonly summary: RemoteSummary) {}

  /** The `top` most connected entities and the relations among them; with a period, of what was reported within it. */
  top(top: number, period: { since: string | null; until: string | null } = { since: null, until: null }): Promise<KnowledgeGraph> {
    const within = `${period.since ? `&since=${encodeURIComponent(period.since)}` : ''}${period.until ? `&until=${encodeURIComponent(period.until)}` : ''}`;
    return graphAt(`${this.apiBase}subgraph?top=${Math.min(REMOTE_MAX, Math.max(1, Math.round(top)))}${within}`);
  }

  /** An entity with at most `limit - 1` of its neighbours (the server's order: strongest ties first). */
  async neighbourhood(id: string, limit: number): Promise<KnowledgeGraph> {
    const graph = await graphAt(`${this.apiBase}neighborhood/${encodeURIComponent(id)}?limit=${Math.min(REMOTE_MAX, Math.max(1, limit))}`);
    const candidates = Number(graph.getAttribute('candidates' as never));
    // depth 1: the candidates are the entity and all its neighbours.
    if (Number.isFinite(candidates) && candidates >= 1) this.degree.set(id, candidates - 1);
    return graph;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    if (!query.trim()) return [];
    const body = await (await get(`${this.apiBase}entities?q=${encodeURIComponent(query)}&limit=${limit}`)).json() as {
      entities: Array<{ id: string; label: string; type: EntityType; mentions: number; score: number }>;
    };
    return body.entities.map((e) => ({
      entry: { key: e.id, label: e.label, type: e.type, mentions: e.mentions, names: [], originals: [e.label] },
      matched: e.label,
      score: e.score,
    }));
  }

  /** The entities on the paths from `from` to `to`, and the relations of each hop (edge attributes rebuilt from the answer). */
  async path(from: string, to: string): Promise<{ nodes: string[]; relations: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }> }> {
    const url = `${this.apiBase}path?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&maxHops=${PATH_MAX_HOPS}&maxPaths=3`;
    const body = await (await get(url)).json() as PathAnswer;
    const nodes = new Set<string>();
    const relations = new Map<string, RemoteRelation>();
    for (const path of body.paths ?? []) {
      for (const n of path.nodes) nodes.add(n.id);
      for (const { relation: r } of path.hops) relations.set(r.id, relationOf(r));
    }
    return { nodes: [...nodes], relations: [...relations.values()] };
  }

  /** Every article of one entity (GET /api/entities/:id: its attributes whole, where subgraph answers cut the list), by name. */
  async entityDocuments(id: string): Promise<Array<{ id: string; name: string }>> {
    const [body, records] = await Promise.all([
      get(`${this.apiBase}entities/${encodeURIComponent(id)}`).then((r) => r.json() as Promise<{ attributes?: { documents?: unknown } }>),
      this.documents().catch(() => [] as DocumentRecord[]),
    ]);
    const docs = body.attributes?.documents;
    if (!Array.isArray(docs)) throw new Error(`the server's answer for ${id} lists no articles`);
    const byId = new Map(records.map((r) => [r.id, r]));
    return docs.filter((d): d is string => typeof d === 'string').map((d) => ({ id: d, name: articleName(byId.get(d) ?? { id: d }).name }));
  }

  private documentList: Promise<DocumentRecord[]> | null = null;

  /** Every article of the graph (asked once). */
  documents(): Promise<DocumentRecord[]> {
    this.documentList ??= get(`${this.apiBase}documents?limit=${DOCUMENTS_MAX}`).then(async (r) => ((await r.json()) as { documents: DocumentRecord[] }).documents);
    return this.documentList;
  }

  /** One article: the entities it mentions and the relations it states (their evidence limited to it). */
  async document(id: string): Promise<{ entities: string[]; relations: RemoteRelation[] }> {
    const body = await (await get(`${this.apiBase}documents/${encodeURIComponent(id)}`)).json() as { entities: Array<{ id: string }>; relations: RelationAnswer[] };
    return { entities: body.entities.map((e) => e.id), relations: body.relations.map(relationOf) };
  }

  /** GET /api/ask: the same engine as `kg ask`, run on the whole graph by the server. */
  async ask(question: string): Promise<AskResult> {
    const response = await fetch(`${this.apiBase}ask?q=${encodeURIComponent(question)}`, { headers: { accept: 'application/json' } });
    const body = await response.json().catch(() => null) as (Answer & { error?: string; suggestions?: string[] }) | null;
    if (response.ok && body && typeof body.form === 'string') return { answer: body };
    return { error: body?.error ?? `the server answered ${response.status}`, suggestions: body?.suggestions ?? [] };
  }

  /** Articles and relations over time, of the whole graph (the timeline's histogram). */
  async timeline(): Promise<TimelineCounts> {
    return (await get(`${this.apiBase}timeline`)).json() as Promise<TimelineCounts>;
  }

  /** The whole graph (only when the user asks to draw everything). */
  all(): Promise<KnowledgeGraph> {
    return graphAt(`${this.apiBase}graph`);
  }
}
