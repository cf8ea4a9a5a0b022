/** content/school.yaml: the school itself, how families reach it, and school-wide settings. */
import { z } from 'zod';
import { IdSchema, TextSchema } from './common.ts';
import { ReviewArrangementsSchema } from './plan-parts/review-arrangements.ts';
import { ReviewCycleSchema } from './review-cycle.ts';
import { SCHOOL_SYMBOLS_DEFAULT, SchoolSymbolsSchema } from './symbols.ts';

export const SchoolSchema = z.strictObject({
  /** The school's name. Shown only inside private pages, never in a published title. */
  name: TextSchema.meta({ title: 'Name', description: "The school's name. Shown only inside private pages, never in a published title." }),
  /**
   * The address the site is published at, like https://plans.hollybrook.example.sch.uk. Links and QR
   * codes in the letters use it; without it they point at this computer (http://localhost:4321).
   */
  site: z
    .url({ protocol: /^https?$/ })
    .optional()
    .meta({
      title: 'Site address',
      description:
        'The address the site is published at, like https://plans.hollybrook.example.sch.uk. Links and QR codes in the letters use it; without it they point at this computer (http://localhost:4321).',
    }),
  /** The kind of school: primary, secondary, all-through or special. */
  phase: z
    .enum(['primary', 'secondary', 'all-through', 'special'])
    .default('all-through')
    .meta({ title: 'Phase', description: 'The kind of school: primary, secondary, all-through or special.' }),
  /** The staff id (from staff.yaml) of the SENCO, who chairs reviews and is the family's contact. */
  senco: IdSchema.meta({
    title: 'SENCO',
    description: "The staff id (from staff.yaml) of the SENCO, who chairs reviews and is the family's contact.",
    examples: ['ms-rahman'],
  }),
  /** How families get in touch with the school about their child's plan. */
  contact: z
    .strictObject({
      /** The phone number families ring, written as they would dial it. */
      office: TextSchema.meta({
        title: 'Office phone',
        description: 'The phone number families ring, written as they would dial it.',
        examples: ['01632 960 418'],
      }),
      /** The email address for SEND questions. */
      email: z.email().optional().meta({ title: 'Email', description: 'The email address for SEND questions.' }),
      /** When someone answers, in words: "Monday to Friday, 8.15am to 4pm". */
      hours: TextSchema.optional().meta({ title: 'Opening hours', description: 'When someone answers, in words: "Monday to Friday, 8.15am to 4pm".' }),
    })
    .meta({
      title: 'Contact',
      description: "How families get in touch with the school about their child's plan.",
      examples: [{ office: '01632 960 418' }],
    }),
  /** How often plans are reviewed unless a plan says otherwise. */
  reviewCycle: ReviewCycleSchema.default('termly').meta({ title: 'Review cycle', description: 'How often plans are reviewed unless a plan says otherwise.' }),
  /** How reviews are usually held; a plan's own reviewArrangements win, field by field. */
  reviewArrangements: ReviewArrangementsSchema.optional(),
  /** Who needs what to open a private page. */
  access: z
    .strictObject({
      /** When true, a family link also needs the family's passphrase (link and passphrase, never a PIN). */
      familyPassphrase: z.boolean().default(false).meta({
        title: 'Family passphrase',
        description: "When true, a family link also needs the family's passphrase (link and passphrase, never a PIN).",
      }),
    })
    .default({ familyPassphrase: false })
    .meta({ title: 'Access', description: 'Who needs what to open a private page.' }),
  /**
   * How many symbols the pupil view and poster show, by year group: a symbol over every key word up
   * to `everyKeyWordUpToYear` (6), one a goal or sentence up to `onePerSentenceUpToYear` (9), none
   * after. A plan's own `symbols:` overrides it.
   */
  symbols: SchoolSymbolsSchema.default(SCHOOL_SYMBOLS_DEFAULT).meta({
    title: 'Symbols',
    description:
      'How many symbols the pupil view and poster show, by year group: a symbol over every key word up to everyKeyWordUpToYear, one a goal or sentence up to onePerSentenceUpToYear, none after. A plan can set its own.',
  }),
  /** How strictly the plan checker treats weak plans. */
  quality: z
    .strictObject({
      /** When true, plan-quality warnings (vague targets, missing wording) stop the build. */
      strict: z.boolean().default(false).meta({
        title: 'Strict',
        description: 'When true, plan-quality warnings (vague targets, missing wording) stop the build.',
      }),
    })
    .default({ strict: false })
    .meta({ title: 'Quality', description: 'How strictly the plan checker treats weak plans.' }),
});
export type School = z.output<typeof SchoolSchema>;
