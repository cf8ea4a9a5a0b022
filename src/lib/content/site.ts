/**
 * The school's content for the pages being built: the build's one reading of it, handed down
 * through the build context (src/lib/build-context.ts). Nothing is read or cached here.
 */
import { buildContext } from '../build-context.ts';
import type { SchoolContent } from './school-content.ts';

export const getSchool = (): SchoolContent => buildContext().content;
