import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_KINDS, JSON_SCHEMA_FOLDER, jsonSchemaFile, jsonSchemaText } from '../../src/lib/content/json-schema.ts';
import { CONTENT_SCHEMAS, FIELDS, fieldsOf, metaOf, itemOf } from '../../src/lib/content/field-meta.ts';
import type { z } from 'zod';

describe('the checked-in JSON Schemas', () => {
  test.each(CONTENT_KINDS)('schemas/%s.schema.json is current (run npm run schema if not)', (kind) => {
    const file = path.join(JSON_SCHEMA_FOLDER, jsonSchemaFile(kind));
    expect(readFileSync(file, 'utf8')).toBe(jsonSchemaText(kind));
  });

  test('carry each field’s label and the checker’s example', () => {
    const plan = JSON.parse(jsonSchemaText('plan'));
    expect(plan.properties.targets.items.properties.by).toMatchObject({ title: 'By', examples: ['2026-12-11'] });
    expect(plan.properties.needs).not.toHaveProperty('followedBy');
  });
});

test('every field of every content schema has a title and a description', () => {
  const missing: string[] = [];
  const visit = (schema: z.ZodType, where: string, seen: Set<z.ZodType>) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const item = itemOf(schema);
    if (item) return visit(item, `${where}[]`, seen);
    for (const [name, field] of Object.entries(fieldsOf(schema))) {
      const meta = metaOf(field);
      if (!meta?.title || !meta.description) missing.push(`${where}.${name}`);
      visit(field, `${where}.${name}`, seen);
    }
  };
  for (const [kind, schema] of Object.entries(CONTENT_SCHEMAS)) visit(schema, kind, new Set());
  expect(missing).toEqual([]);
});

test('a field name has one label wherever it is used', () => {
  expect(FIELDS.get('by')?.title).toBe('By');
  expect(FIELDS.get('targets')?.item).toBe('Target');
});
