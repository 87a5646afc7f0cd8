// V8's tier-up threshold for `kg extract`. V8 counts the bytecode a function runs and, past
// a budget, optimises it with TurboFan on background threads. With Node 20's default budget
// nearly every function of the pipeline gets there within the first documents, and the big
// ones (relate's buildUnits, recognise's gazetteerAdditions, the classifier's pairFeatures2)
// are compiled again after each de-optimisation, at 50-200 ms a compile: on eng.testa's 216
// documents the background compiles took ~2.2 s of CPU beside ~3.4 s of analysis, more than
// they saved. Eight times the budget leaves TurboFan to the functions that are really hot:
// ~0.7 s of compiling, and the analysis thread no slower (3.44 s; 16 times: 3.81 s).
// Flags belong to the process (worker threads included); a budget given on the command line
// wins. The default is set back afterwards: V8's code cache, which the launcher writes at exit,
// is checked against the flags the next process starts with (with the raised budget left in
// place every run found its cache rejected and compiled the bundle again).
import v8 from 'node:v8';
import { startFlags } from '../v8-flags.ts';

/** Node 20's (V8 11.3's) default interrupt budget, in bytecode units. */
const DEFAULT_BUDGET = 67_584;
const FACTOR = 8;

/** `work()` with the raised tier-up budget, then the default again. */
export async function withRaisedTierUpThreshold<T>(work: () => Promise<T>): Promise<T> {
  const given = startFlags().some((f) => f.startsWith('--interrupt-budget'));
  if (given) return work();
  v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET * FACTOR}`);
  try {
    return await work();
  } finally {
    v8.setFlagsFromString(`--interrupt-budget=${DEFAULT_BUDGET}`);
  }
}
