/** Facts about tests/fixtures/audience-markers that several tests rely on. */

/** Every private page of the marker school, by page key, sorted. */
export const MARKER_SCHOOL_PAGE_KEYS = [
  'class:4M',
  'classes',
  'family:mark-pupil',
  'group:marker-group',
  'groups',
  'pupil:mark-pupil',
  'register',
  'search',
  'staff:mark-pupil',
  'strategies',
  'strategy:bank-one',
  'strategy:bank-staff-only',
];
