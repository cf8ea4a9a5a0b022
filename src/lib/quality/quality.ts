/**
 * The plan checker's second pass, once the content is valid: plan quality (plan-quality.ts) and
 * plain language (plain-language.ts) on every text families and pupils read, each finding with its
 * file and line. Findings are warnings, except a sentence over the hard limit; school.yaml
 * `quality: { strict: true }` turns every warning into a problem that stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fieldLabel } from '../content/field-labels.ts';
import { checkPlanQuality, genericStrategies } from './plan-quality.ts';
import { missingTranslations } from './translations-check.ts';
import { checkPlainText, glossaryWords, type Audience } from './plain-language.ts';
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

const cache = new WeakMap<SchoolContent, QualityReport>();

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
  for (const pupil of content.pupils) {
    byPupil.set(pupil.id, []);
    for (const finding of [...checkPlanQuality(pupil, on), ...(generic.get(pupil.id) ?? [])]) {
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
    checkTexts(pupil.file, pupil.lineOf, planTexts(pupil.plan), pupil.id);
    const untranslated = missingTranslations(content, pupil);
    if (untranslated) push(pupil.id, untranslated);
    checkTexts(pupil.file, bodyLines(pupil.file, pupil.body), bodyTexts(pupil.body), pupil.id);
    for (const review of pupil.reviews) {
      const texts = review.outcomes.flatMap((outcome, index) => audienceTexts(outcome, ['outcomes', index]));
      if (review.nextStepsFamily) texts.push({ path: ['nextStepsFamily'], audience: 'family', text: review.nextStepsFamily });
      checkTexts(review.file, review.lineOf, texts, pupil.id);
    }
  }
  for (const strategy of content.strategies.values()) checkTexts(strategy.file, strategy.lineOf, audienceTexts(strategy, []));
  if (content.glossaryFile) {
    const texts = content.glossary.flatMap((term, index) => audienceTexts(term, [index]));
    checkTexts(content.glossaryFile.file, content.glossaryFile.lineOf, texts, undefined, 'Term');
  }
  const report = { problems, byPupil };
  if (on === undefined) cache.set(content, report);
  return report;
}

/** The family and pupil wording of one object, if it has any. */
function audienceTexts(item: { family?: string | undefined; pupil?: string | undefined }, path: (string | number)[]): AudienceText[] {
  const texts: AudienceText[] = [];
  if (item.family) texts.push({ path: [...path, 'family'], audience: 'family', text: item.family });
  if (item.pupil) texts.push({ path: [...path, 'pupil'], audience: 'pupil', text: item.pupil });
  return texts;
}

/** Every text in a plan that a family or the pupil reads. */
export function planTexts(plan: SchoolContent['pupils'][number]['plan']): AudienceText[] {
  const each = <T extends object>(
    list: T[] | undefined,
    name: string,
    more: (item: T, path: (string | number)[]) => AudienceText[] = () => [],
  ) => (list ?? []).flatMap((item, index) => [...audienceTexts(item, [name, index]), ...more(item, [name, index])]);
  return [
    ...each(plan.needs, 'needs'),
    ...each(plan.strengths, 'strengths'),
    ...each(plan.ehcp?.outcomes, 'ehcp'),
    ...each(plan.targets, 'targets', (target, path) => [
      ...(target.home ? audienceTexts(target.home, [...path, 'home']) : []),
      ...(target.pupilCommitment ? [{ path: [...path, 'pupilCommitment'], audience: 'pupil' as const, text: target.pupilCommitment }] : []),
      ...(target.successCriteriaFamily
        ? [{ path: [...path, 'successCriteriaFamily'], audience: 'family' as const, text: target.successCriteriaFamily }]
        : []),
      ...target.provision.flatMap((row, index) => audienceTexts(row, [...path, 'provision', index])),
      ...target.progress.flatMap((entry, index) => audienceTexts(entry, [...path, 'progress', index])),
    ]),
    ...each(plan.strategies, 'strategies'),
    ...(plan.pastoral ? audienceTexts(plan.pastoral, ['pastoral']) : []),
    ...(plan.responsibilities ? audienceTexts(plan.responsibilities, ['responsibilities']) : []),
    ...(plan.exitCriteria ? audienceTexts(plan.exitCriteria, ['exitCriteria']) : []),
  ].map((text) => (text.path[0] === 'ehcp' ? { ...text, path: ['ehcp', 'outcomes', ...text.path.slice(1)] } : text));
}

const SECTION = /<For(Family|Pupil)>([\s\S]*?)<\/For\1>/g;

/** The <ForFamily> and <ForPupil> sections of an MDX body, each path being its line in the body. */
function bodyTexts(body: string): AudienceText[] {
  return [...body.matchAll(SECTION)].map((match) => ({
    path: [body.slice(0, match.index + match[0].indexOf('>') + 1).split('\n').length],
    audience: match[1] === 'Family' ? 'family' : 'pupil',
    label: `<For${match[1]}>`,
    // Drop Markdown marks and the tag's own newline, keep line breaks so findings keep their lines.
    text: match[2]!.replace(/^\n/, '').replace(/[*_#>`]/g, ''),
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
