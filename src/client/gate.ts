/** The locked page's gate: what is happening, and the message (from the page's own gate) for each thing that can go wrong. */

import type { Problem } from '../lib/gate-messages.ts';

export type { Problem };

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
    const message = this.root
      .querySelector<HTMLTemplateElement>('[data-wp-messages]')
      ?.content.querySelector<HTMLElement>(`[data-wp-message="${kind}"]`);
    const text = message?.textContent ?? '';
    this.title(message?.dataset['wpTitle'] ?? '');
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

  /** A passphrase form, put in place the first time it is asked for if it was published inert (Gate.astro). */
  form(name: 'signin' | 'family'): HTMLFormElement {
    const part = this.part(name);
    if (part instanceof HTMLTemplateElement) part.replaceWith(part.content);
    return this.part<HTMLFormElement>(name);
  }

  hide(): void {
    this.root.hidden = true;
  }
}
