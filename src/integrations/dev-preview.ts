/**
 * The dev server (npm run dev) serves the plaintext preview to this computer only, and only the
 * site. Left to itself, Vite's dev server would hand any file under the project to anything that can
 * reach it: the content folder (plans, as text or compiled), the keyring, Astro's data store (every
 * plan's body) and the poster cache. So every request for one of those is refused, whatever way it is
 * spelt (/@fs/, encoded, a virtual module), and any request from another machine is refused too.
 * The content folder is watched, so a saved edit reloads the page.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheFolder, contentFolder, DEFAULT_CONTENT_FOLDER, keyringFolder } from '../lib/config.ts';

/** Virtual modules that carry the content itself (every plan's body is in the data layer). */
const CONTENT_MODULES = /astro:(data-layer-content|content)\b|data-store\.json/;

/** The folders the dev server never serves from, for a project at `root`. */
export function privateFolders(root: string): string[] {
  return [
    contentFolder(),
    path.resolve(root, DEFAULT_CONTENT_FOLDER),
    keyringFolder(),
    path.resolve(root, '.waypoint'),
    cacheFolder(),
    path.resolve(root, '.astro'),
    path.resolve(root, 'node_modules', '.astro'),
    path.resolve(root, 'node_modules', '.cache'),
    path.resolve(root, '.git'),
  ];
}

const inside = (file: string, folder: string) => {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The address as the server will read it: decoded (however often it was encoded), without its query. */
function decodedPath(url: string): string {
  let text = url.split(/[?#]/)[0] ?? '';
  for (let round = 0; round < 4; round++) {
    try {
      const next = decodeURIComponent(text);
      if (next === text) break;
      text = next;
    } catch {
      break;
    }
  }
  return text.replace(/__x00__/g, '\0');
}

/** True when a request would reach a private folder or a module made of the content. */
export function isPrivateRequest(url: string, root: string): boolean {
  const address = decodedPath(url);
  if (CONTENT_MODULES.test(address) || CONTENT_MODULES.test(url)) return true;
  // The same file can be asked for relative to the project, by its absolute path (/@fs/), or by id.
  const files = [path.join(root, address)];
  for (const prefix of ['/@fs', '/@id']) if (address.startsWith(`${prefix}/`)) files.push(address.slice(prefix.length));
  const folders = privateFolders(root);
  return files.some((file) => folders.some((folder) => inside(path.resolve(file), folder)));
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function guard(root: string) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      response.statusCode = 403;
      response.end('The preview is for this computer only.');
    } else if (isPrivateRequest(request.url ?? '/', root)) {
      response.statusCode = 404;
      response.end('Not found.');
    } else next();
  };
}

export function devPreview(): AstroIntegration {
  return {
    name: 'waypoint:dev-preview',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        updateConfig({
          server: { host: '127.0.0.1' },
          vite: {
            // Tells the layout it is being served by the dev server, which styles pages with <style>.
            define: { 'import.meta.env.WAYPOINT_DEV_SERVER': 'true' },
            plugins: [
              {
                name: 'waypoint:dev-guard',
                configureServer(server) {
                  // Registered here, before Vite adds its own handlers, so it sees every request first.
                  server.middlewares.use(guard(root));
                  // A saved plan reloads the pages open in the browser (the pages read it afresh).
                  const content = contentFolder();
                  server.watcher.add(content);
                  server.watcher.on('change', (file) => {
                    if (inside(path.resolve(file), content)) server.ws.send({ type: 'full-reload' });
                  });
                },
              },
            ],
          },
        });
      },
    },
  };
}
