/**
 * A bank strategy written for every pupil leaves the pupil's own detail to the plan: "let them go to
 * the agreed place", "prompt with the agreed signal". A supply teacher cannot act on that until the
 * plan says what the place or the signal is, so the checker asks for it once per plan, until a
 * `staff:` note on the strategy's use in `strategies:` says.
 */
import type { QualityFinding } from './plan-quality.ts';
import type { SchoolContent } from '../content/school-content.ts';

/** "the agreed place", "their agreed tool": a detail each plan must fill in. */
export const AGREED_DETAIL = /\b(?:the|their) agreed [a-z]+/i;

/** The detail a bank strategy leaves to the plan, if any: "the agreed place". */
export const agreedDetail = (staffWording: string): string | undefined => AGREED_DETAIL.exec(staffWording)?.[0];

/** For each pupil, the bank strategies whose agreed detail their plan does not give. */
export function agreedDetails(content: SchoolContent): Map<string, QualityFinding[]> {
  const result = new Map<string, QualityFinding[]>();
  for (const pupil of content.pupils) {
    const { plan } = pupil;
    if (plan.planStatus === 'closed') continue;
    const explained = new Set(plan.strategies.flatMap((use) => (use.ref && use.staff ? [use.ref] : [])));
    // Every place the plan uses a bank strategy, whole-day strategies first.
    const uses: { id: string; path: (string | number)[] }[] = [
      ...plan.strategies.flatMap((use, index) => (use.ref ? [{ id: use.ref, path: ['strategies', index, 'ref'] }] : [])),
      ...plan.targets.flatMap((target, t) => target.strategies.map((id, index) => ({ id, path: ['targets', t, 'strategies', index] }))),
    ];
    const asked = new Set<string>();
    const findings: QualityFinding[] = [];
    for (const { id, path } of uses) {
      const strategy = content.strategies.get(id);
      const detail = strategy && agreedDetail(strategy.staff);
      if (!strategy || !detail || explained.has(id) || asked.has(id)) continue;
      asked.add(id);
      findings.push({
        rule: 'agreed-detail',
        path,
        message: `The bank strategy "${strategy.title}" says "${detail}", but this plan does not say what that is.`,
        fix: `Under "strategies:", give "- ref: ${id}" a "staff:" note saying what ${detail.toLowerCase()} is for this pupil, like staff: "${capitalise(detail.replace(/^(the|their) /i, 'the '))} is …".`,
      });
    }
    if (findings.length > 0) result.set(pupil.id, findings);
  }
  return result;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
