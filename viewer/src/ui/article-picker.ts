// The article filter: a box to type part of a title or file name into, a list
// of matching articles (arrow keys, Enter, click), and "All articles" to clear.
// A corpus has a thousand articles; a drop-down of all of them cannot be searched.
import { findArticles, type ArticleEntry } from '../core/articles.ts';
import { clear, h } from './dom.ts';
import { Listbox } from './listbox.ts';

export interface ArticlePicker {
  /** The articles offered (the whole graph's, also in big-graph mode). */
  setArticles(entries: ArticleEntry[]): void;
  /** Show the chosen article (or none). */
  show(id: string | null): void;
}

export function attachArticlePicker(input: HTMLInputElement, list: HTMLUListElement, reset: HTMLButtonElement,
  choose: (id: string | null) => void): ArticlePicker {
  let entries: ArticleEntry[] = [];
  let hits: ArticleEntry[] = [];
  let chosen: string | null = null;
  const box = new Listbox(input, list);
  const pick = (entry: ArticleEntry) => {
    box.close();
    input.value = entry.name;
    choose(entry.id);
  };
  const render = () => {
    hits = findArticles(entries, input.value);
    clear(list);
    if (hits.length === 0) list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', text: 'No article matches' }));
    hits.forEach((entry, i) => list.append(box.option(i, { 'data-id': entry.id }, () => pick(entry),
      h('span', { class: 'name', text: entry.name }),
      entry.entities !== null ? h('span', { class: 'type', text: `${entry.entities} entit${entry.entities === 1 ? 'y' : 'ies'}` }) : null)));
    box.active = hits.length > 0 ? 0 : -1;
    box.show();
  };
  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    input.select();
    render();
  });
  input.addEventListener('blur', () => setTimeout(() => {
    box.close();
    // Typed but not chosen: show the chosen article again.
    input.value = entries.find((e) => e.id === chosen)?.name ?? '';
  }, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!box.open) render();
      if (hits.length === 0) return;
      e.preventDefault();
      box.step(e.key === 'ArrowDown' ? 1 : -1, hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[box.active];
      if (hit) pick(hit);
    } else if (e.key === 'Escape') {
      box.close();
    }
  });
  reset.addEventListener('click', () => {
    input.value = '';
    choose(null);
  });
  return {
    setArticles(next) {
      entries = next;
      input.placeholder = `All articles (${next.length.toLocaleString('en')}) · type to find one`;
    },
    show(id) {
      chosen = id;
      reset.hidden = id === null;
      if (document.activeElement !== input) input.value = entries.find((e) => e.id === id)?.name ?? (id ?? '');
    },
  };
}
