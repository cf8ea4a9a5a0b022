/**
 * content/pupils/<pupil-id>/plan.mdx: a pupil's current Individual Education Plan.
 * The pupil id is the folder name; it never appears in anything published.
 */
import { z } from 'zod';
import { AboutMeSchema } from './plan-parts/about-me.ts';
import { AlertSchema } from './plan-parts/alert.ts';
import { AreaOfNeedSchema, AudienceTextSchema, fix, IdSchema, IsoDateSchema, StaffOnlyTextSchema, TextSchema } from './common.ts';
import { EhcpSchema } from './plan-parts/ehcp.ts';
import { FamilyViewSchema } from './plan-parts/family-view.ts';
import { ResponsibilitiesSchema } from './plan-parts/responsibilities.ts';
import { ReviewArrangementsSchema } from './plan-parts/review-arrangements.ts';
import { ReviewCycleSchema } from './review-cycle.ts';
import { StrategyUseSchema } from './plan-parts/strategy-use.ts';
import { SymbolDensitySchema } from './symbols.ts';
import { EarlierTargetSchema, TargetSchema } from './plan-parts/target.ts';
import { YearGroupSchema } from './year-group.ts';

/** A plan can have at most this many targets; the checker warns from MAX_TARGETS_ADVISED + 1. */
export const MAX_TARGETS = 5;
export const MAX_TARGETS_ADVISED = 4;

/** Languages the family view's interface can be shown in. */
export const FAMILY_LANGUAGES = ['en', 'pl', 'ur', 'ar', 'ro', 'pa', 'bn', 'so', 'pt', 'es', 'lt', 'tr'] as const;

export const NeedSchema = AudienceTextSchema.extend({
  /** The broad area of need. */
  area: AreaOfNeedSchema.meta({ title: 'Area of need', description: 'The broad area of need.', examples: ['cognition-and-learning'] }),
});

export const PlanDatesSchema = z.strictObject({
  /** The day this plan starts. */
  starts: IsoDateSchema.meta({ title: 'Starts', description: 'The day this plan starts.', examples: ['2026-09-07'] }),
  /** The date of the next review meeting. */
  reviewBy: IsoDateSchema.meta({ title: 'Review by', description: 'The date of the next review meeting.', examples: ['2026-12-11'] }),
  /** How often this plan is reviewed; the school's default if left out. */
  reviewCycle: ReviewCycleSchema.optional().meta({
    title: 'Review cycle',
    description: "How often this plan is reviewed; the school's default if left out.",
  }),
  /** When the family and the pupil agreed the plan. */
  agreedWith: z
    .strictObject({
      /** The day the family agreed the plan. */
      family: IsoDateSchema.optional().meta({ title: 'Family wording', description: 'The day the family agreed the plan.' }),
      /** The day the pupil agreed the plan. */
      pupil: IsoDateSchema.optional().meta({ title: 'Pupil wording', description: 'The day the pupil agreed the plan.' }),
    })
    .optional()
    .meta({ title: 'Agreed with', description: 'When the family and the pupil agreed the plan.' }),
});

export const PlanSchema = z
  .strictObject({
    /** The pupil's full legal name, as the school's records have it. */
    name: TextSchema.meta({ title: 'Name', description: "The pupil's full legal name, as the school's records have it.", examples: ['Amara Okafor'] }),
    /** The name the pupil likes to be called; used in the family and pupil views. */
    preferredName: TextSchema.optional().meta({
      title: 'Preferred name',
      description: 'The name the pupil likes to be called; used in the family and pupil views.',
    }),
    /** The pupil's pronouns: she/her, he/him, they/them. */
    pronouns: TextSchema.optional().meta({ title: 'Pronouns', description: "The pupil's pronouns: she/her, he/him, they/them." }),
    /** The pupil's date of birth. */
    dateOfBirth: IsoDateSchema.meta({ title: 'Date of birth', description: "The pupil's date of birth.", examples: ['2017-03-14'] }),
    /** The year group: R for Reception, or 1 to 14. */
    yearGroup: YearGroupSchema.meta({ title: 'Year group', description: 'The year group: R for Reception, or 1 to 14.', examples: [5] }),
    /** The pupil's class or form, like 5H or 9X. */
    className: TextSchema.meta({ title: 'Class', description: "The pupil's class or form, like 5H or 9X.", examples: ['5H'] }),
    /** The teaching sets the pupil is in (secondary), like 9Sc3: each has a class sheet. */
    sets: z
      .array(TextSchema.meta({ title: 'Set' }))
      .default([])
      .meta({
        title: 'Teaching sets',
        description: 'The teaching sets the pupil is in, like [9Sc3, 9Ma4]. Each set has its own class sheet.',
      }),
    /** SEN support, or an Education, Health and Care Plan (EHCP). */
    status: z
      .enum(['sen-support', 'ehcp'])
      .meta({ title: 'Status', description: 'SEN support, or an Education, Health and Care Plan (EHCP).', examples: ['sen-support'] }),
    /** The staff id of the pupil's key adult, from staff.yaml. */
    keyAdult: IdSchema.meta({ title: 'Key adult', description: "The staff id of the pupil's key adult, from staff.yaml.", examples: ['ms-patel'] }),
    /** The plan's dates. */
    plan: PlanDatesSchema.meta({
      title: 'Plan dates',
      description: "The plan's dates.",
      examples: [{ starts: '2026-09-07', reviewBy: '2026-12-11' }],
    }),
    /**
     * How many symbols this pupil's "My plan" and poster show: every-key-word, one-per-sentence or
     * none. Left out, the school's setting for the pupil's year decides (school.yaml `symbols:`).
     */
    symbols: SymbolDensitySchema.optional().meta({
      title: 'Symbols',
      description:
        "How many symbols this pupil's My plan and poster show: every-key-word, one-per-sentence or none. Left out, the school's setting for the pupil's year decides.",
    }),
    /** How this plan's review is held; each field left out comes from school.yaml's reviewArrangements. */
    reviewArrangements: ReviewArrangementsSchema.optional(),
    /** When the pupil will no longer need a plan (exit criteria), written once per audience. */
    exitCriteria: AudienceTextSchema.optional().meta({
      title: 'Exit criteria',
      description: 'When the pupil will no longer need a plan, with staff, family and pupil wording.',
    }),
    /** The interface language of the family view: en, pl, ur, ar, ro… */
    familyLanguage: z
      .enum(FAMILY_LANGUAGES)
      .default('en')
      .meta({ title: 'Family language', description: 'The interface language of the family view: en, pl, ur, ar, ro…' }),
    /** The pupil's needs, one entry per area, the main one first. */
    needs: z
      .array(NeedSchema.meta({ title: 'Need' }))
      .min(1)
      .meta({
        title: 'Needs',
        description: "The pupil's needs, one entry per area, the main one first.",
        followedBy: '"- area: cognition-and-learning"',
      }),
    /** Current attainment and assessment detail. Staff only. */
    attainment: z.array(TextSchema).default([]).meta({ title: 'Attainment', description: 'Current attainment and assessment detail. Staff only.' }),
    /** What the pupil is good at, written once per audience. */
    strengths: z
      .array(AudienceTextSchema.meta({ title: 'Strength' }))
      .default([])
      .meta({ title: 'Strengths', description: 'What the pupil is good at, written once per audience.' }),
    /** The pupil's own voice. */
    aboutMe: AboutMeSchema.default({ admire: [], important: [], helpsMe: [] }).meta({ title: 'About me', description: "The pupil's own voice." }),
    /** For a pupil with an EHCP: the plan's long-term outcomes. */
    ehcp: EhcpSchema.optional().meta({ title: 'EHCP', description: "For a pupil with an EHCP: the plan's long-term outcomes." }),
    /** Up to four SMART targets (five at most). */
    targets: z
      .array(TargetSchema.meta({ title: 'Target' }))
      .min(1)
      .meta({ title: 'Targets', description: 'Up to four SMART targets (five at most).', followedBy: 'each target' }),
    /** Strategies every adult uses all day, in every lesson. The first five lead the one-page profile. */
    strategies: z
      .array(StrategyUseSchema.meta({ title: 'Strategy' }))
      .default([])
      .meta({
        title: 'Strategies',
        description: 'Strategies every adult uses all day, in every lesson. The first five lead the one-page profile.',
      }),
    /** Pastoral needs, written once per audience. */
    pastoral: AudienceTextSchema.optional().meta({ title: 'Pastoral', description: 'Pastoral needs, written once per audience.' }),
    /** Medical needs. Staff only. */
    medical: StaffOnlyTextSchema.optional().meta({ title: 'Medical', description: 'Medical needs. Staff only.' }),
    /** Medical and safety alerts every adult must know. Staff only; printed on every class sheet. */
    alerts: z
      .array(AlertSchema.meta({ title: 'Alert' }))
      .default([])
      .meta({
        title: 'Medical and safety alerts',
        description: 'What every adult must know at once, like an inhaler or an evacuation chair. Staff only; printed on every class sheet.',
      }),
    /** Confidential matters. Staff only: never in the family or pupil views. */
    confidential: TextSchema.optional().meta({
      title: 'Confidential',
      description: 'Confidential matters. Staff only: never in the family or pupil views.',
    }),
    /** Who does what. */
    responsibilities: ResponsibilitiesSchema.optional().meta({ title: 'Responsibilities', description: 'Who does what.' }),
    /** What the family told the school between reviews, each with its date. Staff view only. */
    familyViews: z.array(FamilyViewSchema).default([]).meta({
      title: "Family's views",
      description: 'What the family told the school at any time, not only at reviews, each with its date. Shown in the staff view.',
    }),
    /** Ids of group education plans (content/groups/) this pupil belongs to. */
    groups: z
      .array(IdSchema.meta({ title: 'Group' }))
      .default([])
      .meta({ title: 'Groups', description: 'Ids of group education plans (content/groups/) this pupil belongs to.' }),
    /** Targets from earlier plans, kept so reviews can name them. */
    earlierTargets: z
      .array(EarlierTargetSchema.meta({ title: 'Earlier target' }))
      .default([])
      .meta({ title: 'Earlier targets', description: 'Targets from earlier plans, kept so reviews can name them.' }),
    /** active while the plan is in use; closed when the pupil no longer needs one. */
    planStatus: z
      .enum(['active', 'closed'])
      .default('active')
      .meta({ title: 'Plan status', description: 'active while the plan is in use; closed when the pupil no longer needs one.' }),
    /** Why the plan was closed: required when planStatus is closed. */
    closedReason: TextSchema.optional().meta({
      title: 'Reason for closing',
      description: 'Why the plan was closed: required when planStatus is closed.',
    }),
  })
  .superRefine((plan, ctx) => {
    if (plan.targets.length > MAX_TARGETS) {
      ctx.addIssue({
        code: 'custom',
        path: ['targets'],
        message: `The plan has ${plan.targets.length} targets. A plan can have at most ${MAX_TARGETS}, and three or four work best.`,
        ...fix('Keep the three or four targets that matter most and move the rest to the next plan.'),
      });
    }
    const seen = new Map<string, string>();
    const check = (list: 'targets' | 'earlierTargets', name: string) =>
      plan[list].forEach((target, index) => {
        const first = seen.get(target.id);
        if (first === undefined) seen.set(target.id, `${name} ${index + 1}`);
        else
          ctx.addIssue({
            code: 'custom',
            path: [list, index, 'id'],
            message: `The id "${target.id}" is already used by ${first}.`,
            ...fix(`Give each target an id of its own, like ${target.id}-2.`),
          });
      });
    check('targets', 'target');
    check('earlierTargets', 'earlier target');
    if (plan.plan.reviewBy < plan.plan.starts) {
      ctx.addIssue({
        code: 'custom',
        path: ['plan', 'reviewBy'],
        message: `The review date, ${plan.plan.reviewBy}, is before the plan starts on ${plan.plan.starts}.`,
        ...fix('Set the review date after the start date.'),
      });
    }
    plan.targets.forEach((target, index) => {
      if (target.by > plan.plan.reviewBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'by'],
          message: `The target's date, ${target.by}, is after the plan's review date, ${plan.plan.reviewBy}.`,
          ...fix(`Set a date on or before ${plan.plan.reviewBy}, or move the review date.`),
        });
      }
      if (target.ehcpOutcome && !plan.ehcp?.outcomes.some((outcome) => outcome.id === target.ehcpOutcome)) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'ehcpOutcome'],
          message: `"${target.ehcpOutcome}" is not one of this plan's EHCP outcomes.`,
          ...fix('Use the id of an outcome listed under "ehcp: outcomes:".'),
        });
      }
    });
    if (plan.status === 'ehcp' && !plan.ehcp) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'The status is EHCP, but the plan lists no EHCP outcomes.',
        ...fix('Add "ehcp:" with the EHCP\'s long-term outcomes, or set status to sen-support.'),
      });
    }
    if (plan.planStatus === 'closed' && !plan.closedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['planStatus'],
        message: 'The plan is closed, but it does not say why.',
        ...fix('Add "closedReason:" saying why the pupil no longer needs a plan.'),
      });
    }
  });
export type Plan = z.output<typeof PlanSchema>;
