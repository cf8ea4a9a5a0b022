/**
 * Reads YAML (a .yaml file, or the frontmatter of a .md/.mdx file) and keeps enough of the source
 * to say on which line any field is, so every problem can point at its line.
 */
import { isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { lineIn, lineTree, type LineTree } from './yaml-lines.ts';

export interface YamlSource {
  /** The parsed data, or undefined when the YAML could not be read. */
  data: unknown;
  /** The body after the frontmatter (Markdown or MDX), '' for a .yaml file. */
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
  /** The file line of the field at `path`, or of its nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The value at `path` as written, when it is a single value. */
  valueAt: (path: readonly PropertyKey[]) => unknown;
  /** Problems reading the file itself: YAML syntax, a missing frontmatter fence, an empty file. */
  syntax: { line: number | undefined; message: string; fix: string }[];
  /** The line of every field, when the file was read (what lineOf looks in). */
  lines?: LineTree;
}

const FENCE = /^---[ \t]*$/;

/** Splits a Markdown/MDX file into its frontmatter and body, remembering where the frontmatter starts. */
export function splitFrontmatter(text: string): { yaml: string; body: string; firstLine: number; bodyLine: number } | undefined {
  const lines = text.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) return undefined;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), firstLine: 2, bodyLine: end + 2 };
}

/** A file's YAML and body, the byte-order mark Notepad adds dropped; undefined for a frontmatter file without its fences. */
function partsOf(written: string, kind: 'yaml' | 'frontmatter'): { yaml: string; body: string; firstLine: number; bodyLine: number } | undefined {
  const text = written.replace(/^\uFEFF/, '');
  return kind === 'frontmatter' ? splitFrontmatter(text) : { yaml: text, body: '', firstLine: 1, bodyLine: 1 };
}

export function readYamlSource(written: string, kind: 'yaml' | 'frontmatter'): YamlSource {
  if (written.replace(/^\uFEFF/, '').trim() === '') {
    return broken('The file is empty.', 'Write the fields this file needs, or delete the file.', 1);
  }
  const parts = partsOf(written, kind);
  if (!parts) {
    return broken(
      'The fields at the top of this file are not between two lines of three hyphens (---).',
      'Start the file with a line "---", then the fields, then another line "---".',
      1,
    );
  }
  const { yaml, body, firstLine, bodyLine } = parts;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const lines = yaml.split(/\r?\n/);
  const syntax = doc.errors
    .map((error) => {
      const line = lineCounter.linePos(error.pos[0]).line;
      return { line: line + firstLine - 1, ...describeYamlError(error.code, error.message, lines[line - 1] ?? '') };
    })
    // One mistake can upset the parser twice on the same line: report it once.
    .filter((problem, index, all) => all.findIndex((other) => other.line === problem.line) === index);
  if (syntax.length > 0) return { data: undefined, body, bodyLine, lineOf: () => undefined, valueAt: () => undefined, syntax };
  const reused = reusedNodes(doc);
  if (reused.length > 0) {
    const first = toFileLine(reused[0]!);
    const count = new Set(reused.map(toFileLine)).size;
    return broken(
      `This file uses YAML anchors (&name) or aliases (*name)${count > 1 ? ` on ${count} lines` : ''}, which Waypoint does not read.`,
      'Write the text out in full wherever it is needed. Text that starts with & or * goes in "quotes".',
      first,
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    return broken('The file cannot be read as YAML.', 'Compare it with the authoring guide in the README, line by line.', firstLine);
  }
  if (data === null || data === undefined) {
    return broken('The file has no fields in it.', 'Write the fields this file needs, or delete the file.', firstLine);
  }
  const tree = lineTree(doc, toFileLine);
  return {
    data,
    body,
    bodyLine,
    syntax: [],
    lines: tree,
    lineOf: (path) => lineIn(tree, path),
    valueAt: (path) => {
      const node = doc.getIn(path as unknown[], true);
      return isScalar(node) ? node.value : undefined;
    },
  };
}

/**
 * A file read before, from its text and what that reading found (its data and lines): the same
 * source as readYamlSource gives, without parsing the YAML again unless a value is asked for as written.
 */
export function rememberedSource(written: string, kind: 'yaml' | 'frontmatter', data: unknown, lines: LineTree): YamlSource {
  const { body, bodyLine } = partsOf(written, kind)!;
  let parsed: YamlSource | undefined;
  return {
    data,
    body,
    bodyLine,
    syntax: [],
    lines,
    lineOf: (path) => lineIn(lines, path),
    valueAt: (path) => (parsed ??= readYamlSource(written, kind)).valueAt(path),
  };
}

/**
 * The file line of the first YAML anchor or alias in a .md/.mdx file's frontmatter, if any. Quick
 * for the usual file, which has neither & nor * in it.
 */
export function firstReusedLine(text: string): number | undefined {
  const parts = splitFrontmatter(text.replace(/^\uFEFF/, ''));
  if (!parts || !/[&*]/.test(parts.yaml)) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, prettyErrors: false });
  const first = reusedNodes(doc)[0];
  return first === undefined ? undefined : lineCounter.linePos(first).line + parts.firstLine - 1;
}

/**
 * Where the file names a node to reuse (&anchor) or reuses one (*alias). A SENCO never needs them,
 * and a few lines of aliases can stand for billions of values: refuse them before anything expands.
 */
function reusedNodes(doc: Document): number[] {
  const offsets: number[] = [];
  visit(doc, {
    Alias: (_key, node) => void offsets.push(node.range?.[0] ?? 0),
    Node: (_key, node) => void (node.anchor ? offsets.push(node.range?.[0] ?? 0) : undefined),
  });
  return offsets.sort((a, b) => a - b);
}

function broken(message: string, fix: string, line: number): YamlSource {
  return { data: undefined, body: '', bodyLine: 1, lineOf: () => undefined, valueAt: () => undefined, syntax: [{ line, message, fix }] };
}

/** YAML's own messages are for programmers; these say the same for a SENCO. */
function describeYamlError(code: string, raw: string, lineText: string): { message: string; fix: string } {
  const detail = raw.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? raw;
  // The commonest slip: text with ": " in it, like "role: Teaching assistant: Years 3 and 4".
  const field = /^(\s*(?:- )?)([A-Za-z][\w-]*):\s+(.*:\s.*)$/.exec(lineText);
  if (field && code !== 'DUPLICATE_KEY' && !/^["'[{]/.test(field[3]!)) {
    const text = field[3]!.replace(/\s+#.*$/, '').trim();
    return {
      message: `The text after "${field[2]}:" has ": " in it, so it reads as a second field.`,
      fix: `Put the text in quotes: ${field[2]}: "${text.replace(/"/g, "'")}"`,
    };
  }
  // "family: *Very* important" reads as an alias, "pupil: & more" as an anchor.
  const reuse = /^(\s*(?:- )?)([A-Za-z][\w-]*):\s+([*&].*)$/.exec(lineText);
  if (reuse || code === 'BAD_ALIAS') {
    const text = reuse?.[3]?.replace(/\s+#.*$/, '').trim();
    return {
      message: 'Text that starts with * or & reads as a YAML alias or anchor, not as text.',
      fix: reuse && text ? `Put the text in quotes: ${reuse[2]}: "${text.replace(/"/g, "'")}"` : 'Put the text in "quotes".',
    };
  }
  switch (code) {
    case 'TAB_AS_INDENT':
      return { message: 'This line is indented with a tab.', fix: 'Indent with spaces instead: two spaces for each level.' };
    case 'DUPLICATE_KEY':
      return { message: 'The same field is written twice.', fix: 'Keep one of them and delete the other.' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return {
        message: `This line cannot be read (${detail}).`,
        fix: 'Check the indentation (spaces, not tabs) and that text containing ": " or starting with a symbol is in "quotes".',
      };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return {
        message: 'A line here looks like a field, but its text runs on or is not indented as part of the field above.',
        fix: 'Put text that contains ": " in "quotes", and indent continuation lines under their field.',
      };
    default:
      return {
        message: `This line cannot be read (${detail}).`,
        fix: 'Check the indentation (spaces, not tabs) and put text containing ": " or "#" in "quotes".',
      };
  }
}
