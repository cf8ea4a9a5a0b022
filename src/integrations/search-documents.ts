/**
 * What staff search reads for each plan: a short document made from the content, not the whole
 * staff view — the pupil's name, needs, targets with their success criteria, the strategies (a bank
 * strategy by its title and this plan's note on it, the plan's own strategies in full) and what the
 * provision is. Everything else (the strategy bank's descriptions, repeated in every plan that uses
 * them, baselines, progress logs, pastoral, medical and confidential notes, who does what, reviews)
 * stays out, which keeps the encrypted index small (DESIGN.md §6: 2 MB for 1,500 pupils). Headings
 * carry the staff view's ids, so a result links to the part of the plan that matched.
 */
import { escapeUTF8 } from 'entities';
import type { PupilEntry, SchoolContent } from '../lib/content/school-content.ts';
import { AREA_NAMES } from '../lib/plan/areas.ts';
import { bankStrategy, person, resolveStrategy } from '../lib/plan/plan-words.ts';
import { yearGroupLabel, type StrategyUse } from '../schemas/index.ts';

const text = (value: string) => escapeUTF8(value);
const item = (label: string | undefined, value: string | undefined) =>
  label || value ? `<li>${label ? `<strong>${text(label)}:</strong> ` : ''}${value ? text(value) : ''}</li>` : '';

/** One strategy as search reads it: a bank strategy's title and this plan's note, or the plan's own words. */
function strategyItem(school: SchoolContent, use: StrategyUse): string {
  const strategy = resolveStrategy(school, use);
  return strategy.title ? item(strategy.title, strategy.note) : item(undefined, strategy.staff);
}

export function searchDocument(school: SchoolContent, pupil: PupilEntry): string {
  const { plan } = pupil;
  const areas = [...new Set(plan.needs.map((need) => AREA_NAMES[need.area].staff))];
  const filters = [
    ...areas.map((area) => `<span data-pagefind-filter="area">${text(area)}</span>`),
    `<span data-pagefind-filter="year">${text(yearGroupLabel(plan.yearGroup))}</span>`,
    `<span data-pagefind-filter="class">${text(plan.className)}</span>`,
    `<span data-pagefind-filter="keyAdult">${text(person(school, plan.keyAdult).name)}</span>`,
  ];
  const targets = plan.targets.map(
    (target, index) =>
      `<h3 id="target-${text(target.id)}">Target ${index + 1}: ${text(AREA_NAMES[target.area].staff)}</h3>` +
      `<p>${text(target.staff)}</p>` +
      `<ul>${item('Success criteria', target.successCriteria)}` +
      target.strategies.map((id) => item(bankStrategy(school, id).title, undefined)).join('') +
      target.provision.map((provision) => item('Provision', provision.what)).join('') +
      '</ul>',
  );
  return (
    '<html lang="en"><body><main data-pagefind-body>' +
    `<div hidden data-pagefind-ignore>${filters.join('')}</div>` +
    `<h1 id="profile-heading"><span data-pagefind-meta="title">${text(plan.name)}</span></h1>` +
    `<p>${text(plan.className)}, ${text(yearGroupLabel(plan.yearGroup))}</p>` +
    `<h2 id="needs-heading">Needs</h2><ul>${plan.needs.map((need) => item(AREA_NAMES[need.area].staff, need.staff)).join('')}</ul>` +
    `<h2 id="targets-heading">Targets</h2>${targets.join('')}` +
    `<h2 id="day-heading">Strategies for the whole day</h2><ul>${plan.strategies.map((use) => strategyItem(school, use)).join('')}</ul>` +
    '</main></body></html>'
  );
}
