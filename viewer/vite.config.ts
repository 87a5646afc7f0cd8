// Vite builds the viewer into viewer/dist, which `kg serve` hands out at `/`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const repo = path.dirname(path.resolve(root));

/**
 * Writes <outDir>/.kg-build.json: when the build started and which files of the
 * repository went into it, so `kg serve` can tell a current build from a stale
 * one (src/cli/viewer-build.ts) whoever ran the build.
 */
function buildStamp(): Plugin {
  let startedMs = 0;
  return {
    name: 'kg-build-stamp',
    apply: 'build',
    buildStart() { startedMs = Date.now(); },
    writeBundle(options, bundle) {
      const sources = new Set<string>();
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        for (const id of item.moduleIds) {
          const file = id.split('?')[0]!;
          if (!file.startsWith(repo + path.sep) || file.includes(`${path.sep}node_modules${path.sep}`) || !fs.existsSync(file)) continue;
          sources.add(path.relative(repo, file));
        }
      }
      fs.writeFileSync(path.join(options.dir!, '.kg-build.json'), JSON.stringify({ startedMs, sources: [...sources].sort() }, null, 1) + '\n');
    },
  };
}

export default defineConfig({
  root,
  // Relative asset URLs: the build works wherever it is served from (kg serve, a file server, a sub-path).
  base: './',
  plugins: [buildStamp()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The viewer imports the shared contracts and file readers from ../src.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
});
