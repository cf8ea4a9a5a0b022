/**
 * The words a SENCO knows a field by. A problem names its field the way the plan reads
 * (Target 2, "By"), not the way the file spells it (targets[1].by).
 */

/** Each field's label, as the authoring guide names it. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  yearGroup: 'Year group',
  className: 'Class',
  status: 'Status',
  keyAdult: 'Key adult',
  plan: 'Plan dates',
  starts: 'Starts',
  reviewBy: 'Review by',
  reviewCycle: 'Review cycle',
  agreedWith: 'Agreed with',
  familyLanguage: 'Family language',
  familyIn: 'Family wording in other languages',
  needs: 'Needs',
  area: 'Area of need',
  areas: 'Areas of need',
  attainment: 'Attainment',
  strengths: 'Strengths',
  aboutMe: 'About me',
  admire: 'What people like and admire about me',
  important: 'What is important to me',
  helpsMe: 'How best to support me',
  wishTeachersKnew: 'I wish my teachers knew',
  ehcp: 'EHCP',
  issued: 'Issued',
  annualReview: 'Annual review',
  outcomes: 'Outcomes',
  targets: 'Targets',
  id: 'Id',
  staff: 'Staff wording',
  family: 'Family wording',
  pupil: 'Pupil wording',
  baseline: 'Baseline',
  successCriteria: 'Success criteria',
  by: 'By',
  strategies: 'Strategies',
  provision: 'Provision',
  what: 'What',
  who: 'Who',
  often: 'How often',
  where: 'Where',
  when: 'When',
  home: 'Home support',
  pupilCommitment: 'Pupil commitment',
  ehcpOutcome: 'EHCP outcome',
  symbol: 'Symbol',
  progress: 'Progress',
  date: 'Date',
  pastoral: 'Pastoral',
  medical: 'Medical',
  confidential: 'Confidential',
  responsibilities: 'Responsibilities',
  senco: 'SENCO',
  classTeacher: 'Class teacher',
  others: 'Others',
  does: 'Does',
  groups: 'Groups',
  earlierTargets: 'Earlier targets',
  planStatus: 'Plan status',
  closedReason: 'Reason for closing',
  ref: 'Strategy id',
  title: 'Title',
  lead: 'Lead',
  role: 'Role',
  classes: 'Classes',
  email: 'Email',
  term: 'Term',
  aliases: 'Other spellings',
  phase: 'Phase',
  site: 'Site address',
  contact: 'Contact',
  office: 'Office phone',
  hours: 'Opening hours',
  access: 'Access',
  familyPassphrase: 'Family passphrase',
  quality: 'Quality',
  strict: 'Strict',
  attended: 'Attended',
  pupilViews: "Pupil's views",
  familyViews: "Family's views",
  target: 'Target',
  outcome: 'Outcome',
  evidence: 'Evidence',
  decision: 'Decision',
  nextSteps: 'Next steps',
  nextStepsFamily: 'Next steps for the family',
  successCriteriaFamily: 'Success criteria for the family',
  equipment: 'Equipment and materials',
  reviewArrangements: 'Review arrangements',
  how: 'How the review is held',
  attendees: 'Who comes to the review',
  familyInvited: 'Family invited',
  exitCriteria: 'Exit criteria',
  from: 'From',
  said: 'What they said',
  response: 'What we did',
  roleFamily: 'Role, for families',
  en: 'English',
};

/** What one item of a list is called: the third item of `targets` is "Target 3". */
const ITEM_NAMES: Record<string, string> = {
  targets: 'Target',
  earlierTargets: 'Earlier target',
  needs: 'Need',
  strengths: 'Strength',
  strategies: 'Strategy',
  provision: 'Provision',
  progress: 'Progress entry',
  outcomes: 'Outcome',
  others: 'Responsibility',
  attended: 'Person',
  admire: 'Item',
  important: 'Item',
  helpsMe: 'Item',
  attainment: 'Item',
  aliases: 'Spelling',
  classes: 'Class',
  groups: 'Group',
  areas: 'Area',
  familyViews: 'Family view',
  attendees: 'Person',
  equipment: 'Item',
};

/**
 * A path in words: ["targets", 1, "provision", 0, "who"] is Target 2, provision 1, "Who";
 * ["plan", "reviewBy"] is Plan dates, "Review by".
 */
export function fieldLabel(path: readonly PropertyKey[], topLevelItem = 'Entry'): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    const next = path[index + 1];
    if (typeof key === 'number') {
      const list = path[index - 1];
      parts.push(`${(typeof list === 'string' ? ITEM_NAMES[list] : topLevelItem) ?? 'Item'} ${key + 1}`);
    } else if (next === undefined) {
      parts.push(`"${FIELD_LABELS[String(key)] ?? String(key)}"`);
    } else if (typeof next === 'string') {
      parts.push(FIELD_LABELS[String(key)] ?? String(key));
    }
  });
  return parts.map((part, index) => (index === 0 || part.startsWith('"') ? part : lowerFirst(part))).join(', ');
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
