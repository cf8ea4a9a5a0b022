/**
 * The poster's layout for satori: A4 portrait, the pupil's name, then each goal and each thing that
 * helps as the page shows it — every word in a box with its symbol above it, as many symbols as the
 * page shows by default — then who helps. Everything shrinks together until it fits one side.
 */
import type { SymbolSet } from './symbol-sets.ts';

/** The layout's size: A4 at 150 pixels per inch. */
export const LAYOUT = { width: 1240, height: 1754 } as const;

/** A word as the poster shows it: its text, and the symbol above it if it has one. */
export interface PosterWord {
  text: string;
  symbol?: string | undefined;
}

export interface PosterLine {
  /** The sentences, each a row of words. */
  sentences: PosterWord[][];
  /** A symbol for the whole goal, beside it, as on the page. */
  badge?: string | undefined;
  /** How it is going, in the pupil's words. */
  status?: string | undefined;
}

export interface PosterInput {
  name: string;
  goals: PosterLine[];
  helps: PosterLine[];
  helpers: string[];
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

const INK = '#1b1b1f';
const BRAND = '#123563';
const MARGIN = 72;
const INNER = LAYOUT.width - 2 * MARGIN;

/** Sizes before shrinking: text and symbols for goals and for what helps. */
const GOAL = { font: 44, symbol: 88 };
const HELP = { font: 38, symbol: 68 };

/** A word box's width: the word (Atkinson averages about half an em a letter) or its symbol, and a gap. */
const boxWidth = (word: PosterWord, size: { font: number; symbol: number }) =>
  Math.max(word.text.length * size.font * 0.55, word.symbol ? size.symbol : 0) + size.font * 0.3;

/** The height of a sentence's rows of word boxes in a box of a width. */
function sentenceHeight(words: PosterWord[], size: { font: number; symbol: number }, width: number): number {
  const rows: PosterWord[][] = [[]];
  let used = 0;
  for (const word of words) {
    const wide = boxWidth(word, size);
    if (used + wide > width && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = 0;
    }
    rows.at(-1)!.push(word);
    used += wide;
  }
  return rows.reduce((sum, row) => sum + size.font * 1.3 + (row.some((word) => word.symbol) ? size.symbol + 6 : 0), 0);
}

const lineHeight = (line: PosterLine, size: { font: number; symbol: number }, width: number) =>
  line.sentences.reduce((sum, words) => sum + sentenceHeight(words, size, width), 0);

/** How much to shrink everything so the poster fits on one side of A4: 1 when it fits as it is. */
export function posterScale(input: PosterInput): number {
  const goals = input.goals.reduce(
    (sum, goal) =>
      sum +
      60 +
      48 +
      Math.max(goal.badge ? 110 : 0, lineHeight(goal, GOAL, INNER - 56 - (goal.badge ? 130 : 0))) +
      (goal.status ? 55 : 0) +
      20,
    0,
  );
  const helps = input.helps.reduce((sum, help) => sum + lineHeight(help, HELP, INNER) + 30, 0);
  const helpers = 56 * Math.max(1, Math.ceil((input.helpers.join(', ').length * 42 * 0.5) / INNER));
  const sections = [input.goals.length, input.helps.length, input.helpers.length].filter(Boolean).length * (36 + 85);
  const height = 250 + goals + helps + helpers + sections;
  return Math.max(0.5, Math.min(1, (LAYOUT.height - 2 * MARGIN) / height));
}

/** The poster as a satori tree. */
export function posterLayout(input: PosterInput, set: SymbolSet): Node {
  const k = posterScale(input);
  const px = (size: number) => Math.round(size * k);
  const image = (symbol: string, size: number, style: Record<string, unknown> = {}) =>
    h('img', { width: px(size), height: px(size), ...style }, undefined, {
      src: `data:image/svg+xml;base64,${Buffer.from(set.svg(symbol)).toString('base64')}`,
      width: px(size),
      height: px(size),
    });
  // One sentence: its words in boxes that wrap, each symbol above its word, the words on one line.
  const sentence = (words: PosterWord[], size: { font: number; symbol: number }) =>
    h(
      'div',
      { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', marginBottom: px(2) },
      words.map((word) =>
        h('div', { display: 'flex', flexDirection: 'column', alignItems: 'center', marginRight: px(size.font * 0.3) }, [
          ...(word.symbol ? [image(word.symbol, size.symbol, { marginBottom: px(4) })] : []),
          h('div', { fontSize: px(size.font) }, word.text),
        ]),
      ),
    );
  const section = (title: string, rows: Node[]) =>
    h('div', { display: 'flex', flexDirection: 'column', marginTop: px(36) }, [
      h('div', { fontSize: px(56), fontWeight: 700, color: BRAND, marginBottom: px(12) }, title),
      ...rows,
    ]);
  const goals = input.goals.map((goal, index) =>
    h(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        border: `${px(4)}px solid ${BRAND}`,
        borderRadius: px(24),
        padding: px(24),
        marginBottom: px(20),
      },
      [
        h('div', { fontSize: px(40), fontWeight: 700 }, `Goal ${index + 1}`),
        h('div', { display: 'flex', alignItems: 'center', marginTop: px(8) }, [
          ...(goal.badge ? [image(goal.badge, 110, { marginRight: px(20), flexShrink: 0 })] : []),
          h(
            'div',
            { display: 'flex', flexDirection: 'column', flexShrink: 1, minWidth: 0 },
            goal.sentences.map((words) => sentence(words, GOAL)),
          ),
        ]),
        ...(goal.status ? [h('div', { fontSize: px(36), marginTop: px(8), color: '#333842' }, `How it is going: ${goal.status}`)] : []),
      ],
    ),
  );
  const helps = input.helps.map((help) =>
    h(
      'div',
      { display: 'flex', flexDirection: 'column', marginBottom: px(30) },
      help.sentences.map((words) => sentence(words, HELP)),
    ),
  );
  return h(
    'div',
    {
      width: LAYOUT.width,
      height: LAYOUT.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: MARGIN,
      background: '#ffffff',
      color: INK,
      fontFamily: 'Atkinson Hyperlegible',
      lineHeight: 1.3,
    },
    [
      h(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          background: BRAND,
          color: '#ffffff',
          borderRadius: px(28),
          padding: `${px(32)}px ${px(44)}px`,
        },
        [h('div', { fontSize: px(60) }, 'My plan'), h('div', { fontSize: px(96), fontWeight: 700 }, input.name)],
      ),
      ...(goals.length > 0 ? [section('My goals', goals)] : []),
      ...(helps.length > 0 ? [section('What helps me', helps)] : []),
      ...(input.helpers.length > 0 ? [section('Who helps me', [h('div', { fontSize: px(42) }, input.helpers.join(', '))])] : []),
    ],
  );
}
