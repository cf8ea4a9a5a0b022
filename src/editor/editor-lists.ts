/**
 * The lists the editor's forms choose from, read from the content folder each time the editor's
 * page opens: the staff (for key adults, group leads and the SENCO) and the pupils (each has a list
 * of reviews), and the languages the school has translations into. Files are read leniently — a file with mistakes still gives what it can — because
 * the editor is where those mistakes get fixed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../lib/content/yaml-source.ts';
import { translationLanguageOf } from './content-kinds.ts';
import { staffFields } from './references.ts';

export interface EditorLists {
  /** Everyone in staff.yaml, then any id a file names that staff.yaml does not have. */
  staff: { id: string; name: string; known: boolean }[];
  /** Every pupil folder with a plan, by id, with the pupil's name. */
  pupils: { id: string; name: string }[];
  /** The language of each translations file (translations/pl.yaml: pl), in order. */
  languages: string[];
}

export function readEditorLists(folder: string): EditorLists {
  const staff: EditorLists['staff'] = [];
  const staffYaml = readData(path.join(folder, 'staff.yaml'), 'yaml');
  for (const member of Array.isArray(staffYaml) ? staffYaml : []) {
    if (isRecord(member) && typeof member['id'] === 'string' && !staff.some((known) => known.id === member['id'])) {
      staff.push({ id: member['id'], name: typeof member['name'] === 'string' ? member['name'] : member['id'], known: true });
    }
  }
  const pupils: EditorLists['pupils'] = [];
  const named: unknown[] = [];
  const pupilsDir = path.join(folder, 'pupils');
  for (const id of existsSync(pupilsDir) ? readdirSync(pupilsDir).sort() : []) {
    const plan = readData(path.join(pupilsDir, id, 'plan.mdx'), 'frontmatter');
    if (plan === undefined) continue;
    pupils.push({ id, name: isRecord(plan) && typeof plan['name'] === 'string' ? plan['name'] : id });
    named.push(...staffFields('plan').map((keys) => valueAt(plan, keys)));
  }
  const groupsDir = path.join(folder, 'groups');
  for (const file of existsSync(groupsDir) ? readdirSync(groupsDir) : []) {
    const group = readData(path.join(groupsDir, file), 'frontmatter');
    named.push(...staffFields('group').map((keys) => valueAt(group, keys)));
  }
  const school = readData(path.join(folder, 'school.yaml'), 'yaml');
  named.push(...staffFields('school').map((keys) => valueAt(school, keys)));
  for (const id of named) {
    if (typeof id === 'string' && id !== '' && !staff.some((member) => member.id === id)) staff.push({ id, name: id, known: false });
  }
  const translationsDir = path.join(folder, 'translations');
  const languages = (existsSync(translationsDir) ? readdirSync(translationsDir).sort() : []).flatMap(
    (file) => translationLanguageOf(`translations/${file}`) ?? [],
  );
  return { staff, pupils, languages };
}

function readData(file: string, kind: 'yaml' | 'frontmatter'): unknown {
  if (!existsSync(file)) return undefined;
  try {
    const text = readFileSync(file, 'utf8');
    const yaml = kind === 'yaml' ? text : splitFrontmatter(text)?.yaml;
    return yaml === undefined ? {} : (parse(yaml) ?? {});
  } catch {
    return {};
  }
}

const valueAt = (data: unknown, keys: string[]): unknown =>
  keys.reduce<unknown>((value, key) => (isRecord(value) ? value[key] : undefined), data);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
