// A table that stays fast on tens of thousands of rows: only the rows in view
// (and a few around them) exist in the page, placed over a spacer as tall as
// all rows; scrolling redraws at the next frame. Column headers sort (with
// aria-sort); a click or Enter on a row chooses it. Text only, like ui/dom.ts.
import type { Column, SortDirection } from '../core/table.ts';
import { h } from './dom.ts';

export interface VirtualTableOptions<R> {
  rowHeight: number;
  choose(row: R): void;
  sort(column: string): void;
  /** The row shown as chosen (its id). */
  current(): string | null;
}

export interface VirtualTable<R> {
  element: HTMLElement;
  setRows(rows: R[], sort: { key: string; direction: SortDirection } | null): void;
  /** Rows in the page now (tests and the bench read it). */
  rendered(): number;
  redraw(): void;
}

/** Rows drawn above and below those in view. */
const OVERSCAN = 8;

export function virtualTable<R extends { id: string }>(columns: Column<R>[], options: VirtualTableOptions<R>): VirtualTable<R> {
  const template = columns.map((c) => c.width).join(' ');
  const headers = columns.map((c) => h('button', { type: 'button', role: 'columnheader', class: `vt-head${c.numeric ? ' num' : ''}`, 'data-key': c.key, onclick: () => options.sort(c.key), text: c.title }));
  // The header scrolls sideways with the rows (it is in the same box) and stays on top (sticky).
  const head = h('div', { class: 'vt-row vt-header', role: 'row', style: `grid-template-columns:${template};height:${options.rowHeight}px` }, ...headers);
  const spacer = h('div', { class: 'vt-spacer' });
  const body = h('div', { class: 'vt-body', tabindex: '0', role: 'rowgroup' }, head, spacer);
  const element = h('div', { class: 'vt', role: 'table' }, body);
  let rows: R[] = [];
  let frame: number | null = null;
  let drawnRange = '';

  const draw = () => {
    frame = null;
    const height = body.clientHeight || 300;
    const first = Math.max(0, Math.floor(body.scrollTop / options.rowHeight) - 1 - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((body.scrollTop + height) / options.rowHeight) + OVERSCAN);
    const current = options.current();
    const range = `${first}:${last}:${current}:${rows.length}`;
    if (range === drawnRange) return;
    drawnRange = range;
    const items: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = rows[i]!;
      const el = h('div', {
        class: `vt-row${row.id === current ? ' current' : ''}`, role: 'row', 'data-id': row.id, 'aria-rowindex': String(i + 2),
        style: `top:${(i + 1) * options.rowHeight}px;height:${options.rowHeight}px;grid-template-columns:${template}`,
      }, ...columns.map((c) => {
        const v = c.value(row);
        const text = v === null ? '' : String(v);
        return h('span', { role: 'cell', class: c.numeric ? 'num' : '', title: text.length > 24 ? text : undefined, text });
      }));
      el.addEventListener('click', () => options.choose(row));
      items.push(el);
    }
    body.replaceChildren(head, spacer, ...items);
  };
  const schedule = () => { if (frame === null) frame = requestAnimationFrame(draw); };
  body.addEventListener('scroll', schedule, { passive: true });
  body.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const first = rows[Math.floor(body.scrollTop / options.rowHeight)];
    if (first) options.choose(first);
  });

  return {
    element,
    setRows(next, sort) {
      rows = next;
      spacer.style.height = `${rows.length * options.rowHeight}px`;
      for (const b of headers) {
        const dir = sort && b.dataset.key === sort.key ? sort.direction : null;
        b.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none');
        b.classList.toggle('sorted', dir !== null);
        b.dataset.dir = dir ?? '';
      }
      if (body.scrollTop > rows.length * options.rowHeight) body.scrollTop = 0;
      drawnRange = '';
      draw();
    },
    rendered: () => body.querySelectorAll('.vt-row[data-id]').length,
    redraw() { drawnRange = ''; schedule(); },
  };
}
