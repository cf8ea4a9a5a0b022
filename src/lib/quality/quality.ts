/**
 * The plan checker's second pass, once the content is valid: plan quality (plan-quality.ts) and
 * plain language (plain-language.ts) on every text families and pupils read, each finding with its
 * file and line. Findings are warnings, except a sentence over the hard limit; school.yaml
 * `quality: { strict: true }` turns every warning into a problem that stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AUDIENCE_SECTION } from '../content/body/body-rules.ts';
import { audienceTexts, readIn } from '../content/audience-text.ts';
import { fieldLabel } from '../content/field-meta.ts';
import { agreedDetails } from './agreed-details.ts';
import { checkPlanQuality, genericStrategies } from './plan-quality.ts';
import { missingTranslations } from './translations-check.ts';
import { checkPlainText, glossaryWords, type Audience } from './plain-language.ts';
import { isPlaceholder, unfinishedFile } from './placeholders.ts';
import type { Problem } from '../content/problems.ts';
import type { LineOf, SchoolContent } from '../content/school-content.ts';

export interface QualityReport {
  /** Every finding, as problems the checker prints. */
  problems: Problem[];
  /** Each pupil's findings (their plan and reviews), by pupil id. */
  byPupil: Map<string, Problem[]>;
}

/** One text a family or a pupil reads, and where it is written. */
export interface AudienceText {
  path: (string | number)[];
  audience: Audience;
  text: string;
  /** The field in words, when the path alone cannot say it. */
  label?: string;
}

/**
 * Each content object's report, shared by every copy of this module: Astro renders pages from
 * bundles holding their own copy (the register asks too), and the build has already checked the
 * content it hands them (src/lib/build-context.ts), so the school is read for quality once a build.
 */
const REPORTS = Symbol.for('waypoint.quality-reports');
const shared = globalThis as typeof globalThis & { [REPORTS]?: WeakMap<SchoolContent, QualityReport> };
const cache = (shared[REPORTS] ??= new WeakMap<SchoolContent, QualityReport>());

/** Checks the whole school. The result is kept per content object, so pages can ask again for free. */
export function checkQuality(content: SchoolContent, on?: string): QualityReport {
  const cached = on === undefined ? cache.get(content) : undefined;
  if (cached) return cached;
  const strict = content.school.quality.strict;
  const glossary = glossaryWords(content.glossary);
  const problems: Problem[] = [];
  const byPupil = new Map<string, Problem[]>();

  const push = (pupilId: string | undefined, problem: Problem) => {
    const final = strict ? { ...problem, severity: 'error' as const } : problem;
    problems.push(final);
    if (pupilId) byPupil.set(pupilId, [...(byPupil.get(pupilId) ?? []), final]);
  };
  const checkTexts = (file: string, lineOf: LineOf | undefined, texts: AudienceText[], pupilId?: string, item?: string) => {
    for (const { path, audience, text, label } of texts) {
      // Text still to be written is counted once, in the plan's "unfinished" warning.
      if (isPlaceholder(text)) continue;
      for (const finding of checkPlainText(text, audience, glossary)) {
        const line = lineOf?.(path);
        push(pupilId, {
          file,
          line: line === undefined ? undefined : line + finding.line - 1,
          field: label ?? fieldLabel(path, item),
          message: finding.message,
          fix: finding.fix,
          severity: finding.severity,
          rule: finding.rule,
        });
      }
    }
  };

  const generic = genericStrategies(content);
  const details = agreedDetails(content);
  for (const pupil of content.pupils) {
    byPupil.set(pupil.id, []);
    for (const finding of [...checkPlanQuality(pupil, on), ...(generic.get(pupil.id) ?? []), ...(details.get(pupil.id) ?? [])]) {
      push(pupil.id, {
        file: pupil.file,
        line: pupil.lineOf?.(finding.path),
        field: fieldLabel(finding.path),
        message: finding.message,
        fix: finding.fix,
        severity: 'warning',
        rule: finding.rule,
      });
    }
    const unfinished = existsSync(pupil.file) ? unfinishedFile(readFileSync(pupil.file, 'utf8')) : undefined;
    if (unfinished) push(pupil.id, { file: pupil.file, severity: 'warning', ...unfinished });
    checkTexts(pupil.file, pupil.lineOf, planTexts(pupil.plan), pupil.id);
    const untranslated = missingTranslations(content, pupil);
    if (untranslated) push(pupil.id, untranslated);
    checkTexts(pupil.file, bodyLines(pupil.file, pupil.body), bodyTexts(pupil.body), pupil.id);
    for (const review of pupil.reviews) checkTexts(review.file, review.lineOf, readerTexts('review', review), pupil.id);
  }
  for (const strategy of content.strategies.values()) checkTexts(strategy.file, strategy.lineOf, readerTexts('strategy', strategy));
  if (content.glossaryFile) {
    checkTexts(content.glossaryFile.file, content.glossaryFile.lineOf, readerTexts('glossary', content.glossary), undefined, 'Term');
  }
  const report = { problems, byPupil };
  if (on === undefined) cache.set(content, report);
  return report;
}

/** The family and pupil wording of one file that its readers read (audience-text.ts lists them). */
function readerTexts(file: Parameters<typeof audienceTexts>[0], data: unknown): AudienceText[] {
  const texts = audienceTexts(file, data);
  return [...readIn(texts, 'family'), ...readIn(texts, 'pupil')].map(({ path, audience, text }) => ({ path, audience, text }));
}

/** Every text in a plan that a family or the pupil reads. */
export const planTexts = (plan: SchoolContent['pupils'][number]['plan']): AudienceText[] => readerTexts('plan', plan);

/**
 * The English <ForFamily> and <ForPupil> sections of an MDX body, each path being its line in the
 * body. A section in a family's language (<ForFamily lang="pl">) is not judged by English rules.
 */
function bodyTexts(body: string): AudienceText[] {
  const forReaders = [...body.matchAll(AUDIENCE_SECTION)].filter(([, audience, attributes]) => audience !== 'Staff' && !attributes);
  return forReaders.map((match) => ({
    path: [body.slice(0, match.index + match[0].indexOf('>') + 1).split('\n').length],
    audience: match[1] === 'Family' ? 'family' : 'pupil',
    label: `<For${match[1]}>`,
    // Drop Markdown marks and the tag's own newline, keep line breaks so findings keep their lines.
    text: match[3]!.replace(/^\n/, '').replace(/[*_#>`]/g, ''),
  }));
}

/** Turns a line within the body into a line of the file (the body follows the frontmatter). */
function bodyLines(file: string, body: string): LineOf | undefined {
  if (!existsSync(file)) return undefined;
  const total = readFileSync(file, 'utf8').split('\n').length;
  const start = total - body.split('\n').length + 1;
  return (path) => start + Number(path[0]) - 1 + 1;
}

/** A plain-text table, one row per pupil: targets, warnings and problems, the weakest plans first. */
export function qualitySummary(content: SchoolContent, report: QualityReport): string {
  const rows = content.pupils
    .map((pupil) => {
      const found = report.byPupil.get(pupil.id) ?? [];
      const errors = found.filter((problem) => problem.severity === 'error').length;
      return { id: pupil.id, targets: pupil.plan.targets.length, warnings: found.length - errors, errors };
    })
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.id.localeCompare(b.id));
  const header = ['Pupil', 'Targets', 'Warnings', 'Problems'];
  const cells = rows.map((row) => [row.id, String(row.targets), String(row.warnings), String(row.errors)]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) =>
    cell.map((text, column) => (column === 0 ? text.padEnd(widths[column]!) : text.padStart(widths[column]!))).join('  ');
  return ['Plan quality, pupil by pupil:', line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)].join(
    '\n',
  );
}
