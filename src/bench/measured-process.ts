// One process run for a whole-process benchmark row: wall time as a user would time
// it, and the CPU time of the process (all its threads: V8's compiler and garbage
// collector included), which a machine shared with other work inflates far less.
import { spawnSync } from 'node:child_process';

/** Loaded before the measured program: prints the process's CPU time on exit, as the last line of stderr. */
const REPORT_CPU = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\n#cpu-ms ' + Math.round((u.user + u.system) / 1000) + '\\n'); });")}`;

export interface MeasuredRun {
  ms: number;
  cpuMs: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `node [nodeArgs] script args` and time it. */
export function runMeasured(script: string, args: string[], options: { cwd?: string } = {}): MeasuredRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', REPORT_CPU, script, ...args], { cwd: options.cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const stderr = r.stderr ?? '';
  const cpu = /#cpu-ms (\d+)\s*$/.exec(stderr);
  return { ms, cpuMs: cpu ? Number(cpu[1]) : NaN, status: r.status, stdout: r.stdout ?? '', stderr: cpu ? stderr.slice(0, cpu.index).trimEnd() : stderr };
}
