/**
 * Opens and saves one content file the way the editor does: Keystatic's app reads the file as the
 * editor serves it into form state and writes the form back to files (parseEntry and
 * serializeEntryToFiles); the editor's server then writes it through Waypoint's writer. Nothing is
 * changed in the form, so what comes out must mean what went in.
 */
import type { Config } from '@keystatic/core';
import { fromEditorFile, toEditorFile } from '../../src/editor/waypoint-writer.ts';
import type { KeystaticApp } from './keystatic-writer.ts';

interface Entry {
  /** The collection's or singleton's key in the configuration. */
  key: string;
  /** Whether it is a singleton (one file) rather than an item of a collection. */
  singleton: boolean;
  basePath: string;
  extension: string;
  schema: Record<string, unknown>;
  slug: { value: string; field: string } | undefined;
  contentField: boolean;
}

/** The collection item or singleton that a file (relative to the content folder) is. */
export function entryOfFile(config: Config, file: string): Entry {
  for (const [key, collection] of Object.entries(config.collections ?? {})) {
    const pattern = new RegExp(`^${collection.path!.replace(/[.]/g, '\\.').replace('*', '([^/]+)')}\\.(mdx|md)$`);
    const match = pattern.exec(file);
    if (match) {
      return {
        key,
        singleton: false,
        basePath: file.replace(/\.(mdx|md)$/, ''),
        extension: `.${match[2]}`,
        schema: collection.schema,
        slug: { value: match[1]!, field: collection.slugField },
        contentField: true,
      };
    }
  }
  for (const [key, singleton] of Object.entries(config.singletons ?? {})) {
    if (`${singleton.path}.yaml` === file)
      return {
        key,
        singleton: true,
        basePath: singleton.path!,
        extension: '.yaml',
        schema: singleton.schema,
        slug: undefined,
        contentField: false,
      };
  }
  throw new Error(`The editor has no form for ${file}.`);
}

/**
 * The file as it is after the editor opens it and saves it unchanged; `asNewFile` writes it as if
 * there were no file before (so nothing of the old file's layout is kept).
 */
export function saveUnchanged(app: KeystaticApp, config: Config, file: string, text: string, { asNewFile = false } = {}): string {
  const entry = entryOfFile(config, file);
  const format = {
    data: 'yaml' as const,
    contentField: entry.contentField ? { path: ['body'], contentExtension: entry.extension } : undefined,
    dataLocation: 'outer' as const,
  };
  const files = new Map([[file, new TextEncoder().encode(toEditorFile(file, text))]]);
  const slug = entry.slug && { slug: entry.slug.value, field: entry.slug.field };
  const { initialState } = app.parseEntry({ dirpath: entry.basePath, format, schema: entry.schema, slug }, files);
  const written = app.serializeEntryToFiles({
    basePath: entry.basePath,
    schema: entry.schema,
    format,
    state: initialState,
    slug: entry.slug,
  });
  const saved = written.find((out) => out.path === file);
  if (!saved || written.length !== 1) throw new Error(`Keystatic wrote ${written.map((out) => out.path).join(', ')} for ${file}.`);
  return fromEditorFile(file, new TextDecoder().decode(saved.contents), asNewFile ? undefined : text);
}
