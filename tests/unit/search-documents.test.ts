/**
 * What staff search indexes for a plan (src/integrations/search-documents.ts): what staff look for,
 * and not the rest of the staff view, which keeps the encrypted index small.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { bankStrategy } from '../../src/lib/plan/plan-words.ts';
import { searchDocument } from '../../src/integrations/search-documents.ts';

const { content } = loadContent('content');
if (!content) throw new Error('The sample content has problems: run npm run check.');
const pupil = content.pupils.find((entry) => entry.plan.targets.some((target) => target.strategies.length > 0 && target.baseline))!;
const { plan } = pupil;
const document = searchDocument(content, pupil);
const words = (text: string) => text.replace(/&[a-z]+;|&#\d+;/g, '').slice(0, 40);

describe('the search document of a plan', () => {
  test('holds the name, the needs, the targets with their success criteria, and the strategies by title', () => {
    expect(document).toContain(`<span data-pagefind-meta="title">${plan.name}</span>`);
    for (const need of plan.needs.filter((entry) => entry.staff)) expect(document).toContain(words(need.staff!));
    const target = plan.targets[0]!;
    expect(document).toContain(words(target.staff));
    if (target.successCriteria) expect(document).toContain(words(target.successCriteria));
    for (const id of target.strategies) expect(document).toContain(words(bankStrategy(content, id).title ?? ''));
  });

  test('gives each target the heading id it has in the staff view, so a result opens at it', () => {
    for (const target of plan.targets) expect(document).toContain(`<h3 id="target-${target.id}">`);
  });

  test('leaves out the strategy bank’s descriptions, baselines, progress and confidential notes', () => {
    const target = plan.targets.find((entry) => entry.strategies.length > 0 && entry.baseline)!;
    expect(document).not.toContain(words(target.baseline!));
    expect(document).not.toContain(words(bankStrategy(content, target.strategies[0]!).staff ?? ''));
    for (const note of target.progress) if (note.staff) expect(document).not.toContain(words(note.staff));
    if (plan.confidential) expect(document).not.toContain(words(plan.confidential));
  });

  test('carries the filters staff search offers: area of need, year, class and key adult', () => {
    for (const filter of ['area', 'year', 'class', 'keyAdult']) expect(document).toContain(`data-pagefind-filter="${filter}"`);
  });
});
