/**
 * Every file of the sample school, opened and saved in the editor without a change, means what it
 * meant: the same data after the content schemas read it, the same body, and `npm run check` finds
 * the same problems. Keystatic's own reader reads every file, too.
 */
import { createReader } from '@keystatic/core/reader';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { bodyTree } from '../../src/editor/body-meaning.ts';
import { kindOfPath } from '../../src/editor/content-kinds.ts';
import { readEditorLists } from '../../src/editor/editor-lists.ts';
import { fromEditorFile, toEditorFile } from '../../src/editor/waypoint-writer.ts';
import { displayPath } from '../../src/lib/content/display-path.ts';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { readYamlSource } from '../../src/lib/content/yaml-source.ts';
import { checkFolder } from '../../src/lib/quality/check-folder.ts';
import { entryOfFile, saveUnchanged } from '../support/editor-save.ts';
import { keystaticApp, keystaticBrowserBuild, type KeystaticApp } from '../support/keystatic-writer.ts';

// The editor's forms run Keystatic's browser build (its Node build has no rich-text editor).
vi.mock('@keystatic/core', () => keystaticBrowserBuild(''));
vi.mock('@keystatic/core/content-components', () => keystaticBrowserBuild('content-components'));

const CONTENT = path.resolve('content');
const files = (dir: string, base = dir): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
const contentFiles = files(CONTENT).filter((file) => kindOfPath(file));

/** What Waypoint reads from a file: its data after the schema, and its body's syntax tree. */
function meaning(file: string, text: string) {
  const kind = kindOfPath(file)!;
  const source = readYamlSource(text, kind.body === 'none' ? 'yaml' : 'frontmatter');
  const parsed = kind.schema.safeParse(source.data);
  return {
    data: parsed.success ? parsed.data : parsed.error.issues,
    body: kind.body === 'none' ? undefined : bodyTree(source.body, kind.body),
  };
}

let app: KeystaticApp;
let config: Awaited<ReturnType<typeof editorConfigFor>>;
const editorConfigFor = async (folder: string) =>
  (await import('../../src/editor/keystatic-config.tsx')).editorConfig(readEditorLists(folder));
let saved: string;
beforeAll(async () => {
  app = await keystaticApp();
  config = await editorConfigFor(CONTENT);
  saved = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-saved-'));
  cpSync(CONTENT, saved, { recursive: true });
});
afterAll(() => rmSync(saved, { recursive: true, force: true }));

test('finds every kind of content file in the sample school', () => {
  const kinds = new Set(contentFiles.map((file) => kindOfPath(file)!.name));
  expect([...kinds].sort()).toEqual([
    'glossary',
    'group',
    'plan',
    'review',
    'school',
    'staff',
    'strategy',
    'translations-ar',
    'translations-pl',
    'translations-ro',
    'translations-ur',
  ]);
});

describe.each(contentFiles)('%s', (file) => {
  const text = readFileSync(path.join(CONTENT, file), 'utf8');

  test('means the same after the editor opens and saves it', () => {
    const after = saveUnchanged(app, config, file, text);
    writeFileSync(path.join(saved, file), after);
    expect(meaning(file, after)).toEqual(meaning(file, text));
  });

  test('means the same when the editor writes it as a new file', () => {
    expect(meaning(file, saveUnchanged(app, config, file, text, { asNewFile: true }))).toEqual(meaning(file, text));
  });
});

describe.each(contentFiles.filter((file) => file.startsWith('translations/')))('%s, a list of translations', (file) => {
  const text = readFileSync(path.join(CONTENT, file), 'utf8');

  test('comes back byte for byte, leading comments and all, when saved unchanged', () => {
    expect(text.startsWith('#')).toBe(true);
    expect(saveUnchanged(app, config, file, text)).toBe(text);
  });

  test('stays a list with its comments when one translation is changed in the form', () => {
    const language = path.basename(file, '.yaml');
    const entries = parse(text) as Record<string, string>[];
    const changed = entries.map((entry, index) => (index === 0 ? { ...entry, [language]: 'A new translation' } : entry));
    const saved = stringify({ translations: changed });
    const after = fromEditorFile(file, saved, text);
    expect(parse(after)).toEqual(changed);
    expect(after.split('\n').filter((line) => line.startsWith('#'))).toEqual(text.split('\n').filter((line) => line.startsWith('#')));
    expect(kindOfPath(file)!.schema.safeParse(parse(after)).success).toBe(true);
  });
});

test('gives a new language a form once its file is made, starting []', async () => {
  const school = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-language-'));
  try {
    cpSync(CONTENT, school, { recursive: true });
    writeFileSync(path.join(school, 'translations/es.yaml'), '[]\n');
    const withSpanish = await editorConfigFor(school);
    expect(withSpanish.singletons?.['translations-pl']).toMatchObject({ label: 'Translations: Polish', path: 'translations/pl' });
    expect(withSpanish.singletons?.['translations-es']).toMatchObject({ label: 'Translations: es', path: 'translations/es' });
    const saved = saveUnchanged(app, withSpanish, 'translations/es.yaml', '[]\n');
    expect(kindOfPath('translations/es.yaml')!.schema.parse(parse(saved))).toEqual([]);
    expect(checkFolder(school).problems.filter((problem) => problem.file.includes('es.yaml'))).toEqual([]);
  } finally {
    rmSync(school, { recursive: true, force: true });
  }
});

test("is read by Keystatic's reader, every file of it", async () => {
  const view = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-view-'));
  try {
    for (const file of contentFiles) {
      const target = path.join(view, file);
      cpSync(path.join(CONTENT, file), target);
      writeFileSync(target, toEditorFile(file, readFileSync(target, 'utf8')));
    }
    // Keystatic's reader lists a collection only when its entries are files directly in one folder,
    // so each file is read by its own name (as the editor's pages do).
    const reader = createReader(view, config);
    for (const file of contentFiles) {
      const entry = entryOfFile(config, file);
      const read = entry.singleton
        ? reader.singletons[entry.key]!.readOrThrow()
        : reader.collections[entry.key]!.readOrThrow(entry.slug!.value);
      await expect(read, file).resolves.toBeTruthy();
    }
  } finally {
    rmSync(view, { recursive: true, force: true });
  }
});

test('leaves npm run check with the same words to say after every file is saved', { timeout: 60_000 }, () => {
  for (const file of contentFiles) expect(readFileSync(path.join(saved, file), 'utf8').length, file).toBeGreaterThan(0);
  const words = (folder: string) => formatProblems(checkFolder(folder).problems).replaceAll(displayPath(folder), '<content>');
  expect(words(saved)).toBe(words(CONTENT));
});

describe('a file npm run new has just started', () => {
  let school: string;
  beforeAll(() => {
    school = mkdtempSync(path.join(os.tmpdir(), 'waypoint-editor-new-'));
    cpSync(CONTENT, school, { recursive: true });
    for (const args of [
      ['pupil', 'Robin Ashby'],
      ['review', 'theo-bennett'],
    ]) {
      const made = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, WAYPOINT_CONTENT: school, WAYPOINT_TODAY: '2026-12-01' },
      });
      expect(made.status, made.stdout + made.stderr).toBe(0);
    }
  }, 60_000);
  afterAll(() => rmSync(school, { recursive: true, force: true }));

  test('a plan with a note in its body ({/* … */}) opens, and keeps the note', () => {
    const file = 'pupils/robin-ashby/plan.mdx';
    const text = readFileSync(path.join(school, file), 'utf8').replace(
      /\n---\n/,
      '\n---\n{/* Check the reading age with the EP in March. */}\n\n',
    );
    expect(saveUnchanged(app, config, file, text)).toBe(text);
    const fresh = saveUnchanged(app, config, file, text, { asNewFile: true });
    // Written anew, the body is Keystatic's, with the note put back as it was.
    expect(fresh).toContain('{/* Check the reading age with the EP in March. */}');
    expect(meaning(file, fresh).body).toEqual(meaning(file, text).body);
  });

  test.each(['pupils/robin-ashby/plan.mdx', 'pupils/theo-bennett/reviews/2026-12-01.mdx'])(
    '%s opens and saves, keeping its guidance comments',
    (file) => {
      const text = readFileSync(path.join(school, file), 'utf8');
      const after = saveUnchanged(app, config, file, text);
      expect(meaning(file, after)).toEqual(meaning(file, text));
      expect(after).toBe(text);
    },
  );
});
