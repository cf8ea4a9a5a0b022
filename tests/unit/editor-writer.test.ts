/**
 * The editor's writer: what Keystatic saves becomes a file in Waypoint's format, and of the file
 * that was there only what changed changes. Keystatic's output is made here the way Keystatic makes
 * it (every field of the form, empty groups as {}, a year group as text) so each rule is tested alone;
 * tests/unit/editor-round-trip.test.ts saves every sample file through Keystatic itself.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { fromEditorFile, toEditorFile } from '../../src/editor/waypoint-writer.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml-source.ts';

const AMARA = 'pupils/amara-okafor/plan.mdx';
const amara = readFileSync(`content/${AMARA}`, 'utf8');
const { yaml: amaraYaml, body: amaraBody } = splitFrontmatter(amara)!;

/** The fields these tests change, as YAML reads them. */
interface Fields {
  preferredName?: string;
  pronouns?: string;
  yearGroup?: unknown;
  strengths: { staff: string }[];
  targets: { progress: { status: string }[] }[];
  outcomes: unknown[];
  [field: string]: unknown;
}
const yamlOf = (text: string) => parse(text) as Fields;
const amaraData = () => yamlOf(amaraYaml);

/** A file as Keystatic writes it: its own YAML layout, then the body. */
const keystaticFile = (data: unknown, body = amaraBody) => `---\n${stringify(data)}---\n${body}`;
const frontmatter = (text: string) => yamlOf(splitFrontmatter(text)!.yaml);
const comments = (text: string) => text.split('\n').flatMap((line) => line.match(/#.*$/) ?? []);

test('changes only the line of a changed value, keeping every other byte', () => {
  const data = amaraData();
  data.preferredName = 'Mara';
  data.targets[0]!.progress[0]!.status = 'achieved';
  const written = fromEditorFile(AMARA, keystaticFile(data), amara);
  const changed = written.split('\n').filter((line, index) => line !== amara.split('\n')[index]);
  expect(changed).toEqual([
    'preferredName: Mara',
    '        status: achieved          # not-started | on-track | needs-attention | achieved | partly-achieved | not-achieved',
  ]);
});

test('keeps every comment when fields and list items come and go', () => {
  const data = amaraData();
  data.strengths.push({ staff: 'Kind to younger pupils.' });
  delete data.pronouns;
  const written = fromEditorFile(AMARA, keystaticFile(data), amara);
  expect(comments(written)).toEqual(comments(amara));
  expect(frontmatter(written)).toEqual(data);
});

test('leaves out a group of fields the SENCO left empty', () => {
  const data = { ...amaraData(), medical: { staff: '' }, ehcp: { outcomes: [] }, pastoral: { familyIn: {} } };
  const written = frontmatter(fromEditorFile(AMARA, keystaticFile(data), amara));
  expect(written).not.toHaveProperty('medical');
  expect(written).not.toHaveProperty('ehcp');
  expect(written).not.toHaveProperty('pastoral');
});

test("leaves a field's default out of a file that did not have it", () => {
  const data = { ...amaraData(), familyLanguage: 'en', planStatus: 'active', closedReason: '' };
  expect(frontmatter(fromEditorFile(AMARA, keystaticFile(data), amara))).toEqual(amaraData());
});

test('writes the year group as a number, as the schema reads it', () => {
  const data = { ...amaraData(), yearGroup: '6' };
  expect(frontmatter(fromEditorFile(AMARA, keystaticFile(data), amara)).yearGroup).toBe(6);
});

test('writes a blank outcome as blank, so a review being written up stays unfinished', () => {
  const review = 'pupils/theo-bennett/reviews/2026-09-01.mdx';
  const saved = keystaticFile(
    { attended: ['ms-rahman'], outcomes: [{ target: 'typing-speed-25', outcome: '', evidence: '', decision: '' }] },
    '',
  );
  const written = fromEditorFile(review, saved, undefined);
  expect(written).toContain('  - target: typing-speed-25\n    outcome:\n    evidence:\n    decision:\n');
  expect(frontmatter(written).outcomes[0]).toEqual({ target: 'typing-speed-25', outcome: null, evidence: null, decision: null });
});

test('leaves "family invited" out when the form left it Not set, and writes Yes or No as true or false', () => {
  const attendees = ['ms-rahman', 'ms-patel'];
  const arrangements = (familyInvited: string) => ({
    ...amaraData(),
    reviewArrangements: { how: '', where: '', attendees, familyInvited },
  });
  const written = (familyInvited: string) => frontmatter(fromEditorFile(AMARA, keystaticFile(arrangements(familyInvited)), amara));
  expect(written('')).toEqual(amaraData());
  expect(written('false').reviewArrangements).toEqual({ attendees, familyInvited: false });
  expect(written('true').reviewArrangements).toEqual({ attendees, familyInvited: true });
});

test('writes a For the family block written in English without a language, and keeps a family language', () => {
  const body =
    '<ForFamily lang="">\n  Ring the school office.\n</ForFamily>\n\n<ForFamily lang="pl">\n  Prosimy zadzwonić.\n</ForFamily>\n';
  const written = fromEditorFile(AMARA, keystaticFile(parse(amaraYaml), body), amara);
  expect(splitFrontmatter(written)!.body).toBe(body.replace('<ForFamily lang="">', '<ForFamily>'));
});

test('shows a translations file to Keystatic as a form, and writes it back as a list under its comments', () => {
  const polish = readFileSync('content/translations/pl.yaml', 'utf8');
  const asForm = parse(toEditorFile('translations/pl.yaml', polish)) as { translations: { en: string; pl?: string }[] };
  expect(asForm).toEqual({ translations: parse(polish) as unknown });
  asForm.translations.push({ en: 'See you at the review.', pl: '' });
  const written = fromEditorFile('translations/pl.yaml', stringify(asForm), polish);
  expect(parse(written) as unknown).toEqual([...(parse(polish) as unknown[]), { en: 'See you at the review.' }]);
  expect(comments(written)).toEqual(comments(polish));
});

test('shows staff.yaml to Keystatic as a form, and writes it back as a list', () => {
  const staff = readFileSync('content/staff.yaml', 'utf8');
  const asForm = parse(toEditorFile('staff.yaml', staff)) as { staff: { role: string }[] };
  expect(asForm).toEqual({ staff: parse(staff) as unknown });
  asForm.staff[0]!.role = 'SENCO';
  const written = fromEditorFile('staff.yaml', stringify(asForm), staff);
  expect(parse(written) as unknown).toEqual(asForm.staff);
  expect(written.split('\n')[0]).toBe(staff.split('\n')[0]);
});

test('keeps the body as written when Keystatic has only re-spaced it', () => {
  const indented = amaraBody.replace(/^(If you would like)/m, '  $1');
  expect(indented).not.toBe(amaraBody);
  expect(fromEditorFile(AMARA, keystaticFile(parse(amaraYaml), indented), amara)).toBe(amara);
});

test('writes a changed body as Keystatic wrote it', () => {
  const body = '<ForFamily>\n  Ring the school office to talk before the review.\n</ForFamily>\n';
  expect(fromEditorFile(AMARA, keystaticFile(parse(amaraYaml), body), amara)).toBe(`---\n${amaraYaml}\n---\n${body}`);
});

test('fills in a review that npm run new started, keeping its blank fields and their guidance', () => {
  const review = 'pupils/theo-bennett/reviews/2026-12-01.mdx';
  const started = [
    '---',
    'attended: [ms-rahman]   # staff ids, or names in words',
    'pupilViews:           # what Theo said, in their own words',
    'outcomes:',
    '  - target: typing-speed-25',
    '    outcome:          # achieved | partly-achieved | not-achieved',
    '    evidence:         # what shows it, with its date',
    '    decision:         # carry-on | change-strategy | smaller-step | new-target | no-longer-needed',
    'nextSteps:            # what the meeting agreed to do next, for staff',
    '---',
    'Notes of the meeting go here.',
    '',
  ].join('\n');
  const saved = keystaticFile(
    { attended: ['ms-rahman'], outcomes: [{ target: 'typing-speed-25', outcome: 'achieved', evidence: '', decision: '' }] },
    'Notes of the meeting go here.\n',
  );
  const written = fromEditorFile(review, saved, started);
  expect(comments(written)).toEqual(comments(started));
  expect(frontmatter(written)).toEqual({
    attended: ['ms-rahman'],
    pupilViews: null,
    outcomes: [{ target: 'typing-speed-25', outcome: 'achieved', evidence: null, decision: null }],
    nextSteps: null,
  });
});

test('shows a note in a body as a Note block, and writes the block back as the note', () => {
  const noted = amara.replace('<ForFamily>', '{/* Ask "Mum" about <ForFamily> & reading */}\n\n<ForFamily>');
  const view = toEditorFile(AMARA, noted);
  expect(view).toContain('<Note text="Ask &quot;Mum&quot; about <ForFamily> &amp; reading" />\n\n<ForFamily>');
  expect(view.startsWith(`---\n${amaraYaml}\n---\n`)).toBe(true);
  // Keystatic writes the block back in its own way: a changed body, so the writer writes it.
  const body = '<Note text="Ask &#x22;Mum&#x22; about <ForFamily> & reading" />\n\n<ForFamily>\n  Ring the office.\n</ForFamily>\n';
  const written = fromEditorFile(AMARA, keystaticFile(parse(amaraYaml), body), noted);
  expect(written).toContain('---\n{/* Ask "Mum" about <ForFamily> & reading */}\n\n<ForFamily>\n  Ring the office.\n</ForFamily>\n');
});
