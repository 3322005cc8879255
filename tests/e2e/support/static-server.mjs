// A tiny static file server for the end-to-end tests (Chromium via Playwright, Firefox via
// puppeteer-core). Plain JavaScript so `node --test` can import it without a TypeScript loader.
//
// It listens on 127.0.0.1 only, on a free port chosen by the OS, serves files from one folder
// (by default tests/fixtures/pages) and lets a test attach response headers to a path, or
// serve a file under another path with its own headers, e.g. a page under a strict CSP.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * @param {{ root?: string }} [options]
 * @returns {Promise<import('./static-server.d.mts').StaticServer>}
 */
export async function startStaticServer(options = {}) {
  const root = path.resolve(options.root ?? PAGES_DIR);
  /** @type {Map<string, { file?: string, body?: string, headers: Record<string, string> }>} */
  const routes = new Map();
  /** @type {string[]} */
  const requests = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const route = routes.get(url.pathname);
    const extraHeaders = route?.headers ?? {};
    try {
      let body;
      let type;
      if (route?.body !== undefined) {
        body = Buffer.from(route.body, 'utf8');
        type = CONTENT_TYPES[path.extname(url.pathname)] ?? 'text/html; charset=utf-8';
      } else {
        if (url.pathname === '/favicon.ico' && !route) {
          // Browsers ask for it on their own; answer so no 404 shows up as a console error.
          res.writeHead(204).end();
          return;
        }
        const relative = route?.file ?? decodeURIComponent(url.pathname).replace(/^\/+/, '');
        const file = path.resolve(root, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
        if (file !== root && !file.startsWith(root + path.sep)) {
          res.writeHead(403, { 'Content-Type': 'text/plain' }).end('outside the served folder');
          return;
        }
        body = await readFile(file);
        type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
        ...extraHeaders,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      const notFound = /** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT';
      res.writeHead(notFound ? 404 : 500, { 'Content-Type': 'text/plain' }).end(notFound ? 'not found' : 'error');
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;

  return {
    origin,
    root,
    requests,
    url(pathname) {
      return new URL(pathname, `${origin}/`).href;
    },
    setHeaders(pathname, headers) {
      const key = new URL(pathname, `${origin}/`).pathname;
      const existing = routes.get(key);
      routes.set(key, { ...existing, headers: { ...existing?.headers, ...headers } });
    },
    route(pathname, spec) {
      const key = new URL(pathname, `${origin}/`).pathname;
      routes.set(key, { file: spec.file, body: spec.body, headers: spec.headers ?? {} });
      return new URL(key, `${origin}/`).href;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      });
    },
  };
}
