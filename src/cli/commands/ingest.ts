// `kg ingest PATH... [--data DIR] [--rebuild] [--jobs N]`: analyse articles into the store and rebuild the graph.
import os from 'node:os';
import { ingest } from '../../store/ingest.ts';
import { intFlag, knowledgeFlag, parseArgs, stringFlag } from '../args.ts';
import { parseDateOption } from '../../store/read-article-file.ts';
import { dataDirOf } from '../data-dir.ts';
import { createProgress } from '../progress.ts';

/** More worker threads than this only add memory and switching: twice the cores, at least 16. */
export const MAX_JOBS = Math.max(16, 2 * os.availableParallelism());

export const summary = 'analyse articles (files or folders) into the store and rebuild the graph';
export const usage = `
usage: kg ingest PATH... [--data DIR] [--rebuild] [--jobs N] [--no-knowledge | --knowledge] [--date YYYY-MM-DD] [--quiet] [--json]
  PATH       .txt, .html or .htm files, or folders holding them (searched recursively)
  --data     store folder (default graph-data)
  --rebuild  re-analyse every article instead of skipping those already stored
  --jobs     worker threads for analysis, 1-${MAX_JOBS} (default: one per core when there are at
             least 4 MB of new text, else analysis runs in the main thread)
  --no-knowledge  leave world knowledge the articles do not state (gazetteer containment,
             "basis": "knowledge") out of the graph, for this and later builds
  --knowledge     put it back
  --date     the publication date of the articles analysed in this run, over any their text
             or a sidecar (story.meta.json beside story.txt) gives
  --quiet    no progress and no summary line
  --json     print the report as one JSON object instead of the summary line: counts,
             timings (ms: scan, analysis, analysisSecondHalf, graph) and usage
             (cpuMs of every thread, peakRssMB)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { data: null, jobs: null, date: null }, booleans: ['rebuild', 'quiet', 'json', 'knowledge', 'no-knowledge'] }, 'ingest');
  const dataDir = dataDirOf(args, 'ingest');
  const jobs = intFlag(args, 'jobs', 'ingest', 1, MAX_JOBS);
  const dateFlag = stringFlag(args, 'date');
  const quiet = Boolean(args.flags.quiet);
  const progress = createProgress('ingest', process.stderr, quiet);
  let interrupted = false;
  const onSignal = () => { interrupted = true; process.stderr.write('\nkg: stopping; nothing from this run will be committed\n'); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const r = await ingest(args.positional, {
      dataDir,
      rebuild: Boolean(args.flags.rebuild),
      jobs,
      ...(dateFlag ? { date: parseDateOption(dateFlag, 'ingest') } : {}),
      onWarning: (m) => process.stderr.write(`kg: warning: ${m}\n`),
      onProgress: (done, total) => progress.update(done, total),
      cancelled: () => interrupted,
      knowledge: knowledgeFlag(args, 'ingest'),
    });
    progress.finish();
    if (args.flags.json) {
      const u = process.resourceUsage();
      const usage = { cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000), peakRssMB: Math.round(u.maxRSS / 1024) };
      process.stdout.write(`${JSON.stringify({ ...r, usage })}\n`);
    } else if (!quiet) {
      process.stdout.write(
        `ingested ${r.files} file(s) into ${dataDir}: ${r.added} new, ${r.replaced} replaced, ${r.unchanged} unchanged, ${r.skipped} skipped; ` +
        `graph: ${r.documents} documents, ${r.nodes} entities, ${r.edges} relations\n`,
      );
    }
  } finally {
    progress.finish();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
