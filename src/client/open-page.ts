/**
 * Opens a private page in the browser: from a saved staff sign-in, from the secret in the link's
 * #fragment, or from a staff passphrase typed here. The published title is the same on every page;
 * once a page is open its title says what the page is (never whose). The fragment leaves the address
 * bar at once.
 */
import { contentAad, wrapAad } from '../lib/privacy/aad.ts';
import { decryptionKey, hasWebCrypto, open, passphraseCryptoKey, type Sealed } from '../lib/privacy/crypto.ts';
import { fromBase64Url } from '../lib/privacy/encoding.ts';
import { isLinkSecret, linkKey, linkWrapAad, readPageAddress } from '../lib/privacy/page-link.ts';
import { OPENED_PAGE, unpack, type OpenedPage, type PageContent, type PagePayload } from '../lib/privacy/payload.ts';
import { Gate, openedPageTitle, setPageTitle, type Problem } from './gate.ts';
import { checkRevision } from './page-revision.ts';
import { forget, savedStaffKey, signIn } from './staff-session.ts';

const decoder = new TextDecoder();

/**
 * Marks each step of opening a page on the performance timeline (wp:start, wp:key, wp:decrypted,
 * wp:inflated, wp:inserted: once the page's other scripts have run, wp:focused: the gate hidden and
 * focus asked for, wp:shown: after the page's own wp:opened listeners have run, and wp:focus-moved:
 * in the first frame that draws the page), so `npm run bench` can say where the time goes in real
 * Chromium. Marks carry nothing from the page.
 */
const mark = (step: string) => performance.mark(`wp:${step}`);

class PageProblem extends Error {
  readonly kind: Problem;
  constructor(kind: Problem) {
    super(kind);
    this.kind = kind;
  }
}

/** Opens with the key, or explains which problem it is. */
async function attempt<T>(work: Promise<T>, kind: Problem): Promise<T> {
  try {
    return await work;
  } catch {
    throw new PageProblem(kind);
  }
}

/** An opened page: its content, and what its poster download needs to open the poster file. */
interface Opened {
  content: PageContent;
  payload: PagePayload;
  contentKey: CryptoKey;
}

async function openContent(payload: PagePayload, contentKey: CryptoKey): Promise<Opened> {
  mark('key');
  const packed = await attempt(
    open(contentKey, payload.content, contentAad(payload.page, payload.view, payload.version, payload.revision)),
    'tampered',
  );
  mark('decrypted');
  const text = await unpack(packed);
  const content = JSON.parse(text) as PageContent;
  mark('inflated');
  await pageScriptsRun();
  return { content, payload, contentKey };
}

/**
 * Resolves once the page's other scripts have run (the browser runs them when it has read the whole
 * shell, just before DOMContentLoaded): the reader's saved text size, font and tint, and a family
 * view's words for the reading tools, are then in place for the first frame that shows the content.
 * On a slow connection the key and the content can be ready before those scripts have arrived.
 */
function pageScriptsRun(): Promise<void> {
  // readyState is 'interactive' while those scripts run: only DOMContentLoaded says they are done.
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (!navigation || navigation.domContentLoadedEventStart > 0) return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

function show({ content, payload, contentKey }: Opened, gate: Gate): void {
  drawTopFirst();
  document.documentElement.lang = content.lang;
  document.documentElement.dir = content.dir;
  document.body.className = content.bodyClass;
  for (const name of ['nav', 'main', 'footer'] as const) {
    const host = document.querySelector<HTMLElement>(`[data-wp-private="${name}"]`);
    if (host) host.innerHTML = content[name];
  }
  mark('inserted');
  setPageTitle(openedPageTitle());
  gate.hide();
  // The view's own script (only the pupil view has one that needs it) takes the key from here.
  (globalThis as Record<symbol, OpenedPage>)[Symbol.for(OPENED_PAGE)] = { payload, contentKey };
  focusMainBeforeFrame(gate);
  mark('focused');
  announceOpened();
  mark('shown');
}

/**
 * Lets the first frame of an opened page draw only its top: while <html> has data-wp-first-frame, a
 * view's styles may leave the parts further down unlaid (the family view: the sections after its
 * contacts), and they follow in the next frame. Laying out a whole family view, with every font size
 * in it, took most of the time between its shell loading and the reader seeing it.
 */
function drawTopFirst(): void {
  const root = document.documentElement;
  root.dataset['wpFirstFrame'] = '';
  requestAnimationFrame(() => setTimeout(() => delete root.dataset['wpFirstFrame']));
}

/**
 * Moves focus to the page's main region, so a screen reader starts reading the page and Tab goes on
 * from there: in the frame that first draws it, after the page's wp:opened scripts have run.
 * Focusing at once made the browser lay out the whole page in the middle of opening it, then again
 * for the frame once those scripts had changed it. Not when the reader has already moved focus on.
 */
function focusMainBeforeFrame(gate: Gate): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body && !gate.root.contains(active)) return;
    document.getElementById('main')?.focus({ preventScroll: true });
    mark('focus-moved');
  });
}

/**
 * A link from staff search ends in the id of the matching target (#target-reading-accuracy), not a
 * secret: once the page is open, go there and put it back in the address.
 */
function goToAnchor(fragment: string): void {
  const target = fragment ? document.getElementById(fragment) : null;
  if (!target) return;
  history.replaceState(null, '', `#${encodeURIComponent(fragment)}`);
  // After the page's other scripts and fonts have settled, so nothing pushes it out of view again.
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() => {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }),
  );
}

/**
 * Tells the page's other scripts that its content is in place: an event for those already listening,
 * and data-wp-opened on <html> for those that load later.
 */
function announceOpened(): void {
  document.documentElement.dataset['wpOpened'] = '';
  document.dispatchEvent(new CustomEvent('wp:opened'));
}

function staffUnwrap(payload: PagePayload, staffKey: CryptoKey) {
  return attempt(
    open(staffKey, payload.staff, wrapAad('staff', payload.page, payload.view, payload.version)).then(decryptionKey),
    'tampered',
  );
}

async function linkUnwrap(payload: PagePayload, secret: string, familyPassphrase?: string): Promise<CryptoKey> {
  const link = payload.link!;
  if (!isLinkSecret(secret)) throw new PageProblem('broken-link');
  let wrap: Sealed = link;
  if (payload.passphrase) {
    const kek = await passphraseCryptoKey(familyPassphrase ?? '', payload.passphrase.salt, payload.passphrase.iterations);
    const inner = await attempt(
      open(kek, link, wrapAad('passphrase', payload.page, payload.view, payload.version)),
      'wrong-family-passphrase',
    );
    wrap = JSON.parse(decoder.decode(inner)) as Sealed;
  }
  const key = await decryptionKey(await linkKey(secret, fromBase64Url(link.salt), payload));
  return attempt(open(key, wrap, linkWrapAad(payload)).then(decryptionKey), 'broken-link');
}

/** The show button beside a passphrase field: it shows the passphrase as text, and hides it again. */
function wireShowButton(form: HTMLFormElement, input: HTMLInputElement): void {
  const button = form.querySelector<HTMLButtonElement>('[data-wp-show]');
  button?.addEventListener('click', () => {
    const showing = input.type === 'text';
    input.type = showing ? 'password' : 'text';
    button.textContent = showing ? 'Show' : 'Hide';
    button.setAttribute('aria-pressed', String(!showing));
  });
}

/** Shows a form and resolves with its passphrase each time it is submitted. */
function onPassphrase(form: HTMLFormElement, gate: Gate, handle: (passphrase: string, remember: boolean) => Promise<void>): void {
  // The form's own fields, not FormData: the opening script carries no helper it does not need.
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | null;
  const passphraseField = field('passphrase')!;
  form.hidden = false;
  wireShowButton(form, passphraseField);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    gate.clearProblem();
    gate.status('Checking…');
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.disabled = true;
    try {
      await handle(passphraseField.value, field('remember')?.checked === true);
    } catch (error) {
      gate.problem(error instanceof PageProblem ? error.kind : 'unavailable');
      passphraseField.focus();
    } finally {
      button.disabled = false;
    }
  });
}

async function signInOrFail(passphrase: string, remember: boolean): Promise<void> {
  const result = await signIn(passphrase, remember);
  if (!result.ok) throw new PageProblem(result.reason);
}

async function openPrivatePage(gate: Gate, payload: PagePayload): Promise<void> {
  mark('start');
  const { id, fragment: secret } = readPageAddress(location.pathname, location.hash);
  if (id !== payload.page) throw new PageProblem('tampered');
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  try {
    await openOrAsk(gate, payload, secret);
  } finally {
    // Once the page is open (or asking for a passphrase): the check is only ever a notice, and
    // starting its request took the main thread for milliseconds before the page could open.
    void checkRevision(payload, secret);
  }
}

async function openOrAsk(gate: Gate, payload: PagePayload, secret: string): Promise<void> {
  const openWithStaffKey = async (key: CryptoKey) => {
    show(await openContent(payload, await staffUnwrap(payload, key)), gate);
    document.querySelector<HTMLElement>('[data-wp-lock]')!.hidden = false;
  };
  const openWithStaff = async (passphrase: string, remember: boolean) => {
    await signInOrFail(passphrase, remember);
    // Signed in, but with a newer staff key than this older copy of the page was sealed for.
    const key = await savedStaffKey(payload.staffKey);
    if (!key) throw new PageProblem('old-copy');
    await openWithStaffKey(key);
  };
  // A link that needs no passphrase opens the page at once: the device's saved staff sign-in (read
  // from IndexedDB, tens of milliseconds on a phone) is looked for alongside, for the lock button.
  if (secret && payload.link && !payload.passphrase && isLinkSecret(secret)) {
    const saved = savedStaffKey(payload.staffKey).catch(() => undefined);
    try {
      show(await openContent(payload, await linkUnwrap(payload, secret)), gate);
    } catch (error) {
      const key = await saved;
      if (key) return openWithStaffKey(key);
      onPassphrase(gate.form('signin'), gate, openWithStaff);
      throw error;
    }
    if (await saved) document.querySelector<HTMLElement>('[data-wp-lock]')!.hidden = false;
    return;
  }
  const staffKey = await savedStaffKey(payload.staffKey);
  if (staffKey) {
    await openWithStaffKey(staffKey);
    goToAnchor(secret);
    return;
  }
  if (secret && payload.link) {
    if (payload.passphrase) {
      gate.title('Enter your family passphrase');
      gate.status('');
      onPassphrase(gate.form('family'), gate, async (passphrase) =>
        show(await openContent(payload, await linkUnwrap(payload, secret, passphrase)), gate),
      );
      return;
    }
    try {
      show(await openContent(payload, await linkUnwrap(payload, secret)), gate);
    } catch (error) {
      onPassphrase(gate.form('signin'), gate, openWithStaff);
      throw error;
    }
    return;
  }
  onPassphrase(gate.form('signin'), gate, openWithStaff);
  if (payload.view !== 'staff') throw new PageProblem('incomplete-link');
  gate.title('Staff sign-in');
  gate.status('');
}

function openSignInPage(gate: Gate): void {
  const home = gate.root.dataset['wpHome']!;
  gate.titleFromHeading();
  onPassphrase(gate.form('signin'), gate, async (passphrase, remember) => {
    await signInOrFail(passphrase, remember);
    gate.status('Signed in. Opening the register…');
    location.assign(home);
  });
}

function readPayload(element: HTMLElement): PagePayload {
  try {
    return JSON.parse(element.textContent ?? '') as PagePayload;
  } catch {
    throw new PageProblem('tampered');
  }
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-wp-gate]');
  const payloadElement = document.getElementById('wp-payload');
  if (!root || (root.dataset['wpMode'] === 'page' && !payloadElement)) {
    // Not encrypted (a local preview, or a public page): the content is already here.
    setPageTitle(openedPageTitle());
    announceOpened();
    return;
  }
  const gate = new Gate(root);
  document.querySelector('[data-wp-lock]')?.addEventListener('click', async () => {
    await forget();
    location.reload();
  });
  try {
    if (!window.isSecureContext) throw new PageProblem('insecure');
    if (!hasWebCrypto() || !('indexedDB' in globalThis) || !('DecompressionStream' in globalThis)) throw new PageProblem('no-webcrypto');
    if (root.dataset['wpMode'] === 'staff-home') openSignInPage(gate);
    else await openPrivatePage(gate, readPayload(payloadElement!));
  } catch (error) {
    gate.problem(error instanceof PageProblem ? error.kind : 'unavailable');
  }
}

void main();
