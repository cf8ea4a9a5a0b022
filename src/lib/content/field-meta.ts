/**
 * What the schemas say about each field, read from their `.meta()`: its title (the label a SENCO
 * knows it by: Target 2, "By", not targets[1].by), an example value, and what one item of a list is
 * called. The schemas are the only home of these words; this module only looks them up.
 */
import { z } from 'zod';
import {
  GlossarySchema,
  GroupSchema,
  PlanSchema,
  ReviewSchema,
  SchoolSchema,
  StaffListSchema,
  StrategySchema,
  SymbolManifestSchema,
} from '../../schemas/index.ts';

/** Every kind of content file and its schema: the JSON Schemas are made from the same table. */
export const CONTENT_SCHEMAS = {
  plan: PlanSchema,
  review: ReviewSchema,
  strategy: StrategySchema,
  group: GroupSchema,
  staff: StaffListSchema,
  glossary: GlossarySchema,
  school: SchoolSchema,
  symbols: SymbolManifestSchema,
} as const satisfies Record<string, z.ZodType>;
export type ContentKind = keyof typeof CONTENT_SCHEMAS;

export interface FieldMeta {
  title: string;
  description?: string | undefined;
  examples?: readonly unknown[] | undefined;
  followedBy?: string | undefined;
  /** For a list: what one item is called ("Target" for targets). */
  item?: string | undefined;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema one wrapper in (optional, default, preprocess and the like), or undefined. */
function innerOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def['innerType'] as z.ZodType;
    case 'pipe': {
      const inner = def['in'] as z.ZodType;
      return defOf(inner).type === 'transform' ? (def['out'] as z.ZodType) : inner;
    }
    default:
      return undefined;
  }
}

/** The schema inside every wrapper: the one that says what the value is. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerOf(current); inner; inner = innerOf(current)) current = inner;
  return current;
}

/** The first metadata found from the outside in: `.meta()` may sit on a field's optional or default wrapper. */
export function metaOf(schema: z.ZodType): z.GlobalMeta | undefined {
  for (let current: z.ZodType | undefined = schema; current; current = innerOf(current)) {
    const found = z.globalRegistry.get(current);
    if (found) return found;
  }
  return undefined;
}

/** The fields of an object schema, or nothing. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const inner = unwrap(schema);
  const def = defOf(inner);
  return def.type === 'object' ? (def['shape'] as Record<string, z.ZodType>) : {};
}

/** The item schema of a list schema, or undefined. */
export function itemOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? (def['element'] as z.ZodType) : undefined;
}

/** The schema at a path of field names, with '*' (or any number) for an item of a list. */
export function schemaAt(root: z.ZodType, path: readonly (string | number)[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    current = key === '*' || typeof key === 'number' ? itemOf(current) : fieldsOf(current)[key];
  }
  return current;
}

/**
 * Every field name of every content schema with its metadata. A name means the same wherever it
 * is used ("by" is always "By"), so a problem can be named from its path alone; two fields of one
 * name that disagree throw here, and the unit tests load this module.
 */
function indexFields(): Map<string, FieldMeta> {
  const index = new Map<string, FieldMeta>();
  const seen = new Set<z.ZodType>();
  const agree = (name: string, what: string, a: unknown, b: unknown) => {
    if (a !== undefined && b !== undefined && JSON.stringify(a) !== JSON.stringify(b)) {
      throw new Error(`Two fields named "${name}" disagree on their ${what}: ${JSON.stringify(a)} and ${JSON.stringify(b)}.`);
    }
  };
  const visit = (schema: z.ZodType) => {
    const inner = unwrap(schema);
    if (seen.has(inner)) return;
    seen.add(inner);
    const item = itemOf(inner);
    if (item) return visit(item);
    for (const [name, field] of Object.entries(fieldsOf(inner))) {
      const meta = metaOf(field);
      if (!meta?.title) throw new Error(`The field "${name}" has no title in its .meta().`);
      const element = itemOf(field);
      const found: FieldMeta = {
        title: meta.title,
        description: meta.description,
        examples: meta.examples as unknown[] | undefined,
        followedBy: meta.followedBy,
        item: element ? metaOf(element)?.title : undefined,
      };
      const before = index.get(name);
      if (before) {
        agree(name, 'title', before.title, found.title);
        agree(name, 'examples', before.examples, found.examples);
        agree(name, 'followedBy', before.followedBy, found.followedBy);
        agree(name, 'item name', before.item, found.item);
        index.set(name, {
          ...before,
          examples: before.examples ?? found.examples,
          followedBy: before.followedBy ?? found.followedBy,
          item: before.item ?? found.item,
        });
      } else index.set(name, found);
      visit(field);
    }
  };
  Object.values(CONTENT_SCHEMAS).forEach(visit);
  return index;
}

export const FIELDS: ReadonlyMap<string, FieldMeta> = indexFields();

/** A field's label, or its name when Waypoint does not know it. */
export const labelOf = (name: string): string => FIELDS.get(name)?.title ?? name;

/** A whole line for "Add a line like …", from the field's first example: by: 2026-12-11. */
export function exampleLine(name: string): string | undefined {
  const field = FIELDS.get(name);
  if (field?.followedBy) return `${name}: followed by ${field.followedBy}`;
  return field?.examples?.length ? `${name}: ${inline(field.examples[0])}` : undefined;
}

/** A value as it is written on one line of YAML: [a, b] and { key: value }. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${inline(inner)}`)
      .join(', ')} }`;
  return String(value);
}

/**
 * A path in words: ["targets", 1, "provision", 0, "who"] is Target 2, provision 1, "Who";
 * ["plan", "reviewBy"] is Plan dates, "Review by".
 */
export function fieldLabel(path: readonly PropertyKey[], topLevelItem = 'Entry'): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    const next = path[index + 1];
    if (typeof key === 'number') {
      const list = path[index - 1];
      parts.push(`${(typeof list === 'string' ? (FIELDS.get(list)?.item ?? 'Item') : topLevelItem) ?? 'Item'} ${key + 1}`);
    } else if (next === undefined) {
      parts.push(`"${labelOf(String(key))}"`);
    } else if (typeof next === 'string') {
      parts.push(labelOf(String(key)));
    }
  });
  return parts.map((part, index) => (index === 0 || part.startsWith('"') ? part : lowerFirst(part))).join(', ');
}

export const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
