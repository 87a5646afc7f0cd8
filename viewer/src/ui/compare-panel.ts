// The comparison above the details: the entities picked (each can be shown or taken
// out), the relations among them with their dates, and the neighbours they share.
// Everything from the data goes in as text (ui/dom.ts).
import { TYPE_COLORS, type KnowledgeGraph } from '../../../src/types.ts';
import type { Comparison } from '../core/compare.ts';
import { relationDate } from '../core/relation-date.ts';
import { append, clear, h } from './dom.ts';

export interface CompareActions {
  show(key: string): void;
  add(key: string): void;
  remove(key: string): void;
  showRelation(edge: string): void;
  path(from: string, to: string): void;
  clear(): void;
}

const LIST_LIMIT = 40;

function chip(graph: KnowledgeGraph, key: string, onclick: () => void): HTMLButtonElement {
  const a = graph.getNodeAttributes(key);
  return h('button', { type: 'button', class: 'entity-link', title: `Show ${a.label} (${a.type})`, onclick },
    h('span', { class: 'swatch', style: `background:${TYPE_COLORS[a.type] ?? a.color}`, 'aria-hidden': 'true' }), a.label);
}

/** Without a comparison: only the way to start one from the keyboard (the selected entity). */
export function renderCompareStart(root: HTMLElement, graph: KnowledgeGraph, selected: string, actions: CompareActions): void {
  clear(root);
  append(root, h('div', { class: 'row' },
    h('button', { type: 'button', id: 'compare-add', onclick: () => actions.add(selected), text: `Compare ${graph.getNodeAttribute(selected, 'label')} with…` }),
    h('span', { class: 'hint', text: 'or shift-click entities' })));
}

/** `selected`: the entity in the panel, offered for the comparison when it is not in it. */
export function renderComparison(root: HTMLElement, graph: KnowledgeGraph, c: Comparison, missing: number, selected: string | null, actions: CompareActions): void {
  clear(root);
  const n = c.entities.length;
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  const offer = selected && graph.hasNode(selected) && !c.entities.includes(selected) ? selected : null;
  append(root,
    h('header', { class: 'panel-head' },
      h('div', {}, h('h2', { id: 'compare-title', text: `Comparing ${n} entit${n === 1 ? 'y' : 'ies'}` })),
      h('button', { type: 'button', class: 'link-btn', id: 'compare-clear', onclick: actions.clear, text: 'Clear' })),
    h('ul', { class: 'chips compare-members' }, ...c.entities.map((key) => h('li', { 'data-key': key },
      chip(graph, key, () => actions.show(key)),
      h('button', { type: 'button', class: 'icon-btn remove', 'aria-label': `Take ${label(key)} out of the comparison`, onclick: () => actions.remove(key), text: '×' })))),
    offer ? h('button', { type: 'button', id: 'compare-add', class: 'link-btn', onclick: () => actions.add(offer), text: `+ Add ${label(offer)}` }) : null,
    missing > 0 ? h('p', { class: 'hint', text: `${missing} more not drawn (or not in this graph).` }) : null,
    n < 2 ? h('p', { class: 'hint', text: 'Select another entity and add it, shift-click one, or shift-drag a rectangle, to compare.' }) : null,
    n === 2 ? h('div', { class: 'row' }, h('button', { type: 'button', id: 'compare-path', onclick: () => actions.path(c.entities[0]!, c.entities[1]!), text: 'Path between them' })) : null,
    h('section', { class: 'compare-among', 'aria-label': 'Relations among them' },
      h('h3', { text: `Relations among them (${c.among.length})` }),
      c.among.length === 0 ? h('p', { class: 'hint', text: n < 2 ? '—' : 'None directly (among what the filters show).' }) : h('ul', { class: 'plain' },
        ...c.among.slice(0, LIST_LIMIT).map((edge) => {
          const a = graph.getEdgeAttributes(edge);
          const [s, t] = graph.extremities(edge);
          const date = relationDate(a);
          return h('li', { class: 'relation-line', 'data-edge': edge },
            h('button', { type: 'button', class: 'link-btn', title: 'Show this relation', onclick: () => actions.showRelation(edge), text: `${label(s)} ${a.predicate} ${label(t)}` }),
            date ? h('time', { class: 'when', text: date }) : null);
        }))),
    h('section', { class: 'compare-shared', 'aria-label': 'Common neighbours' },
      h('h3', { text: `Common neighbours (${c.neighbours.length})` }),
      c.neighbours.length === 0 ? h('p', { class: 'hint', text: n < 2 ? '—' : 'None (among what the filters show).' }) : h('ul', { class: 'chips' },
        ...c.neighbours.slice(0, LIST_LIMIT).map((x) => h('li', { 'data-key': x.key },
          chip(graph, x.key, () => actions.show(x.key)),
          n > 2 ? h('span', { class: 'shared', title: `Related to ${x.shared} of the ${n}`, text: `${x.shared}/${n}` }) : null))),
      c.neighbours.length > LIST_LIMIT ? h('p', { class: 'hint', text: `and ${c.neighbours.length - LIST_LIMIT} more` }) : null),
  );
}
