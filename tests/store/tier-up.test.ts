// `kg extract` runs with V8's tier-up budget raised (src/store/tier-up.ts): a function needs more
// work before TurboFan compiles it inside, the default holds again after (also after a failure),
// and a V8 code cache made after it is accepted by the next process (the launcher keeps one per
// command, checked against the flags the process starts with). Run in child processes: V8's
// flags belong to the process.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { v8Child } from '../helpers/v8-child.ts';

/** Run `body` (ES module text, with `withRaisedTierUpThreshold` imported) in a child node; its stdout parsed as JSON. */
const { child, dir: tmp } = v8Child(path.resolve(import.meta.dirname, '../../src/store/tier-up.ts'), 'withRaisedTierUpThreshold', 'kg-tier-up-');

// %GetOptimizationStatus (with --allow-natives-syntax): bit 16 = optimised code; bit 4096 = marked
// for (or under) optimisation. Calls of a fresh function until V8 first asks for it to be optimised.
const CALLS = `
const status = new Function('f', 'return %GetOptimizationStatus(f)');
let made = 0;
function callsToTierUp() {
  // a source of its own each time: V8 would share one compiled function between equal sources
  const f = new Function('n', \`let s = \${++made}; for (let i = 0; i < n; i++) s += i % 7; return s;\`);
  for (let calls = 1; calls <= 5000; calls++) { f(200); if (status(f) & (16 | 4096)) return calls; }
  return 5000;
}
`;

describe('withRaisedTierUpThreshold', () => {
  it('lets a function run several times longer before it is optimised, and only inside', () => {
    const out = child(`${CALLS}
const before = callsToTierUp();
const inside = await withRaisedTierUpThreshold(async () => callsToTierUp());
let thrown = '';
try { await withRaisedTierUpThreshold(async () => { throw new Error('boom'); }); } catch (e) { thrown = e.message; }
const after = callsToTierUp();
console.log(JSON.stringify({ before, inside, after, thrown, value: await withRaisedTierUpThreshold(async () => 42) }));`, ['--allow-natives-syntax', '--no-concurrent-recompilation']) as Record<string, number | string>;
    expect(out.inside as number).toBeGreaterThan(4 * (out.before as number));
    expect(Math.abs((out.after as number) - (out.before as number))).toBeLessThan(out.before as number);
    expect(out.thrown).toBe('boom');
    expect(out.value).toBe(42);
  });

  it('keeps a budget given on the command line', () => {
    const out = child(`${CALLS}
const before = callsToTierUp();
const inside = await withRaisedTierUpThreshold(async () => callsToTierUp());
console.log(JSON.stringify({ before, inside }));`, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--interrupt-budget=67584']) as Record<string, number>;
    expect(Math.abs(out.inside! - out.before!)).toBeLessThan(out.before!);
  });

  it('leaves the flags a code cache is checked against as they were', () => {
    const cache = path.join(tmp(), 'code.bin');
    const source = 'function twice(x) { return x * 2; } twice(21);';
    child(`import vm from 'node:vm'; import fs from 'node:fs';
const script = new vm.Script(${JSON.stringify(source)}, { filename: 'cached.js' });
script.runInThisContext();
await withRaisedTierUpThreshold(async () => 0);
fs.writeFileSync(${JSON.stringify(cache)}, script.createCachedData());
console.log('{}');`);
    const out = child(`import vm from 'node:vm'; import fs from 'node:fs';
const script = new vm.Script(${JSON.stringify(source)}, { filename: 'cached.js', cachedData: fs.readFileSync(${JSON.stringify(cache)}) });
console.log(JSON.stringify({ rejected: script.cachedDataRejected, value: script.runInThisContext() }));`);
    expect(out).toEqual({ rejected: false, value: 42 });
  });
});
