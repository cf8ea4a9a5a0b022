/**
 * The fields whose value is the id of something in another file: the editor offers those ids as a
 * list to choose from. (The checker's cross-references, src/lib/content/cross-references.ts, test
 * the same fields.) A field is named by its keys from the top of the file, without list positions:
 * a target's strategies are "targets.strategies".
 */
export type Reference = 'staff' | 'strategies' | 'groups';

const REFERENCES: Record<string, Record<string, Reference>> = {
  plan: {
    keyAdult: 'staff',
    groups: 'groups',
    'targets.strategies': 'strategies',
    'earlierTargets.strategies': 'strategies',
    'strategies.ref': 'strategies',
  },
  group: { lead: 'staff', strategies: 'strategies', 'targets.strategies': 'strategies' },
  school: { senco: 'staff' },
};

export const referenceAt = (kind: string, keys: readonly string[]): Reference | undefined => REFERENCES[kind]?.[keys.join('.')];

/** Every field of a kind that names a member of staff. */
export const staffFields = (kind: string): string[][] =>
  Object.entries(REFERENCES[kind] ?? {})
    .filter(([, reference]) => reference === 'staff')
    .map(([keys]) => keys.split('.'));
