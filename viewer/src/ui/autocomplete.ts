// A combobox: type, get ranked entities, move with the arrow keys, Enter or click
// to choose (WAI-ARIA combobox pattern, so screen readers announce the options).
import { TYPE_COLORS } from '../../../src/types.ts';
import type { SearchHit } from '../core/search.ts';
import { clear, h } from './dom.ts';
import { Listbox } from './listbox.ts';

export interface AutocompleteOptions {
  /** Ranked hits; a promise when they come from the server (big graphs served by `kg serve`). */
  search(query: string): SearchHit[] | Promise<SearchHit[]>;
  choose(key: string, hit: SearchHit): void;
  /** Called on each keystroke with the raw text (used to keep the search in the URL). */
  typed?(query: string): void;
  /** A short remark shown after a hit (big-graph mode: "not drawn yet"). */
  note?(key: string): string | null;
  /** An entry listed before the hits for this text (the search box: "Ask this question"), chosen like a hit. */
  action?(query: string): { label: string; run(): void } | null;
}

export function attachAutocomplete(input: HTMLInputElement, list: HTMLUListElement, options: AutocompleteOptions) {
  let hits: SearchHit[] = [];
  let act: { label: string; run(): void } | null = null;
  const box = new Listbox(input, list);
  const close = () => box.close();
  /** Entries before the hits (0 or 1: the action). */
  const lead = () => (act ? 1 : 0);
  /** Answers can arrive out of order: only the latest query's are shown. */
  let asked = 0;

  const pick = (i: number) => {
    if (act && i === 0) {
      close();
      act.run();
      return;
    }
    const hit = hits[i - lead()];
    if (!hit) return;
    close();
    options.choose(hit.entry.key, hit);
  };

  const render = () => {
    clear(list);
    if (act) {
      list.append(box.option(0, { class: 'action' }, () => pick(0), h('span', { class: 'name', text: act.label })));
    }
    if (hits.length === 0 && !act) {
      if (input.value.trim()) {
        list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', text: 'No entity matches' }));
        box.show();
      } else close();
      return;
    }
    hits.forEach((hit, n) => {
      const i = n + lead();
      const alias = hit.matched !== hit.entry.label ? h('span', { class: 'alias', text: `alias “${hit.matched}”` }) : null;
      list.append(box.option(i, { 'data-key': hit.entry.key }, () => pick(i),
        h('span', { class: 'swatch', style: `background:${TYPE_COLORS[hit.entry.type]}`, 'aria-hidden': 'true' }),
        h('span', { class: 'name', text: hit.entry.label }),
        alias,
        h('span', { class: 'type', text: hit.entry.type }),
        options.note?.(hit.entry.key) ? h('span', { class: 'not-drawn', text: options.note(hit.entry.key)! }) : null));
    });
    box.show();
  };

  const show = (result: SearchHit[]) => {
    hits = result;
    act = options.action?.(input.value) ?? null;
    box.active = hits.length + lead() > 0 ? 0 : -1;
    render();
  };

  const update = () => {
    const query = ++asked;
    const result = options.search(input.value);
    if (Array.isArray(result)) show(result);
    else void result.then((r) => { if (query === asked) show(r); }, () => { if (query === asked) show([]); });
  };

  input.addEventListener('input', () => {
    options.typed?.(input.value);
    update();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) update();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!box.open) update();
      const count = hits.length + lead();
      if (count === 0) return;
      e.preventDefault();
      box.step(e.key === 'ArrowDown' ? 1 : -1, count);
    } else if (e.key === 'Enter') {
      if (box.open && box.active >= 0) {
        e.preventDefault();
        pick(box.active);
      } else if (!box.open && input.value.trim() && options.action?.(input.value)) {
        e.preventDefault();
        options.action(input.value)!.run();
      } else if (!box.open && input.value.trim()) {
        act = null;
        const query = ++asked;
        const result = options.search(input.value);
        if (Array.isArray(result)) {
          if (result.length > 0) {
            e.preventDefault();
            hits = result;
            pick(0);
          }
        } else {
          e.preventDefault();
          void result.then((r) => {
            if (query !== asked || r.length === 0) return;
            hits = r;
            pick(0);
          }, () => undefined);
        }
      }
    } else if (e.key === 'Escape') {
      // First Escape closes the list; the next one empties the box.
      if (box.open) close();
      else if (input.value) {
        input.value = '';
        options.typed?.('');
      }
    }
  });

  return { close, refresh: update };
}
