/** Prints problems the way a SENCO reads them: grouped by file, in line order, with a count. */
import type { Problem } from './problems.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatProblems(problems: readonly Problem[], outcome = ''): string {
  const byFile = new Map<string, Problem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const blocks = [...byFile.keys()].sort().map((file) =>
    byFile
      .get(file)!
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((problem) => {
        const where = [file, problem.line === undefined ? '' : `, line ${problem.line}`, problem.field ? ` — ${problem.field}` : ''].join('');
        const tag = problem.severity === 'warning' ? 'Warning: ' : '';
        const fix = problem.fix.charAt(0).toLowerCase() + problem.fix.slice(1);
        return `${where}\n  ${tag}${problem.message}\n  To fix it: ${fix}`;
      })
      .join('\n\n'),
  );
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const counts = [errors.length > 0 ? plural(errors.length, 'problem') : '', warnings > 0 ? plural(warnings, 'warning') : '']
    .filter(Boolean)
    .join(' and ');
  const summary = `Found ${counts} in ${plural(files, 'file')}.${outcome ? ` ${outcome}` : ''}`;
  return [...blocks, summary].join('\n\n');
}
