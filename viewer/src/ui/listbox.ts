// The list under a combobox input (WAI-ARIA combobox pattern), shared by the
// search box and the article filter: which option is active, opening and
// closing with the aria attributes screen readers read, arrow-key stepping,
// and options chosen on mousedown (a click would come after the input's blur
// had closed the list).
import { h, type Child } from './dom.ts';

export class Listbox {
  /** The index of the active option, -1 for none. */
  active = -1;

  constructor(private input: HTMLInputElement, private list: HTMLUListElement) {}

  get open(): boolean {
    return !this.list.hidden;
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  /** Show the list as it is now filled, with the active option marked. */
  show(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.mark();
  }

  /** Move the active option by `delta` among `count` options, wrapping around. */
  step(delta: number, count: number): void {
    this.active = (this.active + delta + count) % count;
    this.mark();
  }

  /** Option `i`, chosen by `pick` when pressed. */
  option(i: number, props: Record<string, string>, pick: () => void, ...children: Child[]): HTMLLIElement {
    const li = h('li', { id: `${this.list.id}-${i}`, role: 'option', 'aria-selected': 'false', ...props }, ...children);
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      pick();
    });
    return li;
  }

  private mark(): void {
    [...this.list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === this.active)));
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
      (this.list.children[this.active] as HTMLElement | undefined)?.scrollIntoView({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }
}
