// `kg extract FILE... [--json]`: analyse articles without storing anything.
import { KgError, UsageError } from '../../errors.ts';
import { loadSecondStages, loadStages } from '../../pipeline/analyze.ts';
import { collectInputFiles } from '../../store/input-files.ts';
import { parseDateOption } from '../../store/read-article-file.ts';
import { parseArgs, stringFlag } from '../args.ts';
import { extractFile, type ExtractSettings } from '../extract-job.ts';
import { firstHalfHelpers } from '../../store/first-halves.ts';
import { withRaisedTierUpThreshold } from '../../store/tier-up.ts';
import { extractInParallel } from '../extract-pool.ts';

export const summary = 'analyse articles and print entities and relations (nothing is stored)';
export const usage = `
usage: kg extract FILE|FOLDER... [--json [--with-syntax]] [--no-knowledge] [--date YYYY-MM-DD] [--no-relation-model] [--news-model]
  --json                one JSON document per article, one per line, in input order
  --with-syntax         (with --json) add "syntax": every sentence's words with UPOS tag, head and UD relation
  --no-knowledge        leave out world knowledge the text does not state (gazetteer
                        containment, "basis": "knowledge")
  --date                the articles' publication date, over any the text or a sidecar (story.meta.json) gives
  --no-relation-model   relations from the rules only, without the learned classifier (to compare)
  --news-model          also run the news relation model (off by default: it adds nothing on news it was
                        not trained on; see src/pipeline/relate/model/README.md)
`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { values: { date: null }, booleans: ['json', 'with-syntax', 'no-knowledge', 'no-relation-model', 'news-model'] }, 'extract');
  const dateFlag = stringFlag(args, 'date');
  const date = dateFlag ? parseDateOption(dateFlag, 'extract') : undefined;
  const syntax = args.flags['with-syntax'] === true;
  if (syntax && !args.flags.json) throw new UsageError('extract: --with-syntax adds the parse to the JSON output; use it with --json');
  const files = collectInputFiles(args.positional, (m) => process.stderr.write(`kg: warning: ${m}\n`));
  const settings: ExtractSettings = { stages: { knowledge: !args.flags['no-knowledge'], relationModel: !args.flags['no-relation-model'], newsModel: args.flags['news-model'] === true }, date, syntax, json: args.flags.json === true };
  return withRaisedTierUpThreshold(() => extractAll(files.map((f) => f.path), settings));
}

async function extractAll(files: string[], settings: ExtractSettings): Promise<number> {
  let failed = 0;
  const out: string[] = [];
  const flush = () => { if (out.length) { process.stdout.write(out.join('')); out.length = 0; } };
  const workers = process.env.KG_EXTRACT_WORKERS ? Number(process.env.KG_EXTRACT_WORKERS) || 0 : firstHalfHelpers(files.length);
  if (workers === 0) {
    const stages = await loadStages(settings.stages);
    for (const file of files) {
      let text: string;
      try {
        text = extractFile(file, stages, settings);
      } catch (e) {
        if (!(e instanceof KgError) || files.length === 1) throw e;
        failed++;
        flush();
        process.stderr.write(`kg: skipped ${file}: ${e.message}\n`);
        continue;
      }
      out.push(text);
      if (out.length >= 64) flush();
    }
  } else {
    // KG_PARSE_AHEAD=1: the helper parses ahead while it keeps ahead of this thread (extract-pool.ts). Off by
    // default, as it does not pay on two cores: on eng.testa (medians of 5 alternating runs, CPU seconds per
    // thread) it moves work from this thread to the helper (this one 3.94 -> 3.27, the helper 2.40 -> 3.20) but
    // adds to the whole (7.80 -> 7.94: the parser compiled in both threads, the trees copied), and on two cores the
    // wall time is bounded by the whole over two as much as by this thread (3.9 s either way); on loaded cores it
    // was slower (26.7 -> 28.6 s). With a third core free it would shorten the run by this thread's 0.7 s.
    const parseAhead = process.env.KG_PARSE_AHEAD === '1' ? 'when-spare' : 'never';
    await extractInParallel(files, (gazetteer) => loadSecondStages(settings.stages, gazetteer), settings, workers, (r, i) => {
      if (r.text !== undefined) { out.push(r.text); if (out.length >= 64) flush(); return; }
      if (!r.userError) throw new Error(r.error);
      failed++;
      flush();
      process.stderr.write(`kg: skipped ${files[i]!}: ${r.error}\n`);
    }, parseAhead);
  }
  flush();
  if (failed === files.length) return 2;
  return 0;
}
