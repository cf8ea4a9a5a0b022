/** The school's content once it is read, checked and cross-referenced: what every page is built from. */
import type {
  GlossaryTerm,
  Group,
  Plan,
  Review,
  School,
  StaffMember,
  Strategy,
} from '../schemas/index.ts';

export interface StrategyEntry extends Strategy {
  id: string;
  /** How to use it well: the Markdown body, for staff. */
  body: string;
  file: string;
}

export interface GroupEntry extends Group {
  id: string;
  /** The MDX body, with <ForStaff>/<ForFamily>/<ForPupil> sections. */
  body: string;
  file: string;
}

export interface ReviewEntry extends Review {
  /** The meeting's date, from the file name. */
  date: string;
  body: string;
  file: string;
}

export interface PupilEntry {
  /** The folder name. Never published. */
  id: string;
  plan: Plan;
  body: string;
  /** Reviews, oldest first. */
  reviews: ReviewEntry[];
  /** The pupil's photo as a file path, if there is one. */
  photo?: string | undefined;
  file: string;
}

export interface SchoolContent {
  folder: string;
  school: School;
  staff: StaffMember[];
  glossary: GlossaryTerm[];
  strategies: Map<string, StrategyEntry>;
  groups: Map<string, GroupEntry>;
  pupils: PupilEntry[];
}
