// `kg export --format F [-o PATH]`: stream the graph in one of the export
// formats to stdout, a file or (csv, neo4j-csv) a folder. Files are written to
// a temporary name and renamed into place, so a failed export leaves no half
// file behind.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs, stringFlag, timeWindowFlags } from '../args.ts';
import { checkDataDir } from '../data-dir.ts';
import { restrictToWindow } from '../../query/time-window.ts';
import { loadGraph } from '../../store/graph-file.ts';
import { InputError, UsageError } from '../../errors.ts';
import { batched, EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportFormat } from '../../export/index.ts';
import { assignMetrics } from '../../graph/metrics.ts';

export const summary = 'export the graph (gexf, gexf1.2, graphml, json, csv, neo4j-csv, cypher)';
export const usage = `
usage: kg export --format F [-o PATH] [--dynamic] [--metrics] [--since DATE] [--until DATE] [--data DIR]
  --dynamic          (gexf, gexf1.2) a dynamic graph: nodes live from their first to their last
                     dated article, every dated statement is a spell of its edge (Gephi's timeline)
  --metrics          (gexf, gexf1.2, graphml, csv, neo4j-csv) each entity's degree, weighted degree, PageRank,
                     betweenness (sampled above 2,000 entities) and Louvain community as node attributes
  --since, --until   only what articles stated within the period (dates: 2022-07-14, 2022-07 or 2022)

formats:
${EXPORT_FORMATS.map((f) => `  ${f.name.padEnd(10)} ${f.description}`).join('\n')}

  -o, --out PATH  output file (default: stdout); for csv and neo4j-csv a folder (created if missing)
  --data DIR      graph store (default graph-data)
`;

/** Stream pieces into `file` through a temporary file in the same folder, renamed at the end. */
export async function writeChunksAtomic(chunks: Iterable<string>, file: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  try {
    await pipeline(Readable.from(batched(chunks)), fs.createWriteStream(tmp));
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true });
    throw e;
  }
}

/** Stream pieces to stdout, waiting whenever the pipe is full. */
async function writeChunksToStdout(chunks: Iterable<string>): Promise<void> {
  for (const chunk of batched(chunks)) {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }
}

function statOrNull(p: string): fs.Stats | null {
  try { return fs.statSync(p); } catch { return null; }
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { since: null, until: null, format: 'f', out: 'o', data: null }, booleans: ['dynamic', 'metrics'] }, 'export');
  if (args.positional.length) throw new UsageError(`kg export: unexpected argument "${args.positional[0]}"; use --format F and -o PATH`);
  const name = stringFlag(args, 'format');
  if (!name) throw new UsageError(`kg export: --format is required; one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const format = exportFormat(name);
  if (!format) throw new UsageError(`kg export: unknown format "${name}"; expected one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  const dynamic = args.flags.dynamic === true;
  if (dynamic && !format.dynamic) throw new UsageError(`kg export: --dynamic writes time as GEXF dynamics; use it with --format gexf or gexf1.2, not ${format.name}`);
  const out = stringFlag(args, 'out');
  const multi = format.files.length > 1;
  if (multi && !out) throw new UsageError(`kg export: ${format.name} writes ${format.files.map((f) => f.name).join(', ')}; give a folder with -o DIR`);
  if (out) {
    const st = statOrNull(out);
    if (multi && st && !st.isDirectory()) throw new InputError(`kg export: ${out} is a file, but ${format.name} needs a folder for ${format.files.map((f) => f.name).join(', ')}`);
    const parent = path.dirname(path.resolve(out));
    if (!multi && !statOrNull(parent)?.isDirectory()) throw new InputError(`kg export: folder ${parent} does not exist; create it or choose another -o path`);
  }
  const graph = restrictToWindow(loadGraph(checkDataDir(stringFlag(args, 'data') ?? 'graph-data', 'export')), timeWindowFlags(args, 'export'));
  const metrics = args.flags.metrics === true ? assignMetrics(graph) : null;
  if (!out) {
    await writeChunksToStdout(format.files[0]!.chunks(graph, { dynamic }));
    return 0;
  }
  const written: string[] = [];
  if (multi) {
    await fsp.mkdir(out, { recursive: true });
    for (const f of format.files) {
      const file = path.join(out, f.name);
      await writeChunksAtomic(f.chunks(graph, { dynamic }), file);
      written.push(file);
    }
  } else {
    const file = statOrNull(out)?.isDirectory() ? path.join(out, format.files[0]!.name) : out;
    await writeChunksAtomic(format.files[0]!.chunks(graph, { dynamic }), file);
    written.push(file);
  }
  const sizes = written.map((f) => `${f} (${fs.statSync(f).size} bytes)`);
  const measured = metrics ? `, with metrics (betweenness ${metrics.betweenness}${metrics.betweenness === 'approximate' ? ` from ${metrics.pivots} sources` : ''}, ${metrics.communities} communities)` : '';
  process.stderr.write(`kg export: ${format.name}, ${graph.order} entities, ${graph.size} relations${measured} -> ${sizes.join(', ')}\n`);
  return 0;
}
