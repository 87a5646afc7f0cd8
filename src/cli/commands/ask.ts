// `kg ask "QUESTION"`: the question engine of src/query/ask, printed as text
// or JSON. The same engine answers GET /api/ask and the viewer.
import { parseArgs, stringFlag, intFlag, timeWindowFlags } from '../args.ts';
import { checkDataDir } from '../data-dir.ts';
import { restrictToWindow } from '../../query/time-window.ts';
import { loadGraph } from '../../store/graph-file.ts';
import { UsageError } from '../../errors.ts';
import { ask, QUESTION_FORMS, PATH_DEFAULTS } from '../../query/index.ts';

export const summary = 'answer a question about the graph, with evidence';
export const usage = `
usage: kg ask "QUESTION" [--json] [--limit N] [--max-hops N] [--since DATE] [--until DATE] [--data DIR]
  --since, --until   only what articles stated within the period (dates: 2022-07-14, 2022-07 or 2022)

Questions it understands:
${QUESTION_FORMS.map((f) => `  ${f}`).join('\n')}

  --json        print the answer as JSON (entities, relations, paths, evidence)
  --limit N     most relations listed (default 25)
  --max-hops N  hop limit for path questions (default 4, at most ${PATH_DEFAULTS.maxHopsLimit})
  --data DIR    graph store (default graph-data)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { since: null, until: null, limit: null, 'max-hops': null, data: null }, booleans: ['json'] }, 'ask');
  const question = args.positional.join(' ').trim();
  if (!question) throw new UsageError('kg ask: expected a question, e.g. kg ask "Who is connected to Ukraine?"');
  const limit = intFlag(args, 'limit', 'ask', 1);
  const maxHops = intFlag(args, 'max-hops', 'ask', 1, PATH_DEFAULTS.maxHopsLimit);
  const graph = restrictToWindow(loadGraph(checkDataDir(stringFlag(args, 'data') ?? 'graph-data', 'ask')), timeWindowFlags(args, 'ask'));
  const answer = ask(graph, question, { limit, maxHops });
  process.stdout.write((args.flags.json ? JSON.stringify(answer, null, 2) : answer.text) + '\n');
  return 0;
}
