// Serving the built viewer (viewer/dist) and nothing else: the request path is
// decoded once, normalised, joined to the root and then resolved through
// symlinks; anything that lands outside the root's real path is refused, so
// "..", "%2e%2e", "%2f" tricks and links pointing out of dist all fail.
import fs from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.ico': 'image/x-icon', '.webp': 'image/webp', '.woff': 'font/woff', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.gexf': 'application/xml', '.graphml': 'application/xml',
};

export type StaticResult =
  | { kind: 'file'; file: string; contentType: string; size: number }
  | { kind: 'error'; status: number; message: string }
  | { kind: 'not-built' };

async function realRoot(root: string): Promise<string | null> {
  try { return await fs.realpath(root); } catch { return null; }
}

/** Find the file for a URL path under `root`, or say why there is none. */
export async function resolveStatic(root: string, urlPath: string): Promise<StaticResult> {
  let decoded: string;
  try { decoded = decodeURIComponent(urlPath); } catch { return { kind: 'error', status: 400, message: 'malformed percent-encoding in the path' }; }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'error', status: 400, message: 'invalid characters in the path' };
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..')) return { kind: 'error', status: 403, message: 'paths outside the viewer are not served' };
  const rootReal = await realRoot(root);
  if (!rootReal) return { kind: 'not-built' };
  let rel = path.posix.normalize(decoded).replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const candidate = path.join(rootReal, rel);
  if (candidate !== rootReal && !candidate.startsWith(rootReal + path.sep)) return { kind: 'error', status: 403, message: 'paths outside the viewer are not served' };
  let real: string;
  try { real = await fs.realpath(candidate); } catch {
    if (rel === 'index.html') return { kind: 'not-built' };
    return { kind: 'error', status: 404, message: `no file ${urlPath}` };
  }
  if (!real.startsWith(rootReal + path.sep)) return { kind: 'error', status: 403, message: 'paths outside the viewer are not served' };
  const st = await fs.stat(real);
  if (!st.isFile()) return { kind: 'error', status: 404, message: `no file ${urlPath}` };
  const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? 'application/octet-stream';
  return { kind: 'file', file: real, contentType: type, size: st.size };
}

export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg: viewer not built</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>The viewer is not built yet</h1>
<p>Build it once with <code>npm run build:viewer</code>, then reload this page.</p>
<p>The API already works: <a href="/api">/api</a> lists the routes, e.g.
<a href="/api/entities">/api/entities</a> or <code>/api/ask?q=Who+is+connected+to+...</code>.</p>
</body></html>
`;
