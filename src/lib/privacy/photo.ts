/** A pupil's photo as a data URI, so it travels inside the page and is never a separate image file. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' };

export function photoDataUri(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const type = TYPES[path.extname(file).toLowerCase()];
  return type ? `data:${type};base64,${readFileSync(file).toString('base64')}` : undefined;
}
