// A short phase run without V8's optimising compiler (TurboFan). The graph phase of
// an ingest that adds a few articles to a store runs once per process and briefly:
// most of its functions run a few thousand times, long enough for V8 to compile
// them with TurboFan (on another core, and again after each de-optimisation, as
// analyses of many shapes reach them) but not for the compiled code to pay that
// back. Measured on adding 10 CoNLL-2003 documents to 1,152 (`npx tsx
// src/bench/scripts/graph-phase.ts`, `npm run bench -- ingest`): the graph phase
// spends about a quarter less CPU time with the interpreter and the baseline compiler
// alone. Long phases (a full layout's ForceAtlas2, a build of thousands of articles)
// need TurboFan and keep it.
//
// V8's flags belong to the process: this is for a process that runs nothing else
// meanwhile (the ingest command, its analysis workers closed). The flag is set back
// afterwards, so the flags V8's code cache is checked against (the launcher keeps
// one at exit) are those the process started with.
import v8 from 'node:v8';
import { startFlags } from '../v8-flags.ts';

/** The process was started with TurboFan off: leave it off. */
function startedWithoutTurbofan(): boolean {
  return startFlags().some((f) => f === '--no-opt' || f === '--no-turbofan' || f === '--jitless');
}

/** Calls of withoutOptimizingCompiler under way (one inside another leaves the flag to the outer one). */
let depth = 0;

/** `work()` with TurboFan off (functions it already compiled stay compiled), then on again. */
export function withoutOptimizingCompiler<T>(work: () => T): T {
  if (depth > 0 || startedWithoutTurbofan()) return work();
  v8.setFlagsFromString('--no-turbofan');
  depth++;
  try {
    return work();
  } finally {
    depth--;
    v8.setFlagsFromString('--turbofan');
  }
}
