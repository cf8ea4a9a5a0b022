/**
 * The family view in the browser, once its content is in place: glossary terms open and close their
 * plain meaning in place, and the language buttons change the page's language with no network
 * request (every language travels inside the page): the interface words, the dates, `lang` and
 * `dir`, and each text the school wrote, which the page holds once per language it has (elements
 * marked data-wp-in; the English one, marked lang="en-GB" dir="ltr", stands in for a missing one).
 */
interface Language {
  name: string;
  dir: 'ltr' | 'rtl';
  lang: string;
}
interface Words {
  languages: Record<string, Language>;
  words: Record<string, Record<string, string>>;
}

const fill = (template: string, names: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => names[name] ?? whole);

/**
 * Parts of the page outside the family view that a family reads, and their words' keys: the skip
 * link and the reading tools (their markup is src/components/ReadingTools.astro).
 */
const AROUND: Record<string, string> = {
  '.wp-skip': 'skip',
  '[data-wp-reading-toggle]': 'rt-toggle',
  'label[for="wp-pref-text"]': 'rt-text',
  'label[for="wp-pref-font"]': 'rt-font',
  'label[for="wp-pref-tint"]': 'rt-tint',
  'label[for="wp-pref-spacing"]': 'rt-spacing',
  ...Object.fromEntries(['100', '125', '150', '175', '200'].map((size) => [`#wp-pref-text option[value="${size}"]`, `rt-${size}`])),
  ...Object.fromEntries(
    ['white', 'cream', 'blue', 'yellow', 'green', 'dark'].map((tint) => [`#wp-pref-tint option[value="${tint}"]`, `rt-${tint}`]),
  ),
};

/** The texts held once per language: runs of sibling elements marked data-wp-in, one per language. */
function textGroups(root: HTMLElement): HTMLElement[][] {
  const groupOf = new Map<Element, HTMLElement[]>();
  const groups: HTMLElement[][] = [];
  root.querySelectorAll<HTMLElement>('[data-wp-in]').forEach((element) => {
    const before = element.previousElementSibling;
    const group = before ? groupOf.get(before) : undefined;
    if (group && !group.some((other) => other.dataset['wpIn'] === element.dataset['wpIn'])) {
      group.push(element);
      groupOf.set(element, group);
    } else {
      groups.push([element]);
      groupOf.set(element, groups.at(-1)!);
    }
  });
  return groups;
}

function setLanguage(root: HTMLElement, words: Words, code: string): void {
  const language = words.languages[code];
  const dictionary = words.words[code];
  if (!language || !dictionary) return;
  const names = JSON.parse(root.dataset['wpNames'] ?? '{}') as Record<string, string>;
  root.dataset['wpLang'] = code;
  document.documentElement.lang = language.lang;
  document.documentElement.dir = language.dir;
  document.querySelectorAll<HTMLElement>('[data-wp-t]').forEach((element) => {
    const template = dictionary[element.dataset['wpT']!];
    if (template !== undefined) element.textContent = fill(template, names);
  });
  for (const [selector, key] of Object.entries(AROUND)) {
    document.querySelectorAll<HTMLElement>(selector).forEach((element) => {
      // The read-aloud button says "Stop reading" while it reads: change only its resting words.
      if (dictionary[key] !== undefined) element.textContent = dictionary[key]!;
    });
  }
  const read = document.querySelector<HTMLElement>('[data-wp-read]');
  const restingWords = Object.values(words.words).map((other) => other['rt-read']);
  if (read && restingWords.includes(read.textContent?.trim()) && dictionary['rt-read']) read.textContent = dictionary['rt-read'];
  const dates = (weekday: boolean) =>
    new Intl.DateTimeFormat(language.lang, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
      ...(weekday ? { weekday: 'long' } : {}),
    });
  root.querySelectorAll<HTMLTimeElement>('time[data-wp-date]').forEach((time) => {
    time.textContent = dates(time.dataset['wpDate'] === 'day').format(new Date(`${time.dateTime}T00:00:00Z`));
  });
  let inEnglish = false;
  for (const group of textGroups(root)) {
    const shown = group.find((element) => element.dataset['wpIn'] === code) ?? group.find((element) => element.dataset['wpIn'] === 'en');
    for (const element of group) element.hidden = element !== shown;
    // Text inside another language's hidden text (a glossary meaning in it) is not on the page now.
    const unseen = shown?.parentElement?.closest('[data-wp-in][hidden]');
    if (code !== 'en' && shown?.dataset['wpIn'] === 'en' && !unseen) inEnglish = true;
  }
  const note = root.querySelector<HTMLElement>('[data-wp-fallback-note]');
  if (note) note.hidden = !inEnglish;
  root.querySelectorAll<HTMLButtonElement>('[data-wp-set-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset['wpSetLang'] === code));
  });
}

function setup(): void {
  const root = document.querySelector<HTMLElement>('[data-wp-family-view]');
  if (!root || root.dataset['wpReady'] !== undefined) return;
  root.dataset['wpReady'] = '';
  const words = JSON.parse(root.querySelector('[data-wp-words]')?.textContent ?? '{}') as Words;
  setLanguage(root, words, root.dataset['wpLang'] ?? 'en');
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.classList.contains('wp-term')) {
      const meaning = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (!meaning) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      meaning.hidden = !open;
    } else if (button.dataset['wpSetLang']) {
      setLanguage(root, words, button.dataset['wpSetLang']);
    }
  });
}

if (document.documentElement.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });

export {};
