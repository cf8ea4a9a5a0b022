/**
 * Symbol-supported text as HTML for the pupil view. Each sentence is one line: a plain sentence for
 * screen readers and read aloud (visually hidden), and beside it the symbol layout people see, a
 * symbol over each key word and the word beneath, hidden from screen readers, so a sentence is heard
 * once, as a sentence. A glossary term stays in the pupil's words and becomes a button that shows
 * its meaning, where the page first uses it.
 *
 * Components write placeholders (symbolTextPlaceholder, symbolPlaceholder) and the page is drawn
 * in one pass at the end (renderSymbolPage), in reading order: so a term is explained at its first
 * use, and the page's sprite holds exactly the symbols it shows.
 */
import { decodeHTML, escapeAttribute, escapeUTF8 } from 'entities';
import type { TermExplainer, TermMatch } from '../plan/explain-terms.ts';
import type { SymbolSet } from './symbol-sets.ts';
import { splitSentences, spriteId, tokenize, type Token } from './symbols.ts';

/** plain: symbols by the page's setting; goal: a goal's words; badged: a goal shown with its own symbol. */
export type SymbolTextKind = 'plain' | 'goal' | 'badged';

/** Where a component wants pupil wording drawn with symbols. */
export const symbolTextPlaceholder = (text: string, kind: SymbolTextKind = 'plain') =>
  `<wp-symbol-text data-kind="${kind}" data-text="${escapeAttribute(text)}"></wp-symbol-text>`;

/** Where a component wants one symbol drawn, by its word, like a goal's own symbol. */
export const symbolPlaceholder = (word: string, className: string) =>
  `<wp-symbol data-word="${escapeAttribute(word)}" data-class="${escapeAttribute(className)}"></wp-symbol>`;

const PLACEHOLDER = /(<wp-symbol(?:-text)?\b[^>]*><\/wp-symbol(?:-text)?>)/;
const attribute = (tag: string, name: string) => decodeHTML(new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1] ?? '');

interface Drawing {
  set: SymbolSet;
  terms?: TermExplainer | undefined;
  /** The symbols drawn so far, for the sprite. */
  used: Set<string>;
}

function wordBox(token: Token, drawing: Drawing): string {
  const word = `<span class="wp-sym__word">${escapeUTF8(token.text)}</span>`;
  if (!token.symbol) return `<span class="wp-sym">${word}</span>`;
  drawing.used.add(token.symbol);
  const classes = `wp-sym wp-sym--key${token.lead ? ' wp-sym--lead' : ''}`;
  return `<span class="${classes}"><svg class="wp-sym__img" focusable="false"><use href="#${spriteId(token.symbol)}"></use></svg>${word}</span>`;
}

/** Words as people see them (hidden from screen readers) and as they are heard (hidden from sight). */
const heardAndSeen = (heard: string, tokens: Token[], drawing: Drawing) =>
  (heard ? `<span class="wp-visually-hidden">${escapeUTF8(heard)}</span>` : '') +
  (tokens.length > 0
    ? `<span class="wp-sym-row" aria-hidden="true">${tokens.map((token) => wordBox(token, drawing)).join(' ')}</span>`
    : '');

/** Where each token starts in the sentence as shown (the tokens joined by single spaces). */
function tokenStarts(tokens: Token[]): number[] {
  let at = 0;
  return tokens.map((token) => {
    const start = at;
    at += token.text.length + 1;
    return start;
  });
}

/** One sentence: runs of plain words, and the glossary terms explained here as buttons. */
function sentenceHtml(tokens: Token[], drawing: Drawing, canExplain: boolean): string {
  const shown = tokens.map((token) => token.text).join(' ');
  const starts = tokenStarts(tokens);
  const tokenAt = (offset: number) => starts.findLastIndex((start) => start <= offset);
  const explained: { first: number; last: number; match: TermMatch }[] = [];
  for (const match of drawing.terms?.find(shown) ?? []) {
    if (drawing.terms!.claim(match.term) && canExplain)
      explained.push({ first: tokenAt(match.start), last: tokenAt(match.end - 1), match });
  }
  const parts: string[] = [];
  let next = 0;
  const plain = (upTo: number) => {
    if (upTo <= next) return;
    const run = tokens.slice(next, upTo);
    parts.push(heardAndSeen(run.map((token) => token.text).join(' '), run, drawing));
  };
  for (const { first, last, match } of explained) {
    plain(first);
    const run = tokens.slice(first, last + 1);
    const before = shown.slice(starts[first], match.start);
    const after = shown.slice(match.end, starts[last]! + tokens[last]!.text.length);
    const inner = heardAndSeen(shown.slice(match.start, match.end), run, drawing);
    parts.push(
      (before ? `<span class="wp-visually-hidden">${escapeUTF8(before)}</span>` : '') +
        drawing.terms!.button(inner, match.term) +
        (after ? `<span class="wp-visually-hidden">${escapeUTF8(after)}</span>` : ''),
    );
    next = last + 1;
  }
  plain(tokens.length);
  return `<span class="wp-sym-line">${parts.join(' ')}</span>`;
}

/** Every sentence of a piece of pupil wording, as symbol-supported HTML. */
export function symbolTextHtml(text: string, drawing: Drawing, kind: SymbolTextKind = 'plain'): string {
  const canExplain = !drawing.terms?.inSkipped;
  const lines = splitSentences(text).map((sentence) => sentenceHtml(tokenize(sentence, drawing.set), drawing, canExplain));
  const classes = `wp-sym-text${kind === 'plain' ? '' : ' wp-sym-text--goal'}${kind === 'badged' ? ' wp-sym-text--badged' : ''}`;
  return `<span class="${classes}">${lines.join(' ')}</span>`;
}

/** The symbols a page shows, drawn once each in a hidden SVG sprite that every use points at. */
export function spriteHtml(symbols: Iterable<string>, set: SymbolSet): string {
  const drawn = [...new Set(symbols)].sort().map((symbol) => set.sprite(symbol, spriteId(symbol)));
  return `<svg class="wp-sprite" aria-hidden="true" focusable="false" width="0" height="0">${drawn.join('')}</svg>`;
}

/**
 * Draws a rendered pupil page: every placeholder becomes symbols, every glossary term is explained
 * where it is first used, and the page's sprite goes first.
 */
export function renderSymbolPage(html: string, set: SymbolSet, terms: TermExplainer): string {
  const drawing: Drawing = { set, terms, used: new Set() };
  const parts = html.split(PLACEHOLDER).map((part, index) => {
    if (index % 2 === 0) return terms.html(part);
    if (part.startsWith('<wp-symbol-text')) {
      return symbolTextHtml(attribute(part, 'data-text'), drawing, attribute(part, 'data-kind') as SymbolTextKind);
    }
    const symbol = set.lookup(attribute(part, 'data-word'));
    if (!symbol) return '';
    drawing.used.add(symbol);
    return `<svg class="${escapeAttribute(attribute(part, 'data-class'))}" aria-hidden="true" focusable="false"><use href="#${spriteId(symbol)}"></use></svg>`;
  });
  return spriteHtml(drawing.used, set) + parts.join('');
}
