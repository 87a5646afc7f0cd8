// A tiny HTTP server for viewer tests before/without `kg serve`: the built
// viewer at / and a given graph JSON at /api/graph.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serveViewer(distDir: string, graphJson: () => string, port = 0): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/graph') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(graphJson());
      return;
    }
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(distDir, rel);
    if (!file.startsWith(path.resolve(distDir)) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: a free port, so parallel test runs (other worktrees on the same machine) never collide.
    server.listen(port, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`,
      close: () => new Promise((r) => server.close(() => r())),
    }));
  });
}
