/**
 * The one list of audience text: every field that carries wording for staff, families or pupils,
 * which wordings it holds and which views show it. The plain-language pass, the symbol check, the
 * audit's personal strings, npm run new and the school generator all read this list, and the views
 * list any field here that no component lays out by hand. A field's label is its schema's title.
 *
 * Adding a field with audience wording: give it a `.meta({ title, description, examples })` in its
 * schema, add it here, describe it in the README. Nothing else needs to change.
 */
import { CONTENT_SCHEMAS, metaOf, schemaAt, type ContentKind } from './field-meta.ts';

export const AUDIENCES = ['staff', 'family', 'pupil'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface AudienceField {
  /** The kind of file it is written in. */
  file: ContentKind;
  /** Where it sits in the file, '*' standing for every item of a list: ['targets', '*', 'home']. */
  path: readonly string[];
  /**
   * The wordings it holds: the keys of `{ staff, family, pupil }` it may have; or, for a field that
   * is itself one text (`pupilCommitment: I will …`), the one audience it is written for.
   */
  wordings: readonly Audience[];
  /** True when the field is itself the text (or a list of texts), written for `wordings[0]`. */
  text?: true;
  /** The views that show it. Each view shows its own audience's wording; the staff view may show any. */
  views: readonly Audience[];
  /** The pupil view shows it as plain words, without symbols. */
  noSymbols?: true;
  /** A component lays it out by hand; without this, the views list it under its label. */
  ownLayout?: true;
  /** npm run new: what to write in each wording, after "TODO: ". A field without it is left out of a new plan. */
  todo?: Partial<Record<Audience, string>>;
}

const ALL: readonly Audience[] = AUDIENCES;
const own = { ownLayout: true } as const;

export const AUDIENCE_FIELDS: readonly AudienceField[] = [
  // content/pupils/<pupil-id>/plan.mdx
  { file: 'plan', path: ['needs', '*'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['attainment', '*'], wordings: ['staff'], text: true, views: ['staff'], ...own },
  { file: 'plan', path: ['strengths', '*'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['aboutMe', 'admire', '*'], wordings: ['pupil'], text: true, views: ['staff', 'pupil'], ...own },
  { file: 'plan', path: ['aboutMe', 'important', '*'], wordings: ['pupil'], text: true, views: ['staff', 'pupil'], ...own },
  { file: 'plan', path: ['aboutMe', 'helpsMe', '*'], wordings: ['pupil'], text: true, views: ['staff', 'pupil'], ...own },
  { file: 'plan', path: ['aboutMe', 'wishTeachersKnew'], wordings: ['pupil'], text: true, views: ['staff', 'pupil'], ...own },
  { file: 'plan', path: ['ehcp', 'outcomes', '*'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['targets', '*'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['targets', '*', 'provision', '*'], wordings: ['family', 'pupil'], views: ['staff', 'family'], ...own },
  { file: 'plan', path: ['targets', '*', 'progress', '*'], wordings: ALL, views: ALL, ...own },
  {
    file: 'plan',
    path: ['targets', '*', 'home'],
    wordings: ['family', 'pupil'],
    views: ALL,
    ...own,
    todo: { family: 'what the family agreed to do at home', pupil: 'what I do at home' },
  },
  {
    file: 'plan',
    path: ['targets', '*', 'pupilCommitment'],
    wordings: ['pupil'],
    text: true,
    views: ['staff', 'pupil'],
    ...own,
    todo: { pupil: 'what I promise to do' },
  },
  { file: 'plan', path: ['strategies', '*'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['pastoral'], wordings: ALL, views: ALL, ...own },
  { file: 'plan', path: ['medical'], wordings: ['staff'], views: ['staff'], ...own },
  { file: 'plan', path: ['confidential'], wordings: ['staff'], text: true, views: ['staff'], ...own },
  { file: 'plan', path: ['responsibilities'], wordings: ['family', 'pupil'], views: ALL, ...own },
  { file: 'plan', path: ['earlierTargets', '*'], wordings: ALL, views: ALL, noSymbols: true, ...own },
  // content/pupils/<pupil-id>/reviews/<yyyy-mm-dd>.mdx
  { file: 'review', path: ['outcomes', '*'], wordings: ['family', 'pupil'], views: ALL, noSymbols: true, ...own },
  // content/strategies/<id>.md
  { file: 'strategy', path: [], wordings: ALL, views: ALL, ...own },
  // content/groups/<id>.mdx: the staff view shows group plans; families and pupils do not see them yet.
  { file: 'group', path: ['targets', '*'], wordings: ALL, views: ['staff'], ...own },
  { file: 'group', path: ['targets', '*', 'provision', '*'], wordings: ['family', 'pupil'], views: ['staff'], ...own },
  { file: 'group', path: ['targets', '*', 'progress', '*'], wordings: ALL, views: ['staff'], ...own },
  { file: 'group', path: ['provision', '*'], wordings: ['family', 'pupil'], views: ['staff'], ...own },
  // content/glossary.yaml
  { file: 'glossary', path: ['*'], wordings: ['family', 'pupil'], views: ['family', 'pupil'], ...own },
];

/** A field's label: its schema's title ("Home support"). */
export function labelOfField(field: AudienceField): string {
  const at = (path: readonly string[]) => {
    const schema = schemaAt(CONTENT_SCHEMAS[field.file], path);
    return schema && metaOf(schema)?.title;
  };
  // An item of a list is called by its item name ("Need"), or else by the list's label ("Attainment").
  // The whole file (a strategy of the bank) is called by its kind.
  if (field.path.length === 0) return field.file.charAt(0).toUpperCase() + field.file.slice(1);
  const title = at(field.path) ?? (field.path.at(-1) === '*' ? at(field.path.slice(0, -1)) : undefined);
  if (!title) throw new Error(`The audience field ${field.file}: ${field.path.join('.')} is not in its schema, or has no title.`);
  return title;
}

/** One text of one audience, and where it is written. */
export interface AudienceTextAt {
  path: (string | number)[];
  audience: Audience;
  text: string;
  field: AudienceField;
}

/**
 * Every audience text in one file's data, in the order of the list above: each wording of each field
 * there, with its path (['targets', 0, 'home', 'family']).
 */
export function audienceTexts(file: ContentKind, data: unknown): AudienceTextAt[] {
  const found: AudienceTextAt[] = [];
  for (const field of AUDIENCE_FIELDS) {
    if (field.file !== file) continue;
    for (const { path, value } of valuesAt(data, field.path)) {
      if (field.text) {
        if (typeof value === 'string') found.push({ path, audience: field.wordings[0]!, text: value, field });
        continue;
      }
      for (const audience of field.wordings) {
        const text = (value as Record<string, unknown> | undefined)?.[audience];
        if (typeof text === 'string') found.push({ path: [...path, audience], audience, text, field });
      }
    }
  }
  return found;
}

/** The texts a view's readers read: the field is in that view, in the reader's own wording. */
export const readIn = <A extends Exclude<Audience, 'staff'>>(texts: AudienceTextAt[], audience: A) =>
  texts.filter((text): text is AudienceTextAt & { audience: A } => text.audience === audience && text.field.views.includes(audience));

/** The values at a path with '*' for every item of a list. */
function valuesAt(data: unknown, path: readonly string[], at: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (data === undefined || data === null) return [];
  if (path.length === 0) return [{ path: at, value: data }];
  const [key, ...rest] = path as [string, ...string[]];
  if (key === '*') return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...at, index])) : [];
  return typeof data === 'object' ? valuesAt((data as Record<string, unknown>)[key], rest, [...at, key]) : [];
}

/** The fields a view lists under their labels, inside one item (a target: ['targets', '*']). */
export const listedFields = (file: ContentKind, within: readonly string[], view: Audience) =>
  AUDIENCE_FIELDS.filter(
    (field) =>
      field.file === file &&
      !field.ownLayout &&
      field.views.includes(view) &&
      field.path.length === within.length + 1 &&
      within.every((key, index) => field.path[index] === key),
  );

/** The fields `npm run new` and the school generator write inside one item, in this list's order. */
export const fieldsWithin = (file: ContentKind, within: readonly string[]) =>
  AUDIENCE_FIELDS.filter(
    (field) =>
      field.file === file &&
      field.path.length === within.length + 1 &&
      field.path.at(-1) !== '*' &&
      within.every((key, index) => field.path[index] === key),
  );
