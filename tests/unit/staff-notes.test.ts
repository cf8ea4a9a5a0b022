/** The staff view shows a "Notes" section only when the plan's body holds something for staff. */
import { describe, expect, test } from 'vitest';
import { hasStaffText } from '../../src/lib/content/body/remark-staff-by-default.ts';

describe('a plan body has notes for staff', () => {
  test('when it has text outside every audience section', () => {
    expect(hasStaffText('Met with the speech therapist in May.\n\n<ForFamily>\nHello.\n</ForFamily>\n')).toBe(true);
  });

  test('when it has a <ForStaff> section', () => {
    expect(hasStaffText('<ForStaff>\nWords gathered with photos.\n</ForStaff>\n')).toBe(true);
  });

  test('not when it holds only family and pupil sections, comments and blank lines', () => {
    const body =
      '{/* Write notes here. */}\n\n<ForFamily>\nCatch us at the door.\n</ForFamily>\n\n<ForPupil>\nMiss Begum helps me.\n</ForPupil>\n';
    expect(hasStaffText(body)).toBe(false);
  });

  test('not when its family sections include one in the family’s language', () => {
    const body = '<ForFamily>\nCatch us at the door.\n</ForFamily>\n\n<ForFamily lang="pl">\nZapraszamy pod drzwi.\n</ForFamily>\n';
    expect(hasStaffText(body)).toBe(false);
  });

  test('not when its <ForStaff> section is empty', () => {
    expect(hasStaffText('<ForStaff>\n\n</ForStaff>\n')).toBe(false);
  });
});
