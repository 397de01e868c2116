import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const contentTypes = {
  '.css': 'text/css; charset=utf-8',
  '.eot': 'application/vnd.ms-fontobject',
  '.gif': 'image/gif',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function fileIfPresent(file) {
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function insideDir(dir, relative) {
  const resolved = path.resolve(dir, `.${path.posix.normalize(`/${relative}`)}`);
  return resolved.startsWith(path.resolve(dir) + path.sep) ? resolved : null;
}

export function sendJson(res, status, body) {
  res.writeHead(status, { 'content-type': contentTypes['.json'], 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function sendFile(res, file) {
  const body = await readFile(file);
  const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
  res.end(body);
}

export async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) {
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : null;
}
