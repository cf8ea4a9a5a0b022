/**
 * The kinds of file in a content folder, as the editor sees them: where each lives, its schema,
 * and whether it has a body. Paths are relative to the content folder, with forward slashes.
 */
import type { z } from 'zod';
import { fieldSpec, type FieldSpec } from './field-spec.ts';
import {
  FAMILY_LANGUAGES,
  GlossarySchema,
  GroupSchema,
  PlanSchema,
  ReviewSchema,
  SchoolSchema,
  StaffListSchema,
  StrategySchema,
  translationListSchema,
} from '../schemas/index.ts';

export interface ContentKind {
  /**
   * plan, review, strategy, group, staff, glossary or school: the names the JSON Schemas use; a
   * language's translations are translations-<language>, like translations-pl.
   */
  name: string;
  schema: z.ZodType;
  /** Which files are of this kind. */
  file: RegExp;
  /** The body after the frontmatter: MDX with audience blocks, plain Markdown, or none (a .yaml file). */
  body: 'mdx' | 'md' | 'none';
  /**
   * A .yaml file that is one list (staff.yaml, glossary.yaml). The editor shows it as a form with
   * one field of this name, because a form is always a set of fields; the file keeps its list.
   */
  listField?: string;
}

export const CONTENT_KINDS: readonly ContentKind[] = [
  { name: 'plan', schema: PlanSchema, file: /^pupils\/[^/]+\/plan\.mdx$/, body: 'mdx' },
  { name: 'review', schema: ReviewSchema, file: /^pupils\/[^/]+\/reviews\/[^/]+\.mdx$/, body: 'mdx' },
  { name: 'strategy', schema: StrategySchema, file: /^strategies\/[^/]+\.md$/, body: 'md' },
  { name: 'group', schema: GroupSchema, file: /^groups\/[^/]+\.mdx$/, body: 'mdx' },
  { name: 'staff', schema: StaffListSchema, file: /^staff\.yaml$/, body: 'none', listField: 'staff' },
  { name: 'glossary', schema: GlossarySchema, file: /^glossary\.yaml$/, body: 'none', listField: 'terms' },
  { name: 'school', schema: SchoolSchema, file: /^school\.yaml$/, body: 'none' },
];

/** The languages a translations file can be for: every family language but English. */
export const TRANSLATION_LANGUAGES: readonly string[] = FAMILY_LANGUAGES.filter((code) => code !== 'en');
const TRANSLATIONS_FILE = /^translations\/([^/]+)\.yaml$/;

const translationKinds = new Map<string, ContentKind>();
/**
 * translations/<language>.yaml: one list of { en, <language> } entries, whose schema depends on
 * the language, so each language is a kind of its own.
 */
export function translationKind(language: string): ContentKind {
  if (!TRANSLATION_LANGUAGES.includes(language)) throw new Error(`There are no translations into "${language}".`);
  let kind = translationKinds.get(language);
  if (!kind) {
    kind = {
      name: `translations-${language}`,
      schema: translationListSchema(language),
      file: new RegExp(`^translations/${language}\\.yaml$`),
      body: 'none',
      listField: 'translations',
    };
    translationKinds.set(language, kind);
  }
  return kind;
}

/** The language of a translations file's path (translations/pl.yaml: pl), if it is one. */
export const translationLanguageOf = (path: string): string | undefined => {
  const language = TRANSLATIONS_FILE.exec(path)?.[1];
  return language !== undefined && TRANSLATION_LANGUAGES.includes(language) ? language : undefined;
};

/** The kind of the file at `path` (relative to the content folder), if it is a content file. */
export const kindOfPath = (path: string): ContentKind | undefined => {
  const language = translationLanguageOf(path);
  return language === undefined ? CONTENT_KINDS.find((kind) => kind.file.test(path)) : translationKind(language);
};

export const kindNamed = (name: string): ContentKind => {
  const language = /^translations-(.+)$/.exec(name)?.[1];
  if (language !== undefined) return translationKind(language);
  const kind = CONTENT_KINDS.find((candidate) => candidate.name === name);
  if (!kind) throw new Error(`There is no content kind named ${name}.`);
  return kind;
};

const specs = new Map<string, FieldSpec>();
/** The field spec of a kind's whole file, walked once. A one-list file's list is named by its listField. */
export function kindSpec(kind: ContentKind): FieldSpec {
  let spec = specs.get(kind.name);
  if (!spec) specs.set(kind.name, (spec = fieldSpec(kind.listField ?? kind.name, kind.schema)));
  return spec;
}
