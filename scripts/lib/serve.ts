/**
 * Serves a built site on localhost the way Netlify and Cloudflare Pages serve it: with the headers
 * its `_headers` file gives each path (Content-Security-Policy, X-Frame-Options and the rest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

interface HeaderRule {
  path: RegExp;
  headers: [string, string][];
}

/** The rules of a `_headers` file: a path (`*` matches anything) and, indented under it, `Name: value` lines. */
export function readHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && rules.length > 0) rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Serves the folder on 127.0.0.1; resolves to its address and a way to stop it. */
export async function serve(dir: string, port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? readHeaderRules(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (response, pathname) => {
      for (const rule of rules) if (rule.path.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    },
  });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end('There is no page here.');
    }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use, perhaps by another npm start. Stop it, or choose another port: PORT=4322 npm start`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
