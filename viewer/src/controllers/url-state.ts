// The URL mirrors the view: every state change writes it (a new history entry
// for a user's step, a replacement for typing), and the back button applies
// the state the URL holds.
import { stateFromQuery, stateToQuery, type ViewState } from '../core/state.ts';
import type { HistoryMode } from './context.ts';

export function writeUrl(state: ViewState, history: HistoryMode): void {
  if (history === 'none') return;
  const url = `${location.pathname}${stateToQuery(state)}${location.hash}`;
  if (url === `${location.pathname}${location.search}${location.hash}`) return;
  if (history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function readUrl(): ViewState {
  return stateFromQuery(location.search);
}

/** The back and forward buttons. */
export function onHistoryMove(apply: (state: ViewState) => void): void {
  window.addEventListener('popstate', () => apply(readUrl()));
}
