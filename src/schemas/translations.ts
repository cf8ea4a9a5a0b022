/**
 * content/translations/<language>.yaml: the school's own wording in a family's language, for every
 * text a family reads (plan wording, the strategy bank, roles, review outcomes…). Each entry pairs
 * the English, exactly as the content writes it, with the same words in the language:
 *
 *   - en: Zosia is a kind friend who always helps others.
 *     pl: Zosia jest dobrą koleżanką i zawsze pomaga innym.
 *
 * A blank translation is allowed: the text is listed, but not translated yet.
 */
import { z } from 'zod';
import { TextSchema } from './common.ts';

const BlankableText = z.preprocess((value) => (value === null || value === '' ? undefined : value), TextSchema.optional());

export type TranslationEntry = { en: string } & Record<string, string | undefined>;

/** The entries of one language's file: `en` and the language's code, like `pl`. */
export const translationListSchema = (language: string): z.ZodType<TranslationEntry[]> =>
  z
    .array(
      z.strictObject({
        /** The English, exactly as the content writes it. */
        en: TextSchema.meta({ title: 'English', description: 'The English, exactly as the content writes it.' }),
        /** The same words in the family's language; blank until it is translated. */
        [language]: BlankableText.meta({ title: 'Translation', description: `The same words in the language ${language}.` }),
      }),
    )
    .meta({ title: 'Translations', description: `Wording for families who read ${language}.` }) as unknown as z.ZodType<TranslationEntry[]>;
