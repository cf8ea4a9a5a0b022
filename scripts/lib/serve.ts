/** Serves a built site on localhost with the same headers a real host gets from _headers. */
import { createServer } from 'node:http';
import sirv from 'sirv';

export async function serve(dir: string, port: number): Promise<string> {
  const files = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (response) => {
      response.setHeader('Referrer-Policy', 'no-referrer');
      response.setHeader('X-Robots-Tag', 'noindex, nofollow');
      response.setHeader('X-Content-Type-Options', 'nosniff');
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
  return `http://localhost:${port}`;
}
