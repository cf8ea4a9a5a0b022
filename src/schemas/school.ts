/** content/school.yaml: the school itself, how families reach it, and school-wide settings. */
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';
import { ReviewArrangementsSchema } from './review-arrangements.ts';
import { ReviewCycleSchema } from './review-cycle.ts';

export const SchoolSchema = z.strictObject({
  /** The school's name. Shown only inside private pages, never in a published title. */
  name: TextSchema,
  /**
   * The address the site is published at, like https://plans.hollybrook.example.sch.uk. Links and QR
   * codes in the letters use it; without it they point at this computer (http://localhost:4321).
   */
  site: z.url({ protocol: /^https?$/ }).optional(),
  /** The kind of school: primary, secondary, all-through or special. */
  phase: z.enum(['primary', 'secondary', 'all-through', 'special']).default('all-through'),
  /** The staff id (from staff.yaml) of the SENCO, who chairs reviews and is the family's contact. */
  senco: IdSchema,
  /** How families get in touch with the school about their child's plan. */
  contact: z.strictObject({
    /** The phone number families ring, written as they would dial it. */
    office: TextSchema,
    /** The email address for SEND questions. */
    email: z.email().optional(),
    /** When someone answers, in words: "Monday to Friday, 8.15am to 4pm". */
    hours: TextSchema.optional(),
  }),
  /** How often plans are reviewed unless a plan says otherwise. */
  reviewCycle: ReviewCycleSchema.default('termly'),
  /** How reviews are usually held; a plan's own reviewArrangements win, field by field. */
  reviewArrangements: ReviewArrangementsSchema.optional(),
  /** Who needs what to open a private page. */
  access: z
    .strictObject({
      /** When true, a family link also needs the family's passphrase (link and passphrase, never a PIN). */
      familyPassphrase: z.boolean().default(false),
    })
    .default({ familyPassphrase: false }),
  /** How strictly the plan checker treats weak plans. */
  quality: z
    .strictObject({
      /** When true, plan-quality warnings (vague targets, missing wording) stop the build. */
      strict: z.boolean().default(false),
    })
    .default({ strict: false }),
});
export type School = z.output<typeof SchoolSchema>;
