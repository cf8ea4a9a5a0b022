/** The pictures Waypoint reads from the content folder (in free text, and a school's symbols), by file ending. */
import path from 'node:path';

export const PICTURE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
};

export const PICTURE_TYPES_IN_WORDS = 'a PNG, JPG, WebP, GIF or SVG file';

export const isPicture = (file: string) => Object.hasOwn(PICTURE_TYPES, path.extname(file).toLowerCase());
