/** content/symbols/manifest.yaml: a school's own licensed symbols, used instead of OpenMoji. */
import path from 'node:path';
import { z } from 'zod';
import { isPicture, PICTURE_TYPES_IN_WORDS } from '../lib/content/body/picture-types.ts';
import { rule, TextSchema } from './common.ts';

/** A picture's file name inside content/symbols/: `reading.png`, or `feelings/calm.svg`. */
const SymbolFileSchema = z
  .string()
  .refine((name) => !path.isAbsolute(name) && !name.includes('\\') && !name.split('/').includes('..'), {
    abort: true,
    ...rule(
      (input) => `"${String(input)}" is not a file in content/symbols/.`,
      'Write the name of a picture saved in content/symbols/, like reading.png, with no "../" and no "/" at the start.',
    ),
  })
  .refine(
    isPicture,
    rule((input) => `"${String(input)}" is not a picture Waypoint can use as a symbol.`, `Use ${PICTURE_TYPES_IN_WORDS}.`),
  );

export const SymbolManifestSchema = z.strictObject({
  /** The set's name, as the public credits page shows it: "Our school symbols". */
  name: TextSchema.meta({ title: 'Name', description: 'The set\'s name, as the public credits page shows it: "Our school symbols".' }),
  /** The attribution the symbols' licence asks for, shown on the public credits page. */
  credit: TextSchema.meta({
    title: 'Credit',
    description: "The attribution the symbols' licence asks for, shown on the public credits page.",
    examples: ['Symbols used under licence from the publisher.'],
  }),
  /** A web page about the set or its licence, linked from the public credits page. */
  url: z
    .string()
    .refine(
      (text) => /^https?:\/\/[^\s]+$/i.test(text),
      rule((input) => `"${String(input)}" is not a web address.`, 'Write the whole address, starting https://, or delete the line.'),
    )
    .optional()
    .meta({ title: 'Web address', description: 'A web page about the set or its licence, linked from the public credits page.' }),
  /** Each word and its picture in content/symbols/: `reading: reading.png`. */
  symbols: z
    .record(z.string(), SymbolFileSchema)
    .meta({ title: 'Symbols', description: 'Each word and its picture in content/symbols/: `reading: reading.png`.' }),
});
export type SymbolManifest = z.output<typeof SymbolManifestSchema>;
