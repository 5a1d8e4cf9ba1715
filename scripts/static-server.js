/**
 * A small static file server for dist/ (HTTP or HTTPS), used by `npm start` and the end-to-end test.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Pages, the manifest and the service worker are revalidated on every load (Office caches add-in
 * pages hard); content-hashed scripts may be kept a year (their names change with them), icons a week.
 */
function cacheControl(pathname) {
  if (/\.[0-9a-f]{8}\.js$/.test(pathname)) return 'public, max-age=31536000, immutable';
  if (pathname.startsWith('/assets/')) return 'public, max-age=604800';
  return 'no-cache';
}

/** Returns an unstarted server; `tls` is { key, cert, ca } for HTTPS, or undefined for HTTP. */
function createStaticServer(root, tls) {
  const base = path.resolve(root);
  const handler = (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // A folder is its index.html, as on any static host: "/" is the web checker.
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy: ' + pathname);
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Length': st.size,
        'Cache-Control': cacheControl(pathname),
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
  return tls ? https.createServer(tls, handler) : http.createServer(handler);
}

module.exports = { createStaticServer, cacheControl };
