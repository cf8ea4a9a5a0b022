/**
 * A review file made by `npm run new -- review` starts with blank outcomes. Until they are filled
 * in, the review is unfinished: the checker warns (it does not stop the build) and the views leave
 * the review out, so the school's site keeps building while the meeting is written up.
 */
import { displayPath } from './display-path.ts';
import { FILLED_IN_LATER } from './filled-in-later.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';


const blank = (value: unknown) => value === null || (typeof value === 'string' && value.trim() === '');

/** A warning when the review file, as read, has blank outcome, evidence or decision fields; otherwise undefined. */
export function unfinishedReview(file: string, source: YamlSource): Problem | undefined {
  if (source.syntax.length > 0 || typeof source.data !== 'object' || source.data === null) return undefined;
  const outcomes = (source.data as { outcomes?: unknown }).outcomes;
  if (!Array.isArray(outcomes)) return undefined;
  const gaps = outcomes.flatMap((outcome, index) =>
    typeof outcome === 'object' && outcome !== null
      ? FILLED_IN_LATER.filter((field) => field in outcome && blank((outcome as Record<string, unknown>)[field])).map((field) => ({ index, field }))
      : [],
  );
  if (gaps.length === 0) return undefined;
  const targets = new Set(gaps.map((gap) => gap.index)).size;
  return {
    file: displayPath(file),
    line: source.lineOf(['outcomes', gaps[0]!.index, gaps[0]!.field]),
    field: `Outcome ${gaps[0]!.index + 1}`,
    message: `This review is not finished: ${targets === 1 ? '1 target has' : `${targets} targets have`} no outcome, evidence or decision yet, so the views leave the review out.`,
    fix: 'Fill in the outcome, evidence and decision of every target, then run npm run check again.',
    severity: 'warning',
  };
}
