/**
 * Glossary terms in a rendered family or pupil page: the first time each term is used it becomes a
 * button that shows its meaning in place (tap or keyboard, not a hover tooltip), and the words
 * around it stay exactly as they were written. The terms the page uses are kept for its "Words we
 * use" list.
 */
import { escapeUTF8 } from 'entities';
import type { GlossaryTerm } from '../../schemas/index.ts';

/** Text inside these elements is left alone: a button inside a heading, link or button would not work. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'time', 'summary', 'script', 'style', 'label', 'title']);

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

/** The family view: each term explained in plain words where it is first used. */
export function explainTerms(
  html: string,
  glossary: readonly GlossaryTerm[],
  meaningLang?: string,
): { html: string; used: GlossaryTerm[] } {
  const explainer = new TermExplainer(glossary, { meaning: (term) => term.family, meaningLang });
  return { html: explainer.html(html), used: explainer.used };
}
