/**
 * Reading tools: preferences kept on this device and applied to every page (as attributes on <html>
 * that reading.css styles), and read aloud with the Web Speech API, sentence by sentence, the
 * sentence being read highlighted. Preferences hold no personal data: only the choices themselves.
 */
const KEY = 'wp-reading';
const CHOICES = {
  text: ['100', '125', '150', '175', '200'],
  font: ['atkinson', 'lexend', 'opendyslexic'],
  tint: ['white', 'cream', 'blue', 'yellow', 'green', 'dark'],
  density: ['all', 'goals'],
} as const;

interface Prefs {
  text: string;
  font: string;
  tint: string;
  density: string;
  spacing: boolean;
  symbols: boolean;
}

const DEFAULTS: Prefs = { text: '100', font: 'atkinson', tint: 'white', density: 'all', spacing: false, symbols: true };
const root = document.documentElement;

function load(): Prefs {
  const prefs = { ...DEFAULTS };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Record<keyof Prefs, unknown>>;
    for (const name of Object.keys(CHOICES) as (keyof typeof CHOICES)[]) {
      const value = saved[name];
      if (typeof value === 'string' && (CHOICES[name] as readonly string[]).includes(value)) prefs[name] = value;
    }
    if (typeof saved.spacing === 'boolean') prefs.spacing = saved.spacing;
    if (typeof saved.symbols === 'boolean') prefs.symbols = saved.symbols;
  } catch {
    // Storage blocked or a broken value: the defaults will do.
  }
  return prefs;
}

function apply(prefs: Prefs): void {
  root.dataset['wpText'] = prefs.text;
  root.dataset['wpFont'] = prefs.font;
  root.dataset['wpTint'] = prefs.tint;
  root.dataset['wpSymbols'] = prefs.symbols ? prefs.density : 'off';
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

function wirePrefs(form: HTMLFormElement): void {
  const prefs = load();
  const field = (name: string) => form.elements.namedItem(name) as (HTMLInputElement & HTMLSelectElement) | null;
  for (const name of Object.keys(CHOICES) as (keyof typeof CHOICES)[]) if (field(name)) field(name)!.value = prefs[name];
  for (const name of ['spacing', 'symbols'] as const) if (field(name)) field(name)!.checked = prefs[name];
  const density = field('density');
  if (density) density.disabled = !prefs.symbols;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const control = event.target as HTMLInputElement & HTMLSelectElement;
    const name = control.name as keyof Prefs;
    const next = load();
    if (name === 'spacing' || name === 'symbols') next[name] = control.checked;
    else if (name in CHOICES) next[name] = control.value;
    if (density) density.disabled = !next.symbols;
    save(next);
    apply(next);
  });
}

/* Read aloud */

interface Sentence {
  text: string;
  range: Range;
  block: Element;
}

const BLOCKS = 'h1,h2,h3,h4,p,li,dt,dd,th,td,caption,figcaption,summary,.wp-sym-line';

/** The page's text as sentences, each with the range of the page it covers. */
function sentences(area: Element): Sentence[] {
  const found: Sentence[] = [];
  for (const block of area.querySelectorAll(BLOCKS)) {
    if (block.closest('[data-wp-reading],[aria-hidden="true"],[hidden]') || block.querySelector(BLOCKS)) continue;
    if (block.getClientRects().length === 0) continue;
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, start: text.length });
      text += node.data;
    }
    const at = (offset: number) => {
      const hit = nodes.findLast((entry) => entry.start <= offset)!;
      return [hit.node, Math.min(offset - hit.start, hit.node.data.length)] as const;
    };
    for (const match of text.matchAll(/[^.!?]+[.!?]*["'’”)]*/g)) {
      const words = match[0].trim();
      if (!/[\p{L}\p{N}]/u.test(words)) continue;
      const start = match.index + match[0].indexOf(words.charAt(0));
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + words.length));
      found.push({ text: words.replace(/\s+/g, ' '), range, block });
    }
  }
  return found;
}

/** How long after the page opens it waits for Chromium to say it has its voices. */
const VOICE_WAIT = 1000;

/**
 * The device's voices, asked for as soon as the page opens. Chromium fills the list a moment after
 * the page first asks and fires `voiceschanged`; Firefox knows its list at once and never fires it
 * when there is none. So the wait runs from the page opening, not from the press of
 * "Read aloud": pressed after that, the list is known and the page answers at once.
 */
function watchVoices(synth: SpeechSynthesis): () => SpeechSynthesisVoice[] | Promise<SpeechSynthesisVoice[]> {
  let known = synth.getVoices().length > 0;
  const ready = known
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const done = () => {
          known = true;
          resolve();
        };
        synth.addEventListener('voiceschanged', done, { once: true });
        setTimeout(done, VOICE_WAIT);
      });
  return () => (known ? synth.getVoices() : ready.then(() => synth.getVoices()));
}

function wireReadAloud(button: HTMLButtonElement, status: HTMLElement): void {
  let reading = false;
  let queue: Sentence[] = [];
  let index = 0;
  let voice: SpeechSynthesisVoice | undefined;
  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const Highlighter = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
  const voicesNow = 'speechSynthesis' in window ? watchVoices(speechSynthesis) : undefined;

  const say = (message: string) => (status.textContent = message);
  const mark = (sentence?: Sentence) => {
    document.querySelector('[data-wp-reading-now]')?.removeAttribute('data-wp-reading-now');
    highlights?.delete('wp-reading');
    if (!sentence) return;
    sentence.block.setAttribute('data-wp-reading-now', '');
    if (highlights && Highlighter) highlights.set('wp-reading', new Highlighter(sentence.range));
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    sentence.block.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  };
  const stop = (message: string) => {
    reading = false;
    speechSynthesis.cancel();
    mark();
    button.textContent = 'Read aloud';
    say(message);
  };
  const next = () => {
    if (!reading) return;
    const sentence = queue[index];
    if (!sentence) return stop('Finished reading the page.');
    mark(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = voice?.lang ?? 'en-GB';
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      index += 1;
      next();
    };
    utterance.onerror = (event) => {
      if (reading && event.error !== 'interrupted' && event.error !== 'canceled')
        stop('Reading aloud stopped: this device could not say the next sentence.');
    };
    speechSynthesis.speak(utterance);
  };

  button.addEventListener('click', async () => {
    if (reading) return stop('Stopped reading.');
    if (!voicesNow || typeof SpeechSynthesisUtterance === 'undefined') {
      return say('Read aloud does not work in this browser. Try another browser, or your device’s own screen reader.');
    }
    let voices = voicesNow();
    if (!Array.isArray(voices)) {
      say('Getting ready to read…');
      voices = await voices;
    }
    if (voices.length === 0) {
      return say('This device has no voices for reading aloud. Add a voice in your device’s settings, or use its screen reader.');
    }
    const lang = (candidate: SpeechSynthesisVoice) => candidate.lang.replace('_', '-').toLowerCase();
    voice =
      voices.find((candidate) => lang(candidate) === 'en-gb') ?? voices.find((candidate) => lang(candidate).startsWith('en')) ?? voices[0];
    const area = document.querySelector('[data-wp-private="main"]') ?? document.querySelector('main')!;
    queue = sentences(area);
    index = 0;
    reading = true;
    button.textContent = 'Stop reading';
    say(
      lang(voice!) === 'en-gb' ? 'Reading aloud.' : 'Reading aloud. This device has no British English voice, so another voice is reading.',
    );
    speechSynthesis.cancel();
    next();
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
  const toggle = document.querySelector<HTMLButtonElement>('[data-wp-reading-toggle]');
  if (toggle) wireToggle(toggle);
  const form = document.querySelector<HTMLFormElement>('[data-wp-prefs]');
  if (form) wirePrefs(form);
  const button = document.querySelector<HTMLButtonElement>('[data-wp-read]');
  const status = document.querySelector<HTMLElement>('[data-wp-read-status]');
  if (button && status) wireReadAloud(button, status);
}

if (root.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
