/**
 * The family view in the browser, once its content is in place: glossary terms open and close their
 * plain meaning in place, and the language buttons change the page's interface language (the words,
 * the dates, `lang` and `dir`) with no network request: every language travels inside the page.
 */
import { familyDate } from '../lib/plan/family-dates.ts';
import { wireTerms } from './explain-terms.ts';

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

function setLanguage(root: HTMLElement, words: Words, code: string): void {
  const language = words.languages[code];
  const dictionary = words.words[code];
  if (!language || !dictionary) return;
  const names = JSON.parse(root.dataset['wpNames'] ?? '{}') as Record<string, string>;
  root.dataset['wpLang'] = code;
  document.documentElement.lang = language.lang;
  document.documentElement.dir = language.dir;
  root.querySelectorAll<HTMLElement>('[data-wp-t]').forEach((element) => {
    const template = dictionary[element.dataset['wpT']!];
    if (template !== undefined) element.textContent = fill(template, names);
  });
  root.querySelectorAll<HTMLTimeElement>('time[data-wp-date]').forEach((time) => {
    time.textContent = familyDate(time.dateTime, language.lang, time.dataset['wpDate'] === 'day');
  });
  let inEnglish = false;
  root.querySelectorAll<HTMLElement>('[data-wp-text]').forEach((element) => {
    const alternatives = element.dataset['wpAlt'] ? (JSON.parse(element.dataset['wpAlt']) as Record<string, string>) : undefined;
    const translated = code !== 'en' ? alternatives?.[code] : undefined;
    if (alternatives) element.textContent = translated ?? alternatives['en'] ?? element.textContent;
    if (translated) {
      element.lang = language.lang;
      element.removeAttribute('dir');
    } else if (code === 'en') {
      element.removeAttribute('lang');
      element.removeAttribute('dir');
    } else {
      element.lang = 'en-GB';
      element.dir = 'ltr';
      inEnglish = true;
    }
  });
  root.querySelectorAll<HTMLElement>('.wp-term__meaning').forEach((meaning) => {
    if (code === 'en') meaning.removeAttribute('lang');
    else meaning.lang = 'en-GB';
  });
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
  wireTerms(root);
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-wp-set-lang]');
    if (button) setLanguage(root, words, button.dataset['wpSetLang']!);
  });
}

if (document.documentElement.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
