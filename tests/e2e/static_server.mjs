// A minimal static file server for browser tests of the web build on 127.0.0.1 (port 0 = any free port).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
                '.data': 'application/octet-stream', '.json': 'application/json', '.png': 'image/png' };

export function serveDirectory(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.join(root, path.normalize(rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Serves a web build folder (it must hold index.html); resolves to { server, url }.
export async function serveWebBuild(dir) {
  if (!dir || !fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`no web build in ${dir}`);
  const server = await serveDirectory(dir);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}
