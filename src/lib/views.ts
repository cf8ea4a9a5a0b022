/**
 * The private route's table of views: for each kind of private page, the layout it sits in and
 * the component that draws it, with the props that component needs. One row per kind.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { SchoolContent } from './content/school-content.ts';
import type { PrivatePage } from './routes.ts';

export type LayoutName = 'staff' | 'family' | 'pupil';

export interface ViewChoice {
  layout: LayoutName;
  /** For the family layout: the plan's family language. */
  language?: string | undefined;
  component: AstroComponentFactory;
  props: Record<string, unknown>;
  /**
   * What the page is, for its title once it is open ("Register"): never a person's name. It travels
   * inside the encrypted content, so the published page keeps the generic title.
   */
  title: string;
}

export type ViewTable = {
  [Kind in PrivatePage['kind']]: (page: Extract<PrivatePage, { kind: Kind }>, school: SchoolContent) => ViewChoice;
};

/** The row of the table for one page. */
export function chooseView(table: ViewTable, page: PrivatePage, school: SchoolContent): ViewChoice {
  const row = table[page.kind] as (page: PrivatePage, school: SchoolContent) => ViewChoice;
  return row(page, school);
}
