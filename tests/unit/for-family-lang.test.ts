/**
 * <ForFamily lang="pl"> holds a plan's free text for the family in their language: the checker lets
 * it through, and refuses a language the family view cannot show or the attribute on another section.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/content/body/check-body.ts';

const folder = path.resolve('content');
const plan = path.join(folder, 'pupils/zofia-kowalska/plan.mdx');
const check = (body: string) => checkBody(plan, body, 1, folder).map(({ message, fix }) => ({ message, fix }));

describe('a <ForFamily> section with a language', () => {
  test('passes the checker with a family language code', () => {
    expect(check('<ForFamily>\nRing the office.\n</ForFamily>\n\n<ForFamily lang="pl">\nProszę zadzwonić.\n</ForFamily>\n')).toEqual([]);
  });

  test('is refused with a code no family view is shown in, saying which codes work', () => {
    expect(check('<ForFamily lang="xx">\nText.\n</ForFamily>\n')).toEqual([
      {
        message: '<ForFamily lang=…> names a language code a family view can be shown in, and "xx" is not one.',
        fix: 'Write one of en, pl, ur, ar, ro, pa, bn, so, pt, es, lt, tr, like <ForFamily lang="pl">.',
      },
    ]);
  });

  test('is the only section that takes a language', () => {
    expect(check('<ForStaff lang="pl">\nText.\n</ForStaff>\n').map(({ message }) => message)).toEqual([
      '<ForStaff> takes nothing inside its brackets.',
    ]);
  });
});
