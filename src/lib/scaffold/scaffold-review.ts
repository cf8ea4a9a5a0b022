/**
 * What `npm run new -- review <pupil-id>` writes: a review file for today, one blank outcome for
 * each target of the plan in force with its latest progress beside it, and a draft of the next plan
 * (plan.next.mdx, which the checker and the build do not read) that carries on every target not yet
 * achieved and keeps the achieved ones under earlierTargets.
 */
import { isMap, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { EarlierTargetSchema, type EarlierTarget, type Target } from '../../schemas/index.ts';
import type { ReviewCycle } from '../../schemas/review-cycle.ts';
import { longDate } from '../dates.ts';
import { knownAs } from '../plan/plan-words.ts';
import { STATUS_WORDS } from '../plan/progress-words.ts';
import type { PupilEntry } from '../content/school-content.ts';
import { nextReviewDate } from '../plan/school-year.ts';
import { splitFrontmatter } from '../content/yaml-source.ts';
import { PLACEHOLDER } from '../quality/placeholders.ts';

/** The name of the next plan's draft, beside plan.mdx. */
export const NEXT_PLAN_FILE = 'plan.next.mdx';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const latestProgress = (target: Target) => target.progress.at(-1);

/** True when the target's latest progress says it is achieved: the draft moves it to earlierTargets. */
export const achievedSoFar = (target: Target) => latestProgress(target)?.status === 'achieved';

export function scaffoldReview(pupil: PupilEntry, senco: string, today: string): string {
  const { plan } = pupil;
  const name = knownAs(plan);
  const attended = [...new Set([senco, plan.keyAdult])];
  const outcomes = plan.targets.flatMap((target) => {
    const latest = latestProgress(target);
    return [
      `  - target: ${target.id}`,
      `    # ${oneLine(target.staff)}`,
      ...(target.successCriteria ? [`    # Success criteria: ${oneLine(target.successCriteria)}`] : []),
      latest
        ? `    # Latest progress, ${longDate(latest.date)} (${STATUS_WORDS[latest.status].staff.toLowerCase()}): ${oneLine(latest.staff ?? latest.family ?? 'no notes')}`
        : '    # No progress recorded yet.',
      '    outcome:          # achieved | partly-achieved | not-achieved',
      '    evidence:         # what shows it: a score, a count or an observation, with its date',
      '    decision:         # carry-on | change-strategy | smaller-step | new-target | no-longer-needed',
      `    family:           # optional: the outcome in plain words for the family`,
      `    pupil:            # optional: the outcome in ${name}'s words`,
    ];
  });
  return [
    '---',
    `# ${name}'s review meeting on ${longDate(today)}, made by "npm run new". Fill in every outcome,`,
    '# evidence and decision. Until then the checker warns that the review is unfinished and the',
    '# views leave it out. A draft of the next plan is in plan.next.mdx beside plan.mdx.',
    `attended: [${attended.join(', ')}]   # staff ids, or names in words: "Mrs Okafor (mum)", ${name}`,
    `pupilViews:           # what ${name} said, in their own words`,
    'familyViews:          # what the family said',
    'outcomes:             # one for each target of the plan in force',
    ...outcomes,
    'nextSteps:            # what the meeting agreed to do next, for staff',
    '---',
    // A note in {/* */} is never shown; a bare <ForFamily> here would be an unclosed tag.
    '{/* Write the notes of the meeting below. They are for staff only, unless put in <ForFamily> or <ForPupil> sections. */}',
    '',
  ].join('\n');
}

/** What an achieved target keeps when it moves to earlierTargets: every field an earlier target has. */
const EARLIER_FIELDS = Object.keys(EarlierTargetSchema.shape) as (keyof EarlierTarget & keyof Target)[];

/**
 * The next plan, drafted from the current plan.mdx's text: comments and layout are kept; the plan
 * starts today and is reviewed at the next review point of its cycle; targets achieved so far move
 * to earlierTargets; the rest carry on with the new date and an empty progress log.
 */
export function scaffoldNextPlan(planText: string, pupil: PupilEntry, schoolCycle: ReviewCycle, today: string): string {
  const parts = splitFrontmatter(planText);
  if (!parts) throw new Error('plan.mdx has no frontmatter');
  const doc = parseDocument(parts.yaml);
  const { plan } = pupil;
  const cycle = plan.plan.reviewCycle ?? schoolCycle;
  const reviewBy = nextReviewDate(today, cycle);

  doc.setIn(['plan', 'starts'], today);
  doc.setIn(['plan', 'reviewBy'], reviewBy);
  if (doc.hasIn(['plan', 'agreedWith'])) doc.deleteIn(['plan', 'agreedWith']);

  const targets = doc.get('targets', true);
  if (!isSeq(targets)) throw new Error('plan.mdx has no list of targets');
  let earlier = doc.get('earlierTargets', true);
  if (!isSeq(earlier)) {
    earlier = new YAMLSeq();
    doc.set('earlierTargets', earlier);
  }
  const earlierSeq = earlier as YAMLSeq;
  earlierSeq.flow = false;

  const keep: unknown[] = [];
  plan.targets.forEach((target, index) => {
    const node = targets.items[index];
    if (achievedSoFar(target)) {
      const moved = Object.fromEntries(EARLIER_FIELDS.flatMap((field) => (target[field] === undefined ? [] : [[field, target[field]]])));
      const item = doc.createNode(moved) as YAMLMap;
      item.commentBefore = ` Achieved by ${longDate(latestProgress(target)!.date)}: moved here from the plan that started ${longDate(plan.plan.starts)}.`;
      earlierSeq.items.push(item);
      return;
    }
    if (isMap(node)) {
      const latest = latestProgress(target);
      node.set('by', reviewBy);
      node.set('staff', target.staff.replaceAll(longDate(target.by), longDate(reviewBy)));
      node.set('progress', doc.createNode([]));
      node.commentBefore = [
        ` Carried on from the plan that started ${longDate(plan.plan.starts)}.`,
        latest
          ? ` Latest progress, ${longDate(latest.date)}: ${oneLine(latest.staff ?? latest.family ?? STATUS_WORDS[latest.status].staff)}`
          : '',
        ` ${PLACEHOLDER}: check it against the review's decision, update the baseline and the wording, or replace it.`,
      ]
        .filter(Boolean)
        .join('\n');
      keep.push(node);
    }
  });
  if (keep.length === 0) {
    const placeholder = doc.createNode({
      id: 'new-target',
      area: plan.targets[0]!.area,
      staff: `${PLACEHOLDER}: By ${longDate(reviewBy)}, ${knownAs(plan)} will … (with a number you can measure)`,
      by: reviewBy,
    }) as YAMLMap;
    placeholder.commentBefore = ` Every target of the last plan was achieved. ${PLACEHOLDER}: write the next target, or close the plan.`;
    keep.push(placeholder);
  }
  targets.items = keep as typeof targets.items;

  doc.commentBefore = [
    ` A draft of ${knownAs(plan)}'s next plan, made by "npm run new -- review" on ${longDate(today)}.`,
    " Check each target against the review's decisions. When it is agreed, copy it over plan.mdx.",
    ' The checker and the build do not read this file until then.',
    doc.commentBefore ? doc.commentBefore : '',
  ]
    .filter(Boolean)
    .join('\n');
  return `---\n${doc.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n${parts.body}`;
}
