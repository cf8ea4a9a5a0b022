/**
 * Glossary terms in a rendered family page: the first time each term is used it becomes a button that
 * shows its plain meaning in place (tap or keyboard, not a hover tooltip); the terms the page uses are
 * returned for its "Words we use" list.
 */
import { escapeUTF8 } from 'entities';
import type { GlossaryTerm } from '../../schemas/index.ts';

/** Text inside these elements is left alone: a button inside a heading, link or button would not work. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'time', 'summary', 'script', 'style', 'label', 'title']);

export function explainTerms(
  html: string,
  glossary: readonly GlossaryTerm[],
  meaningLang?: string,
): { html: string; used: GlossaryTerm[] } {
  const spellings = glossary
    .flatMap((term) => [term.term, ...term.aliases].map((spelling) => ({ spelling, term })))
    .sort((a, b) => b.spelling.length - a.spelling.length);
  if (spellings.length === 0) return { html, used: [] };
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${spellings.map(({ spelling }) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  const find = (match: string) => spellings.find(({ spelling }) => spelling.toLowerCase() === match.toLowerCase())!.term;
  const used: GlossaryTerm[] = [];
  const explained = new Set<GlossaryTerm>();
  const skipping: string[] = [];
  let count = 0;
  const out = html.split(/(<[^>]+>)/).map((part) => {
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9]+)/.exec(part)?.[1]?.toLowerCase();
      if (tag && SKIP.has(tag) && !part.endsWith('/>')) {
        if (part.startsWith('</')) skipping.pop();
        else skipping.push(tag);
      }
      return part;
    }
    return part.replace(pattern, (match) => {
      const term = find(match);
      if (!used.includes(term)) used.push(term);
      if (explained.has(term) || skipping.length > 0) return match;
      explained.add(term);
      count += 1;
      const id = `wp-term-${count}`;
      const lang = meaningLang ? ` lang="${meaningLang}" dir="ltr"` : '';
      return (
        `<button type="button" class="wp-term" aria-expanded="false" aria-controls="${id}">${match}</button>` +
        `<span class="wp-term__meaning" id="${id}"${lang} hidden> (${escapeUTF8(term.family)})</span>`
      );
    });
  });
  return { html: out.join(''), used };
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
