// `kg merge A B`: record that A is the same entity as B; survives re-ingestion.
import { correctStore } from '../../store/corrections.ts';
import { UsageError } from '../../errors.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'merge entity A into entity B (a correction kept across re-ingestion)';
export const usage = `
usage: kg merge A B [--reason TEXT] [--data DIR]
  A, B      names, aliases or ids; quote names with spaces
  --reason  why (kept with the correction and shown with the merged entity)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, reason: null } }, 'merge');
  if (args.positional.length !== 2) throw new UsageError('merge: expected two entities, e.g. kg merge "Kiev" "Kyiv"');
  const reason = stringFlag(args, 'reason');
  const { change, graph } = correctStore(dataDirOf(args, 'merge'), { kind: 'merge', from: args.positional[0]!, into: args.positional[1]!, note: { reason } });
  process.stdout.write(`${change.summary}; graph: ${graph.order} entities, ${graph.size} relations\n`);
  return 0;
}
