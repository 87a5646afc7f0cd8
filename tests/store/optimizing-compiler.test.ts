// A phase run without V8's optimising compiler: inside it hot functions stay
// unoptimised, after it they are optimised again, and a V8 code cache made after it
// is accepted by the next process (the launcher keeps one per command, checked
// against the flags the process runs with). Run in child processes: V8's flags
// belong to the process.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v8Child } from '../helpers/v8-child.ts';

/** Run `body` (ES module text, with `withoutOptimizingCompiler` imported) in a child node; its stdout parsed as JSON. */
const { child, dir: tmp } = v8Child(path.resolve(import.meta.dirname, '../../src/store/optimizing-compiler.ts'), 'withoutOptimizingCompiler', 'kg-optimizing-compiler-');

// %GetOptimizationStatus (with --allow-natives-syntax): bit 16 = optimised code.
const HOT = `
const status = new Function('f', 'return %GetOptimizationStatus(f)');
const optimised = (f) => (status(f) & 16) !== 0;
/** Call a fresh function hot until V8 optimises it (compiled on another thread) or ~1.5 s pass. */
let made = 0;
function heat() {
  // a source of its own each time: V8 would share one compiled function between equal sources
  const f = new Function('n', \`let s = \${++made}; for (let i = 0; i < n; i++) s += i % 7; return s;\`);
  const until = Date.now() + 1500;
  while (!optimised(f) && Date.now() < until) f(20000);
  return optimised(f);
}
`;

describe('withoutOptimizingCompiler', () => {
  it('keeps hot code unoptimised inside, optimises again after, and returns what the work returns', () => {
    const out = child(`${HOT}
const inside = withoutOptimizingCompiler(() => heat());
// one inside another: still off after the inner one ends
const nested = withoutOptimizingCompiler(() => { withoutOptimizingCompiler(() => 0); return heat(); });
const after = heat();
let thrown = '';
try { withoutOptimizingCompiler(() => { throw new Error('boom'); }); } catch (e) { thrown = e.message; }
const afterThrow = heat();
console.log(JSON.stringify({ inside, nested, after, thrown, afterThrow, value: withoutOptimizingCompiler(() => 42) }));`, ['--allow-natives-syntax']);
    expect(out).toEqual({ inside: false, nested: false, after: true, thrown: 'boom', afterThrow: true, value: 42 });
  });

  it('leaves the optimising compiler off for a process started without it', () => {
    const out = child(`${HOT}
withoutOptimizingCompiler(() => 0);
console.log(JSON.stringify({ after: heat() }));`, ['--allow-natives-syntax', '--no-opt']);
    expect(out).toEqual({ after: false });
  });

  it('leaves the flags a code cache is checked against as they were', () => {
    const cache = path.join(tmp(), 'code.bin');
    const source = 'function twice(x) { return x * 2; } twice(21);';
    child(`import vm from 'node:vm'; import fs from 'node:fs';
const script = new vm.Script(${JSON.stringify(source)}, { filename: 'cached.js' });
script.runInThisContext();
withoutOptimizingCompiler(() => 0);
fs.writeFileSync(${JSON.stringify(cache)}, script.createCachedData());
console.log('{}');`);
    const out = child(`import vm from 'node:vm'; import fs from 'node:fs';
const script = new vm.Script(${JSON.stringify(source)}, { filename: 'cached.js', cachedData: fs.readFileSync(${JSON.stringify(cache)}) });
console.log(JSON.stringify({ rejected: script.cachedDataRejected, value: script.runInThisContext() }));`);
    expect(out).toEqual({ rejected: false, value: 42 });
  });
});
