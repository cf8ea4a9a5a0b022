/**
 * The kinds of file in a content folder, as the editor sees them: where each lives, its schema,
 * and whether it has a body. Paths are relative to the content folder, with forward slashes.
 */
import type { z } from 'zod';
import { fieldSpec, type FieldSpec } from './field-spec.ts';
import { GlossarySchema, GroupSchema, PlanSchema, ReviewSchema, SchoolSchema, StaffListSchema, StrategySchema } from '../schemas/index.ts';

export interface ContentKind {
  /** plan, review, strategy, group, staff, glossary or school: the names the JSON Schemas use. */
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

/** The kind of the file at `path` (relative to the content folder), if it is a content file. */
export const kindOfPath = (path: string): ContentKind | undefined => CONTENT_KINDS.find((kind) => kind.file.test(path));

export const kindNamed = (name: string): ContentKind => {
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
