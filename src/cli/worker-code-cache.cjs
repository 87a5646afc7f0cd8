// A worker thread's start from a CommonJS bundle with V8's code cache (code-cache.cjs): the
// launcher points KG_FIRST_HALVES_WORKER_BUNDLE here and names the bundle in
// KG_FIRST_HALVES_WORKER_SCRIPT (launch.mjs). Without a fitting cache the thread keeps what it
// compiled when it ends well (exit code 0: the `kg extract` helper ends itself once its batch is
// done, cli/extract-pool.ts; a thread that is terminated keeps nothing).
'use strict';
const path = require('node:path');
const { codeCacheDir, compileWithCodeCache } = require('./code-cache.cjs');

const file = process.env.KG_FIRST_HALVES_WORKER_SCRIPT;
if (!file) throw new Error('worker-code-cache.cjs: KG_FIRST_HALVES_WORKER_SCRIPT names no bundle');
const script = compileWithCodeCache(file, path.join(codeCacheDir(file), `${path.basename(file, '.cjs')}.bin`));
if (script.stale) process.once('exit', (code) => { if (code === 0) script.save(); });
script.run();
