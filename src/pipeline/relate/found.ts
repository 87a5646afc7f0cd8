// The shape every pattern module reports: a relation between two entity ids with
// the sentences that support it. relate.ts turns sentence numbers into evidence
// spans, drops self-relations and merges duplicates.
import type { RelationBasis, RelationKind } from '../../types.ts';

export interface Found {
  source: string;
  target: string;
  kind: RelationKind;
  predicate: string;
  cameo: string | null;
  confidence: number;
  /** Sentence numbers: the sentence the pattern matched in first, then any antecedent sentences (none for knowledge). */
  sentences: number[];
  /** Stated by the text (the default), read with the article's context, or world knowledge. */
  basis?: RelationBasis;
  negated?: boolean;
  hypothetical?: boolean;
  attribution?: string;
  /** Which pattern found it (exported as `by: "rule:<name>"`). */
  rule: string;
  /** Character offset of the trigger word of an event: the rules reading the same trigger are compared by it. */
  trigger?: number;
  /**
   * Character offsets (into the article) of the part of the first sentence cited as evidence, when
   * citing the whole sentence would repeat a long list once per pair (cooccurrence.ts); else the whole sentence.
   */
  excerpt?: { start: number; end: number };
}

export type Emit = (f: Found) => void;

export const clamp = (x: number) => Math.round(Math.min(0.95, Math.max(0.05, x)) * 100) / 100;
