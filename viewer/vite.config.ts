// Vite builds the viewer into viewer/dist, which `kg serve` hands out at `/`.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the build works wherever it is served from (kg serve, a file server, a sub-path).
  base: './',
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
