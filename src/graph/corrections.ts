// The user's corrections as values: merging one entity into another, splitting
// one, and undoing either. `kg merge`, `kg split` and the viewer (through the
// server) make the same changes to the same store (store/corrections.ts); each
// change says what it added and what it removed, so it can be undone exactly.
// Pure: the caller reads and writes the store and rebuilds the graph.
import type { KnowledgeGraph } from '../types.ts';
import { UsageError } from '../errors.ts';
import type { CorrectionNote, Corrections } from './merge.ts';

export interface CorrectionChange {
  kind: 'merge' | 'split';
  /** One line saying what was done, for people. */
  summary: string;
  added: Corrections;
  removed: Corrections;
}

export interface EntityRef {
  id: string;
  label: string;
}

const none = (): Corrections => ({ merges: [], splits: [] });

/** The longest reason kept (a sentence or two). */
export const MAX_REASON = 500;

/** A note with a reason trimmed to MAX_REASON; empty reasons are left out. */
export function cleanNote(note: CorrectionNote): CorrectionNote {
  const reason = note.reason?.trim().slice(0, MAX_REASON);
  return { ...(reason ? { reason } : {}), ...(note.by ? { by: note.by } : {}) };
}

/** Merge `from` into `into` (a merge of `from` made before is replaced). */
export function mergeChange(c: Corrections, from: EntityRef, into: EntityRef, note: CorrectionNote, at: string): { next: Corrections; change: CorrectionChange } {
  if (from.id === into.id) throw new UsageError(`merge: "${from.label}" and "${into.label}" are already one entity (${into.label})`);
  const entry = { from: from.id, into: into.id, at, ...cleanNote(note) };
  const replaced = c.merges.filter((m) => m.from === from.id);
  return {
    next: { merges: [...c.merges.filter((m) => m.from !== from.id), entry], splits: c.splits },
    change: {
      kind: 'merge', summary: `merged ${from.label} [${from.id}] into ${into.label} [${into.id}]`,
      added: { merges: [entry], splits: [] }, removed: { merges: replaced, splits: [] },
    },
  };
}

/** Split an entity: undo the user's merges into it, or, when there is none, keep each article's mention apart. */
export function splitChange(c: Corrections, graph: KnowledgeGraph, target: EntityRef, note: CorrectionNote, at: string): { next: Corrections; change: CorrectionChange } {
  const userMerges = c.merges.filter((m) => m.into === target.id);
  if (userMerges.length) {
    return {
      next: { merges: c.merges.filter((m) => m.into !== target.id), splits: c.splits },
      change: {
        kind: 'split', summary: `undid ${userMerges.length} merge(s) into ${target.label}: ${userMerges.map((m) => m.from).join(', ')}`,
        added: none(), removed: { merges: userMerges, splits: [] },
      },
    };
  }
  const base = target.id.replace(/(~\d+|@[0-9a-f]+)$/, '');
  if (c.splits.some((s) => s.node === base)) throw new UsageError(`split: ${target.label} is already split`);
  if ((graph.getNodeAttribute(target.id, 'documents') ?? []).length < 2 && !(graph.getNodeAttribute(target.id, 'merges') ?? []).some((m) => m.rule.includes('across'))) {
    throw new UsageError(`split: ${target.label} comes from one article and no merge across articles; nothing to split`);
  }
  const entry = { node: base, at, ...cleanNote(note) };
  return {
    next: { merges: c.merges, splits: [...c.splits, entry] },
    change: { kind: 'split', summary: `kept every article's ${target.label} apart`, added: { merges: [], splits: [entry] }, removed: none() },
  };
}

const sameMerge = (a: Corrections['merges'][number], b: Corrections['merges'][number]) => a.from === b.from && a.into === b.into && a.at === b.at;
const sameSplit = (a: Corrections['splits'][number], b: Corrections['splits'][number]) => a.node === b.node && a.at === b.at;

/** The corrections without `change`: what it added taken out, what it removed put back. */
export function undoChange(c: Corrections, change: CorrectionChange): Corrections {
  const merges = c.merges.filter((m) => !change.added.merges.some((x) => sameMerge(x, m)));
  const splits = c.splits.filter((s) => !change.added.splits.some((x) => sameSplit(x, s)));
  for (const m of change.removed.merges) if (!merges.some((x) => sameMerge(x, m))) merges.push(m);
  for (const s of change.removed.splits) if (!splits.some((x) => sameSplit(x, s))) splits.push(s);
  return { merges, splits };
}
