/**
 * Plan quality (DESIGN §7): is every plan SMART? Each rule looks at one plan (or, for generic
 * strategies, at every plan in the school) and says what is weak, where and how to fix it.
 * Everything here is a warning; school.yaml `quality: { strict: true }` makes them problems.
 */
import type { Plan, Target } from '../../schemas/index.ts';
import { MAX_TARGETS_ADVISED } from '../../schemas/index.ts';
import { today as todayOf } from '../dates.ts';
import { findWord } from './plain-language.ts';
import { isPlaceholder } from './placeholders.ts';
import type { PupilEntry, SchoolContent } from '../content/school-content.ts';

export type QualityRule =
  | 'target-count'
  | 'target-date'
  | 'baseline'
  | 'success-criteria'
  | 'strategy-or-provision'
  | 'vague-words'
  | 'review-date'
  | 'missing-wording'
  | 'generic-strategy'
  | 'agreed-detail'
  | 'unfinished';

/** Each rule in a few words, for the register (which must not quote the plan). */
export const QUALITY_RULE_WORDS: Record<QualityRule, string> = {
  'target-count': 'more than four targets',
  'target-date': 'target date outside the plan',
  baseline: 'no baseline',
  'success-criteria': 'success criteria missing or not measurable',
  'strategy-or-provision': 'no strategy or provision',
  'vague-words': 'vague words',
  'review-date': 'review overdue',
  'missing-wording': 'family or pupil wording missing',
  'generic-strategy': 'strategy used by most pupils',
  'agreed-detail': "a bank strategy's agreed detail not given",
  unfinished: 'unfinished: TODO still in the plan',
};

export interface QualityFinding {
  rule: QualityRule;
  /** Where in the plan's YAML: ['targets', 0, 'baseline']. */
  path: (string | number)[];
  message: string;
  fix: string;
}

/** Words that make a target impossible to measure. */
export const VAGUE_WORDS = [
  'improve',
  'improved',
  'improving',
  'better',
  'regularly',
  'as required',
  'as needed',
  'access',
  'support with',
  'more confident',
  'when appropriate',
];

/**
 * Success criteria are measurable when they hold a number (digits or a number word), a frequency, or a
 * behaviour someone can see or count.
 */
const MEASURABLE =
  /\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twice|once|every|each|all|no|none|per|out of|times?|days?|weeks?|minutes?|without (help|prompting|a prompt|adult))\b/i;

const targetWords = (target: Target) => [target.staff, target.successCriteria ?? ''].join(' ');

/** The quality findings for one pupil's plan. */
export function checkPlanQuality(pupil: PupilEntry, on: string = todayOf()): QualityFinding[] {
  const { plan } = pupil;
  if (plan.planStatus === 'closed') return [];
  const findings: QualityFinding[] = [];
  const add = (rule: QualityRule, path: (string | number)[], message: string, fix: string) => findings.push({ rule, path, message, fix });

  if (plan.targets.length > MAX_TARGETS_ADVISED) {
    add(
      'target-count',
      ['targets'],
      `The plan has ${plan.targets.length} targets; three or four work best.`,
      'Keep the four that matter most and move the rest to the next plan.',
    );
  }
  plan.targets.forEach((target, index) => {
    const at = (...rest: (string | number)[]) => ['targets', index, ...rest];
    if (target.by < plan.plan.starts || target.by > plan.plan.reviewBy) {
      add(
        'target-date',
        at('by'),
        `The target's date, ${target.by}, is outside the plan (${plan.plan.starts} to ${plan.plan.reviewBy}).`,
        "Set a date between the plan's start and its review.",
      );
    }
    if (!target.baseline) {
      add(
        'baseline',
        at(),
        'The target has no baseline, so no one can tell how far the pupil has come.',
        'Add "baseline:" with where the pupil is now, how it was measured and when.',
      );
    }
    if (!target.successCriteria) {
      add(
        'success-criteria',
        at(),
        'The target has no success criteria.',
        'Add "successCriteria:" with a number, a count, how often, or something you can see.',
      );
    } else if (!MEASURABLE.test(target.successCriteria) && !isPlaceholder(target.successCriteria)) {
      add(
        'success-criteria',
        at('successCriteria'),
        'The success criteria have no number, count, frequency or behaviour to see, so they cannot be measured.',
        'Say how everyone will know: a number, a count, how often, or something you can see the pupil do.',
      );
    }
    if (target.strategies.length === 0 && target.provision.length === 0) {
      add(
        'strategy-or-provision',
        at(),
        'The target has no strategy and no provision, so no one knows what will help.',
        'Add "strategies:" from the bank, or "provision:" saying who does what and how often.',
      );
    }
    const vague = VAGUE_WORDS.filter((word) => findWord(targetWords(target), word) !== -1);
    if (vague.length > 0) {
      add(
        'vague-words',
        at(findWord(target.staff, vague[0]!) !== -1 ? 'staff' : 'successCriteria'),
        `The target uses vague words: ${vague.map((word) => `"${word}"`).join(', ')}.`,
        'Say exactly what the pupil will do, how much and how often, like "read 20 words with no more than 2 errors".',
      );
    }
    if (!target.family)
      add(
        'missing-wording',
        at(),
        'The target has no family wording, so it is left out of the family view.',
        'Add "family:" with the target in plain words.',
      );
    if (!target.pupil)
      add(
        'missing-wording',
        at(),
        'The target has no pupil wording, so it is left out of the pupil view.',
        'Add "pupil:" with the target in the pupil\'s words, starting "I will…".',
      );
  });
  if (plan.plan.reviewBy < on) {
    add(
      'review-date',
      ['plan', 'reviewBy'],
      `The review was due on ${plan.plan.reviewBy} and is overdue.`,
      'Hold the review, add its file to reviews/, and set the next review date.',
    );
  }
  plan.needs.forEach((need, index) => {
    if (!need.family)
      add('missing-wording', ['needs', index], 'This need has no family wording.', 'Add "family:" saying it in plain words.');
    if (!need.pupil)
      add('missing-wording', ['needs', index], 'This need has no pupil wording.', 'Add "pupil:" saying it in the pupil\'s words.');
  });
  return findings;
}

/** A pupil's whole-day strategy as a comparable key: the bank id, or its own wording (a bank strategy with a note is the pupil's own). */
const strategyKey = (use: Plan['strategies'][number]) =>
  use.ref && !use.staff ? `ref:${use.ref}` : `own:${(use.staff ?? '').toLowerCase().replace(/\W+/g, ' ').trim()}`;

/**
 * Whole-day strategies with the same wording in most plans in the school are good practice for
 * everyone, not individual strategies: each pupil's list should say what is special about them.
 * Needs at least four plans to mean anything.
 */
export function genericStrategies(content: SchoolContent): Map<string, QualityFinding[]> {
  const active = content.pupils.filter((pupil) => pupil.plan.planStatus === 'active');
  const result = new Map<string, QualityFinding[]>();
  if (active.length < 4) return result;
  const counts = new Map<string, number>();
  for (const pupil of active)
    for (const key of new Set(pupil.plan.strategies.map(strategyKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const pupil of active) {
    pupil.plan.strategies.forEach((use, index) => {
      // New plans all start with the same placeholder strategy: that is not good practice copied.
      if (isPlaceholder(use.staff)) return;
      const used = counts.get(strategyKey(use)) ?? 0;
      if (used * 2 <= active.length) return;
      const name = use.ref ? `"${content.strategies.get(use.ref)?.title ?? use.ref}"` : 'This strategy';
      const findings = result.get(pupil.id) ?? [];
      findings.push({
        rule: 'generic-strategy',
        path: ['strategies', index],
        message: `${name} is in ${used} of ${active.length} plans, so it reads as good practice for everyone rather than for this pupil.`,
        fix: 'Say what is special about it for this pupil in "staff:", or keep it for the class and list this pupil\'s own strategies.',
      });
      result.set(pupil.id, findings);
    });
  }
  return result;
}
