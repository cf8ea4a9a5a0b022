/**
 * Reading tools: preferences kept on this device and applied to every page (as attributes on <html>
 * that reading.css styles), and read aloud (read-aloud.ts). Preferences hold no personal data: only
 * the choices themselves.
 */
import { wireReadAloud } from './read-aloud.ts';

const KEY = 'wp-reading';
const CHOICES = {
  text: ['100', '125', '150', '175', '200'],
  font: ['atkinson', 'lexend', 'opendyslexic'],
  tint: ['white', 'cream', 'blue', 'yellow', 'green', 'dark'],
  /** "plan": as many as the pupil's plan says (by their year, or as the plan asks). */
  symbols: ['plan', 'every-key-word', 'one-per-sentence', 'none'],
  speed: ['0.6', '0.8', '1', '1.25'],
} as const;

type Choice = keyof typeof CHOICES;
type Prefs = Record<Choice, string> & { spacing: boolean };

const DEFAULTS: Prefs = { text: '100', font: 'atkinson', tint: 'white', symbols: 'plan', speed: '1', spacing: false };
const root = document.documentElement;

function load(): Prefs {
  const prefs = { ...DEFAULTS };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<string, unknown>>;
    for (const name of Object.keys(CHOICES) as Choice[]) {
      const value = saved[name];
      if (typeof value === 'string' && (CHOICES[name] as readonly string[]).includes(value)) prefs[name] = value;
    }
    // Symbols were once on or off.
    if (saved['symbols'] === false) prefs.symbols = 'none';
    if (typeof saved['spacing'] === 'boolean') prefs.spacing = saved['spacing'];
  } catch {
    // Storage blocked or a broken value: the defaults will do.
  }
  return prefs;
}

/** The symbols the page's plan asks for: none is said by the pupil view only. */
const planSymbols = () => document.querySelector<HTMLElement>('[data-wp-symbols-plan]')?.dataset['wpSymbolsPlan'] ?? 'every-key-word';

function apply(prefs: Prefs): void {
  root.dataset['wpText'] = prefs.text;
  root.dataset['wpFont'] = prefs.font;
  root.dataset['wpTint'] = prefs.tint;
  root.dataset['wpSymbols'] = prefs.symbols === 'plan' ? planSymbols() : prefs.symbols;
  root.toggleAttribute('data-wp-spacing', prefs.spacing);
}

function save(prefs: Prefs): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // Private browsing may refuse: the choice still applies to this page.
  }
}

apply(load());
addEventListener('storage', (event) => event.key === KEY && apply(load()));

/** Every control with a preference's name, inside the tools or tied to their form. */
function wirePrefs(tools: HTMLElement, changed: (name: string) => void): void {
  const prefs = load();
  const controls = tools.querySelectorAll<HTMLInputElement & HTMLSelectElement>('[data-wp-pref]');
  for (const control of controls) {
    const name = control.name as keyof Prefs;
    if (name === 'spacing') control.checked = prefs.spacing;
    else if (name in CHOICES) control.value = prefs[name];
  }
  tools.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  tools.addEventListener('change', (event) => {
    const control = event.target as HTMLInputElement & HTMLSelectElement;
    if (!control.matches('[data-wp-pref]')) return;
    const name = control.name as keyof Prefs;
    const next = load();
    if (name === 'spacing') next.spacing = control.checked;
    else if (name in CHOICES) next[name] = control.value;
    save(next);
    apply(next);
    changed(name);
  });
}

function wireToggle(toggle: HTMLButtonElement): void {
  const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    if (body) body.hidden = !open;
  });
}

function setup(): void {
  const tools = document.querySelector<HTMLElement>('[data-wp-reading]');
  if (!tools) return;
  // The page's own symbol setting has arrived with its content.
  apply(load());
  const toggle = tools.querySelector<HTMLButtonElement>('[data-wp-reading-toggle]');
  if (toggle) wireToggle(toggle);
  const play = tools.querySelector<HTMLButtonElement>('[data-wp-read]');
  const stop = tools.querySelector<HTMLButtonElement>('[data-wp-stop]');
  const status = tools.querySelector<HTMLElement>('[data-wp-read-status]');
  const area = document.querySelector<HTMLElement>('[data-wp-private="main"]') ?? document.querySelector('main');
  const player = play && stop && status && area ? wireReadAloud(area, { play, stop, status, rate: () => Number(load().speed) }) : undefined;
  wirePrefs(tools, (name) => name === 'speed' && player?.rateChanged());
}

if (root.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
