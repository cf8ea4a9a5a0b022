/** content/groups/<id>.mdx: a group education plan, shared by pupils with the same need. */
import { z } from 'zod';
import { AreaOfNeedSchema, fix, IdSchema, IsoDateSchema, TextSchema } from './common.ts';
import { ProvisionSchema } from './plan-parts/provision.ts';
import { TargetCoreSchema } from './plan-parts/target.ts';

export const GroupSchema = z
  .strictObject({
    /** The group's name: "Year 5 phonics catch-up". */
    title: TextSchema.meta({ title: 'Title', description: 'The group\'s name: "Year 5 phonics catch-up".' }),
    /** The broad areas of need the group works on. */
    areas: z
      .array(AreaOfNeedSchema.meta({ title: 'Area' }))
      .min(1)
      .meta({ title: 'Areas of need', description: 'The broad areas of need the group works on.' }),
    /** The staff id of the adult who leads the group. */
    lead: IdSchema.meta({ title: 'Lead', description: 'The staff id of the adult who leads the group.', examples: ['ta-jones'] }),
    /** The day the group plan starts. */
    starts: IsoDateSchema.meta({ title: 'Starts', description: 'The day the group plan starts.' }),
    /** The date of the group plan's review. */
    reviewBy: IsoDateSchema.meta({ title: 'Review by', description: "The date of the group plan's review." }),
    /** The targets every member works on. */
    targets: z
      .array(TargetCoreSchema.meta({ title: 'Target' }))
      .default([])
      .meta({ title: 'Targets', description: 'The targets every member works on.' }),
    /** Ids of strategies from the bank every adult uses with the group. */
    strategies: z
      .array(IdSchema.meta({ title: 'Strategy' }))
      .default([])
      .meta({ title: 'Strategies', description: 'Ids of strategies from the bank every adult uses with the group.' }),
    /** Who runs the group, how often and where. */
    provision: z
      .array(ProvisionSchema.meta({ title: 'Provision' }))
      .default([])
      .meta({ title: 'Provision', description: 'Who runs the group, how often and where.' }),
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
