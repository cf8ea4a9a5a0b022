/**
 * Reads content/symbols/manifest.yaml like every other content file: checked against its schema,
 * with a file and line for every problem. Each picture it names must be a file inside
 * content/symbols/ (no "..", no absolute path, no link leading out of the folder) of at most 1 MB,
 * because the picture is copied into pupils' pages.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { confinedFile } from '../content/confined-path.ts';
import { displayPath } from '../content/display-path.ts';
import { fieldLabel } from '../content/field-meta.ts';
import { problemsFromIssues, type Problem } from '../content/problems.ts';
import { readContentText, sizeInWords } from '../content/read-text.ts';
import { readYamlSource } from '../content/yaml-source.ts';
import { SymbolManifestSchema, type SymbolManifest } from '../../schemas/symbol-manifest.ts';

/** The largest symbol picture Waypoint reads: a symbol is usually a few kilobytes. */
export const SYMBOL_IMAGE_LIMIT = 1_000_000;

export interface SchoolSymbols {
  manifest: SymbolManifest;
  /** Each word's picture, as the real path of a file inside content/symbols/. */
  files: ReadonlyMap<string, string>;
}

/** The school's symbols, or the problems with them; undefined when the school has no manifest. */
export function readSymbolManifest(contentFolder: string): { symbols?: SchoolSymbols | undefined; problems: Problem[] } | undefined {
  const folder = path.join(contentFolder, 'symbols');
  const file = path.join(folder, 'manifest.yaml');
  if (!existsSync(file)) return undefined;
  const shown = displayPath(file);
  const inside = confinedFile('manifest.yaml', folder, folder, contentFolder);
  if (inside.problem) {
    return {
      problems: [
        {
          file: shown,
          message: 'The symbol manifest is not a file inside content/symbols/.',
          fix: 'Save manifest.yaml itself (not a shortcut to it) in content/symbols/.',
          severity: 'error',
        },
      ],
    };
  }
  const read = readContentText(inside.file);
  if (read.problem) return { problems: [{ file: shown, ...read.problem, severity: 'error' }] };
  const source = readYamlSource(read.text, 'yaml');
  if (source.syntax.length > 0) return { problems: source.syntax.map((problem) => ({ file: shown, ...problem, severity: 'error' })) };
  const result = SymbolManifestSchema.safeParse(source.data, { reportInput: true });
  if (!result.success) return { problems: problemsFromIssues(result.error.issues, source, shown) };

  const problems: Problem[] = [];
  const files = new Map<string, string>();
  for (const [word, name] of Object.entries(result.data.symbols)) {
    const where = ['symbols', word];
    const problem = (message: string, fix: string) =>
      problems.push({ file: shown, line: source.lineOf(where), field: fieldLabel(where), message, fix, severity: 'error' });
    const found = confinedFile(name, folder, folder, contentFolder);
    if (found.problem === 'missing')
      problem(`There is no picture "${name}" in content/symbols/.`, 'Check the name (capital letters count), or save the picture there.');
    else if (found.problem) {
      problem(
        `The picture "${name}" is not a file inside content/symbols/.`,
        'Copy the picture itself (not a shortcut to it) into content/symbols/.',
      );
    } else if (statSync(found.file).size > SYMBOL_IMAGE_LIMIT) {
      problem(
        `The picture "${name}" is ${sizeInWords(statSync(found.file).size)}, more than the ${sizeInWords(SYMBOL_IMAGE_LIMIT)} a symbol may be.`,
        'Save a smaller copy: a symbol is shown a few centimetres across.',
      );
    } else files.set(word, found.file);
  }
  return problems.length > 0 ? { problems } : { symbols: { manifest: result.data, files }, problems };
}
