// `kg split NAME`: undo merges into an entity: your own `kg merge` into it, or,
// when there is none, keep each article's mention of it apart.
import { correctStore } from '../../store/corrections.ts';
import { UsageError } from '../../errors.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'split an entity: undo merges into it (a correction kept across re-ingestion)';
export const usage = `
usage: kg split NAME [--reason TEXT] [--data DIR]
  --reason  why (kept with the correction)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, reason: null } }, 'split');
  if (args.positional.length === 0) throw new UsageError('split: expected an entity name, e.g. kg split "John Smith"');
  const reason = stringFlag(args, 'reason');
  const { change, graph } = correctStore(dataDirOf(args, 'split'), { kind: 'split', entity: args.positional.join(' '), note: { reason } });
  process.stdout.write(`${change.summary}; graph: ${graph.order} entities, ${graph.size} relations\n`);
  return 0;
}
