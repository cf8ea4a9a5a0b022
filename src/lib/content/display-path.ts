/** How a file is named in messages: relative to where the command runs, with forward slashes. */
import path from 'node:path';

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
