/**
 * The editor's Keystatic configuration, in local mode: every kind of file in the content folder as
 * a collection (plans, each pupil's reviews, strategies, groups) or a single form (school, staff,
 * glossary, each language's translations). Paths are relative to the content folder. Built from the content schemas through
 * their field specs, so a field added to a schema appears in the editor with its label and help.
 */
import { config, fields, singleton, type Collection, type ComponentSchema, type Config, type Singleton } from '@keystatic/core';
import { block, wrapper } from '@keystatic/core/content-components';
import { INTERFACE_LANGUAGES } from '../lib/plan/family-words.ts';
import { IdSchema, IsoDateSchema } from '../schemas/index.ts';
import { checksField, type FileOfPage } from './ChecksPanel.tsx';
import { kindNamed, kindSpec, TRANSLATION_LANGUAGES } from './content-kinds.ts';
import type { EditorLists } from './editor-lists.ts';
import { NOTE_BLOCK } from './editor-routes.ts';
import type { FieldSpec } from './field-spec.ts';
import { keystaticFields } from './keystatic-fields.tsx';
import { readOnlyOnceSaved } from './ReadOnlyOnceSaved.tsx';

/** A family language's name in English (Polish), or its code where Waypoint has no words in it yet. */
const languageName = (code: string) => (INTERFACE_LANGUAGES as Record<string, { english: string } | undefined>)[code]?.english ?? code;

/** The three audience blocks of a body, each reaching only its own view, and notes that none shows. */
const BODY_BLOCKS = {
  ForStaff: wrapper({ label: 'For staff', description: 'Shown in the staff view only.', schema: {} }),
  ForFamily: wrapper({
    label: 'For the family',
    description: 'Shown in the family view only.',
    schema: {
      lang: fields.select({
        label: 'Written in',
        description: 'The language this text is written in: English, or the same text in a family language.',
        options: [{ value: '', label: 'English' }, ...TRANSLATION_LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))],
        defaultValue: '',
      }),
    },
  }),
  ForPupil: wrapper({ label: 'For the pupil', description: 'Shown in the pupil view ("My plan") only.', schema: {} }),
  [NOTE_BLOCK]: block({
    label: 'Note (never shown)',
    description: 'A note for whoever edits this file. No view shows it: the file keeps it as {/* a note */}.',
    schema: { text: fields.text({ label: 'Note', multiline: true }) },
    ContentView: ({ value }) => <p className="wp-note">{value.text}</p>,
  }),
};

const BODY_HELP =
  'Free text after the fields. Put each part in a block for its audience (For staff, For the family, For the pupil) from the + menu; text outside a block is for staff only. A Note is for whoever edits the file and is never shown.';

/** The fields of a kind's file, for a form. */
function formFields(kind: string, lists: EditorLists): Record<string, ComponentSchema> {
  const spec: FieldSpec = kindSpec(kindNamed(kind));
  if (spec.kind === 'object') return keystaticFields(spec.fields, { kind, lists });
  if (spec.kind === 'list') return keystaticFields([spec], { kind, lists });
  throw new Error(`The ${kind} schema is neither a set of fields nor a list.`);
}

/** The id in a file's name (a pupil's folder, a strategy's file): chosen once, when it is created. */
function idField(label: string, description: string, check: (value: string) => string | undefined) {
  return readOnlyOnceSaved(fields.text({ label, description, validation: { isRequired: true } }), check);
}

const mustBeId = (value: string) =>
  IdSchema.safeParse(value).success ? undefined : 'Use lower-case letters, numbers and hyphens only, like amara-okafor.';
const mustBeDate = (value: string) =>
  IsoDateSchema.safeParse(value).success ? undefined : 'Write the date as year-month-day, like 2026-12-11.';

/** The page of a collection's entry: /keystatic/collection/<key>/item/<slug>. */
const itemFile =
  (file: (slug: string) => string): FileOfPage =>
  (pathname) => {
    const slug = /\/item\/([^/]+)\/?$/.exec(pathname)?.[1];
    return slug === undefined ? undefined : file(decodeURIComponent(slug));
  };

/**
 * A collection or single form. Keystatic's collection() and singleton() return what they are given,
 * only narrowing its type to the fields written in the code; these forms' fields are made from the
 * schemas when the editor starts, so they are typed as any set of fields.
 */
type AnyCollection = Collection<Record<string, ComponentSchema>, string>;
type AnySingleton = Singleton<Record<string, ComponentSchema>>;
const anyCollection = (settings: AnyCollection): AnyCollection => settings;
const anySingleton = (settings: AnySingleton): AnySingleton => singleton(settings);

export function editorConfig(lists: EditorLists): Config {
  const body = (extension: 'mdx' | 'md') =>
    extension === 'mdx'
      ? fields.mdx({ label: 'Free text', description: BODY_HELP, components: BODY_BLOCKS, options: { image: false } })
      : fields.mdx({
          label: 'More about this strategy',
          description: 'Free text for staff, shown on the strategy page.',
          extension: 'md',
          options: { image: false },
        });

  const reviews = Object.fromEntries(
    lists.pupils.map((pupil) => [
      `reviews-${pupil.id}`,
      anyCollection({
        label: `${pupil.name}: reviews`,
        path: `pupils/${pupil.id}/reviews/*`,
        slugField: 'meetingDate',
        format: { contentField: 'body' },
        schema: {
          checks: checksField(itemFile((date) => `pupils/${pupil.id}/reviews/${date}.mdx`)),
          meetingDate: idField('Meeting date', 'The day of the review meeting, year-month-day: it is the file name.', mustBeDate),
          ...formFields('review', lists),
          body: body('mdx'),
        },
      }),
    ]),
  );

  /** One form for each translations file in the folder, titled from its schema: "Translations: Polish". */
  const translations = Object.fromEntries(
    lists.languages.map((language) => {
      const kind = `translations-${language}`;
      return [
        kind,
        anySingleton({
          label: `${kindSpec(kindNamed(kind)).label}: ${languageName(language)}`,
          path: `translations/${language}`,
          schema: { checks: checksField(() => `translations/${language}.yaml`), ...formFields(kind, lists) },
        }),
      ];
    }),
  );

  return config<Record<string, AnyCollection>, Record<string, AnySingleton>>({
    storage: { kind: 'local' },
    ui: {
      brand: { name: 'Waypoint editor' },
      navigation: {
        Pupils: ['plans', ...Object.keys(reviews)],
        School: ['school', 'staff', 'glossary', 'strategies', 'groups'],
        ...(lists.languages.length > 0 ? { Translations: Object.keys(translations) } : {}),
      },
    },
    collections: {
      plans: anyCollection({
        label: 'Plans',
        path: 'pupils/*/plan',
        slugField: 'pupilId',
        columns: ['name', 'className'],
        format: { contentField: 'body' },
        schema: {
          checks: checksField(itemFile((id) => `pupils/${id}/plan.mdx`)),
          pupilId: idField('Pupil id', "The pupil's folder name, like amara-okafor. It never appears in anything published.", mustBeId),
          ...formFields('plan', lists),
          body: body('mdx'),
        },
      }),
      ...reviews,
      strategies: anyCollection({
        label: 'Strategies',
        path: 'strategies/*',
        slugField: 'strategyId',
        columns: ['title'],
        format: { contentField: 'body' },
        schema: {
          checks: checksField(itemFile((id) => `strategies/${id}.md`)),
          strategyId: idField('Strategy id', 'The file name plans use to name this strategy, like coloured-overlay.', mustBeId),
          ...formFields('strategy', lists),
          body: body('md'),
        },
      }),
      groups: anyCollection({
        label: 'Group plans',
        path: 'groups/*',
        slugField: 'groupId',
        columns: ['title'],
        format: { contentField: 'body' },
        schema: {
          checks: checksField(itemFile((id) => `groups/${id}.mdx`)),
          groupId: idField('Group id', 'The file name plans use to name this group, like year-5-phonics.', mustBeId),
          ...formFields('group', lists),
          body: body('mdx'),
        },
      }),
    },
    singletons: {
      school: anySingleton({
        label: 'School',
        path: 'school',
        schema: { checks: checksField(() => 'school.yaml'), ...formFields('school', lists) },
      }),
      staff: anySingleton({
        label: 'Staff',
        path: 'staff',
        schema: { checks: checksField(() => 'staff.yaml'), ...formFields('staff', lists) },
      }),
      glossary: anySingleton({
        label: 'Glossary',
        path: 'glossary',
        schema: { checks: checksField(() => 'glossary.yaml'), ...formFields('glossary', lists) },
      }),
      ...translations,
    },
  });
}
