// Minimal, strict flag parsing shared by every command: positional arguments,
// `--flag value`, `--flag=value`, boolean flags, and `-o` style short aliases.
import { UsageError } from '../errors.ts';
import { normalizeDate } from '../pipeline/read-meta.ts';
import { compareIso } from '../pipeline/time/calendar.ts';
import type { TimeWindow } from '../query/time-window.ts';

export interface FlagSpec {
  /** Flags that take a value, with optional short alias: { out: 'o', format: null }. */
  values?: Record<string, string | null>;
  /** Boolean flags. */
  booleans?: string[];
  /** Flags that take a value and may be given several times (read with listFlag). */
  repeatable?: string[];
}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | boolean | string[] | undefined>;
}

export function parseArgs(argv: string[], spec: FlagSpec, command: string): ParsedArgs {
  const values = spec.values ?? {};
  const booleans = new Set(spec.booleans ?? []);
  const repeatable = new Set(spec.repeatable ?? []);
  const shortToLong = new Map<string, string>();
  for (const [long, short] of Object.entries(values)) if (short) shortToLong.set(short, long);
  const positional: string[] = [];
  const flags: ParsedArgs['flags'] = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq > 0 ? eq : undefined);
      if (booleans.has(name)) {
        if (eq > 0) throw new UsageError(`${command}: --${name} takes no value`);
        flags[name] = true;
      } else if (repeatable.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`${command}: --${name} needs a value`);
        const list = flags[name];
        flags[name] = Array.isArray(list) ? [...list, value] : [value];
      } else if (name in values) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) throw new UsageError(`${command}: --${name} needs a value`);
        flags[name] = value;
      } else {
        throw new UsageError(`${command}: unknown flag --${name}`);
      }
    } else if (arg.startsWith('-') && arg.length === 2 && shortToLong.has(arg[1]!)) {
      const long = shortToLong.get(arg[1]!)!;
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${command}: ${arg} needs a value`);
      flags[long] = value;
    } else if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
      throw new UsageError(`${command}: unknown flag ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** Every value of a repeatable flag, in the order given (empty when absent). */
export function listFlag(args: ParsedArgs, name: string): string[] {
  const v = args.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

export function intFlag(args: ParsedArgs, name: string, command: string, min = 0, max?: number): number | undefined {
  const v = stringFlag(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (max !== undefined && (!Number.isInteger(n) || n < min || n > max)) throw new UsageError(`${command}: --${name} expects an integer from ${min} to ${max}, got "${v}"`);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${command}: --${name} expects an integer >= ${min}, got "${v}"`);
  return n;
}

/** `--since DATE` / `--until DATE`: the period a command looks at, validated (ISO 8601 of any precision). */
export function timeWindowFlags(args: ParsedArgs, command: string): TimeWindow {
  const w: TimeWindow = {};
  for (const name of ['since', 'until'] as const) {
    const v = stringFlag(args, name);
    if (v === undefined) continue;
    const date = /^\d{4}$/.test(v.trim()) ? v.trim() : normalizeDate(v);
    if (!date) throw new UsageError(`${command}: --${name} expects a date such as 2022-07-14, 2022-07 or 2022, got "${v}"`);
    w[name] = date.slice(0, 10);
  }
  if (w.since && w.until && compareIso(w.since, w.until) > 0) throw new UsageError(`${command}: --since ${w.since} is after --until ${w.until}`);
  return w;
}

/** `--knowledge` / `--no-knowledge`: true, false, or undefined when neither is given; both at once is an error. */
export function knowledgeFlag(args: ParsedArgs, command: string): boolean | undefined {
  const on = args.flags.knowledge === true;
  const off = args.flags['no-knowledge'] === true;
  if (on && off) throw new UsageError(`${command}: --knowledge and --no-knowledge contradict each other; give one`);
  return on ? true : off ? false : undefined;
}
