/**
 * Glossary terms in a rendered family page: the first time each term is used it becomes a button that
 * shows its plain meaning in place (tap or keyboard, not a hover tooltip); the terms the page uses are
 * returned for its "Words we use" list. A page holds its text in several languages (one hidden
 * element per language, marked data-wp-in), so each term is explained once in each language.
 */
import { escapeUTF8 } from 'entities';
import type { GlossaryTerm } from '../../schemas/index.ts';

/** Where the "on this page" list wants its link to "Words we use": filled in once the page's terms are known. */
export const WORDS_LINK = '<!--wp-words-link-->';

/** Text inside these elements is left alone: a button inside a heading, link or button would not work. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'time', 'summary', 'script', 'style', 'label', 'title']);
/** Elements with no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** A pattern that finds every spelling of every glossary term, and the term each spelling belongs to. */
function termSpellings(glossary: readonly GlossaryTerm[]) {
  const spellings = glossary
    .flatMap((term) => [term.term, ...term.aliases].map((spelling) => ({ spelling, term })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  if (spellings.length === 0) return undefined;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${spellings.map(({ spelling }) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const find = (match: string) => spellings.find(({ spelling }) => spelling.toLowerCase() === match.toLowerCase())!.term;
  return { pattern, find };
}

/** The glossary terms some texts use, in the order they first appear. */
export function termsUsed(texts: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const spellings = termSpellings(glossary);
  if (!spellings) return [];
  const used = texts.flatMap((text) => [...text.matchAll(spellings.pattern)].map((match) => spellings.find(match[0])));
  return [...new Set(used)];
}

export function explainTerms(
  html: string,
  glossary: readonly GlossaryTerm[],
  /** The meaning's HTML, in every language the page can show it in. */
  meaning: (term: GlossaryTerm) => string = (term) => escapeUTF8(term.family),
): { html: string; used: GlossaryTerm[]; shown: GlossaryTerm[] } {
  const spellings = termSpellings(glossary);
  if (!spellings) return { html, used: [], shown: [] };
  const { pattern, find } = spellings;
  const used: GlossaryTerm[] = [];
  /** The terms in text the page shows as it opens (not in a language hidden until it is chosen). */
  const shown: GlossaryTerm[] = [];
  const explained = new Set<string>();
  /** The open elements: their tag, the language of the text in them (data-wp-in), and whether they are hidden. */
  const open: { tag: string; language?: string | undefined; hidden: boolean }[] = [];
  let count = 0;
  const out = html.split(/(<[^>]+>)/).map((part) => {
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9]+)/.exec(part)?.[1]?.toLowerCase();
      if (!tag || part.startsWith('<!')) return part;
      if (part.startsWith('</')) {
        const at = open.map((element) => element.tag).lastIndexOf(tag);
        if (at !== -1) open.length = at;
      } else if (!VOID.has(tag) && !part.endsWith('/>')) {
        open.push({ tag, language: /\sdata-wp-in="([^"]+)"/.exec(part)?.[1], hidden: /\shidden(?=[\s>=])/.test(part) });
      }
      return part;
    }
    const skipping = open.some((element) => SKIP.has(element.tag));
    const hidden = open.some((element) => element.hidden);
    const language = open.findLast((element) => element.language)?.language ?? '';
    return part.replace(pattern, (match) => {
      const term = find(match);
      if (!used.includes(term)) used.push(term);
      if (!hidden && !shown.includes(term)) shown.push(term);
      const key = `${language}:${term.term}`;
      if (explained.has(key) || skipping) return match;
      explained.add(key);
      count += 1;
      const id = `wp-term-${count}`;
      return (
        `<button type="button" class="wp-term" aria-expanded="false" aria-controls="${id}">${match}</button>` +
        `<span class="wp-term__meaning" id="${id}" hidden>${meaning(term)}</span>`
      );
    });
  });
  return { html: out.join(''), used, shown };
}

/**
 * The pupil view: each glossary term that has pupil wording is replaced by it, so the pupil never
 * meets the jargon ("the SENCO" becomes "the teacher who helps children get the help they need").
 */
export function replaceTerms(html: string, glossary: readonly GlossaryTerm[]): string {
  const spellings = glossary
    .filter((term) => term.pupil)
    .flatMap((term) => [term.term, ...term.aliases].map((spelling) => ({ spelling, words: term.pupil! })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  if (spellings.length === 0) return html;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])((?:the |a |an )?)(${spellings.map(({ spelling }) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  let raw = false;
  return html
    .split(/(<[^>]+>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        // Never touch the text of a script, a style or a symbol's code.
        if (/^<(script|style|code)\b/i.test(part)) raw = true;
        if (/^<\/(script|style|code)\b/i.test(part)) raw = false;
        return part;
      }
      return raw
        ? part
        : part.replace(pattern, (_whole, article: string, match: string) => {
            const words = spellings.find(({ spelling }) => spelling.toLowerCase() === match.toLowerCase())!.words.replace(/[.!]$/, '');
            // The pupil wording brings its own article: "the SENCO" → "the teacher who…", not "the the teacher…".
            const lowered = /^[A-Z][a-z]/.test(words) ? words.charAt(0).toLowerCase() + words.slice(1) : words;
            if (!/^(the|a|an) /i.test(words)) return `${article}${lowered}`;
            return /^[A-Z]/.test(article) ? words.charAt(0).toUpperCase() + words.slice(1) : lowered;
          });
    })
    .join('');
}
