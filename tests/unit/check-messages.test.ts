/**
 * Every message the checker prints for a content mistake, pinned as the SENCO reads it. Each case is
 * the valid school in tests/fixtures/valid-school/ with the one change tests/fixtures/invalid/<case>/
 * makes (see tests/support/fixture-school.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/content/format-problems.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { checkQuality } from '../../src/lib/quality/quality.ts';
import { checkSymbols } from '../../src/lib/quality/symbols-check.ts';
import { FIXTURES, fixtureSchool, INVALID_CASES, relativeTo, type FixtureSchool } from '../support/fixture-school.ts';

const WARNING_CASES = path.join(FIXTURES, 'warnings');

let school: FixtureSchool | undefined;
afterEach(() => school?.remove());

/** Checks the valid school with one invalid case laid over it, and prints what the checker prints. */
function check(invalidCase?: string): string {
  school = invalidCase ? fixtureSchool(invalidCase) : fixtureSchool();
  const { content, problems } = loadContent(school.folder);
  if (problems.length === 0) return content ? 'No problems found.' : 'No problems, but no content either.';
  return formatProblems(relativeTo(school.root, problems), 'Nothing was published.');
}

/**
 * Checks the valid school with one case from tests/fixtures/warnings/<case>/ laid over it, and prints
 * the warnings the checker gives the files of that case (plan quality, plain language, symbols).
 */
function warnings(warningCase: string): string {
  school = fixtureSchool();
  const from = path.join(WARNING_CASES, warningCase);
  cpSync(from, school.folder, { recursive: true });
  const { content, problems } = loadContent(school.folder);
  if (!content) return formatProblems(relativeTo(school.root, problems));
  const files = new Set(
    readdirSync(from, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `content/${path.relative(from, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
  );
  const found = relativeTo(school.root, [...checkQuality(content, '2026-11-01').problems, ...checkSymbols(content)]);
  return formatProblems(found.filter((problem) => files.has(problem.file)));
}

test('finds no problems in the valid school', () => {
  expect(check()).toBe('No problems found.');
});

describe('check messages', () => {
  test('reports a line that cannot be read as YAML, with its line', () => {
    expect(check('yaml-syntax-error')).toMatchInlineSnapshot(`
      "content/staff.yaml, line 14
        The text after "role:" has ": " in it, so it reads as a second field.
        To fix it: put the text in quotes: role: "Teaching assistant: Years 3 and 4"

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports an empty file', () => {
    expect(check('empty-plan')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 1
        The file is empty.
        To fix it: write the fields this file needs, or delete the file.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a missing field, naming the target it belongs to', () => {
    expect(check('missing-target-date')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 29 — Target 1, "By"
        "By" is missing.
        To fix it: add a line like by: 2026-12-11 to target 1.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a year group written in words instead of a number', () => {
    expect(check('year-group-in-words')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 6 — "Year group"
        "Year group" should be a number, but it is the text "Year 4".
        To fix it: write a number without quotes, like 5.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a date that does not exist, with its line and field', () => {
    expect(check('date-that-does-not-exist')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 5 — "Date of birth"
        The date "2017-11-31" is not a real date: November 2017 has only 30 days.
        To fix it: check the day and the month, and write a date that exists, like 2027-02-28.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a date written day first, like 31/02/2027', () => {
    expect(check('date-written-day-first')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 36 — Target 1, "By"
        The date "31/02/2027" is not written as year-month-day.
        To fix it: write the date as year-month-day, like 2026-12-11.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('suggests the year-month-day date a date written day first most likely means', () => {
    expect(check('date-written-day-first-that-exists')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 12 — Plan dates, "Review by"
        The date "19/03/2027" is not written as year-month-day.
        To fix it: write the date as year-month-day: did you mean 2027-03-19?

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports every problem in a file in one run: a bad date does not hide a misspelt id', () => {
    expect(check('several-problems-in-one-file')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 9 — "Key adult"
        There is no member of staff with the id "mr-evens".
        To fix it: use an id from staff.yaml (did you mean "mr-evans"?).

      content/pupils/ruby-hale/plan.mdx, line 36 — Target 1, "By"
        The date "11/12/2026" is not written as year-month-day.
        To fix it: write the date as year-month-day: did you mean 2026-12-11?

      content/pupils/ruby-hale/plan.mdx, line 37 — Target 1, strategy 1
        There is no strategy with the id "precision-teachng".
        To fix it: use the name of a file in content/strategies/ without ".md" (did you mean "precision-teaching"?), or write the strategy first.

      Found 3 problems in 1 file. Nothing was published."
    `);
  });

  test('reports an area of need that is not one of the four broad areas', () => {
    expect(check('unknown-area-of-need')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 15 — Need 1, "Area of need"
        "literacy" is not one of the four broad areas of need.
        To fix it: use one of: communication-and-interaction, cognition-and-learning, social-emotional-and-mental-health, sensory-and-physical.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a misspelt field name and suggests the right spelling', () => {
    expect(check('misspelt-field')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 35 — Target 1, "sucessCriteria"
        "sucessCriteria" is not a field Waypoint knows here.
        To fix it: check the spelling: did you mean "successCriteria"?

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a known field written where it does not belong', () => {
    expect(check('field-in-the-wrong-place')).toMatchInlineSnapshot(`
      "content/groups/year-4-reading.mdx, line 17 — Target 1, "Pupil commitment"
        "pupilCommitment" does not belong in target 1.
        To fix it: check the line is indented under the right heading, or delete it.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a strategy id that is not in the strategy bank', () => {
    expect(check('unknown-strategy')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 37 — Target 1, strategy 1
        There is no strategy with the id "precision-teachng".
        To fix it: use the name of a file in content/strategies/ without ".md" (did you mean "precision-teaching"?), or write the strategy first.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a key adult who is not in staff.yaml', () => {
    expect(check('unknown-key-adult')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 9 — "Key adult"
        There is no member of staff with the id "mr-evens".
        To fix it: use an id from staff.yaml (did you mean "mr-evans"?).

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a provision adult whose staff id is not in staff.yaml', () => {
    expect(check('unknown-provision-adult')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 40 — Target 1, provision 1, "Who"
        There is no member of staff with the id "ta-hughs".
        To fix it: use an id from staff.yaml (did you mean "ta-hughes"?), or write the role in words.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a group that has no group education plan', () => {
    expect(check('unknown-group')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 73 — Group 1
        There is no group education plan with the id "year-4-phonics".
        To fix it: use the name of a file in content/groups/ without ".mdx" (did you mean "year-4-reading"?).

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a plan with more than five targets', () => {
    expect(check('too-many-targets')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 28 — "Targets"
        The plan has 6 targets. A plan can have at most 5, and three or four work best.
        To fix it: keep the three or four targets that matter most and move the rest to the next plan.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports two targets with the same id', () => {
    expect(check('duplicate-target-ids')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 53 — Target 2, "Id"
        The id "reading-fluency" is already used by target 1.
        To fix it: give each target an id of its own, like reading-fluency-2.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test("reports a target dated after the plan's review date", () => {
    expect(check('target-after-review-date')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 36 — Target 1, "By"
        The target's date, 2027-01-29, is after the plan's review date, 2026-12-11.
        To fix it: set a date on or before 2026-12-11, or move the review date.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a plan with EHCP status but no EHCP outcomes', () => {
    expect(check('ehcp-without-outcomes')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 8 — "Status"
        The status is EHCP, but the plan lists no EHCP outcomes.
        To fix it: add "ehcp:" with the EHCP's long-term outcomes, or set status to sen-support.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a review that names a target the plan does not have', () => {
    expect(check('review-names-unknown-target')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 6 — Outcome 1, "Target"
        This review names a target, "phonic-blending", that is not in the pupil's plan.
        To fix it: use the id of one of the plan's targets (did you mean "phonics-blending"?). A target from an earlier plan goes under "earlierTargets:" in plan.mdx.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a review file named with the date written day first', () => {
    expect(check('review-file-named-day-first')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/10-07-2026.mdx
        The review file name "10-07-2026.mdx" is not a date written year-month-day.
        To fix it: rename the file 2026-07-10.mdx: the year first, then the month, then the day.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a review file named after a date that does not exist', () => {
    expect(check('review-file-named-impossible-date')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-06-31.mdx
        The review file is named after a date that does not exist: June 2026 has only 30 days.
        To fix it: rename the file after the day of the meeting, year-month-day, like 2026-12-11.mdx.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports two members of staff with the same id', () => {
    expect(check('duplicate-staff-ids')).toMatchInlineSnapshot(`
      "content/staff.yaml, line 22 — Staff member 5, "Id"
        The id "mr-evans" is already used by Mr Owen Evans (staff member 2).
        To fix it: give each person an id of their own, like mr-evans-2, and check that every plan naming "mr-evans" means the right person.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses import and export lines and code in curly brackets: the body that would print the keyring', () => {
    expect(check('body-imports-code')).toMatchInlineSnapshot(`
      "content/pupils/kai-mensah/plan.mdx, line 47 — Free text
        An "import" line would run code when the site is built, so Waypoint does not allow it.
        To fix it: delete the line. Free text is words and Markdown, in <ForStaff>, <ForFamily> and <ForPupil> sections.

      content/pupils/kai-mensah/plan.mdx, line 48 — Free text
        An "export" line would run code when the site is built, so Waypoint does not allow it.
        To fix it: delete the line. Free text is words and Markdown, in <ForStaff>, <ForFamily> and <ForPupil> sections.

      content/pupils/kai-mensah/plan.mdx, line 51 — Free text
        Text in curly brackets, {keyring}, would run as code when the site is built, so Waypoint does not allow it.
        To fix it: to show a curly bracket, write \\{ instead. To leave a note that is never shown, write {/* like this */}.

      Found 3 problems in 1 file. Nothing was published."
    `);
  });

  test('refuses {process.env} in a review', () => {
    expect(check('body-expression')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 14 — Free text
        Text in curly brackets, {JSON.stringify(process.env)}, would run as code when the site is built, so Waypoint does not allow it.
        To fix it: to show a curly bracket, write \\{ instead. To leave a note that is never shown, write {/* like this */}.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a meta refresh and an iframe in a group plan', () => {
    expect(check('body-meta-refresh')).toMatchInlineSnapshot(`
      "content/groups/year-4-reading.mdx, line 27 — Free text
        A <meta> tag can send the reader to another website or load files from one, so Waypoint does not allow it.
        To fix it: delete it.

      content/groups/year-4-reading.mdx, line 28 — Free text
        An <iframe> tag would show another page or program inside this one, so Waypoint does not allow it.
        To fix it: delete it. To point to a page, write a link: [the words to click](https://…).

      Found 2 problems in 1 file. Nothing was published."
    `);
  });

  test('refuses a fake sign-in form in a strategy', () => {
    expect(check('body-fake-sign-in-form')).toMatchInlineSnapshot(`
      "content/strategies/visual-timer.md, line 9 — Free text
        A <form> tag could ask the reader for a passphrase or other details and send them to another website, so Waypoint does not allow it.
        To fix it: delete it. To hear from a family, the family view already has a ready-written email to the SENCO.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a component Waypoint does not have, and suggests the nearest', () => {
    expect(check('body-unknown-component')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 14 — Free text
        There is no component called <ForFamilies>.
        To fix it: use <ForStaff>, <ForFamily> or <ForPupil> (did you mean <ForFamily>?), or write the text without the tags.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses event handlers, style attributes and javascript: links', () => {
    expect(check('body-script-in-attributes-and-links')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 14 — Free text
        The attribute "onmouseover" on <abbr> would run code in the reader's browser.
        To fix it: delete it.

      content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 16 — Free text
        The attribute "style" on <span> is blocked by the site's security settings, so it would do nothing.
        To fix it: delete it. Write **bold** or *italic* in Markdown.

      content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 16 — Free text
        The link "javascript:alert(document.cookie)" would run code when it is clicked.
        To fix it: write a link as [the words to click](https://…), [email us](mailto:…) or [ring us](tel:…).

      Found 3 problems in 1 file. Nothing was published."
    `);
  });

  test('reports free text that cannot be read as MDX, with its line', () => {
    expect(check('body-not-mdx')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 14 — Free text
        The tag <br> is not closed.
        To fix it: write it as <br />.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a picture from another website', () => {
    expect(check('body-remote-image')).toMatchInlineSnapshot(`
      "content/strategies/coloured-overlay.md, line 10 — Free text
        The picture "https://images.example.com/overlay.png" is on another website: every reader's device would ask that website for it, and so tell it someone is reading this page.
        To fix it: save the picture beside this file and write ![what it shows](picture.jpg): Waypoint makes it smaller and sends it inside the encrypted page.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test("refuses a picture outside the pupil's own folder", () => {
    expect(check('body-image-outside-folder')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/reviews/2026-07-10.mdx, line 16 — Free text
        The picture "../../kai-mensah/photo.jpg" is not inside pupils/ruby-hale/, this pupil's own folder.
        To fix it: copy the picture itself (not a shortcut to it) into pupils/ruby-hale/ and write its name without "../", like ![what it shows](chart.png).

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a picture that is not there', () => {
    expect(check('body-image-missing')).toMatchInlineSnapshot(`
      "content/groups/year-4-reading.mdx, line 27 — Free text
        The picture "word-chart.png" is not there.
        To fix it: check the name (capital letters count) and that the picture is saved beside this file.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a symbol outside content/symbols/', () => {
    expect(check('symbol-outside-folder')).toMatchInlineSnapshot(`
      "content/symbols/manifest.yaml, line 5 — Symbols, "keys"
        "../../.waypoint/keyring.json" is not a file in content/symbols/.
        To fix it: write the name of a picture saved in content/symbols/, like reading.png, with no "../" and no "/" at the start.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('checks the symbol manifest like every other content file', () => {
    expect(check('symbol-manifest-mistakes')).toMatchInlineSnapshot(`
      "content/symbols/manifest.yaml, line 1 — "Credit"
        "Credit" is missing.
        To fix it: add a line like credit: Symbols used under licence from the publisher..

      content/symbols/manifest.yaml, line 2 — "credits"
        "credits" is not a field Waypoint knows here.
        To fix it: check the spelling: did you mean "credit"?

      content/symbols/manifest.yaml, line 3 — "Web address"
        "javascript:alert(1)" is not a web address.
        To fix it: write the whole address, starting https://, or delete the line.

      Found 3 problems in 1 file. Nothing was published."
    `);
  });

  test('refuses YAML anchors and aliases, so an alias bomb is one message and no crash', () => {
    expect(check('yaml-alias-bomb')).toMatchInlineSnapshot(`
      "content/glossary.yaml, line 2
        This file uses YAML anchors (&name) or aliases (*name) on 6 lines, which Waypoint does not read.
        To fix it: write the text out in full wherever it is needed. Text that starts with & or * goes in "quotes".

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses an alias bomb in the frontmatter of a strategy', () => {
    expect(check('yaml-alias-bomb-in-frontmatter')).toMatchInlineSnapshot(`
      "content/strategies/visual-timer.md, line 2
        This file uses YAML anchors (&name) or aliases (*name) on 9 lines, which Waypoint does not read.
        To fix it: write the text out in full wherever it is needed. Text that starts with & or * goes in "quotes".

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('explains text that starts with a star, which YAML reads as an alias', () => {
    expect(check('yaml-text-starting-with-star')).toMatchInlineSnapshot(`
      "content/glossary.yaml, line 3
        Text that starts with * or & reads as a YAML alias or anchor, not as text.
        To fix it: put the text in quotes: family: "*The* teacher in charge of extra help for children."

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports text saved in the Windows encoding Word uses, with its line', () => {
    expect(check('windows-1252-text')).toMatchInlineSnapshot(`
      "content/strategies/coloured-overlay.md, line 8
        This line has a character that is not saved as UTF-8: "’" in "don’t". Word and older Windows editors save text this way.
        To fix it: open the file in your editor and save it with the encoding "UTF-8" (Notepad: File, Save as, Encoding: UTF-8; VS Code: click the encoding at the bottom right, then "Save with Encoding", UTF-8).

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reports a file saved as UTF-16 ("Unicode" in Notepad)', () => {
    expect(check('utf-16-text')).toMatchInlineSnapshot(`
      "content/glossary.yaml, line 1
        The file is saved as UTF-16 ("Unicode" in Notepad), not UTF-8.
        To fix it: open the file in your editor and save it with the encoding "UTF-8" (Notepad: File, Save as, Encoding: UTF-8; VS Code: click the encoding at the bottom right, then "Save with Encoding", UTF-8).

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('has a test for every invalid case', () => {
    expect(readdirSync(INVALID_CASES).sort()).toEqual(CASES.toSorted());
  });
});

describe('warning messages', () => {
  test('says once that a plan still has placeholders to fill in, and reads none of them for plain language', () => {
    expect(warnings('unfinished-plan')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 7
        Warning: This plan is not finished: 3 places still say TODO, the first on line 7.
        To fix it: write the plan's own words in place of each TODO (and delete a TODO comment once it is done), then run npm run check again.

      Found 1 warning in 1 file."
    `);
  });

  test('asks what a bank strategy\'s "agreed place" is, once, until the plan says', () => {
    expect(warnings('bank-strategy-needs-a-detail')).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx, line 67 — Strategy 2, "Strategy id"
        Warning: The bank strategy "Exit card" says "the agreed place", but this plan does not say what that is.
        To fix it: under "strategies:", give "- ref: exit-card" a "staff:" note saying what the agreed place is for this pupil, like staff: "The agreed place is …".

      Found 1 warning in 1 file."
    `);
  });

  test('has a test for every warning case', () => {
    expect(readdirSync(WARNING_CASES).sort()).toEqual(WARNING_CASE_NAMES.toSorted());
  });
});

const WARNING_CASE_NAMES = ['unfinished-plan', 'bank-strategy-needs-a-detail'];

const CASES = [
  'yaml-syntax-error',
  'empty-plan',
  'missing-target-date',
  'year-group-in-words',
  'date-that-does-not-exist',
  'date-written-day-first',
  'date-written-day-first-that-exists',
  'several-problems-in-one-file',
  'unknown-area-of-need',
  'misspelt-field',
  'field-in-the-wrong-place',
  'unknown-strategy',
  'unknown-key-adult',
  'unknown-provision-adult',
  'unknown-group',
  'too-many-targets',
  'duplicate-target-ids',
  'target-after-review-date',
  'ehcp-without-outcomes',
  'review-names-unknown-target',
  'review-file-named-day-first',
  'review-file-named-impossible-date',
  'duplicate-staff-ids',
  'body-imports-code',
  'body-expression',
  'body-meta-refresh',
  'body-fake-sign-in-form',
  'body-unknown-component',
  'body-script-in-attributes-and-links',
  'body-not-mdx',
  'body-remote-image',
  'body-image-outside-folder',
  'body-image-missing',
  'symbol-outside-folder',
  'symbol-manifest-mistakes',
  'yaml-alias-bomb',
  'yaml-alias-bomb-in-frontmatter',
  'yaml-text-starting-with-star',
  'windows-1252-text',
  'utf-16-text',
];

/** Checks the valid school after `change` has altered its content folder (for what a fixture cannot hold). */
function checkChanged(change: (folder: string) => void): string {
  school = fixtureSchool();
  change(school.folder);
  const { problems } = loadContent(school.folder);
  return problems.length === 0 ? 'No problems found.' : formatProblems(relativeTo(school.root, problems), 'Nothing was published.');
}

describe('check messages for files a fixture cannot hold', () => {
  test('refuses a file too large to be a plan, without reading it', () => {
    expect(
      checkChanged((folder) => {
        const plan = path.join(folder, 'pupils/ruby-hale/plan.mdx');
        writeFileSync(plan, `${readFileSync(plan, 'utf8')}\n${'Ruby read well today. '.repeat(60_000)}\n`);
      }),
    ).toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/plan.mdx
        The file is 1.4 MB, more than the 1 MB Waypoint reads (a long plan is about 15 KB).
        To fix it: check it is the right file. Keep pictures in their own files beside it, and move old notes out of it.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('reads a file that starts with a UTF-8 byte-order mark, as Notepad saves it', () => {
    expect(
      checkChanged((folder) => {
        const plan = path.join(folder, 'pupils/ruby-hale/plan.mdx');
        writeFileSync(plan, `\uFEFF${readFileSync(plan, 'utf8')}`);
      }),
    ).toBe('No problems found.');
  });

  test('warns about a picture with no description, and refuses one too large to read', () => {
    expect(
      checkChanged((folder) => {
        const group = path.join(folder, 'groups/year-4-reading.mdx');
        writeFileSync(group, `${readFileSync(group, 'utf8')}\n![](word-chart.png)\n\n![The class photo](class-photo.jpg)\n`);
        writeFileSync(path.join(folder, 'groups/word-chart.png'), '');
        writeFileSync(path.join(folder, 'groups/class-photo.jpg'), '');
        truncateSync(path.join(folder, 'groups/class-photo.jpg'), 25_000_000);
      }),
    ).toMatchInlineSnapshot(`
      "content/groups/year-4-reading.mdx, line 32 — Free text
        Warning: The picture "word-chart.png" has no description, so a screen reader cannot say what it shows.
        To fix it: write what it shows between the square brackets: ![what the picture shows](word-chart.png).

      content/groups/year-4-reading.mdx, line 34 — Free text
        The picture "class-photo.jpg" is 25 MB, more than the 20 MB Waypoint reads.
        To fix it: save a smaller copy of it.

      Found 1 problem and 1 warning in 1 file. Nothing was published."
    `);
  });

  test('refuses an audience section that starts in the middle of a sentence', () => {
    expect(
      checkChanged((folder) => {
        const group = path.join(folder, 'groups/year-4-reading.mdx');
        writeFileSync(group, `${readFileSync(group, 'utf8')}\nWe read together. <ForPupil>I read with Mrs Hughes.</ForPupil>\n`);
      }),
    ).toMatchInlineSnapshot(`
      "content/groups/year-4-reading.mdx, line 32 — Free text
        A <ForPupil> section must start on a line of its own, outside any other section.
        To fix it: put <ForPupil> on a line by itself, the text on the lines below, and </ForPupil> on a line after it.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a symbol picture larger than 1 MB', () => {
    expect(
      checkChanged((folder) => {
        mkdirSync(path.join(folder, 'symbols'));
        writeFileSync(
          path.join(folder, 'symbols/manifest.yaml'),
          'name: Ashdown symbols\ncredit: Drawn by our staff.\nsymbols:\n  read: read.png\n',
        );
        writeFileSync(path.join(folder, 'symbols/read.png'), '');
        truncateSync(path.join(folder, 'symbols/read.png'), 1_500_000);
      }),
    ).toMatchInlineSnapshot(`
      "content/symbols/manifest.yaml, line 4 — Symbols, "read"
        The picture "read.png" is 1.5 MB, more than the 1 MB a symbol may be.
        To fix it: save a smaller copy: a symbol is shown a few centimetres across.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test("refuses a photo that is a link to a file outside the pupil's folder", () => {
    expect(checkChanged((folder) => symlinkSync(path.join(folder, 'staff.yaml'), path.join(folder, 'pupils/ruby-hale/photo.jpg'))))
      .toMatchInlineSnapshot(`
      "content/pupils/ruby-hale/photo.jpg — Photo
        photo.jpg is a shortcut to a file outside pupils/ruby-hale/, this pupil's own folder.
        To fix it: copy the photo itself into pupils/ruby-hale/ in place of the shortcut.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });

  test('refuses a symbol that is a link to a file outside content/symbols/', () => {
    expect(
      checkChanged((folder) => {
        mkdirSync(path.join(folder, 'symbols'));
        writeFileSync(
          path.join(folder, 'symbols/manifest.yaml'),
          'name: Ashdown symbols\ncredit: Drawn by our staff.\nsymbols:\n  read: read.png\n',
        );
        symlinkSync(path.join(folder, 'staff.yaml'), path.join(folder, 'symbols/read.png'));
      }),
    ).toMatchInlineSnapshot(`
      "content/symbols/manifest.yaml, line 4 — Symbols, "read"
        The picture "read.png" is not a file inside content/symbols/.
        To fix it: copy the picture itself (not a shortcut to it) into content/symbols/.

      Found 1 problem in 1 file. Nothing was published."
    `);
  });
});
