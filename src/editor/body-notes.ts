/**
 * Notes in a body, written {/* like this *\/}, are never shown in any view. Keystatic's editor cannot
 * open a body with one (it has no place for an MDX expression), so the editor shows each note as a
 * Note block, <Note text="like this" />, and the writer turns it back into {/* like this *\/}.
 */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { NOTE_BLOCK } from './editor-routes.ts';

const mdx = unified().use(remarkParse).use(remarkMdx);
const COMMENT = /^\s*\/\*([\s\S]*?)\*\/\s*$/;

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Every node of the tree that `pick` turns into new text, replaced from the end so offsets hold. */
function replaceNodes(body: string, pick: (node: Node) => string | undefined): string {
  let tree: Node;
  try {
    tree = mdx.parse(body) as Node;
  } catch {
    return body; // A body that is not MDX is left as it is: Keystatic says what is wrong with it.
  }
  const found: { start: number; end: number; text: string }[] = [];
  const walk = (node: Node) => {
    const text = pick(node);
    const { start, end } = { start: node.position?.start.offset, end: node.position?.end.offset };
    if (text !== undefined && start !== undefined && end !== undefined) found.push({ start, end, text });
    else node.children?.forEach(walk);
  };
  walk(tree);
  return found
    .sort((a, b) => b.start - a.start)
    .reduce((text, { start, end, text: replacement }) => text.slice(0, start) + replacement + text.slice(end), body);
}

const encode = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** {/* a note *\/} on a line of its own → <Note text="a note" />, for the editor. */
export const notesAsBlocks = (body: string) =>
  replaceNodes(body, (node) => {
    const note = node.type === 'mdxFlowExpression' ? COMMENT.exec(node.value ?? '') : null;
    return note ? `<${NOTE_BLOCK} text="${encode(note[1]!.trim())}" />` : undefined;
  });

/** <Note text="a note" /> → {/* a note *\/}, for the file. */
export const blocksAsNotes = (body: string) =>
  replaceNodes(body, (node) => {
    if (node.type !== 'mdxJsxFlowElement' || node.name !== NOTE_BLOCK) return undefined;
    const text = node.attributes?.find((attribute) => attribute.name === 'text')?.value;
    return `{/* ${typeof text === 'string' ? text.replaceAll('*/', '* /') : ''} */}`;
  });
