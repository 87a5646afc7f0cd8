// `kg serve`: the JSON API and the viewer for a graph store or a graph file,
// until Ctrl-C.
import { parseArgs, stringFlag, intFlag } from '../args.ts';
import { allowHostFlags } from '../allow-host.ts';
import { checkDataDir } from '../data-dir.ts';
import { UsageError } from '../../errors.ts';
import { startServer, loadGraphFile, loadStoreGraph, SERVER_DEFAULTS } from '../../server/index.ts';
import { ensureViewerBuilt } from '../viewer-build.ts';
import { stopSignal } from '../stop-signal.ts';

export const summary = 'serve the HTTP API and the graph viewer';
export const usage = `
usage: kg serve [--data DIR | --graph FILE] [--port N] [--host H] [--allow-host NAME]...

  --data DIR    graph store (default graph-data); re-read when kg ingest updates it
  --graph FILE  serve a .gexf, .graphml or graphology .json file instead of the store
  --port N      port (default ${SERVER_DEFAULTS.port}; 0 = any free port)
  --host H      interface to bind (default ${SERVER_DEFAULTS.host}; 0.0.0.0 exposes it to the network)
  --allow-host NAME  also answer requests addressed to NAME (repeatable); by default only
                localhost, 127.0.0.1, [::1] and the --host are answered, others get 403

API: /api/ask?q=  /api/entities?q=  /api/entities/:id  /api/path?from=&to=  /api/graph  /api/graph/summary
     /api/subgraph?top=  /api/neighborhood/:id?depth=&limit=  /api/documents/:id
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, graph: null, port: null, host: null }, repeatable: ['allow-host'] }, 'serve');
  if (args.positional.length) throw new UsageError(`kg serve: unexpected argument "${args.positional[0]}"; use --data DIR or --graph FILE`);
  const data = stringFlag(args, 'data');
  const file = stringFlag(args, 'graph');
  if (data && file) throw new UsageError('kg serve: give either --data DIR or --graph FILE, not both');
  const port = intFlag(args, 'port', 'serve', 0) ?? SERVER_DEFAULTS.port;
  if (port > 65535) throw new UsageError(`kg serve: --port expects 0-65535, got ${port}`);
  const allowHosts = allowHostFlags(args, 'serve');
  const dataDir = file ? undefined : checkDataDir(data ?? 'graph-data', 'serve');
  const graph = dataDir === undefined ? await loadGraphFile(file!) : loadStoreGraph(dataDir);
  // The URL printed below must lead to a working page: build the viewer first if it is missing or stale.
  const viewerDir = await ensureViewerBuilt((line) => process.stderr.write(`kg serve: ${line}\n`));
  // From a store, graph.json is re-read when it changes, so `kg ingest` shows on a viewer refresh.
  // Listening for the stop signal before the URL is out: whoever reads it may signal at once.
  const stopped = stopSignal();
  const server = await startServer({ graph, port, host: stringFlag(args, 'host'), dataDir, viewerDir, allowHosts });
  process.stdout.write(`kg serve: ${server.url} (${graph.order} entities, ${graph.size} relations; Ctrl-C to stop)\n`);
  await stopped;
  await server.close();
  return 0;
}
