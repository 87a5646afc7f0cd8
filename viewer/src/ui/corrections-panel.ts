// The corrections section of the panel: why an entity's names were joined (the
// merge reasons the graph keeps), "Split" for one entity and "Merge" for two being
// compared, each with a reason, and the recent corrections with "Undo"; or, when
// the page cannot write to a store, a plain statement that it is read-only.
// Everything from the data goes in as text (ui/dom.ts).
import type { KnowledgeGraph, NodeMergeReason } from '../../../src/types.ts';
import { append, clear, h } from './dom.ts';

export interface LoggedCorrection {
  id: string;
  kind: 'merge' | 'split';
  summary: string;
  at: string;
  reason?: string;
  by?: string;
  undone?: string;
}

export interface CorrectionsView {
  writable: boolean;
  /** Why the page cannot write, when it cannot. */
  why: string | null;
  /** The entity whose merges are shown and that can be split; null: none. */
  entity: string | null;
  /** Two entities being compared (merge the first into the second, or the other way). */
  pair: [string, string] | null;
  changes: LoggedCorrection[];
  /** A request is under way, or the last one's error. */
  busy: boolean;
  error: string | null;
}

export interface CorrectionActions {
  merge(from: string, into: string, reason: string): void;
  split(entity: string, reason: string): void;
  undo(id: string): void;
}

const RECENT = 5;

function reasonLine(r: NodeMergeReason): HTMLLIElement {
  return h('li', { class: 'merge-reason' }, h('strong', { text: r.alias }), ` — ${r.rule}`, r.detail ? h('span', { class: 'detail', text: ` (${r.detail})` }) : null);
}

/** As `kg split` decides (graph/corrections.ts): your merges into it, or mentions from several articles, or a merge across articles. */
function splittable(graph: KnowledgeGraph, key: string): boolean {
  const a = graph.getNodeAttributes(key);
  return (a.documents?.length ?? 0) >= 2 || (a.merges ?? []).some((m) => m.rule === 'user' || m.rule.includes('across'));
}

function reasonInput(id: string, placeholder: string): HTMLInputElement {
  return h('input', { type: 'text', id, class: 'reason', maxlength: 500, placeholder, 'aria-label': 'Reason' });
}

export function renderCorrections(root: HTMLElement, graph: KnowledgeGraph, view: CorrectionsView, actions: CorrectionActions): void {
  clear(root);
  const entity = view.entity && graph.hasNode(view.entity) ? view.entity : null;
  const pair = view.pair && view.pair.every((k) => graph.hasNode(k)) ? view.pair : null;
  const recent = view.changes.filter((c) => !c.undone).slice(0, RECENT);
  if (!entity && !pair && recent.length === 0) { root.hidden = true; return; }
  root.hidden = false;
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  append(root, h('h3', { id: 'corrections-title', text: 'Corrections' }));
  if (entity) {
    const merges = graph.getNodeAttribute(entity, 'merges') ?? [];
    append(root, h('details', { class: 'merge-reasons' },
      h('summary', { text: merges.length ? `Why these names are one entity (${merges.length})` : 'No names were joined into this entity' }),
      h('ul', { class: 'plain' }, ...merges.slice(0, 30).map(reasonLine))));
  }
  if (!view.writable) {
    append(root, h('p', { class: 'hint read-only', id: 'corrections-read-only', text: `Read-only: ${view.why ?? 'corrections cannot be made from this page'}.` }));
  } else {
    if (pair) {
      const [a, b] = pair;
      const input = reasonInput('merge-reason', 'Why are they the same? (kept with the correction)');
      const direction = h('select', { id: 'merge-direction', 'aria-label': 'Which name stays' },
        h('option', { value: 'ab', text: `${label(a)} into ${label(b)}` }),
        h('option', { value: 'ba', text: `${label(b)} into ${label(a)}` }));
      append(root, h('form', { class: 'correction-form', id: 'merge-form' },
        h('label', { class: 'field' }, 'Merge', direction), input,
        h('button', { type: 'submit', id: 'merge-submit', disabled: view.busy, text: 'Merge' })));
      root.querySelector('form')!.addEventListener('submit', (e) => {
        e.preventDefault();
        const [from, into] = direction.value === 'ab' ? [a, b] : [b, a];
        actions.merge(from, into, input.value);
      });
    } else if (entity && !splittable(graph, entity)) {
      append(root, h('p', { class: 'hint', id: 'split-none', text: `${label(entity)} comes from one article and nothing was joined into it: nothing to split. To merge, compare it with another entity.` }));
    } else if (entity) {
      const input = reasonInput('split-reason', 'Why are these different entities?');
      const form = h('form', { class: 'correction-form', id: 'split-form' },
        input, h('button', { type: 'submit', id: 'split-submit', disabled: view.busy, text: `Split ${label(entity)}` }));
      form.addEventListener('submit', (e) => { e.preventDefault(); actions.split(entity, input.value); });
      append(root, form, h('p', { class: 'hint', text: 'Splitting undoes your merges into it, or else keeps each article’s mention apart. To merge, shift-click a second entity.' }));
    }
  }
  if (view.error) append(root, h('p', { class: 'warn-text', id: 'corrections-error', role: 'alert', text: view.error }));
  if (recent.length) {
    append(root, h('ul', { class: 'plain recent-corrections' }, ...recent.map((c) => h('li', { 'data-id': c.id },
      h('span', { class: 'summary', text: c.summary }),
      c.reason ? h('span', { class: 'reason-text', text: ` — “${c.reason}”` }) : null,
      view.writable ? h('button', { type: 'button', class: 'link-btn undo', disabled: view.busy, onclick: () => actions.undo(c.id), text: 'Undo' }) : null))));
  }
}
