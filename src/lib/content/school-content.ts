/** The school's content once it is read, checked and cross-referenced: what every page is built from. */
import type {
  GlossaryTerm,
  Group,
  Plan,
  Review,
  School,
  StaffMember,
  Strategy,
} from '../../schemas/index.ts';
import type { Translations } from './translations.ts';
import type { YamlSource } from './yaml-source.ts';

/** The line in a file's YAML of the field at a path, so later checks can point at it. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export interface StrategyEntry extends Strategy {
  id: string;
  /** Where each field is in the file (the content checker's view; pages do not need it). */
  lineOf?: LineOf | undefined;
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
  lineOf?: LineOf | undefined;
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
  lineOf?: LineOf | undefined;
}

export interface SchoolContent {
  folder: string;
  school: School;
  staff: StaffMember[];
  glossary: GlossaryTerm[];
  /** glossary.yaml as messages name it, and where each term is in it. */
  glossaryFile?: { file: string; lineOf: LineOf } | undefined;
  /** school.yaml and staff.yaml as messages name them, and where each field is in them. */
  schoolFile?: { file: string; lineOf: LineOf } | undefined;
  staffFile?: { file: string; lineOf: LineOf } | undefined;
  /** The school's translations of what families read (content/translations/), by language code. */
  translations?: Translations | undefined;
  strategies: Map<string, StrategyEntry>;
  groups: Map<string, GroupEntry>;
  pupils: PupilEntry[];
}

/** A file read and checked on its own, kept with its source so later checks can find lines. */
export interface CheckedFile<T> {
  file: string;
  source: YamlSource;
  data: T;
}
