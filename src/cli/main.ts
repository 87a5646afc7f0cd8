// Entry point of the `kg` command: find the command module, run it, and turn
// errors into one readable line and a non-zero exit (never a stack trace).
import { KgError } from '../errors.ts';
import { UnknownEntityError } from '../query/resolve-name.ts';

/** A command module under ./commands exports `run` and a one-line `summary`. */
export interface CommandModule {
  summary: string;
  usage: string;
  run(argv: string[]): Promise<number | void>;
}

/** The public commands, in the order `kg help` lists them. Each lives in ./commands/<name>.ts. */
const COMMANDS = [
  'extract', 'ingest', 'build', 'export', 'neighbors', 'path', 'ask', 'entities', 'merges', 'merge', 'split',
  'serve', 'parse', 'train-ner', 'train-parser', 'train-relations', 'train-news-relations', 'start',
] as const;

async function load(name: string): Promise<CommandModule | null> {
  if (!(COMMANDS as readonly string[]).includes(name)) return null;
  try {
    return (await import(`./commands/${name}.ts`)) as CommandModule;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((e as Error).message).includes(`commands/${name}`)) return null;
    throw e;
  }
}

async function help(): Promise<void> {
  const lines = ['usage: kg <command> [options]', '', 'commands:'];
  for (const name of COMMANDS) {
    const mod = await load(name);
    if (mod) lines.push(`  ${name.padEnd(12)} ${mod.summary}`);
  }
  lines.push('', 'Run `kg <command> --help` for the options of one command.');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') { await help(); return name ? 0 : 64; }
  const mod = await load(name);
  if (!mod) {
    process.stderr.write(`kg: unknown command "${name}". Run \`kg help\` for the list.\n`);
    return 64;
  }
  if (rest.includes('--help') || rest.includes('-h')) { process.stdout.write(mod.usage.trim() + '\n'); return 0; }
  const code = await mod.run(rest);
  return typeof code === 'number' ? code : 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    if (e instanceof KgError) {
      // An unknown name with nothing close: say how to see the names the graph knows (the API's message stays neutral).
      const hint = e instanceof UnknownEntityError && !e.suggestions.length ? '; `kg entities` lists the names it knows' : '';
      process.stderr.write(`kg: ${e.message.split('\n')[0]}${hint}\n`);
      process.exitCode = e.exitCode;
    } else {
      const msg = e instanceof Error ? e.message : String(e);
      process.stderr.write(`kg: internal error: ${msg.split('\n')[0]} (set KG_DEBUG=1 for details)\n`);
      if (process.env.KG_DEBUG) console.error(e);
      process.exitCode = 70;
    }
  },
);
