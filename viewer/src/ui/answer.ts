// The answer to a question, in the details panel: the engine's first line as
// the headline, the entities that answer it (clickable), the relations and
// paths it rests on, each with its evidence sentence and article. The same
// Answer object that `kg ask` prints and /api/ask returns (src/query/ask).
import { KIND_COLORS, TYPE_COLORS } from '../../../src/types.ts';
import type { Answer } from '../../../src/query/ask/answer.ts';
import type { EntityRef, RelationView } from '../../../src/query/relations.ts';
import { highlightNames } from '../core/highlight.ts';
import { append, clear, h, type Child } from './dom.ts';
import './analysis.css';

export interface AnswerActions {
  selectNode(key: string): void;
  /** Show the relation in the panel (when it is drawn; else its source entity). */
  selectEdge(edge: RelationView): void;
  /** Ask this instead (a "did you mean" name, or the question re-asked with it). */
  ask(question: string): void;
  close(): void;
  documentName(doc: string): string;
}

/** Relations listed at once; the rest behind a button. */
const RELATION_LIMIT = 15;
const ENTITY_LIMIT = 60;

function entityChip(e: EntityRef, actions: AnswerActions): HTMLElement {
  return h('button', { type: 'button', class: 'entity-link', 'data-entity': e.id, title: `Show ${e.label} (${e.type})`, onclick: () => actions.selectNode(e.id) },
    h('span', { class: 'swatch', style: `background:${TYPE_COLORS[e.type] ?? '#999'}`, 'aria-hidden': 'true' }), e.label);
}

function relationItem(r: RelationView, actions: AnswerActions): HTMLElement {
  const ev = r.evidence[0];
  const names = [r.source.label, r.target.label];
  return h('li', { class: 'relation', 'data-relation': r.id },
    h('div', { class: 'relation-line' },
      entityChip(r.source, actions), h('span', { class: 'predicate', text: ` ${r.predicate} ` }), entityChip(r.target, actions),
      h('span', { class: 'badge', style: `border-color:${KIND_COLORS[r.kind]}`, text: r.kind === 'cooccurrence' ? 'co-occurrence' : r.kind }),
      r.negated ? h('span', { class: 'badge warn', text: 'negated' }) : null,
      r.hypothetical ? h('span', { class: 'badge warn', text: 'hypothetical' }) : null,
      h('button', { type: 'button', class: 'link-btn small', 'aria-label': `Show this relation: ${r.predicate}`, onclick: () => actions.selectEdge(r), text: 'details' })),
    ev ? h('figure', { class: 'evidence' },
      h('blockquote', {}, ...highlightNames(ev.text, names).map((p) => (p.mark ? h('mark', { text: p.text }) : p.text))),
      ev.doc ? h('figcaption', {}, '— ', h('cite', { text: actions.documentName(ev.doc) })) : null) : null);
}

function listWithMore(items: HTMLElement[], limit: number): Child[] {
  const list = h('ul', { class: 'plain' }, ...items.slice(0, limit));
  if (items.length <= limit) return [list];
  const more = h('button', { type: 'button', class: 'link-btn show-more', text: `Show ${items.length - limit} more` });
  more.addEventListener('click', () => { append(list, ...items.slice(limit)); more.remove(); });
  return [list, more];
}

export function renderAnswer(root: HTMLElement, answer: Answer, actions: AnswerActions): void {
  const [headline, ...rest] = answer.text.split('\n');
  // Relations already listed along a path are not listed twice.
  const onPaths = new Set(answer.paths.flatMap((p) => p.hops.map((hop) => hop.relation.id)));
  const relations = answer.relations.filter((r) => !onPaths.has(r.id));
  const answering = answer.entities.filter((e) => !answer.subjects.some((s) => s.id === e.id));
  clear(root);
  append(root,
    h('header', { class: 'panel-head' },
      h('div', {}, h('h2', { id: 'panel-title', text: answer.question }), h('span', { class: 'badge', text: `answer · ${answer.form}` })),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close the answer', onclick: actions.close, text: '×' })),
    h('p', { class: 'answer-headline', text: headline ?? '' }),
    answer.subjects.length ? h('p', { class: 'hint' }, 'About ', ...answer.subjects.map((s) => entityChip(s, actions))) : null,
    answering.length ? h('section', { class: 'answer-entities', 'aria-label': 'Entities in the answer' },
      h('h3', { text: `Entities (${answering.length}${answer.truncated ? '+' : ''})` }),
      h('ul', { class: 'chips' }, ...answering.slice(0, ENTITY_LIMIT).map((e) => h('li', {}, entityChip(e, actions))))) : null,
    ...answer.paths.map((p, i) => h('section', { class: 'answer-path', 'aria-label': `Path ${i + 1}` },
      h('h3', { text: `${answer.paths.length > 1 ? `Path ${i + 1} of ${answer.paths.length}` : 'Path'} · ${p.hops.length} hop${p.hops.length === 1 ? '' : 's'}` }),
      h('ol', { class: 'hops' }, ...p.hops.map((hop) => relationItem(hop.relation, actions))))),
    relations.length ? h('section', { class: 'answer-relations relations', 'aria-label': 'Relations in the answer' },
      h('h3', { text: `Relations and evidence (${relations.length}${answer.truncated ? '+' : ''})` }),
      ...listWithMore(relations.map((r) => relationItem(r, actions)), RELATION_LIMIT)) : null,
    !answering.length && !relations.length && !answer.paths.length && rest.length
      ? h('pre', { class: 'answer-text', text: rest.join('\n') }) : null,
    answer.evidence.length ? h('p', { class: 'hint', text: `${answer.evidence.length} evidence sentence${answer.evidence.length === 1 ? '' : 's'} cited.` }) : null,
  );
}

/** No answer: the engine's reason, with the names it suggests as questions to ask instead. */
export function renderNoAnswer(root: HTMLElement, question: string, error: string, suggestions: string[], actions: AnswerActions): void {
  clear(root);
  append(root,
    h('header', { class: 'panel-head' },
      h('div', {}, h('h2', { id: 'panel-title', text: question }), h('span', { class: 'badge', text: 'no answer' })),
      h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close the answer', onclick: actions.close, text: '×' })),
    h('p', { class: 'answer-error', text: error.replace(/^ask: |^query: /, '') }),
    suggestions.length ? h('p', { class: 'hint' }, 'Did you mean ', ...suggestions.slice(0, 6).map((s) =>
      h('button', { type: 'button', class: 'link-btn', onclick: () => actions.ask(s), text: s }))) : null);
}
