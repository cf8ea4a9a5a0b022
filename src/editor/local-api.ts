/**
 * Keystatic's local-mode file routes (tree, blob, update), with Waypoint's writer in the way:
 * every file Keystatic saves goes through the writer (src/editor/waypoint-writer.ts) before it is
 * written, and a file whose editor view differs (a one-list file shown as a form, a body's notes
 * shown as blocks) is served as that view. Keystatic checks each path against its configuration and
 * does the reading and writing.
 */
import { makeGenericAPIRouteHandler } from '@keystatic/core/api/generic';
import type { Config } from '@keystatic/core';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { kindOfPath } from './content-kinds.ts';
import { fromEditorFile, toEditorFile } from './waypoint-writer.ts';

/** Git's name for a file's contents, which Keystatic uses to know a file has not changed. */
const blobSha = (contents: Buffer) => createHash('sha1').update(`blob ${contents.byteLength}\0`).update(contents).digest('hex');

type TreeEntry = { path: string; mode: string; type: string; sha: string };

export function localApi(folder: string, config: Config) {
  const keystatic = makeGenericAPIRouteHandler({ config, localBaseDirectory: folder });
  const isContentPath = (file: string) => kindOfPath(file) !== undefined && file.split('/').every((part) => part !== '.' && part !== '..');
  const read = (file: string) => (existsSync(path.join(folder, file)) ? readFileSync(path.join(folder, file), 'utf8') : undefined);
  /** The file as the editor sees it, when that differs from the file (a one-list file, a body with notes). */
  const editorView = (file: string) => {
    const text = isContentPath(file) ? read(file) : undefined;
    const view = text === undefined ? undefined : toEditorFile(file, text);
    return view === undefined || view === text ? undefined : Buffer.from(view);
  };

  /** Keystatic's tree of the folder, naming the editor's view of each file that has one. */
  const withEditorShas = (entries: TreeEntry[]) =>
    entries.map((entry) => {
      const view = entry.type === 'blob' ? editorView(entry.path) : undefined;
      return view ? { ...entry, sha: blobSha(view) } : entry;
    });

  return async (request: Request): Promise<Response> => {
    const route = new URL(request.url).pathname.replace(/^\/api\/keystatic\/?/, '');
    let forwarded = request;
    if (request.method === 'GET' && route.startsWith('blob/') && request.headers.get('no-cors') === '1') {
      const [, sha, ...parts] = route.split('/');
      const file = parts.map(decodeURIComponent).join('/');
      const view = editorView(file);
      if (view) return blobSha(view) === sha ? new Response(view) : new Response('Not Found', { status: 404 });
    }
    if (request.method === 'POST' && route === 'update' && request.headers.get('no-cors') === '1') {
      const update = (await request.json()) as { additions?: { path: string; contents: string }[]; deletions?: unknown };
      const additions = (update.additions ?? []).map((addition) => {
        if (typeof addition?.path !== 'string' || !isContentPath(addition.path)) return addition;
        const saved = Buffer.from(addition.contents, 'base64').toString('utf8');
        const written = fromEditorFile(addition.path, saved, read(addition.path));
        return { path: addition.path, contents: Buffer.from(written).toString('base64') };
      });
      forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ ...update, additions }) });
    }
    const { body, status, headers } = await keystatic(forwarded);
    if (status === 200 && (route === 'tree' || route === 'update') && typeof body === 'string') {
      return new Response(JSON.stringify(withEditorShas(JSON.parse(body) as TreeEntry[])), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response(body as BodyInit | null, { status: status ?? 200, ...(headers ? { headers } : {}) });
  };
}
