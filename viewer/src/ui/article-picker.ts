// The article filter: a box to type part of a title or file name into, a list
// of matching articles (arrow keys, Enter, click), and "All articles" to clear.
// A corpus has a thousand articles; a drop-down of all of them cannot be searched.
import { findArticles, type ArticleEntry } from '../core/articles.ts';
import { clear, h } from './dom.ts';

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
  let active = -1;
  let chosen: string | null = null;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = () => {
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
      (list.children[active] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (entry: ArticleEntry) => {
    close();
    input.value = entry.name;
    choose(entry.id);
  };
  const render = () => {
    hits = findArticles(entries, input.value);
    clear(list);
    if (hits.length === 0) list.append(h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', text: 'No article matches' }));
    hits.forEach((entry, i) => {
      const li = h('li', { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': entry.id },
        h('span', { class: 'name', text: entry.name }),
        entry.entities !== null ? h('span', { class: 'type', text: `${entry.entities} entit${entry.entities === 1 ? 'y' : 'ies'}` }) : null);
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        pick(entry);
      });
      list.append(li);
    });
    active = hits.length > 0 ? 0 : -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    mark();
  };
  input.addEventListener('input', render);
  input.addEventListener('focus', () => {
    input.select();
    render();
  });
  input.addEventListener('blur', () => setTimeout(() => {
    close();
    // Typed but not chosen: show the chosen article again.
    input.value = entries.find((e) => e.id === chosen)?.name ?? '';
  }, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden) render();
      if (hits.length === 0) return;
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      mark();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && hits[active]) pick(hits[active]!);
    } else if (e.key === 'Escape') {
      close();
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
