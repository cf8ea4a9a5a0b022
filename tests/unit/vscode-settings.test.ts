/**
 * VS Code's settings point its YAML extension at the JSON Schema of each content file it can check
 * as the SENCO types: school.yaml, staff.yaml and glossary.yaml (schemas/<kind>.schema.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { CONTENT_KINDS } from '../../src/editor/content-kinds.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
/** VS Code's settings are JSON with // comments. */
const settings = JSON.parse(
  readFileSync(path.join(PROJECT, '.vscode/settings.json'), 'utf8')
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n'),
) as { 'yaml.schemas': Record<string, string> };

const yamlKinds = CONTENT_KINDS.filter((kind) => kind.body === 'none');

test('gives each YAML content file the JSON Schema of its kind', () => {
  const expected = Object.fromEntries(yamlKinds.map((kind) => [`./schemas/${kind.name}.schema.json`, `**/${kind.name}.yaml`]));
  expect(settings['yaml.schemas']).toEqual(expected);
  for (const kind of yamlKinds) expect(kind.file.test(`${kind.name}.yaml`)).toBe(true);
});

test.skipIf(!existsSync(path.join(PROJECT, 'schemas')))('points at schema files that exist', () => {
  for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(path.join(PROJECT, schema)), schema).toBe(true);
});
