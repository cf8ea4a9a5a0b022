/**
 * The family view in the browser, once its content is in place: glossary terms open and close their
 * plain meaning in place, and the language buttons change the page's language with no network
 * request (every language travels inside the page): the interface words, the dates, `lang` and
 * `dir`, and each text the school wrote, which the page holds once per language it has (elements
 * marked data-wp-in; the English one, marked lang="en-GB" dir="ltr", stands in for a missing one).
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

/**
 * The read-aloud button's words in the page's language: read-aloud.ts takes them from
 * data-wp-labels as its state changes, and the button shows the one for its state now.
 */
function labelPlayer(dictionary: Record<string, string>): void {
  const play = document.querySelector<HTMLElement>('[data-wp-read]');
  if (!play) return;
  const labels = {
    idle: dictionary['rt-read'],
    playing: dictionary['rt-pause'],
    paused: dictionary['rt-carry-on'],
    here: dictionary['rt-here'],
  };
  play.dataset['wpLabels'] = JSON.stringify(labels);
  const now = labels[(play.dataset['wpState'] ?? 'idle') as keyof typeof labels];
  const label = play.querySelector('[data-wp-label]');
  if (label && now) label.textContent = now;
}

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

/**
 * The parts around the family view in a language's words: the skip link and the reading tools
 * (src/components/ReadingTools.astro and the "Read from here" buttons read-aloud.ts adds) name the
 * word each shows in data-wp-say; the read-aloud button takes its words for each state.
 */
function sayAround(dictionary: Record<string, string>): void {
  document.querySelectorAll<HTMLElement>('[data-wp-say]').forEach((element) => {
    const words = dictionary[element.dataset['wpSay']!];
    if (words !== undefined) element.textContent = words;
  });
  labelPlayer(dictionary);
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
  sayAround(dictionary);
  root.querySelectorAll<HTMLTimeElement>('time[data-wp-date]').forEach((time) => {
    time.textContent = familyDate(time.dateTime, language.lang, time.dataset['wpDate'] === 'day');
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
  // The build wrote the view itself in its language (words, dates, which texts are hidden): only the
  // parts around it, the same English on every page, need its words now. Writing the whole view
  // again cost more than everything else in opening it (an Intl.DateTimeFormat for every date).
  const dictionary = words.words[root.dataset['wpLang'] ?? 'en'];
  if (dictionary) sayAround(dictionary);
  wireTerms(root);
  root.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-wp-set-lang]');
    if (button) setLanguage(root, words, button.dataset['wpSetLang']!);
  });
}

if (document.documentElement.hasAttribute('data-wp-opened')) setup();
else document.addEventListener('wp:opened', setup, { once: true });
