/**
 * Whether two bodies of a plan, review, group or strategy say the same thing: the same Markdown or
 * MDX tree, whatever the spacing. Keystatic writes an unchanged body in its own layout (indenting
 * the text inside <ForFamily>, say); the editor then keeps the body as the SENCO wrote it.
 */
import { isDeepStrictEqual } from 'node:util';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse).use(remarkGfm);
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/** The body's syntax tree without positions, so only what it says is compared. */
export function bodyTree(text: string, kind: 'md' | 'mdx'): unknown {
  return withoutPositions((kind === 'mdx' ? mdx : markdown).parse(text));
}

export const sameBody = (a: string, b: string, kind: 'md' | 'mdx') => {
  try {
    return isDeepStrictEqual(bodyTree(a, kind), bodyTree(b, kind));
  } catch {
    return false; // A body that does not parse is never "the same": the editor keeps what it was given.
  }
};

function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}
