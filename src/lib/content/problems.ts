/**
 * A problem in the content, in the words of the person who must fix it: where (file, line, field),
 * what is wrong, and what to do.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { exampleLine, FIELDS, fieldLabel, labelOf, lowerFirst } from './field-meta.ts';
import type { YamlSource } from './yaml-source.ts';

export interface Problem {
  /** The file, relative to the content folder's parent: content/pupils/amara-okafor/plan.mdx. */
  file: string;
  line?: number | undefined;
  /** The field in words: Target 2, "By". */
  field?: string | undefined;
  /** What is wrong, as a sentence. */
  message: string;
  /** What to do about it, as a sentence. */
  fix: string;
  severity: 'error' | 'warning';
  /** For plan-quality and plain-language findings: the rule that found it, like vague-words. */
  rule?: string | undefined;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
};

const CHOICES: Record<string, string> = {
  area: 'one of the four broad areas of need',
  areas: 'one of the four broad areas of need',
  status: 'a status Waypoint knows',
  familyLanguage: 'a language the family view can be shown in',
};

/** Turns every issue zod found in one file into a Problem, with its line from the YAML source. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  file: string,
  topLevelItem?: string,
): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        // A field Waypoint knows, in a place it does not belong: usually indented under the wrong heading.
        if (FIELDS.has(key)) {
          const where = issue.path.length > 0 ? fieldLabel(issue.path, topLevelItem) : 'this file';
          return at(path, {
            message: `"${key}" does not belong in ${lowerFirst(where)}.`,
            fix: 'Check the line is indented under the right heading, or delete it.',
          });
        }
        return at(path, {
          message: `"${key}" is not a field Waypoint knows here.`,
          fix: suggestField(key),
        });
      });
    }
    const words = describe(issue);
    // A missing field's line is its parent's: say which parent it goes in.
    if (issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 1) {
      words.fix = `${words.fix.replace(/\.$/, '')} to ${lowerFirst(fieldLabel(issue.path.slice(0, -1), topLevelItem))}.`;
    }
    return [at(issue.path, words)];
  });

  function at(path: readonly PropertyKey[], words: { message: string; fix: string }): Problem {
    return { file, line: source.lineOf(path), field: fieldLabel(path, topLevelItem), severity: 'error', ...words };
  }
}

function describe(issue: z.core.$ZodIssue): { message: string; fix: string } {
  const key = [...issue.path].reverse().find((part) => typeof part === 'string');
  const label = key ? `"${labelOf(key)}"` : 'This entry';
  const input: unknown = issue.input;
  switch (issue.code) {
    case 'custom': {
      // A rule's fix may depend on what was written (a date gets "did you mean 2027-03-19?").
      const fix: unknown = issue.params?.['fix'];
      return {
        message: issue.message,
        fix: typeof fix === 'function' ? String(fix(input)) : String(fix ?? 'Check this field against the authoring guide.'),
      };
    }
    case 'invalid_type':
      if (input === undefined) {
        const example = key ? exampleLine(key) : undefined;
        return {
          message: `${label} is missing.`,
          fix: example ? `Add a line like ${example}.` : `Add a line "${key ?? 'field'}:" with its value.`,
        };
      }
      return {
        message: `${label} should be ${EXPECTED[issue.expected] ?? issue.expected}, but it is ${kindOf(input)}.`,
        fix: fixForType(issue.expected),
      };
    case 'invalid_value': {
      const choices = issue.values.map(String);
      return {
        message: `"${String(input)}" is not ${(key && CHOICES[key]) ?? 'one of the choices'}.`,
        fix: `Use one of: ${choices.join(', ')}.`,
      };
    }
    case 'too_small':
      if (issue.origin === 'string') return { message: `${label} is empty.`, fix: 'Write the text, or delete the line.' };
      if (issue.origin === 'array') return { message: `${label} has nothing in it.`, fix: `Add at least ${String(issue.minimum)}.` };
      return { message: `${label} is ${String(input)}, below the lowest allowed, ${String(issue.minimum)}.`, fix: `Use ${String(issue.minimum)} or more.` };
    case 'too_big':
      if (issue.origin === 'array') {
        return { message: `${label} has too many entries.`, fix: `Keep at most ${String(issue.maximum)}.` };
      }
      return { message: `${label} is ${String(input)}, above the highest allowed, ${String(issue.maximum)}.`, fix: `Use ${String(issue.maximum)} or less.` };
    case 'invalid_format':
      return {
        message: `"${String(input)}" is not ${issue.format === 'email' ? 'an email address' : `written as ${issue.format}`}.`,
        fix: issue.format === 'email' ? 'Write the whole address, like send@school.example.sch.uk.' : 'Check how this field is written in the authoring guide.',
      };
    default:
      return { message: `${label} is not written the way Waypoint expects.`, fix: 'Check this field against the authoring guide.' };
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

function fixForType(expected: string): string {
  switch (expected) {
    case 'array':
      return 'Write it as a list: one "- item" per line, or [first, second] on one line.';
    case 'object':
      return 'Write its fields on the lines below it, indented by two spaces.';
    case 'number':
    case 'int':
      return 'Write a number without quotes, like 5.';
    case 'boolean':
      return 'Write true or false.';
    default:
      return 'Write it as text on the same line. Put it in "quotes" if it starts with a symbol.';
  }
}

/** Points a misspelt field at the field it was probably meant to be. */
function suggestField(key: string): string {
  const known = [...FIELDS.keys()];
  const best = closest(key, known);
  return distance(key.toLowerCase(), best.toLowerCase()) <= Math.max(2, Math.floor(key.length / 3))
    ? `Check the spelling: did you mean "${best}"?`
    : 'Check the spelling against the authoring guide, or delete the line.';
}
