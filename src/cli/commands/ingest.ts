// `kg ingest PATH... [--data DIR] [--rebuild]`: analyse articles into the store and rebuild the graph.
import { ingest } from '../../store/ingest.ts';
import { parseArgs } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';

export const summary = 'analyse articles (files or folders) into the store and rebuild the graph';
export const usage = `
usage: kg ingest PATH... [--data DIR] [--rebuild]
  PATH       .txt, .html or .htm files, or folders holding them (searched recursively)
  --data     store folder (default graph-data)
  --rebuild  re-analyse every article instead of skipping those already stored
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null }, booleans: ['rebuild', 'quiet'] }, 'ingest');
  const dataDir = dataDirOf(args);
  const r = await ingest(args.positional, {
    dataDir,
    rebuild: Boolean(args.flags.rebuild),
    onWarning: (m) => process.stderr.write(`kg: warning: ${m}\n`),
  });
  if (!args.flags.quiet) {
    process.stdout.write(
      `ingested ${r.files} file(s) into ${dataDir}: ${r.added} new, ${r.replaced} replaced, ${r.unchanged} unchanged, ${r.skipped} skipped; ` +
      `graph: ${r.documents} documents, ${r.nodes} entities, ${r.edges} relations\n`,
    );
  }
  return 0;
}
