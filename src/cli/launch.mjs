// The `kg` launcher. Compiling TypeScript on every start costs ~0.4 s, which
// dominates short commands and batch extraction, so the CLI runs from one
// bundle cached under node_modules/.cache/news-kg, rebuilt with esbuild (already
// installed with Vite) whenever a file under src/ changes. Each module keeps its
// own import.meta.url, so data files and workers are found where they live.
// If the bundle cannot be built, the CLI runs through tsx as before.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ROOT = path.dirname(SRC);
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'news-kg');
const ENTRY = path.join(SRC, 'cli', 'main.ts');

/** A key that changes when any source file is added, removed or modified. */
function sourceKey() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|mts|mjs|js|json)$/.test(entry.name)) hash.update(`${full}:${fs.statSync(full).mtimeMs}\n`);
    }
  };
  walk(SRC);
  return hash.digest('hex').slice(0, 16);
}

/** Entry points bundled: the CLI, and the worker-thread sides of parallel ingest and extract. */
const ENTRIES = {
  cli: ENTRY,
  worker: path.join(SRC, 'store', 'analyze-worker.ts'),
  'extract-worker': path.join(SRC, 'cli', 'extract-worker.ts'),
};

async function buildBundle(dir) {
  const esbuild = await import('esbuild');
  const keepModuleUrl = {
    name: 'keep-module-url',
    setup(build) {
      build.onLoad({ filter: /\.(ts|mts)$/ }, async (args) => {
        const url = JSON.stringify(pathToFileURL(args.path).href);
        const source = await fs.promises.readFile(args.path, 'utf8');
        return { contents: source.replaceAll('import.meta.url', url), loader: 'ts' };
      });
    },
  };
  const tmp = `${dir}.tmp-${process.pid}`;
  await esbuild.build({
    entryPoints: ENTRIES,
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // One chunk per command (and shared chunks): a command loads only the modules and
    // packages it uses, not linkedom, the GEXF/GraphML writers and the layout for every \`kg\` run.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'node20',
    // Node 20 has these; without this esbuild rebuilds every \p{...} regex literal on each evaluation.
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    plugins: [keepModuleUrl],
    logLevel: 'silent',
    banner: { js: "import { createRequire as __kgRequire } from 'node:module'; const require = __kgRequire(import.meta.url);" },
  });
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // Another kg process built the same sources first: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'cli.mjs'))) throw e;
  }
}

/** Old bundles go once nothing started from them can still be starting workers. */
function pruneOldBundles(keep) {
  const hour = 60 * 60 * 1000;
  for (const old of fs.readdirSync(CACHE)) {
    const full = path.join(CACHE, old);
    if (old === keep) continue;
    try {
      if (Date.now() - fs.statSync(full).mtimeMs > hour || old.startsWith('cli-')) fs.rmSync(full, { recursive: true, force: true });
    } catch { /* already gone */ }
  }
}

async function bundleDir() {
  if (process.env.KG_NO_BUNDLE) return null;
  try {
    const key = sourceKey();
    const dir = path.join(CACHE, key);
    if (!fs.existsSync(path.join(dir, 'cli.mjs'))) {
      fs.mkdirSync(CACHE, { recursive: true });
      await buildBundle(dir);
      pruneOldBundles(key);
    }
    return dir;
  } catch (e) {
    if (process.env.KG_DEBUG) console.error('kg: bundle unavailable, using tsx:', e);
    return null;
  }
}

const bundle = await bundleDir();
if (bundle) {
  // Parallel ingest and extract start their worker threads from the same bundle (store/analyze-pool.ts, cli/extract-pool.ts).
  process.env.KG_WORKER_BUNDLE = path.join(bundle, 'worker.mjs');
  process.env.KG_EXTRACT_WORKER_BUNDLE = path.join(bundle, 'extract-worker.mjs');
  await import(pathToFileURL(path.join(bundle, 'cli.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
