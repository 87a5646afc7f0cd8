// The `kg` launcher. Compiling TypeScript on every start costs ~0.4 s, which
// dominates short commands and batch extraction, so the CLI runs from one
// bundle cached under node_modules/.cache/news-kg, rebuilt with esbuild (already
// installed with Vite) whenever a file under src/ changes. Each module keeps its
// own import.meta.url, so data files and workers are found where they live.
// If the bundle cannot be built, the CLI runs through tsx as before.
//
// The CLI also runs from a CommonJS copy of its bundle, so V8 can keep the code it
// compiled for a command between runs (vm.Script cachedData; Node 20 has no such
// cache for ES modules): parsing and compiling the bundle's functions again on every
// start cost ~55 ms of CPU per `kg extract` of one article (measured: 522 -> 466 ms
// median of 7 alternating runs). The `kg extract` helper thread starts from a CommonJS copy of
// its own bundle with its own code cache in the same way (worker-code-cache.cjs).
// KG_NO_CODE_CACHE=1 runs the ES module bundles instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pruneOldBundles, registerUser, sourceKey, writeCheckoutRecord } from './bundle-cache.mjs';
import { codeCacheDir, compileWithCodeCache } from './code-cache.cjs';

const SRC = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const ROOT = path.dirname(SRC);
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'news-kg');
const ENTRY = path.join(SRC, 'cli', 'main.ts');

/** Entry points bundled: the CLI, and the worker-thread sides of parallel ingest and extract. */
const ENTRIES = {
  cli: ENTRY,
  worker: path.join(SRC, 'store', 'analyze-worker.ts'),
  'first-halves-worker': path.join(SRC, 'store', 'first-halves-worker.ts'),
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
  // The CLI and the extract helper once more as CommonJS scripts (see code-cache.cjs); without them the ES modules above serve.
  for (const [entry, out] of [[ENTRY, CJS_CLI], [ENTRIES['first-halves-worker'], CJS_FIRST_HALVES_WORKER]]) {
    try {
      await esbuild.build({
        entryPoints: [entry],
        outfile: path.join(tmp, out),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        supported: { 'regexp-unicode-property-escapes': true },
        packages: 'external',
        plugins: [keepModuleUrl],
        logLevel: 'silent',
      });
    } catch (e) {
      if (process.env.KG_DEBUG) console.error(`kg: no CommonJS ${out}, running the ES modules:`, e);
    }
  }
  writeCheckoutRecord(tmp, SRC);
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    // Another kg process built the same sources first: use theirs.
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'cli.mjs'))) throw e;
  }
}

async function bundleDir() {
  if (process.env.KG_NO_BUNDLE) return null;
  try {
    const key = sourceKey(SRC);
    const dir = path.join(CACHE, key);
    if (!fs.existsSync(path.join(dir, 'cli.mjs'))) {
      fs.mkdirSync(CACHE, { recursive: true });
      await buildBundle(dir);
      pruneOldBundles(CACHE, key);
    }
    return dir;
  } catch (e) {
    if (process.env.KG_DEBUG) console.error('kg: bundle unavailable, using tsx:', e);
    return null;
  }
}

/** The CommonJS copies of the CLI bundle and of the extract helper's. */
const CJS_CLI = 'cli.cjs';
const CJS_FIRST_HALVES_WORKER = 'first-halves-worker.cjs';

/**
 * Run the CommonJS CLI bundle as Node would require it, from V8's code cache of the
 * same command's earlier run when there is one. A run with no usable cache that ends
 * well keeps what it compiled (at exit: the functions that ran are in it), one cache
 * file per command, beside the bundle (a new bundle starts without).
 */
function runWithCodeCache(file) {
  const command = process.argv[2] ?? 'help';
  const cacheFile = /^[a-z][a-z0-9-]*$/.test(command) ? path.join(codeCacheDir(file), `${command}.bin`) : null;
  const script = compileWithCodeCache(file, cacheFile);
  const asksHelp = process.argv.includes('--help') || process.argv.includes('-h');
  if (script.stale && !asksHelp) process.once('exit', (code) => { if (code === 0) script.save(); });
  script.run();
}

const bundle = await bundleDir();
if (bundle) {
  // registered until it exits, so that no other checkout's launcher removes the bundle under it (bundle-cache.mjs)
  registerUser(bundle);
  // Parallel ingest and extract start their worker threads from the same bundle (store/analyze-pool.ts, cli/extract-pool.ts).
  process.env.KG_WORKER_BUNDLE = path.join(bundle, 'worker.mjs');
  process.env.KG_FIRST_HALVES_WORKER_BUNDLE = path.join(bundle, 'first-halves-worker.mjs');
  const cjs = path.join(bundle, CJS_CLI);
  const codeCache = !process.env.KG_NO_CODE_CACHE;
  const cjsHelper = path.join(bundle, CJS_FIRST_HALVES_WORKER);
  if (codeCache && fs.existsSync(cjsHelper)) {
    // the extract helper starts from its CommonJS bundle with its own code cache (worker-code-cache.cjs)
    process.env.KG_FIRST_HALVES_WORKER_BUNDLE = path.join(SRC, 'cli', 'worker-code-cache.cjs');
    process.env.KG_FIRST_HALVES_WORKER_SCRIPT = cjsHelper;
  }
  if (codeCache && fs.existsSync(cjs)) runWithCodeCache(cjs);
  else await import(pathToFileURL(path.join(bundle, 'cli.mjs')).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
