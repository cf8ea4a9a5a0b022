/**
 * The editor's writer: turns a file as Keystatic saves it into the file Waypoint reads, and the
 * other way for the two files that are one list. Keystatic writes every field of its form (empty
 * groups as {}, a year group as text, the whole file in its own layout); this writer leaves out
 * what the SENCO left empty, gives each value its type, and changes in the existing file only the
 * lines whose values changed — comments, quotes and order stay as the SENCO wrote them.
 */
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import { splitFrontmatter } from '../lib/content/yaml-source.ts';
import { sameBody } from './body-meaning.ts';
import { blocksAsNotes, notesAsBlocks } from './body-notes.ts';
import { kindOfPath, kindSpec } from './content-kinds.ts';
import type { FieldSpec } from './field-spec.ts';
import { mergeYaml, type KeyOrder } from './yaml-merge.ts';

/**
 * The file as the editor reads it: the one-list files show their list as a field (staff.yaml's list
 * becomes `staff: [...]`), since a Keystatic form is a set of fields.
 */
export function toEditorFile(path: string, text: string): string {
  const kind = kindOfPath(path);
  if (kind?.listField) return stringify({ [kind.listField]: (parse(text) as unknown) ?? [] }, { lineWidth: 0 });
  // Notes in an MDX body ({/* … *\/}) become Note blocks, which Keystatic's editor can show.
  const head = kind?.body === 'mdx' ? FRONTMATTER.exec(text)?.[0] : undefined;
  return head === undefined ? text : head + notesAsBlocks(text.slice(head.length));
}

/** A For the family block "written in English": Keystatic writes its blank language as lang="". */
const ENGLISH_FAMILY_BLOCK = /<ForFamily\s+lang=""\s*>/g;

/** The frontmatter with its two fences, as written. */
const FRONTMATTER = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** The file Waypoint reads, from the file Keystatic saved and the file as it was before (if any). */
export function fromEditorFile(path: string, saved: string, previous: string | undefined): string {
  const kind = kindOfPath(path);
  if (!kind) return saved;
  const spec = kindSpec(kind);
  const parts = kind.body === 'none' ? { yaml: saved, body: '' } : splitFrontmatter(saved);
  if (!parts) return saved;
  const before = previous === undefined ? undefined : kind.body === 'none' ? { yaml: previous, body: '' } : splitFrontmatter(previous);
  const oldData: unknown = before ? safeParse(before.yaml) : undefined;
  let data: unknown = parse(parts.yaml) ?? {};
  if (kind.listField) data = (data as Record<string, unknown>)[kind.listField] ?? [];
  const value = tidy(spec, data, oldData) ?? (spec.kind === 'list' ? [] : {});
  const merged = mergeYaml(before?.yaml, value, keyOrder(spec));
  if (kind.body === 'none') return merged;
  const yaml = merged.endsWith('\n') ? merged : `${merged}\n`;
  const newBody = kind.body === 'mdx' ? blocksAsNotes(parts.body).replace(ENGLISH_FAMILY_BLOCK, '<ForFamily>') : parts.body;
  const body = before && sameBody(before.body, newBody, kind.body) ? before.body : newBody;
  return `---\n${yaml}---\n${body}`;
}

function safeParse(yaml: string): unknown {
  try {
    return parse(yaml);
  } catch {
    return undefined;
  }
}

/** Nothing written: no value, a blank, an empty list, or a group whose fields are all empty. */
const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.values(value).every(isEmpty));

/**
 * One value in Waypoint's terms. `old` is the value the file had at the same place: a field the
 * file left out stays out when the form only filled in its default or left it empty.
 */
export function tidy(spec: FieldSpec, value: unknown, old: unknown): unknown {
  const result = tidyValue(spec, value, old);
  // A field the file must have, left blank, stays in the file blank: a review being written up keeps
  // its blank outcomes (and is unfinished, not broken); anywhere else the checker says what is missing.
  if (spec.required) return result === undefined ? null : result;
  if (isEmpty(result)) {
    // A blank the file already had stays, with the guidance comment beside it (npm run new writes
    // blank fields to fill in); a field emptied in the form is left out.
    return old !== undefined && isEmpty(old) ? old : undefined;
  }
  if (old === undefined && isDeepStrictEqual(result, spec.defaultValue)) return undefined;
  return result;
}

function tidyValue(spec: FieldSpec, value: unknown, old: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  switch (spec.kind) {
    case 'year-group':
      return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    case 'boolean':
      // A Yes/No choice (a true/false field the file may leave out) comes back as text.
      return value === 'true' ? true : value === 'false' ? false : value;
    case 'object': {
      if (!isRecord(value)) return value;
      const before = isRecord(old) ? old : {};
      const out: Record<string, unknown> = {};
      for (const field of spec.fields) {
        const tidied = tidy(field, value[field.key], before[field.key]);
        if (tidied !== undefined) out[field.key] = tidied;
      }
      return out;
    }
    case 'list': {
      if (!Array.isArray(value)) return value;
      const before = Array.isArray(old) ? old : [];
      return value.map((item, index) => tidyValue(spec.item, item, before[index])).filter((item) => item !== undefined);
    }
    case 'map': {
      if (!isRecord(value)) return value;
      const entries = Object.entries(value).map(([key, item]) => [key, tidyValue(spec.value, item, undefined)] as const);
      return Object.fromEntries(entries.filter(([key, item]) => key !== '' && item !== undefined));
    }
    default:
      return value;
  }
}

/** The schema's order of fields for the map at `path`, so a new field lands beside its neighbours. */
function keyOrder(root: FieldSpec): KeyOrder {
  return (path) => {
    let spec: FieldSpec | undefined = root;
    for (const step of path) {
      if (!spec) break;
      if (spec.kind === 'list' && typeof step === 'number') spec = spec.item;
      else if (spec.kind === 'object') spec = spec.fields.find((field) => field.key === step);
      else spec = undefined;
    }
    return spec?.kind === 'object' ? spec.fields.map((field) => field.key) : [];
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
