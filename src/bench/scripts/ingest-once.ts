// Child process for the ingest benchmark: one ingest run, then its wall time and
// peak RSS (worker threads included) as one JSON line on stdout.
import { ingest } from '../../store/ingest.ts';

const [dataDir, input, jobs] = process.argv.slice(2);
const t0 = performance.now();
const report = await ingest([input!], { dataDir: dataDir!, jobs: jobs ? Number(jobs) : undefined });
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, maxRssMB: process.resourceUsage().maxRSS / 1024, report }) + '\n');
