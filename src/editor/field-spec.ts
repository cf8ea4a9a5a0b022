/**
 * The editor's one reading of the content schemas: walks a zod schema into a tree of field specs
 * (what kind of input, its label and help text, whether it may be left out, its default). The
 * Keystatic form and the writer that puts saved forms back into Waypoint's format are both built
 * from these specs, so the zod schemas stay the single source of fields, labels and help text.
 *
 * Labels and help come from each field's `.meta({ title, description })` (on the field or on any
 * wrapper around it); a field without a title is labelled from its name.
 */
import type { z } from 'zod';

interface SpecBase {
  /** The field's name in the file, like reviewBy. */
  key: string;
  label: string;
  description?: string | undefined;
  /** False when the file may leave the field out (optional, or with a default). */
  required: boolean;
  /** The value zod fills in when the field is left out. */
  defaultValue?: unknown;
  /** The zod schema of the field itself, without optional/default wrappers. */
  schema: z.ZodType;
}

export type FieldSpec = SpecBase &
  (
    | { kind: 'text'; format?: 'email' | 'url' | undefined }
    | { kind: 'date' }
    | { kind: 'choice'; options: readonly string[] }
    | { kind: 'year-group'; options: readonly number[] }
    | { kind: 'number' }
    | { kind: 'boolean' }
    | { kind: 'object'; fields: FieldSpec[] }
    | { kind: 'list'; item: FieldSpec; min: number }
    | { kind: 'map'; value: FieldSpec }
  );

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** The smallest length a list schema accepts (its .min()), or 0. */
const minimumLength = (schema: z.ZodType): number => {
  const checks = (defOf(schema)['checks'] ?? []) as { _zod: { def: { check?: string; minimum?: number } } }[];
  const found = checks.map((check) => check._zod.def).find((check) => check.check === 'min_length');
  return found?.minimum ?? 0;
};

/** "reviewBy" → "Review by": the label of a field whose schema gives none. */
export const labelFromName = (key: string) => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A calendar date written year-month-day: accepts a real date, refuses an impossible or day-first one. */
const isDateSchema = (schema: z.ZodType) =>
  schema.safeParse('2026-01-31').success && !schema.safeParse('2026-02-31').success && !schema.safeParse('31/01/2026').success;

/** The year group: "R" is read as Reception (0). */
const isYearGroupSchema = (schema: z.ZodType) => {
  const reception = schema.safeParse('R');
  return reception.success && reception.data === 0;
};

/** Describes one field of a content schema. `key` is its name in the file. */
export function fieldSpec(key: string, schema: z.ZodType): FieldSpec {
  let title: string | undefined;
  let description: string | undefined;
  let required = true;
  let defaultValue: unknown;
  let inner = schema;
  // Peel the wrappers (optional, default, preprocess…), reading each layer's meta on the way in.
  for (;;) {
    const meta = inner.meta() as { title?: unknown; description?: unknown } | undefined;
    if (title === undefined && typeof meta?.title === 'string') title = meta.title;
    if (description === undefined && typeof meta?.description === 'string') description = meta.description;
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      inner = def['innerType'] as z.ZodType;
    } else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      if (defaultValue === undefined) defaultValue = structuredClone(def['defaultValue']);
      inner = def['innerType'] as z.ZodType;
    } else if (def.type === 'readonly' || def.type === 'catch') {
      inner = def['innerType'] as z.ZodType;
    } else if (def.type === 'pipe' && !isDateSchema(inner) && !isYearGroupSchema(inner)) {
      // A preprocess (blank text read as left out, a single item read as a list): the field is what comes out.
      if (inner.safeParse(undefined).success) required = false;
      inner = def['out'] as z.ZodType;
    } else break;
  }
  const base = { key, label: title ?? labelFromName(key), description, required, defaultValue, schema: inner };
  if (isDateSchema(inner)) return { ...base, kind: 'date' };
  if (isYearGroupSchema(inner)) {
    const years: number[] = [];
    for (let year = 0; inner.safeParse(year).success; year++) years.push(year);
    return { ...base, kind: 'year-group', options: years };
  }
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return { ...base, kind: 'text', format: formatOf(inner) };
    case 'number':
      return { ...base, kind: 'number' };
    case 'boolean':
      return { ...base, kind: 'boolean' };
    case 'enum':
      return { ...base, kind: 'choice', options: Object.values(def['entries'] as Record<string, string>) };
    case 'object':
      return { ...base, kind: 'object', fields: objectFields(inner) };
    case 'array':
      return { ...base, kind: 'list', item: fieldSpec(key, def['element'] as z.ZodType), min: minimumLength(inner) };
    case 'record':
      return { ...base, kind: 'map', value: fieldSpec(key, def['valueType'] as z.ZodType) };
    default:
      throw new Error(`The editor has no input for the field "${key}" (a zod ${def.type}).`);
  }
}

/** The fields of an object schema, in the schema's order. */
export function objectFields(schema: z.ZodType): FieldSpec[] {
  const shape = defOf(schema)['shape'] as Record<string, z.ZodType>;
  return Object.entries(shape).map(([key, field]) => fieldSpec(key, field));
}

function formatOf(schema: z.ZodType): 'email' | 'url' | undefined {
  const format = defOf(schema)['format'];
  return format === 'email' || format === 'url' ? format : undefined;
}
