// The row every benchmark module returns; run.ts prints them as one table.
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The baseline measured in the same run, when there is one. */
  baseline?: { name: string; value: number };
  /** value / baseline.value, or baseline/value for "lower is better" units; computed by run.ts if absent. */
  ratio?: number;
  note?: string;
}

/** Units where a smaller number is better (ratios are inverted so > 1 always means "we win"). */
export const LOWER_IS_BETTER = new Set(['ms', 's', 'MB', 'bytes', 'ms/iter']);
