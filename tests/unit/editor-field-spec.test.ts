/**
 * The editor reads its fields from the content schemas: each field's kind, whether it may be left
 * out, its default, and its label and help from the field's own `.meta({ title, description })`.
 */
import { z } from 'zod';
import { expect, test } from 'vitest';
import { CONTENT_KINDS, kindOfPath, kindSpec, TRANSLATION_LANGUAGES, translationKind } from '../../src/editor/content-kinds.ts';
import { fieldSpec, objectFields, type FieldSpec } from '../../src/editor/field-spec.ts';
import { AREAS_OF_NEED, IsoDateSchema, TextSchema, YearGroupSchema } from '../../src/schemas/index.ts';

test("labels a field with the title and help of the field's .meta()", () => {
  const [spec] = objectFields(
    z.strictObject({ reviewBy: IsoDateSchema.meta({ title: 'Review by', description: 'The date of the next review meeting.' }) }),
  );
  expect(spec).toMatchObject({
    key: 'reviewBy',
    kind: 'date',
    label: 'Review by',
    description: 'The date of the next review meeting.',
    required: true,
  });
});

test('reads .meta() given on the field or on its optional wrapper', () => {
  const [outside, inside] = objectFields(
    z.strictObject({
      pronouns: TextSchema.optional().meta({ title: 'Pronouns', description: 'she/her, he/him, they/them' }),
      preferredName: TextSchema.meta({ title: 'Preferred name' }).optional(),
    }),
  );
  expect(outside).toMatchObject({ label: 'Pronouns', description: 'she/her, he/him, they/them', required: false });
  expect(inside).toMatchObject({ label: 'Preferred name', required: false });
});

test('labels a field without a title from its name', () => {
  expect(fieldSpec('successCriteria', TextSchema)).toMatchObject({ label: 'Success criteria', description: undefined });
});

test('offers a choice of the values an enum allows, and keeps its default', () => {
  expect(fieldSpec('areas', z.array(z.enum(AREAS_OF_NEED)).min(1))).toMatchObject({
    kind: 'list',
    min: 1,
    item: { kind: 'choice', options: AREAS_OF_NEED },
  });
  expect(fieldSpec('phase', z.enum(['primary', 'secondary']).default('primary'))).toMatchObject({
    kind: 'choice',
    required: false,
    defaultValue: 'primary',
  });
});

test('knows a date and a year group by what they accept', () => {
  expect(fieldSpec('by', IsoDateSchema).kind).toBe('date');
  expect(fieldSpec('yearGroup', YearGroupSchema)).toMatchObject({ kind: 'year-group', options: [...Array(15).keys()] });
});

test('walks every field of every kind of content file', () => {
  const count = (spec: FieldSpec): number =>
    spec.kind === 'object' ? spec.fields.reduce((sum, field) => sum + count(field), 0) : spec.kind === 'list' ? count(spec.item) : 1;
  const fields = Object.fromEntries(CONTENT_KINDS.map((kind) => [kind.name, count(kindSpec(kind))]));
  for (const [kind, number] of Object.entries(fields)) expect(number, kind).toBeGreaterThan(3);
  for (const language of TRANSLATION_LANGUAGES) expect(count(kindSpec(translationKind(language))), language).toBe(2);
});

test("labels a language's translations from the schema's .meta(), each entry its English and the language's words", () => {
  const kind = kindOfPath('translations/pl.yaml')!;
  expect(kind).toMatchObject({ name: 'translations-pl', body: 'none', listField: 'translations' });
  expect(kindOfPath('translations/xx.yaml')).toBeUndefined();
  const spec = kindSpec(kind);
  expect(spec).toMatchObject({
    kind: 'list',
    key: 'translations',
    label: 'Translations',
    description: 'Wording for families who read pl.',
  });
  expect(spec.kind === 'list' && spec.item).toMatchObject({
    kind: 'object',
    fields: [
      { key: 'en', label: 'English', required: true },
      { key: 'pl', label: 'Translation', required: false },
    ],
  });
});

test("gives Keystatic's form the label from .meta(), and a list to choose staff from", async () => {
  const { keystaticFields } = await import('../../src/editor/keystatic-fields.tsx');
  const schema = z.strictObject({
    keyAdult: TextSchema.meta({ title: 'Key adult' }),
    reviewBy: IsoDateSchema.meta({ title: 'Review by' }),
  });
  const lists = { staff: [{ id: 'ms-patel', name: 'Ms Priya Patel', known: true }], pupils: [], languages: [] };
  const form = keystaticFields(objectFields(schema), { kind: 'plan', lists }) as Record<string, { label?: string; options?: unknown }>;
  expect(form['reviewBy']?.label).toBe('Review by');
  expect(form['keyAdult']).toMatchObject({
    label: 'Key adult',
    options: [
      { value: '', label: 'Choose…' },
      { value: 'ms-patel', label: 'Ms Priya Patel (ms-patel)' },
    ],
  });
});
