/** Where the school's content lives: content/, or the folder named by WAYPOINT_CONTENT. */
import path from 'node:path';

export const DEFAULT_CONTENT_FOLDER = 'content';

export function contentFolder(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env['WAYPOINT_CONTENT'] || DEFAULT_CONTENT_FOLDER);
}

/** How a file is named in messages: relative to where the command runs, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') ? file : relative).split(path.sep).join('/');
}
