// Stopping the server the ordinary ways: SIGTERM or SIGINT sent to the `npm start`
// or `npm run kg -- serve` process (what `kill <pid>` and process managers do)
// stops everything it started: the port is freed and no process of its tree is
// left running. Linux only: the process tree is read from /proc.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_DIR } from '../helpers/cli.ts';

const HAS_PROC = fs.existsSync('/proc/self/stat');

/** Every process whose chain of parents leads to `root` (not `root` itself). */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
    } catch { /* exited meanwhile */ }
  }
  const found: number[] = [];
  let frontier = [root];
  while (frontier.length) {
    const next: number[] = [];
    for (const [pid, ppid] of parent) if (frontier.includes(ppid)) next.push(pid);
    found.push(...next);
    frontier = next;
  }
  return found;
}

function alive(pid: number): boolean {
  try {
    // A zombie has exited; only a reaped process disappears from /proc.
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch { return false; }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

async function eventually(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (await check()) return true;
  return check();
}

let data: string;
beforeAll(() => { data = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-signals-')); });
afterAll(() => fs.rmSync(data, { recursive: true, force: true }));

const LAUNCHES: Array<[string, () => string[]]> = [
  ['npm start', () => ['start', '--', '--port', '0', '--data', data, '--articles', SAMPLE_DIR]],
  ['npm run kg -- serve', () => ['run', '-s', 'kg', '--', 'serve', '--port', '0', '--graph', path.join(ROOT, 'tests/graph/open/fixtures/networkx.gexf')]],
];

describe.skipIf(!HAS_PROC)('stopping with a signal to the npm process', () => {
  for (const [name, args] of LAUNCHES) {
    // SIGTERM or SIGINT to npm alone (kill PID), or SIGINT to the whole group (Ctrl-C in a terminal).
    for (const [signal, group] of [['SIGTERM', false], ['SIGINT', false], ['SIGINT', true]] as const) {
      it(`${name}: ${signal}${group ? ' to the process group (Ctrl-C)' : ''} frees the port and leaves no process behind`, async () => {
        // Its own process group, so a failed test can still clean up everything it started.
        const npm = spawn('npm', args(), { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        npm.stderr.on('data', (d) => (err += d));
        try {
          const port = await new Promise<number>((resolve, reject) => {
            npm.stdout.on('data', (d) => {
              out += d;
              const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
              if (m) resolve(Number(m[1]));
            });
            npm.once('exit', (code) => reject(new Error(`${name} exited with ${code} before serving: ${err}`)));
          });
          expect(await portOpen(port)).toBe(true);
          const tree = descendants(npm.pid!);
          expect(tree.length).toBeGreaterThan(0);
          const exited = new Promise<boolean>((resolve) => {
            npm.once('exit', () => resolve(true));
            setTimeout(() => resolve(false), 15_000).unref();
          });
          process.kill(group ? -npm.pid! : npm.pid!, signal);
          expect(await exited, `${name} did not exit within 15 s of ${signal}`).toBe(true);
          expect(await eventually(async () => !(await portOpen(port)), 10_000), `port ${port} still answers`).toBe(true);
          expect(await eventually(() => tree.every((pid) => !alive(pid)), 10_000), `still running: ${tree.filter(alive).join(', ')}`).toBe(true);
          expect(err).not.toMatch(/still stopping|internal error/);
        } finally {
          try { process.kill(-npm.pid!, 'SIGKILL'); } catch { /* all gone, as it should be */ }
        }
      });
    }
  }
});
