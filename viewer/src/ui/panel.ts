// The details panel: what the graph knows about one entity or one relation,
// with the sentences that say so. Everything from the data goes in as text.
import { KIND_COLORS, RELATION_KINDS, TYPE_COLORS, type EdgeAttributes, type KnowledgeGraph, type NodeAttributes, type RelationKind } from '../../../src/types.ts';
import { cameoLabel } from '../core/cameo.ts';
import { relationDate } from '../core/relation-date.ts';
import { highlightNames } from '../core/highlight.ts';
import { documentName } from '../core/summary.ts';
import { append, clear, h, type Child } from './dom.ts';

export interface PanelActions {
  selectNode(key: string): void;
  selectEdge(edge: string): void;
  setPathEnd(which: 'from' | 'to', key: string): void;
  filterArticle(doc: string): void;
  /** Big-graph mode: draw more neighbours of this entity. */
  showNeighbours?(key: string): void;
  /** Served big graph: every article of an entity whose answer listed only some (`documentsTotal`). */
  allDocuments?(key: string): Promise<Array<{ id: string; name: string }>>;
  close(): void;
}

/** Big-graph mode: what the panel says about the part of the graph that is not drawn. */
export interface BigGraphInfo {
  /** Neighbours of the entity (whole graph) not drawn yet; -1 when not known yet. */
  undrawnNeighbours: number;
  /** The panel's graph is only what is drawn (served big graph): say so. */
  drawnOnly?: boolean;
}

const KIND_TITLES: Record<RelationKind, string> = {
  role: 'Roles', location: 'Locations', event: 'Events', affiliation: 'Affiliations', cooccurrence: 'Appears with',
};
/** A hub can have thousands of relations; the panel lists the first ones of each kind, the rest on demand. */
const PER_KIND_LIMIT = 12;
const NEIGHBOUR_LIMIT = 60;

function names(graph: KnowledgeGraph, node: string): string[] {
  const a = graph.getNodeAttributes(node);
  return [a.label, ...a.aliases];
}

function entityButton(graph: KnowledgeGraph, key: string, actions: PanelActions): HTMLButtonElement {
  const a = graph.getNodeAttributes(key);
  return h('button', { type: 'button', class: 'entity-link', title: `Show ${a.label} (${a.type})`, onclick: () => actions.selectNode(key) },
    h('span', { class: 'swatch', style: `background:${TYPE_COLORS[a.type] ?? a.color}`, 'aria-hidden': 'true' }),
    a.label);
}

/** Names to mark in evidence: one list per entity (each entity's pattern is compiled once, core/highlight.ts). */
export type NameGroups = ReadonlyArray<readonly string[]>;

/** One evidence sentence, with the entity names marked and the article it comes from. */
export function evidenceBlock(graph: KnowledgeGraph, edge: EdgeAttributes, highlight: NameGroups): HTMLElement[] {
  return edge.evidence.map((e) => h('figure', { class: 'evidence' },
    h('blockquote', {}, ...highlightNames(e.text, ...highlight).map((p) => (p.mark ? h('mark', { text: p.text }) : p.text))),
    e.doc ? h('figcaption', {}, '— ', h('cite', { text: documentName(graph, e.doc) })) : null));
}

/**
 * A served big graph's answers list at most a few articles per entity and sentences per relation
 * (src/query/subgraph.ts ANSWER_BOUNDS) and give the full count beside the list: the panel says
 * "3 of 57", never a cut list as if it were whole.
 */
export function documentCount(a: NodeAttributes): number {
  const total = (a as NodeAttributes & { documentsTotal?: unknown }).documentsTotal;
  return typeof total === 'number' && total > a.documents.length ? total : a.documents.length;
}
export function evidenceCount(a: EdgeAttributes): number {
  const total = (a as EdgeAttributes & { evidenceTotal?: unknown }).evidenceTotal;
  return typeof total === 'number' && total > a.evidence.length ? total : a.evidence.length;
}
/** "1,234" (one formatter for the page: toLocaleString builds one per call, ~0.05 ms each). */
const NUMBER = new Intl.NumberFormat('en');
const count = (n: number) => NUMBER.format(n);
const plural = (n: number, word: string) => `${count(n)} ${word}${n === 1 ? '' : 's'}`;

/** "3 of 57 sentences are listed: ..." under a cut list of evidence. */
function evidenceCut(a: EdgeAttributes): HTMLElement | null {
  const total = evidenceCount(a);
  if (total <= a.evidence.length) return null;
  return h('p', { class: 'hint cut', text: `${count(a.evidence.length)} of ${plural(total, 'sentence')} listed: the server sends the first ${count(a.evidence.length)} of each relation.` });
}

function flags(a: EdgeAttributes): Child[] {
  return [
    a.negated ? h('span', { class: 'badge warn', text: 'negated' }) : null,
    a.hypothetical ? h('span', { class: 'badge warn', text: 'hypothetical' }) : null,
  ];
}

/** The date the relation held, when the graph knows it. */
function when(a: EdgeAttributes): HTMLElement | null {
  const date = relationDate(a);
  return date ? h('time', { class: 'when', title: 'When this held', text: date }) : null;
}

function relationItem(graph: KnowledgeGraph, node: string, edge: string, actions: PanelActions): HTMLLIElement {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const outgoing = source === node;
  const other = outgoing ? target : source;
  const cameo = cameoLabel(a.cameo);
  // Co-occurrence (and edges from undirected files) has no direction worth an arrow.
  const symmetric = a.kind === 'cooccurrence' || (a as EdgeAttributes & { undirected?: boolean }).undirected === true;
  const arrow = symmetric ? '↔' : outgoing ? '→' : '←';
  const arrowName = symmetric ? 'no direction' : outgoing ? 'outgoing' : 'incoming';
  const sentence = outgoing
    ? [h('span', { class: 'self', text: 'this' }), h('span', { class: 'predicate', text: ` ${a.predicate} ` }), entityButton(graph, other, actions)]
    : [entityButton(graph, other, actions), h('span', { class: 'predicate', text: ` ${a.predicate} ` }), h('span', { class: 'self', text: 'this' })];
  return h('li', { class: 'relation' },
    h('div', { class: 'relation-line' },
      h('span', { class: 'direction', title: `${arrowName} relation`, 'aria-label': arrowName, text: arrow }),
      ...sentence,
      ...flags(a),
      when(a),
      h('button', { type: 'button', class: 'link-btn small', 'aria-label': `Show this relation: ${a.predicate}`, onclick: () => actions.selectEdge(edge), text: 'details' })),
    cameo ? h('div', { class: 'cameo', text: cameo }) : null,
    ...evidenceSample(graph, a, [names(graph, source), names(graph, target)]));
}

/**
 * The first evidence sentence, and the others behind "N more sentences" (built when opened:
 * a hub's co-occurrences carry hundreds of sentences that nobody reads at once).
 */
function evidenceSample(graph: KnowledgeGraph, a: EdgeAttributes, highlight: NameGroups): HTMLElement[] {
  const total = evidenceCount(a);
  if (total <= 1) return evidenceBlock(graph, a, highlight);
  const first = evidenceBlock(graph, { ...a, evidence: a.evidence.slice(0, 1) }, highlight);
  const more = total - 1;
  const listed = a.evidence.length - 1;
  const cut = evidenceCut(a);
  // a cut list says so in its summary: "2 of 56 more sentences"
  return [...first, lazyDetails(listed < more ? `${count(listed)} of ${count(more)} more sentences` : plural(more, 'more sentence'), 'more-evidence',
    () => [...evidenceBlock(graph, { ...a, evidence: a.evidence.slice(1) }, highlight), cut])];
}

/** Every evidence sentence of a relation: the first ten now, the others when asked for. */
function evidenceList(graph: KnowledgeGraph, a: EdgeAttributes, highlight: NameGroups): HTMLElement[] {
  const shown = 10;
  const cut = evidenceCut(a);
  if (a.evidence.length <= shown) return [...evidenceBlock(graph, a, highlight), ...(cut ? [cut] : [])];
  const more = a.evidence.length - shown;
  return [...evidenceBlock(graph, { ...a, evidence: a.evidence.slice(0, shown) }, highlight),
    lazyDetails(`${more} more sentences`, 'more-evidence', () => evidenceBlock(graph, { ...a, evidence: a.evidence.slice(shown) }, highlight))];
}

/** A closed <details> whose content is built the first time it is opened. */
function lazyDetails(summary: string, className: string, build: () => Child[]): HTMLDetailsElement {
  const details = h('details', { class: className }, h('summary', { text: summary }));
  details.addEventListener('toggle', () => {
    if (!details.open || details.dataset.built) return;
    details.dataset.built = 'true';
    append(details, ...build());
  });
  return details;
}

/** The first `limit` items now, the rest behind a "Show all N" button. */
function listWithMore<T>(items: T[], limit: number, item: (x: T) => HTMLElement, more: (n: number) => string): HTMLElement {
  const list = h('ul', {}, ...items.slice(0, limit).map(item));
  if (items.length > limit) {
    const button = h('button', { type: 'button', class: 'link-btn show-more', text: more(items.length - limit) });
    button.addEventListener('click', () => {
      append(list, ...items.slice(limit).map(item));
      button.remove();
    });
    return h('div', {}, list, button);
  }
  return list;
}

export function renderNodePanel(root: HTMLElement, graph: KnowledgeGraph, node: string, hiddenEdges: Set<string>, actions: PanelActions, big?: BigGraphInfo): void {
  const a = graph.getNodeAttributes(node);
  const byKind = new Map<RelationKind, string[]>();
  const neighbours = new Map<string, number>();
  graph.forEachEdge(node, (edge, e, source, target) => {
    if (hiddenEdges.has(edge)) return;
    const list = byKind.get(e.kind) ?? [];
    list.push(edge);
    byKind.set(e.kind, list);
    const other = source === node ? target : source;
    if (other !== node) neighbours.set(other, (neighbours.get(other) ?? 0) + 1);
  });
  const sections: Child[] = [];
  for (const kind of RELATION_KINDS) {
    const edges = byKind.get(kind);
    if (!edges) continue;
    // Best supported first.
    edges.sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'));
    sections.push(h('section', { class: 'relations', 'aria-label': KIND_TITLES[kind] },
      h('h3', {}, h('span', { class: 'kind-swatch', style: `background:${KIND_COLORS[kind]}`, 'aria-hidden': 'true' }), `${KIND_TITLES[kind]} (${edges.length})`),
      listWithMore(edges, PER_KIND_LIMIT, (edge) => relationItem(graph, node, edge, actions), (n) => `Show ${n} more`)));
  }
  const sortedNeighbours = [...neighbours.entries()].sort((x, y) => y[1] - x[1] || graph.getNodeAttribute(x[0], 'label').localeCompare(graph.getNodeAttribute(y[0], 'label')));
  clear(root);
  append(root,
    h('header', { class: 'panel-head' },
      h('span', { class: 'swatch big', style: `background:${TYPE_COLORS[a.type] ?? a.color}`, 'aria-hidden': 'true' }),
      h('div', {}, h('h2', { id: 'panel-title', text: a.label }), h('span', { class: 'badge', text: a.type })),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close details', onclick: actions.close, text: '×' })),
    h('dl', { class: 'facts' },
      h('dt', { text: 'Also called' }), h('dd', { text: a.aliases.filter((x) => x !== a.label).join(', ') || '—' }),
      h('dt', { text: 'Mentions' }), h('dd', { text: String(a.mentions) }),
      a.gazetteerId ? h('dt', { text: 'Gazetteer' }) : null, a.gazetteerId ? h('dd', { text: a.gazetteerId }) : null,
      h('dt', { text: 'Articles' }), h('dd', { text: count(documentCount(a)) })),
    h('div', { class: 'row' },
      h('button', { type: 'button', onclick: () => actions.setPathEnd('from', node), text: 'Path from here' }),
      h('button', { type: 'button', onclick: () => actions.setPathEnd('to', node), text: 'Path to here' }),
      big && actions.showNeighbours ? h('button', {
        type: 'button', id: 'show-neighbours', disabled: big.undrawnNeighbours === 0,
        title: 'Draw the most important neighbours that are not drawn yet',
        onclick: () => actions.showNeighbours!(node),
        text: big.undrawnNeighbours === 0 ? 'All neighbours drawn'
          : big.undrawnNeighbours < 0 ? 'Show neighbours' : `Show neighbours (${big.undrawnNeighbours.toLocaleString('en')} not drawn)`,
      }) : null),
    big?.drawnOnly && big.undrawnNeighbours !== 0
      ? h('p', { class: 'hint', text: 'Relations with drawn entities only; “Show neighbours” draws more.' }) : null,
    ...(sections.length ? sections : [h('p', { class: 'hint', text: 'No visible relations (check the filters).' })]),
    h('section', { class: 'neighbours', 'aria-label': 'Neighbours' },
      h('h3', { text: `Neighbours (${sortedNeighbours.length})` }),
      h('ul', { class: 'chips' }, ...sortedNeighbours.slice(0, NEIGHBOUR_LIMIT).map(([key]) => h('li', {}, entityButton(graph, key, actions)))),
      sortedNeighbours.length > NEIGHBOUR_LIMIT ? h('p', { class: 'hint', text: `and ${sortedNeighbours.length - NEIGHBOUR_LIMIT} more` }) : null),
    // The articles last and closed: a hub is mentioned in hundreds (listed when opened).
    a.documents.length === 0 ? null : h('section', { class: 'articles', 'aria-label': 'Articles' },
      lazyDetails(`Articles (${count(documentCount(a))})`, 'article-list', () => articleList(graph, node, a, actions))),
  );
}

/** An entity's articles by name; when the answer listed only some, it says how many and offers the rest. */
function articleList(graph: KnowledgeGraph, node: string, a: NodeAttributes, actions: PanelActions): Child[] {
  const list = (docs: ReadonlyArray<{ id: string; name: string }>) => h('ul', { class: 'plain' }, ...[...docs]
    .sort((x, y) => x.name.localeCompare(y.name))
    .map((d) => h('li', {}, h('button', { type: 'button', class: 'link-btn', title: 'Show only this article', onclick: () => actions.filterArticle(d.id), text: d.name }))));
  const shown = list(a.documents.map((id) => ({ id, name: documentName(graph, id) })));
  const total = documentCount(a);
  if (total <= a.documents.length) return [shown];
  const note = h('p', { class: 'hint cut', text: `${count(a.documents.length)} of ${plural(total, 'article')} listed.` });
  if (!actions.allDocuments) return [note, shown];
  const more = h('button', { type: 'button', class: 'link-btn show-more', text: `List all ${count(total)}` });
  more.addEventListener('click', () => {
    more.disabled = true;
    more.textContent = 'Listing…';
    actions.allDocuments!(node).then((docs) => {
      shown.replaceWith(list(docs));
      note.textContent = `All ${plural(docs.length, 'article')}:`;
      more.remove();
    }, (e: unknown) => {
      more.disabled = false;
      more.textContent = `List all ${count(total)}`;
      note.textContent = `${count(a.documents.length)} of ${plural(total, 'article')} listed; the others could not be fetched (${e instanceof Error ? e.message : String(e)}).`;
    });
  });
  return [note, shown, more];
}

export function renderEdgePanel(root: HTMLElement, graph: KnowledgeGraph, edge: string, actions: PanelActions): void {
  const a = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const cameo = cameoLabel(a.cameo);
  clear(root);
  root.append(
    h('header', { class: 'panel-head' },
      h('span', { class: 'kind-swatch big', style: `background:${KIND_COLORS[a.kind]}`, 'aria-hidden': 'true' }),
      h('div', {}, h('h2', { id: 'panel-title', text: a.predicate }), h('span', { class: 'badge', text: a.kind })),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close details', onclick: actions.close, text: '×' })),
    h('p', { class: 'relation-line big' }, entityButton(graph, source, actions), h('span', { class: 'predicate', text: ` ${a.predicate} ` }), entityButton(graph, target, actions), ...flags(a)),
    h('dl', { class: 'facts' },
      cameo ? h('dt', { text: 'Event code' }) : null, cameo ? h('dd', { text: cameo }) : null,
      relationDate(a) ? h('dt', { text: 'Date' }) : null, relationDate(a) ? h('dd', { class: 'when', text: relationDate(a)! }) : null,
      h('dt', { text: 'Weight' }), h('dd', { text: String(a.weight) }),
      h('dt', { text: 'Confidence' }), h('dd', { text: `${Math.round(a.confidence * 100)}%` })),
    h('h3', { text: `Evidence (${count(evidenceCount(a))})` }),
    ...(a.evidence.length ? evidenceList(graph, a, [names(graph, source), names(graph, target)]) : [h('p', { class: 'hint', text: 'No evidence sentence recorded.' })]),
  );
}

/** `totals`: big-graph mode, the whole graph's counts (`graph` is what is drawn). */
export function renderOverview(root: HTMLElement, graph: KnowledgeGraph, documents: number, actions: PanelActions, totals?: { nodes: number; edges: number }): void {
  const top: Array<[string, number]> = [];
  graph.forEachNode((key, a) => top.push([key, a.mentions + graph.degree(key) / 100]));
  top.sort((x, y) => y[1] - x[1]);
  const stats = totals
    ? `${totals.nodes.toLocaleString('en')} entities (${graph.order.toLocaleString('en')} drawn) · ${totals.edges.toLocaleString('en')} relations (${graph.size.toLocaleString('en')} drawn)`
    : `${graph.order.toLocaleString('en')} entities · ${graph.size.toLocaleString('en')} relations`;
  clear(root);
  root.append(
    h('header', { class: 'panel-head' }, h('div', {}, h('h2', { id: 'panel-title', text: 'Overview' }))),
    h('p', { class: 'stats', text: `${stats} · ${documents} article${documents === 1 ? '' : 's'}` }),
    h('p', { class: 'hint', text: 'Search or click an entity to see its relations and the sentences they come from. Hover to see its neighbours; pick two entities to find a path.' }),
    h('h3', { text: 'Most mentioned' }),
    h('ul', { class: 'chips' }, ...top.slice(0, 15).map(([key]) => h('li', {}, entityButton(graph, key, actions)))),
  );
}
