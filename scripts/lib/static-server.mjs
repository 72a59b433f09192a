// A small static file server for tests and benchmarks: serves a folder on an
// ephemeral localhost port, with optional extra response headers (for the CSP
// and Trusted Types test pages), optional delays, and a log of every path requested.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * @param {string} root
 * @param {{ headers?: (path: string) => Record<string, string>, delay?: (url: string) => number }} [options]
 */
export async function serveStatic(root, options = {}) {
  const base = resolve(root);
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    // A slow response, to see a page before its script arrives.
    const wait = options.delay?.(req.url ?? '/') ?? 0;
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...(options.headers?.(path) ?? {}) });
      res.end(body);
    } catch {
      // Browsers ask for /favicon.ico on their own; that is not the page's request.
      if (path === '/favicon.ico') res.writeHead(204).end();
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done(undefined))),
  };
}
