/**
 * npm run schema — writes the JSON Schema of every kind of content file (plan, review, strategy,
 * group, staff, glossary, school) to schemas/, from the zod schemas in src/schemas/. Run it after
 * changing a schema and commit the result; a unit test fails when the files are not current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_KINDS, JSON_SCHEMA_FOLDER, jsonSchemaFile, jsonSchemaText } from '../src/lib/content/json-schema.ts';

mkdirSync(JSON_SCHEMA_FOLDER, { recursive: true });
for (const kind of CONTENT_KINDS) writeFileSync(path.join(JSON_SCHEMA_FOLDER, jsonSchemaFile(kind)), jsonSchemaText(kind));
console.log(`Wrote ${CONTENT_KINDS.length} JSON Schemas to ${JSON_SCHEMA_FOLDER}/.`);
