/** The one list of audience text (src/lib/content/audience-text.ts) and the checks that read it. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'zod';
import { AUDIENCE_FIELDS, AUDIENCES, labelOfField } from '../../src/lib/content/audience-text.ts';
import { CONTENT_SCHEMAS, fieldsOf, itemOf } from '../../src/lib/content/field-meta.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { planTexts } from '../../src/lib/quality/quality.ts';
import { pupilWording } from '../../src/lib/plan/pupil-words.ts';

const school = loadContent(path.resolve('content')).content!;

describe('the list of audience text', () => {
  test('names fields that are in their schemas, each with the label the checker uses', () => {
    const labels = AUDIENCE_FIELDS.map((field) => `${field.file}:${field.path.join('.')} ${labelOfField(field)}`);
    expect(labels).toContain('plan:targets.*.home Home support');
    expect(labels).toContain('plan:aboutMe.wishTeachersKnew I wish my teachers knew');
  });

  test('covers every object in the schemas that holds family or pupil wording', () => {
    const listed = new Set(AUDIENCE_FIELDS.filter((field) => !field.text).map((field) => `${field.file}:${field.path.join('.')}`));
    // Dates, not wording: the days the family and the pupil agreed the plan.
    const notWording = new Set(['plan:plan.agreedWith']);
    const missing: string[] = [];
    const visit = (schema: z.ZodType, file: string, at: string[], seen: Set<z.ZodType>) => {
      if (seen.has(schema)) return;
      seen.add(schema);
      const item = itemOf(schema);
      if (item) return visit(item, file, [...at, '*'], new Set(seen));
      const fields = fieldsOf(schema);
      const where = `${file}:${at.join('.')}`;
      if (AUDIENCES.some((audience) => audience !== 'staff' && audience in fields) && !listed.has(where) && !notWording.has(where)) {
        missing.push(where);
      }
      for (const [name, field] of Object.entries(fields)) visit(field, file, [...at, name], new Set(seen));
    };
    for (const [file, schema] of Object.entries(CONTENT_SCHEMAS)) visit(schema, file, [], new Set());
    expect(missing).toEqual([]);
  });
});

describe('the checks that read it', () => {
  test('the plain-language pass reads the pupil’s own voice ("About me")', () => {
    const plan = school.pupils.find((pupil) => pupil.id === 'amara-okafor')!.plan;
    const paths = planTexts(plan).map((text) => text.path.join('.'));
    expect(paths).toContain('aboutMe.wishTeachersKnew');
    expect(paths).toContain('aboutMe.admire.0');
  });

  test('the plain-language pass and the symbol check read the same pupil wording of every plan', () => {
    school.pupils.forEach((pupil, index) => {
      const shownWithSymbols = new Set(AUDIENCE_FIELDS.filter((field) => field.noSymbols).map((field) => field.path[0]));
      const checked = planTexts(pupil.plan)
        .filter((text) => text.audience === 'pupil' && !shownWithSymbols.has(String(text.path[0])) && text.path[0] !== 'strategies')
        .map((text) => text.path.join('.'));
      const symbols = pupilWording(school, index)
        .filter((text) => text.path[0] !== 'strategies')
        .map((text) => text.path.join('.'));
      expect(symbols).toEqual(checked);
    });
  });

  test('the plain-language pass leaves out wording no view shows (a provision row’s pupil wording)', () => {
    const plan = structuredClone(school.pupils[0]!.plan);
    plan.targets[0]!.provision = [{ what: 'Reading', who: 'ms-patel', often: 'Daily', pupil: 'I read with Ms Patel.' }];
    expect(planTexts(plan).map((text) => text.path.join('.'))).not.toContain('targets.0.provision.0.pupil');
  });
});
