/**
 * Placeholders: `npm run new` and `npm run import` write TODO wherever the SENCO has words to
 * write. A plan with one is unfinished, and says so once; its placeholder text is not read for plain
 * language, symbols or quality, which would only repeat the same news in other words.
 */
import type { QualityFinding } from './plan-quality.ts';

/** The word the scaffolds leave in a field to be written. */
export const PLACEHOLDER = 'TODO';

const MARK = new RegExp(`\\b${PLACEHOLDER}\\b`);
const MARKS = new RegExp(MARK.source, 'g');

/** How many placeholders a file still has. */
export const countPlaceholders = (fileText: string): number => fileText.match(MARKS)?.length ?? 0;

/** True when the text is (or still holds) a placeholder. */
export const isPlaceholder = (text: string | undefined): boolean => text !== undefined && MARK.test(text);

/**
 * One warning for a file that still has placeholders, in its fields, comments or body: how many
 * there are and the line of the first. Undefined when there are none.
 */
export function unfinishedFile(fileText: string, firstLine = 1): (Omit<QualityFinding, 'path'> & { line: number }) | undefined {
  const total = countPlaceholders(fileText);
  if (total === 0) return undefined;
  const first = fileText.split(/\r?\n/).findIndex((line) => MARK.test(line)) + firstLine;
  const count = total === 1 ? `1 place still says ${PLACEHOLDER}` : `${total} places still say ${PLACEHOLDER}`;
  return {
    rule: 'unfinished',
    line: first,
    message: `This plan is not finished: ${count}, the first on line ${first}.`,
    fix: `Write the plan's own words in place of each ${PLACEHOLDER} (and delete a ${PLACEHOLDER} comment once it is done), then run npm run check again.`,
  };
}
