// `kg start` (what `npm start` runs): ingest the bundled sample articles, make
// sure the viewer is built, serve both, print the URL, keep running.
import path from 'node:path';
import { ingest } from '../../store/ingest.ts';
import { ensureViewerBuilt } from '../viewer-build.ts';
import { stopSignal } from '../stop-signal.ts';
import { parseArgs, intFlag, stringFlag } from '../args.ts';
import { dataDirOf } from '../data-dir.ts';
import { allowHostFlags } from '../allow-host.ts';

export const summary = 'ingest the sample articles, build the viewer if needed, and serve it';
export const usage = `
usage: kg start [--data DIR] [--articles DIR] [--port N] [--host H] [--allow-host NAME]... [--no-serve]
  --articles  folder of articles to ingest (default <data>/articles)
  --port      port for the viewer (default 5173; a busy port falls back to a free one)
  --allow-host  also answer requests addressed to this host name (repeatable; see kg serve)
  --no-serve  ingest and build, then exit
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, articles: null, port: null, host: null }, booleans: ['no-serve'], repeatable: ['allow-host'] }, 'start');
  const allowHosts = allowHostFlags(args, 'start');
  const dataDir = dataDirOf(args, 'start');
  const articles = stringFlag(args, 'articles') ?? path.join(dataDir, 'articles');
  const r = await ingest([articles], { dataDir, onWarning: (m) => process.stderr.write(`kg: warning: ${m}\n`) });
  process.stdout.write(`graph: ${r.documents} article(s), ${r.nodes} entities, ${r.edges} relations (${r.added} newly analysed)\n`);
  const viewerDir = await ensureViewerBuilt((line) => process.stderr.write(`kg: ${line}\n`));
  if (args.flags['no-serve']) return 0;
  const { startServer, loadStoreGraph } = await import('../../server/index.ts');
  const requested = intFlag(args, 'port', 'start', 0) ?? 5173;
  const host = stringFlag(args, 'host') ?? '127.0.0.1';
  const graph = loadStoreGraph(dataDir);
  // Listening for the stop signal before the URL is out: whoever reads it may signal at once.
  const stopped = stopSignal();
  let server;
  try {
    server = await startServer({ graph, host, port: requested, viewerDir, dataDir, allowHosts });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    server = await startServer({ graph, host, port: 0, viewerDir, dataDir, allowHosts });
  }
  process.stdout.write(`viewer: ${server.url}\n(press Ctrl-C to stop)\n`);
  await stopped;
  await server.close();
  return 0;
}
