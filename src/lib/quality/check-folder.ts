/**
 * Everything `npm run check` finds in a content folder: each file against its schema, the files
 * against each other, then each plan's quality, plain language and symbols. The editor's checks
 * panel reads the same list, so both say the same thing in the same words.
 */
import { loadContent } from '../content/load-content.ts';
import type { Problem } from '../content/problems.ts';
import type { SchoolContent } from '../content/school-content.ts';
import { checkQuality } from './quality.ts';
import { checkSymbols } from './symbols-check.ts';

export interface FolderCheck {
  /** The content, when every file could be read and matched its schema. */
  content?: SchoolContent | undefined;
  quality?: ReturnType<typeof checkQuality> | undefined;
  /** Every problem, errors and warnings. */
  problems: Problem[];
}

export function checkFolder(folder: string): FolderCheck {
  const loaded = loadContent(folder);
  const { content } = loaded;
  const quality = content ? checkQuality(content) : undefined;
  return { content, quality, problems: [...loaded.problems, ...(quality?.problems ?? []), ...(content ? checkSymbols(content) : [])] };
}
