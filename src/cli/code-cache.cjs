// A CommonJS bundle run with V8's code cache (vm.Script cachedData; Node 20 has no such cache
// for ES modules): the launcher runs the CLI this way (launch.mjs), and the `kg extract` helper
// thread its own bundle (worker-code-cache.cjs). A cache that does not fit the script (another
// bundle, other V8 flags, damaged bytes) is rejected by V8 and never misread: the script is then
// compiled as without one, and the caller may keep what this run compiles instead (save).
'use strict';
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

/**
 * `file`, a CommonJS script, compiled with the code cache in `cacheFile` when there is one (null:
 * no cache). `stale`: there was no cache, or V8 rejected it, so the caller may `save` this run's
 * code once the functions it needs have run (the cache holds the functions compiled by then).
 */
function compileWithCodeCache(file, cacheFile) {
  let cachedData;
  if (cacheFile) try { cachedData = fs.readFileSync(cacheFile); } catch { /* the first run with this cache file */ }
  const source = fs.readFileSync(file, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  return {
    stale: Boolean(cacheFile) && (!cachedData || script.cachedDataRejected === true),
    /** Run the script as Node would require it. */
    run() {
      const module = { exports: {} };
      script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
    },
    /** Keep the code compiled so far in `cacheFile`: written atomically, never failing the run. */
    save() {
      if (!cacheFile) return;
      const tmp = `${cacheFile}.tmp-${process.pid}-${require('node:worker_threads').threadId}`;
      try {
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        try { fs.rmSync(tmp, { force: true }); } catch { /* nothing to clean */ }
      }
    },
  };
}

/** The folder of a bundle's cache files: KG_CODE_CACHE_DIR (a test's own), else beside the bundle. */
function codeCacheDir(bundleFile) {
  return process.env.KG_CODE_CACHE_DIR || path.join(path.dirname(bundleFile), 'code-cache');
}

module.exports = { compileWithCodeCache, codeCacheDir };
