/**
 * The sentences read aloud: the page's words in reading order, as a screen reader would say them
 * (a symbol sentence once, from its plain words; a glossary term's meaning only when it is open),
 * without the page's furniture (the reading tools, buttons, downloads), each with the part of the
 * page it covers and its language.
 */
export interface Sentence {
  text: string;
  /** The words on the page, for the highlight. */
  range: Range;
  /** The line, paragraph or list item it is in. */
  block: Element;
  /** Its language: the nearest lang attribute to its words. */
  lang: string;
}

/** What a sentence belongs to: a symbol sentence's line, or the nearest paragraph, heading or item. */
export const BLOCKS = '.wp-sym-line,h1,h2,h3,h4,p,li,dt,dd,th,td,caption,figcaption,summary';

/** Never read: hidden things, the symbol drawings, the tools, and buttons and downloads. */
const FURNITURE = [
  '[aria-hidden="true"]',
  '[hidden]',
  'script',
  'style',
  'template',
  'svg',
  'select',
  'label',
  '[data-wp-reading]',
  '[data-wp-skip-reading]',
  'a[download]',
  'button:not(.wp-term)',
  // A group of controls, like the family view's language buttons, and its label.
  '[role="group"]',
].join(',');

/** Every sentence in an area of the page, in reading order. */
export function pageSentences(area: Element): Sentence[] {
  const groups: { block: Element; lang: string; nodes: Text[] }[] = [];
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest(FURNITURE) || parent.getClientRects().length === 0) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = node.parentElement!.closest(BLOCKS) ?? node.parentElement!;
    // A part in another language is said on its own, in that language: "Dlaczego:" then the English.
    const lang = node.parentElement!.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    const last = groups.at(-1);
    if (last?.block === block && (last.lang === lang || !node.data.trim())) last.nodes.push(node);
    else groups.push({ block, lang, nodes: [node] });
  }
  return groups.flatMap(({ block, lang, nodes }) => sentencesOf(block, lang, nodes));
}

function sentencesOf(block: Element, lang: string, nodes: Text[]): Sentence[] {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    starts.push(text.length);
    text += node.data;
  }
  const at = (offset: number): [Text, number] => {
    const index = starts.findLastIndex((start) => start <= offset);
    const node = nodes[index]!;
    return [node, Math.min(offset - starts[index]!, node.data.length)];
  };
  const found: Sentence[] = [];
  for (const match of text.matchAll(/[^.!?]+[.!?]*["'’”)]*/g)) {
    const words = match[0].trim();
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    const start = match.index + match[0].indexOf(words.charAt(0));
    const range = document.createRange();
    range.setStart(...at(start));
    range.setEnd(...at(start + words.length));
    found.push({ text: words.replace(/\s+/g, ' '), range, block, lang });
  }
  return found;
}

/** The sentence at a point the reader tapped, if there is one. */
export function sentenceAt(sentences: Sentence[], target: Element, x: number, y: number): number {
  const block = target.closest(BLOCKS);
  const inBlock = sentences.map((sentence, index) => ({ sentence, index })).filter(({ sentence }) => sentence.block === block);
  if (inBlock.length <= 1) return inBlock[0]?.index ?? -1;
  const caret = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  const hit = caret && inBlock.find(({ sentence }) => sentence.range.comparePoint(caret.startContainer, caret.startOffset) === 0);
  return (hit ?? inBlock[0])!.index;
}
