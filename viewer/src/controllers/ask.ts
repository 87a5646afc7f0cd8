// Questions typed in the search box ("Who is connected to Pushilin?"): the
// same engine as `kg ask` and /api/ask (src/query/ask) answers them, in the
// page when the graph is in the page (a file, a small server's graph, a big
// graph held whole), through /api/ask when a big graph is served in pieces.
// The answer is listed in the details panel with its evidence, and its
// entities and relations are drawn above the veil like a path (entities the
// drawing lacks are drawn first). The question is in the URL (`ask=`), so a
// link or a reload asks it again.
import { ask } from '../../../src/query/ask/index.ts';
import type { Answer } from '../../../src/query/ask/answer.ts';
import type { RelationView } from '../../../src/query/relations.ts';
import { UnknownEntityError } from '../../../src/query/resolve-name.ts';
import { KgError } from '../../../src/errors.ts';
import { looksLikeQuestion } from '../core/question.ts';
import { addEntities } from '../core/subset.ts';
import { documentName } from '../core/summary.ts';
import { relationOf } from '../remote.ts';
import { renderAnswer, renderNoAnswer, type AnswerActions } from '../ui/answer.ts';
import { h } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

type Outcome = { answer: Answer } | { error: string; suggestions: string[] };

/** A served big graph: at most this many of an answer's entities are fetched and drawn. */
const DRAW_MAX = 60;

export class AskController {
  /** The question the outcome is for, and the outcome (null while the server thinks). */
  private asked: string | null = null;
  /** What answered it: the remote API, or the graph in the page (a file opened later asks again). */
  private askedOf: object | null = null;
  private outcome: Outcome | null = null;
  private seq = 0;
  /** The display's path sets hold the answer (not a path): clear them when the answer goes. */
  private marked = false;

  constructor(private ctx: ViewerContext) {}

  /** The search box lists "Ask" first when the text is a question. */
  readonly action = (text: string): { label: string; run(): void } | null =>
    looksLikeQuestion(text) ? { label: `Ask: “${text.trim()}”`, run: () => this.submit(text) } : null;

  get answer(): Answer | null {
    return this.outcome && 'answer' in this.outcome ? this.outcome.answer : null;
  }

  submit(question: string): void {
    const q = question.replace(/\s+/g, ' ').trim();
    if (!q) return;
    this.ctx.patch((s) => { s.analysis.question = q; s.query = q; s.selected = null; s.edge = null; });
  }

  close(): void {
    this.ctx.patch((s) => { s.analysis.question = null; s.query = ''; });
  }

  /** Part of applying a state: answer a new question, and show the answer on the drawing when nothing else is in focus. */
  apply(): void {
    const question = this.ctx.state.analysis.question;
    const source = this.ctx.big.remote ?? this.ctx.big.full ?? this.ctx.graph;
    if (question !== this.asked || (question && source !== this.askedOf)) {
      this.asked = question;
      this.askedOf = source;
      this.outcome = null;
      if (question) this.answerNow(question);
    }
    this.mark();
  }

  private answerNow(question: string): void {
    const seq = ++this.seq;
    const remote = this.ctx.big.remote;
    if (remote) {
      this.ctx.status('Asking the server…');
      void remote.ask(question).then(async (outcome) => {
        if (seq !== this.seq) return;
        if ('answer' in outcome) await this.drawRemote(outcome.answer);
        if (seq !== this.seq) return;
        this.ctx.status('');
        this.settle(outcome);
      }, (e: Error) => {
        if (seq !== this.seq) return;
        this.ctx.status('');
        this.settle({ error: `Could not ask the server: ${e.message}`, suggestions: [] });
      });
      return;
    }
    const graph = this.ctx.big.full ?? this.ctx.graph!;
    let outcome: Outcome;
    try {
      outcome = { answer: ask(graph, question) };
    } catch (e) {
      if (!(e instanceof KgError)) throw e;
      outcome = { error: e.message, suggestions: e instanceof UnknownEntityError ? e.suggestions : [] };
    }
    if ('answer' in outcome && this.ctx.big.full) {
      // Big graph held whole: draw the answer's entities (with the relations among them and those drawn).
      const added = addEntities(this.ctx.big.full, this.ctx.graph!, this.entityIds(outcome.answer));
      if (added.length) this.ctx.big.grow(added);
    }
    this.outcome = outcome;
    this.frame();
  }

  /** The outcome arrived after the state was applied: show it. */
  private settle(outcome: Outcome): void {
    this.outcome = outcome;
    this.mark();
    this.ctx.details.render();
    this.ctx.selection.emphasise();
    this.frame();
  }

  private entityIds(answer: Answer): string[] {
    const ids = new Set<string>();
    for (const e of [...answer.subjects, ...answer.entities]) ids.add(e.id);
    for (const r of answer.relations) { ids.add(r.source.id); ids.add(r.target.id); }
    for (const p of answer.paths) for (const n of p.nodes) ids.add(n.id);
    return [...ids];
  }

  private relations(answer: Answer): RelationView[] {
    return [...answer.relations, ...answer.paths.flatMap((p) => p.hops.map((hop) => hop.relation))];
  }

  /** Served big graph: fetch and draw the entities of the answer that are not drawn, and its relations. */
  private async drawRemote(answer: Answer): Promise<void> {
    const remote = this.ctx.big.remote!;
    const drawn = this.ctx.graph!;
    const missing = this.entityIds(answer).filter((k) => !drawn.hasNode(k)).slice(0, DRAW_MAX);
    const added: string[] = [];
    try {
      for (const piece of await Promise.all(missing.map((k) => remote.neighbourhood(k, 1)))) added.push(...addEntities(piece, drawn, piece.nodes()));
    } catch { /* the answer is still listed; what could not be fetched is not drawn */ }
    if (this.ctx.graph !== drawn) return;
    for (const r of this.relations(answer)) {
      if (drawn.hasEdge(r.id) || !drawn.hasNode(r.source.id) || !drawn.hasNode(r.target.id)) continue;
      const piece = relationOf(r);
      drawn.addEdgeWithKey(piece.key, piece.source, piece.target, piece.attributes);
      added.push(r.source.id, r.target.id);
    }
    if (added.length) this.ctx.big.grow([...new Set(added)]);
  }

  /** The answer's entities and relations in the display's path sets (drawn above the veil), unless a path, an entity or a relation is in focus. */
  private mark(): void {
    const state = this.ctx.state;
    const display = this.ctx.display;
    const graph = this.ctx.graph;
    const answer = this.answer;
    const pathShown = state.pathFrom !== null && state.pathTo !== null;
    if (pathShown) { this.marked = false; return; }
    if (!answer || !graph || state.selected || state.edge) {
      if (this.marked) {
        display.pathNodes = new Set();
        display.pathEdges = new Set();
        display.pathRank = new Map();
        this.marked = false;
      }
      return;
    }
    display.pathNodes = new Set(this.entityIds(answer).filter((k) => graph.hasNode(k)));
    display.pathEdges = new Set(this.relations(answer).map((r) => r.id).filter((e) => graph.hasEdge(e)));
    display.pathRank = new Map([...display.pathEdges].map((e) => [e, 0]));
    this.marked = true;
  }

  private frame(): void {
    const nodes = [...this.ctx.display.pathNodes];
    if (this.ctx.renderer && this.marked && nodes.length) requestAnimationFrame(() => this.ctx.camera.frameNodes(nodes));
  }

  private readonly actions: AnswerActions = {
    selectNode: (key) => this.ctx.select(key, true),
    selectEdge: (r) => {
      if (this.ctx.graph?.hasEdge(r.id)) this.ctx.selection.showEdge(r.id);
      else this.ctx.select(r.source.id, true);
    },
    ask: (name) => {
      // "Did you mean": the question again with the name it did not know replaced.
      const unknown = /"([^"]+)"/.exec(this.errorText())?.[1];
      const q = this.asked ?? '';
      this.submit(unknown && q.includes(unknown) ? q.replace(unknown, name) : `Tell me about ${name}`);
    },
    close: () => this.close(),
    documentName: (doc) => documentName(this.ctx.big.full ?? this.ctx.graph!, doc),
  };

  private errorText(): string {
    return this.outcome && 'error' in this.outcome ? this.outcome.error : '';
  }

  /** The details panel shows the answer when nothing is selected; false when there is no question. */
  render(root: HTMLElement): boolean {
    const question = this.asked;
    if (!question) return false;
    const outcome = this.outcome;
    if (!outcome) {
      root.replaceChildren(h('p', { class: 'hint', text: `Asking “${question}”…` }));
      return true;
    }
    if ('answer' in outcome) renderAnswer(root, outcome.answer, this.actions);
    else renderNoAnswer(root, question, outcome.error, outcome.suggestions, this.actions);
    return true;
  }

  /** An entity opened from the answer: the way back to it. */
  backButton(): HTMLElement | null {
    return this.asked ? h('button', { type: 'button', class: 'link-btn back-to-answer', onclick: () => this.ctx.patch((s) => { s.selected = null; s.edge = null; }), text: '← Back to the answer' }) : null;
  }
}
