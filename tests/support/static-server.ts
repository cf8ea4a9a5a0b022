/** Serves a built site on 127.0.0.1, the way a static host would. */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export async function serveStatic(dir: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
  // 'html' is what lets /v/<id>/ find /v/<id>/index.html, as a static host does.
  const handler = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const server: Server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actual}`,
    // Every connection goes, not only the idle ones: Chromium opens spare connections ahead of need.
    // In one full run on a busy machine, after-rebuild.test.ts waited minutes for a close to end.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
