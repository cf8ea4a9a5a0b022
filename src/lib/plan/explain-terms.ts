/**
 * Glossary terms in a rendered family or pupil page: the first time each term is used it becomes a
 * button that shows its meaning in place (tap or keyboard, not a hover tooltip), and the words
 * around it stay exactly as they were written. The terms the page uses are kept for its "Words we
 * use" list. A family page holds its text in several languages (one element per language, marked
 * data-wp-in, all but one hidden), so there each term is explained once in each language.
 */
import { escapeUTF8 } from 'entities';
import type { GlossaryTerm } from '../../schemas/index.ts';

/** Text inside these elements is left alone: a button inside a heading, link or button would not work. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'time', 'summary', 'script', 'style', 'label', 'title']);
/** Elements with no closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Where the family view's "on this page" list wants its link to "Words we use": filled in once the page's terms are known. */
export const WORDS_LINK = '<!--wp-words-link-->';

/** A glossary term found in a piece of text, by where it starts and ends. */
export interface TermMatch {
  start: number;
  end: number;
  term: GlossaryTerm;
}

export interface ExplainOptions {
  /** What the button shows: the family's meaning, or the pupil's words for it. */
  meaning: (term: GlossaryTerm) => string;
  /** The language of the meaning, when it differs from the page's. */
  meaningLang?: string | undefined;
}

/** One page's glossary terms: each one explained where it is first used, and the list of those used. */
export class TermExplainer {
  /** Every term the page uses, in the order it first uses them. */
  readonly used: GlossaryTerm[] = [];
  private readonly explained = new Set<GlossaryTerm>();
  private readonly skipping: string[] = [];
  private readonly pattern: RegExp | undefined;
  private readonly spellings: { spelling: string; term: GlossaryTerm }[];
  private readonly options: ExplainOptions;
  private count = 0;

  constructor(glossary: readonly GlossaryTerm[], options: ExplainOptions) {
    this.options = options;
    this.spellings = glossary
      .flatMap((term) => [term.term, ...term.aliases].map((spelling) => ({ spelling, term })))
      .sort((a, b) => b.spelling.length - a.spelling.length);
    if (this.spellings.length > 0) {
      const alternatives = this.spellings.map(({ spelling }) => spelling.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      this.pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
    }
  }

  /** Whether the HTML read so far leaves us inside a heading, link or button, where no button can go. */
  get inSkipped(): boolean {
    return this.skipping.length > 0;
  }

  /** The glossary terms in a piece of plain text. */
  find(text: string): TermMatch[] {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      term: this.spellings.find(({ spelling }) => spelling.toLowerCase() === match[0].toLowerCase())!.term,
    }));
  }

  /**
   * Notes that a term is used here, and whether this is where it is explained: its first use
   * outside a heading, link or button.
   */
  claim(term: GlossaryTerm): boolean {
    if (!this.used.includes(term)) this.used.push(term);
    if (this.explained.has(term) || this.inSkipped) return false;
    this.explained.add(term);
    return true;
  }

  /** The button for a term, holding the given HTML, and its meaning after it, hidden until tapped. */
  button(inner: string, term: GlossaryTerm): string {
    this.count += 1;
    const id = `wp-term-${this.count}`;
    const lang = this.options.meaningLang ? ` lang="${this.options.meaningLang}" dir="ltr"` : '';
    return (
      `<button type="button" class="wp-term" aria-expanded="false" aria-controls="${id}">${inner}</button>` +
      `<span class="wp-term__meaning" id="${id}"${lang} hidden> (${escapeUTF8(this.options.meaning(term))})</span>`
    );
  }

  /** Explains the terms in a piece of rendered HTML. Call it on a page's HTML in order, piece by piece. */
  html(html: string): string {
    return html
      .split(/(<[^>]+>)/)
      .map((part) => {
        if (part.startsWith('<')) {
          const tag = /^<\/?([a-zA-Z0-9]+)/.exec(part)?.[1]?.toLowerCase();
          if (tag && SKIP.has(tag) && !part.endsWith('/>')) {
            if (part.startsWith('</')) this.skipping.pop();
            else this.skipping.push(tag);
          }
          return part;
        }
        if (!this.pattern) return part;
        return part.replace(this.pattern, (match) => {
          const [found] = this.find(match);
          return found && this.claim(found.term) ? this.button(match, found.term) : match;
        });
      })
      .join('');
  }
}

/** The glossary terms some texts use, in the order they first appear. */
export function termsUsed(texts: readonly string[], glossary: readonly GlossaryTerm[]): GlossaryTerm[] {
  const finder = new TermExplainer(glossary, { meaning: (term) => term.family });
  return [...new Set(texts.flatMap((text) => finder.find(text).map(({ term }) => term)))];
}

/**
 * The family view: each term explained where it is first used, once in each language the page
 * holds. `used` is every term in the page; `shown`, those in text the page shows as it opens (not
 * in a language hidden until it is chosen).
 */
export function explainTerms(
  html: string,
  glossary: readonly GlossaryTerm[],
  /** The meaning's HTML, in every language the page can show it in. */
  meaning: (term: GlossaryTerm) => string = (term) => escapeUTF8(term.family),
): { html: string; used: GlossaryTerm[]; shown: GlossaryTerm[] } {
  const finder = new TermExplainer(glossary, { meaning: (term) => term.family });
  const used: GlossaryTerm[] = [];
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
    let text = '';
    let from = 0;
    for (const { start, end, term } of finder.find(part)) {
      text += part.slice(from, start);
      from = end;
      const match = part.slice(start, end);
      if (!used.includes(term)) used.push(term);
      if (!hidden && !shown.includes(term)) shown.push(term);
      const key = `${language}:${term.term}`;
      if (explained.has(key) || skipping) {
        text += match;
        continue;
      }
      explained.add(key);
      count += 1;
      const id = `wp-term-${count}`;
      text +=
        `<button type="button" class="wp-term" aria-expanded="false" aria-controls="${id}">${match}</button>` +
        `<span class="wp-term__meaning" id="${id}" hidden>${meaning(term)}</span>`;
    }
    return text + part.slice(from);
  });
  return { html: out.join(''), used, shown };
}
