// Corrections from the viewer: merge two entities being compared, split one, undo,
// each with a reason, written by `kg serve` into the store's corrections (the same
// ones `kg merge` / `kg split` write; they survive re-ingestion). Only a server
// showing a store on 127.0.0.1 accepts them (GET api/corrections says); otherwise,
// and for a file opened in the page, the section says it is read-only. After a
// correction the page reloads the rebuilt graph, looking at what was corrected.
import { defaultState, type ViewState } from '../core/state.ts';
import { renderCorrections, type CorrectionsView, type LoggedCorrection } from '../ui/corrections-panel.ts';
import { byId } from '../ui/dom.ts';
import type { ViewerContext } from './context.ts';

interface Listing { writable: boolean; why?: string; changes: LoggedCorrection[] }

const READ_ONLY_NO_STORE = 'this page is not served by `kg serve` from a store, so nothing can be written (use kg merge / kg split)';

export class CorrectionsController {
  private listing: Listing = { writable: false, why: 'checking whether corrections can be saved…', changes: [] };
  private busy = false;
  private error: string | null = null;

  constructor(private ctx: ViewerContext, private apiBase = 'api/') {}

  async load(): Promise<void> {
    try {
      const r = await fetch(`${this.apiBase}corrections`, { headers: { accept: 'application/json' } });
      this.listing = r.ok ? await r.json() as Listing : { writable: false, why: READ_ONLY_NO_STORE, changes: [] };
    } catch {
      this.listing = { writable: false, why: READ_ONLY_NO_STORE, changes: [] };
    }
    this.sync();
  }

  private view(): CorrectionsView {
    const s = this.ctx.state;
    const file = s.file !== null;
    return {
      writable: this.listing.writable && !file,
      why: file ? `${s.file} is a file opened in the page; corrections are made to the server's store` : this.listing.why ?? null,
      entity: s.selected,
      pair: s.compare.length === 2 ? [s.compare[0]!, s.compare[1]!] : null,
      changes: file ? [] : this.listing.changes,
      busy: this.busy,
      error: this.error,
    };
  }

  /** What the section was last drawn for: a state change that leaves it alone keeps a reason being typed. */
  private drawnFor: unknown[] = [];

  sync(): void {
    const graph = this.ctx.graph;
    const root = byId('corrections');
    if (!graph) { root.hidden = true; return; }
    const view = this.view();
    const key = [graph, view.writable, view.why, view.entity, view.pair?.join('\n'), view.changes, view.busy, view.error];
    if (key.length === this.drawnFor.length && key.every((x, i) => x === this.drawnFor[i])) return;
    this.drawnFor = key;
    renderCorrections(root, graph, view, {
      merge: (from, into, reason) => void this.post('merge', { from, into, reason }, (s) => { s.selected = into; s.compare = []; }),
      split: (entity, reason) => void this.post('split', { entity, reason }, (s) => { s.selected = null; s.compare = []; }),
      undo: (id) => void this.post('undo', { id }, () => {}),
    });
  }

  /** Send a correction; on success, open the rebuilt graph with `after` applied to the view. */
  private async post(action: string, body: Record<string, string>, after: (s: ViewState) => void): Promise<void> {
    this.busy = true;
    this.error = null;
    this.sync();
    try {
      const r = await fetch(`${this.apiBase}corrections/${action}`, {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body),
      });
      const answer = await r.json().catch(() => ({})) as { error?: string };
      // 404: an entity named by the page is gone (the store was corrected or re-ingested since it loaded).
      if (!r.ok) throw new Error(`${answer.error ?? `the server answered ${r.status}`}${r.status === 404 ? ' (the graph changed since this page loaded: reload it)' : ''}`);
      // The graph was rebuilt: load it again, with the view's filters, looking at the result.
      const next = { ...defaultState(), filters: this.ctx.state.filters, selected: this.ctx.state.selected, compare: [...this.ctx.state.compare] };
      after(next);
      this.ctx.applyState(next, 'push');
      location.reload();
    } catch (e) {
      this.busy = false;
      this.error = `Not saved: ${(e as Error).message}`;
      this.sync();
    }
  }
}
