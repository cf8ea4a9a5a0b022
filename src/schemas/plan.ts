/**
 * content/pupils/<pupil-id>/plan.mdx: a pupil's current Individual Education Plan.
 * The pupil id is the folder name; it never appears in anything published.
 */
import { z } from 'zod';
import { AboutMeSchema } from './about-me.ts';
import { AreaOfNeedSchema, AudienceTextSchema, fix, IdSchema, IsoDateSchema, StaffOnlyTextSchema, TextSchema } from './common.ts';
import { EhcpSchema } from './ehcp.ts';
import { FamilyViewSchema } from './family-view.ts';
import { ResponsibilitiesSchema } from './responsibilities.ts';
import { ReviewArrangementsSchema } from './review-arrangements.ts';
import { ReviewCycleSchema } from './review-cycle.ts';
import { StrategyUseSchema } from './strategy-use.ts';
import { EarlierTargetSchema, TargetSchema } from './target.ts';
import { YearGroupSchema } from './year-group.ts';

/** A plan can have at most this many targets; the checker warns from MAX_TARGETS_ADVISED + 1. */
export const MAX_TARGETS = 5;
export const MAX_TARGETS_ADVISED = 4;

/** Languages the family view's interface can be shown in. */
export const FAMILY_LANGUAGES = ['en', 'pl', 'ur', 'ar', 'ro', 'pa', 'bn', 'so', 'pt', 'es', 'lt', 'tr'] as const;

export const NeedSchema = AudienceTextSchema.extend({
  /** The broad area of need. */
  area: AreaOfNeedSchema,
});

export const PlanDatesSchema = z.strictObject({
  /** The day this plan starts. */
  starts: IsoDateSchema,
  /** The date of the next review meeting. */
  reviewBy: IsoDateSchema,
  /** How often this plan is reviewed; the school's default if left out. */
  reviewCycle: ReviewCycleSchema.optional(),
  /** When the family and the pupil agreed the plan. */
  agreedWith: z
    .strictObject({
      /** The day the family agreed the plan. */
      family: IsoDateSchema.optional(),
      /** The day the pupil agreed the plan. */
      pupil: IsoDateSchema.optional(),
    })
    .optional(),
});

export const PlanSchema = z
  .strictObject({
    /** The pupil's full legal name, as the school's records have it. */
    name: TextSchema,
    /** The name the pupil likes to be called; used in the family and pupil views. */
    preferredName: TextSchema.optional(),
    /** The pupil's pronouns: she/her, he/him, they/them. */
    pronouns: TextSchema.optional(),
    /** The pupil's date of birth. */
    dateOfBirth: IsoDateSchema,
    /** The year group: R for Reception, or 1 to 14. */
    yearGroup: YearGroupSchema,
    /** The pupil's class or form, like 5H or 9X. */
    className: TextSchema,
    /** SEN support, or an Education, Health and Care Plan (EHCP). */
    status: z.enum(['sen-support', 'ehcp']),
    /** The staff id of the pupil's key adult, from staff.yaml. */
    keyAdult: IdSchema,
    /** The plan's dates. */
    plan: PlanDatesSchema,
    /** How this plan's review is held; each field left out comes from school.yaml's reviewArrangements. */
    reviewArrangements: ReviewArrangementsSchema.optional(),
    /** When the pupil will no longer need a plan (exit criteria), written once per audience. */
    exitCriteria: AudienceTextSchema.optional().meta({
      title: 'Exit criteria',
      description: 'When the pupil will no longer need a plan, with staff, family and pupil wording.',
    }),
    /** The interface language of the family view: en, pl, ur, ar, ro… */
    familyLanguage: z.enum(FAMILY_LANGUAGES).default('en'),
    /** The pupil's needs, one entry per area, the main one first. */
    needs: z.array(NeedSchema).min(1),
    /** Current attainment and assessment detail. Staff only. */
    attainment: z.array(TextSchema).default([]),
    /** What the pupil is good at, written once per audience. */
    strengths: z.array(AudienceTextSchema).default([]),
    /** The pupil's own voice. */
    aboutMe: AboutMeSchema.default({ admire: [], important: [], helpsMe: [] }),
    /** For a pupil with an EHCP: the plan's long-term outcomes. */
    ehcp: EhcpSchema.optional(),
    /** Up to four SMART targets (five at most). */
    targets: z.array(TargetSchema).min(1),
    /** Strategies every adult uses all day, in every lesson. The first five lead the one-page profile. */
    strategies: z.array(StrategyUseSchema).default([]),
    /** Pastoral needs, written once per audience. */
    pastoral: AudienceTextSchema.optional(),
    /** Medical needs. Staff only. */
    medical: StaffOnlyTextSchema.optional(),
    /** Confidential matters. Staff only: never in the family or pupil views. */
    confidential: TextSchema.optional(),
    /** Who does what. */
    responsibilities: ResponsibilitiesSchema.optional(),
    /** What the family told the school between reviews, each with its date. Staff view only. */
    familyViews: z.array(FamilyViewSchema).default([]).meta({
      title: 'Family views',
      description: 'What the family told the school at any time, not only at reviews, each with its date. Shown in the staff view.',
    }),
    /** Ids of group education plans (content/groups/) this pupil belongs to. */
    groups: z.array(IdSchema).default([]),
    /** Targets from earlier plans, kept so reviews can name them. */
    earlierTargets: z.array(EarlierTargetSchema).default([]),
    /** active while the plan is in use; closed when the pupil no longer needs one. */
    planStatus: z.enum(['active', 'closed']).default('active'),
    /** Why the plan was closed: required when planStatus is closed. */
    closedReason: TextSchema.optional(),
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
export type PlanInput = z.input<typeof PlanSchema>;
