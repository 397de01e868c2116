import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';

// Serves a directory on loopback, as any static host would serve a plugin repository.
export async function serveDirectory(dir) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://host.invalid');
    requests.push(pathname);
    const file = path.join(dir, path.posix.normalize(decodeURIComponent(pathname)));
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-length': body.length }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close };
}
