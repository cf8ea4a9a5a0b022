/**
 * Keystatic form fields for a content schema, made from its field specs: a text box, date picker,
 * list or group for each field, with the field's own label and help; a list to choose from for the
 * areas of need, statuses, staff, strategies and groups.
 */
import { fields, type BasicFormField, type ComponentSchema } from '@keystatic/core';
import { FILLED_IN_LATER } from '../lib/content/filled-in-later.ts';
import { AREA_NAMES } from '../lib/plan/areas.ts';
import { STATUS_WORDS } from '../lib/plan/progress-words.ts';
import { DECISION_WORDS, OUTCOME_WORDS } from '../lib/plan/review-words.ts';
import { yearGroupLabel } from '../schemas/year-group.ts';
import type { EditorLists } from './editor-lists.ts';
import { familyInField } from './FamilyInField.tsx';
import type { FieldSpec } from './field-spec.ts';
import { referenceAt } from './references.ts';

/** Short values get a one-line box; everything else (wording for an audience, evidence…) a text area. */
const ONE_LINE = new Set([
  'name',
  'preferredName',
  'pronouns',
  'className',
  'title',
  'term',
  'role',
  'symbol',
  'office',
  'hours',
  'id',
  'target',
  'who',
  'often',
  'where',
  'when',
]);

/** The words staff use for the values of a list, where Waypoint has them. */
const OPTION_WORDS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(AREA_NAMES).map(([value, names]) => [value, names.staff])),
  ...Object.fromEntries(Object.entries(STATUS_WORDS).map(([value, words]) => [value, words.staff])),
  ...Object.fromEntries(Object.entries(OUTCOME_WORDS).map(([value, words]) => [value, words.staff])),
  ...Object.fromEntries(Object.entries(DECISION_WORDS).map(([value, words]) => [value, words.staff])),
  'sen-support': 'SEN support',
  ehcp: 'EHCP',
};

interface Context {
  /** The kind of file (plan, group…), for which fields name staff, strategies or groups. */
  kind: string;
  lists: EditorLists;
  /**
   * Inside a group of fields the file may leave out (medical, an EHCP…), nothing is required before
   * saving: a plan with no EHCP leaves the EHCP's fields empty. The checker still says what a group
   * that is filled in lacks.
   */
  inOptionalGroup?: boolean;
}

export function keystaticFields(
  specs: readonly FieldSpec[],
  context: Context,
  keys: readonly string[] = [],
): Record<string, ComponentSchema> {
  return Object.fromEntries(specs.map((spec) => [spec.key, keystaticField(spec, context, [...keys, spec.key])]));
}

/** A review's outcome, evidence and decision may stay blank while the meeting is written up. */
const filledInLater = (kind: string, keys: readonly string[]) =>
  kind === 'review' && keys.length === 2 && keys[0] === 'outcomes' && (FILLED_IN_LATER as readonly string[]).includes(keys[1]!);

function keystaticField(given: FieldSpec, context: Context, keys: readonly string[]): ComponentSchema {
  const relaxed = context.inOptionalGroup || filledInLater(context.kind, keys);
  const spec: FieldSpec = relaxed ? { ...given, required: false, ...(given.kind === 'list' ? { min: 0 } : {}) } : given;
  const common = { label: spec.label, ...(spec.description ? { description: spec.description } : {}) };
  const reference = referenceAt(context.kind, keys);
  switch (spec.kind) {
    case 'text':
      if (reference === 'staff' && context.lists.staff.length > 0) return staffChoice(spec, context.lists);
      if (reference === 'strategies')
        return fields.relationship({ ...common, collection: 'strategies', validation: { isRequired: spec.required } });
      return fields.text({
        ...common,
        multiline: !ONE_LINE.has(spec.key) && spec.format === undefined,
        validation: { isRequired: spec.required },
      });
    case 'date':
      return fields.date({ ...common, validation: { isRequired: spec.required } });
    case 'choice':
      return choice(
        spec,
        spec.options.map((value) => ({ value, label: OPTION_WORDS[value] ?? value })),
      );
    case 'year-group':
      return yearGroupChoice(spec);
    case 'number':
      return fields.number({ ...common, validation: { isRequired: spec.required } });
    case 'boolean':
      if (spec.required || typeof spec.defaultValue === 'boolean')
        return fields.checkbox({ ...common, defaultValue: spec.defaultValue === true });
      return yesNoChoice(spec);
    case 'object':
      return fields.object(keystaticFields(spec.fields, { ...context, inOptionalGroup: !spec.required }, keys), common);
    case 'map':
      return familyInField(spec);
    case 'list':
      if (spec.item.kind === 'choice') {
        return fields.multiselect({
          ...common,
          options: spec.item.options.map((value) => ({ value, label: OPTION_WORDS[value] ?? value })),
        });
      }
      if (reference === 'strategies' || reference === 'groups') {
        return fields.multiRelationship({ ...common, collection: reference, validation: { length: { min: spec.min } } });
      }
      return fields.array(keystaticField(spec.item, { ...context, inOptionalGroup: false }, keys), {
        ...common,
        itemLabel: itemLabel(spec.item),
        validation: { length: { min: spec.min } },
      });
  }
}

/**
 * A list to choose one value from. A field with no default starts on an empty choice ("Choose…",
 * or "Not set" when it may be left out), so nothing is chosen for the SENCO without their seeing it.
 */
function choice(spec: FieldSpec, options: { value: string; label: string }[]): BasicFormField<string> {
  const label = spec.label;
  const description = spec.description ? { description: spec.description } : {};
  if (typeof spec.defaultValue === 'string') return fields.select({ label, ...description, options, defaultValue: spec.defaultValue });
  const select = fields.select({
    label,
    ...description,
    options: [{ value: '', label: spec.required ? 'Choose…' : 'Not set' }, ...options],
    defaultValue: '',
  });
  const validate = (value: string) => {
    if (spec.required && value === '') throw new Error(`Choose the ${label.toLowerCase()}.`);
    return value;
  };
  return { ...select, validate, reader: { parse: (value) => validate(select.parse(value)) } };
}

/** The pupil's key adult, a group's lead, the SENCO: someone from staff.yaml (or an id a file names). */
function staffChoice(spec: FieldSpec, lists: EditorLists) {
  return choice(
    spec,
    lists.staff.map((member) => ({
      value: member.id,
      label: member.known ? `${member.name} (${member.id})` : `${member.id} — not in staff.yaml`,
    })),
  );
}

/** Reception to Year 14; the file keeps the year as a number (Reception is 0), or "R" as written. */
function yearGroupChoice(spec: FieldSpec): BasicFormField<string> {
  const years = spec.kind === 'year-group' ? spec.options : [];
  const select = choice(
    spec,
    years.map((year) => ({ value: String(year), label: yearGroupLabel(year) })),
  );
  const asOption = (value: unknown) => {
    const year = spec.schema.safeParse(value);
    return year.success ? String(year.data) : value;
  };
  return {
    ...select,
    parse: (value) => select.parse(asOption(value) as typeof value),
    reader: { parse: (value) => select.reader.parse(asOption(value) as typeof value) },
  };
}

/**
 * Yes, No or Not set, for a true/false field the file may leave out with no default (a plan's
 * familyInvited left out takes school.yaml's): a checkbox could not leave it out. The writer turns
 * the choice back into true or false.
 */
function yesNoChoice(spec: FieldSpec): BasicFormField<string> {
  const select = choice(spec, [
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ]);
  const asOption = (value: unknown) => (typeof value === 'boolean' ? String(value) : value);
  return {
    ...select,
    parse: (value) => select.parse(asOption(value) as typeof value),
    reader: { parse: (value) => select.reader.parse(asOption(value) as typeof value) },
  };
}

/** What an item of a list is called in the list: its id, title, name or first words. */
function itemLabel(item: FieldSpec) {
  const keys =
    item.kind === 'object' ? ['name', 'term', 'title', 'id', 'target', 'date', 'what', 'ref', 'who', 'staff', 'family', 'pupil', 'en'] : [];
  return (props: unknown) => {
    const preview = props as { value?: unknown; fields?: Record<string, { value?: unknown }> };
    const values = item.kind === 'object' ? keys.map((key) => preview.fields?.[key]?.value) : [preview.value];
    const text = values.find((value): value is string => typeof value === 'string' && value.trim() !== '');
    return text === undefined ? item.label : text.length > 90 ? `${text.slice(0, 89)}…` : text;
  };
}
