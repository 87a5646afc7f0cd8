// The V8 flags a process was started with (its command line and NODE_OPTIONS): a phase that
// changes V8's flags for a while (store/tier-up.ts, store/optimizing-compiler.ts) leaves alone a
// flag the user gave.

/** The flags on the node command line and in NODE_OPTIONS. */
export function startFlags(): string[] {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
}
