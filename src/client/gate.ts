/** The locked page's words: what is happening, and a kind, clear message for each thing that can go wrong. */

export type Problem =
  | 'insecure'
  | 'no-webcrypto'
  | 'broken-link'
  | 'incomplete-link'
  | 'wrong-passphrase'
  | 'wrong-family-passphrase'
  | 'tampered'
  | 'no-staff-keys'
  | 'old-copy'
  | 'unavailable';

const MESSAGES: Record<Problem, { title: string; text: string }> = {
  insecure: {
    title: 'This page needs a secure connection',
    text: 'Private pages only open over a secure connection: the address must start with https://. Check the link, or tell the school.',
  },
  'no-webcrypto': {
    title: 'This browser cannot open private pages',
    text: 'It is missing the encryption that keeps the page private. Update the browser, or use a recent Chrome, Edge, Firefox or Safari.',
  },
  'broken-link': {
    title: 'This link does not open the page',
    text: 'Part of the link may be missing, or the school may have given you a new link since. Check that you used the whole link, or ask the school for a new one.',
  },
  'incomplete-link': {
    title: 'This link is not complete',
    text: 'The end of the link, after the # sign, is missing. Open the whole link or scan the QR code the school gave you. Staff can sign in below.',
  },
  'wrong-passphrase': {
    title: 'That passphrase did not work',
    text: 'Check the words and try again. Capital letters, spaces and hyphens do not matter. If you have lost it, ask the SENCO for a new one.',
  },
  'wrong-family-passphrase': {
    title: 'That passphrase did not work',
    text: 'Check it and try again. If you have lost it, ask the school for a new one.',
  },
  tampered: {
    title: 'This page has been changed',
    text: 'It is not the page the school published, so it will not be shown. Please tell the school.',
  },
  unavailable: {
    title: 'The page could not be opened just now',
    text: 'Part of the site did not load. Check your internet connection, then reload the page.',
  },
  'old-copy': {
    title: 'This is an older copy of this page',
    text: 'You are signed in, but the school has published a newer version of this page since. Reload the page to open it.',
  },
  'no-staff-keys': {
    title: 'Staff sign-in is not set up yet',
    text: 'Nobody can sign in to this site yet. The SENCO needs to run “npm run keys” and publish the site again.',
  },
};

/** Every page's title in the published HTML; an opened page puts what it is in front of it. */
const SITE_TITLE = 'Waypoint';

/**
 * Names the page in the browser's title: "Register — Waypoint". Only ever what the page is, never
 * whose: the title shows in tab bars, history and screen sharing.
 */
export function setPageTitle(name: string | undefined): void {
  document.title = name ? `${name} — ${SITE_TITLE}` : SITE_TITLE;
}

/** The title an opened page asks for, from inside its (decrypted) content. */
export function openedPageTitle(): string | undefined {
  return document.querySelector<HTMLElement>('[data-wp-page-title]')?.dataset['wpPageTitle'] || undefined;
}

/** Problems that are about what was typed into the passphrase field. */
const FIELD_PROBLEMS: ReadonlySet<Problem> = new Set(['wrong-passphrase', 'wrong-family-passphrase']);
const PROBLEM_ID = 'wp-gate-problem';

export class Gate {
  readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
  }

  private part<T extends HTMLElement>(name: string): T {
    return this.root.querySelector<T>(`[data-wp-${name}]`)!;
  }

  status(text: string): void {
    this.part('status').textContent = text;
  }

  /**
   * Shows a problem: as the page's heading and title, and announced once through the alert region.
   * A wrong passphrase also marks the field invalid, described by the message.
   */
  problem(kind: Problem): void {
    const { title, text } = MESSAGES[kind];
    this.title(title);
    const heading = this.part('gate-title');
    this.status('');
    const box = this.part('problem');
    box.id = PROBLEM_ID;
    box.replaceChildren(Object.assign(document.createElement('p'), { textContent: text }));
    box.classList.add('wp-gate__problem--shown');
    if (FIELD_PROBLEMS.has(kind)) this.markField(true);
    heading.focus();
  }

  clearProblem(): void {
    const box = this.part('problem');
    box.replaceChildren();
    box.classList.remove('wp-gate__problem--shown');
    this.markField(false);
  }

  /** The passphrase field of the form on show, marked invalid (and pointed at the message) or not. */
  private markField(invalid: boolean): void {
    const field = this.root.querySelector<HTMLInputElement>('form:not([hidden]) input[name="passphrase"]');
    if (!field) return;
    const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== PROBLEM_ID);
    if (invalid) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', [...described, PROBLEM_ID].join(' '));
    } else {
      field.removeAttribute('aria-invalid');
      field.setAttribute('aria-describedby', described.join(' '));
    }
  }

  /** Names the page after the gate's heading as the page was published ("Staff sign-in"). */
  titleFromHeading(): void {
    setPageTitle(this.part('gate-title').textContent?.trim());
  }

  /** The gate's heading, which is also what the page is called while it is locked. */
  title(text: string): void {
    this.part('gate-title').textContent = text;
    setPageTitle(text);
  }

  form(name: 'signin' | 'family'): HTMLFormElement {
    return this.part<HTMLFormElement>(name);
  }

  hide(): void {
    this.root.hidden = true;
  }
}
