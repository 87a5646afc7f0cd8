// The data folder every store command uses: --data DIR, else KG_DATA, else ./graph-data.
import type { ParsedArgs } from './args.ts';
import { stringFlag } from './args.ts';

export const DEFAULT_DATA_DIR = 'graph-data';

export function dataDirOf(args: ParsedArgs): string {
  return stringFlag(args, 'data') ?? process.env.KG_DATA ?? DEFAULT_DATA_DIR;
}
