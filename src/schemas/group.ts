/** content/groups/<id>.mdx: a group education plan, shared by pupils with the same need. */
import { z } from 'zod';
import { AreaOfNeedSchema, fix, IdSchema, IsoDateSchema, TextSchema } from './common.ts';
import { ProvisionSchema } from './provision.ts';
import { TargetCoreSchema } from './target.ts';

export const GroupSchema = z
  .strictObject({
    /** The group's name: "Year 5 phonics catch-up". */
    title: TextSchema,
    /** The broad areas of need the group works on. */
    areas: z.array(AreaOfNeedSchema).min(1),
    /** The staff id of the adult who leads the group. */
    lead: IdSchema,
    /** The day the group plan starts. */
    starts: IsoDateSchema,
    /** The date of the group plan's review. */
    reviewBy: IsoDateSchema,
    /** The targets every member works on. */
    targets: z.array(TargetCoreSchema).default([]),
    /** Ids of strategies from the bank every adult uses with the group. */
    strategies: z.array(IdSchema).default([]),
    /** Who runs the group, how often and where. */
    provision: z.array(ProvisionSchema).default([]),
  })
  .superRefine((group, ctx) => {
    group.targets.forEach((target, index) => {
      if (target.by > group.reviewBy) {
        ctx.addIssue({
          code: 'custom',
          path: ['targets', index, 'by'],
          message: `The target's date, ${target.by}, is after the group's review date, ${group.reviewBy}.`,
          ...fix(`Set a date on or before ${group.reviewBy}, or move the review date.`),
        });
      }
    });
  });
export type Group = z.output<typeof GroupSchema>;
