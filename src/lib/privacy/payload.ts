/** The shape of what a private page carries: shared by the build that writes it and the browser that opens it. */
import type { Sealed } from './crypto.ts';

/** In clear, in <script type="application/json" id="wp-payload"> on the page. */
export interface PagePayload {
  format: 1;
  /** The page's id: the browser checks it against the address before opening anything. */
  page: string;
  view: 'staff' | 'family' | 'pupil';
  version: number;
  /** The build this page belongs to; the staff key of the same build opens it. */
  build: string;
  /** The page's content (PageContent as JSON, deflate-raw compressed), under its content key. */
  content: Sealed;
  /** The content key under the build's staff key. */
  staff: Sealed;
  /** The content key under the link key (family and pupil views). */
  link?: (Sealed & { salt: string }) | undefined;
  /** With the family-passphrase policy: the link wrap is itself sealed under the family passphrase. */
  passphrase?: { salt: string; iterations: number } | undefined;
}

/** Inside the content: the page's private regions and the attributes the shell takes on. */
export interface PageContent {
  main: string;
  nav: string;
  footer: string;
  lang: string;
  dir: string;
  bodyClass: string;
}

/** /_wp/staff.json: the build's staff key, wrapped once per member of staff. */
export interface StaffKeyFile {
  format: 1;
  build: string;
  wraps: (Sealed & { salt: string; iterations: number })[];
}

export const STAFF_KEY_FILE = '/_wp/staff.json';
