/**
 * The build's own guard on free text, so that `astro build` alone can no more run a body than
 * `npm run check` lets it (astro.config.mjs installs both plugins for .md and .mdx):
 *
 * - remarkContentIsData judges each body Astro compiles by the same rules as the checker
 *   (body-rules.ts) and throws on any problem; then it puts each picture inside the page as a small
 *   WebP data: URI, so Astro's asset pipeline never sees a content picture to copy into _astro/.
 * - rehypeContentIsData is the last gate: on the HTML tree about to be written, after the browser's
 *   own HTML parser (parse5, through hast-util-raw) has read any raw HTML, it lets through only the
 *   tags Markdown makes and the safe list, known attributes, safe links and data: pictures.
 */
import { readFileSync } from 'node:fs';
import { raw } from 'hast-util-raw';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { contentFolder } from '../../config.ts';
import { BODY_PICTURE_SIZE, embedPicture } from '../../privacy/photo.ts';
import { findBodyImage } from './body-images.ts';
import {
  AUDIENCE_COMPONENTS,
  isComment,
  isSafeLink,
  judgeBody,
  SAFE_HTML_ATTRIBUTES,
  SAFE_HTML_TAGS,
  sectionAttributesProblem,
  type MdNode,
} from './body-rules.ts';
import { bodyKind } from './check-body.ts';
import { displayPath } from '../display-path.ts';
import { formatProblems } from '../format-problems.ts';
import type { Problem } from '../problems.ts';
import { splitFrontmatter } from '../yaml-source.ts';

interface CompiledFile {
  path: string;
  value: unknown;
}

const NOTHING_BUILT = 'Nothing was built. Run npm run check to see every problem in the content and how to fix it.';

export function remarkContentIsData() {
  return async (tree: MdastRoot, file: CompiledFile) => {
    const content = contentFolder();
    const offset = lineOffset(file);
    const at = (line: number | undefined) => (line === undefined ? undefined : line + offset);
    const shown = displayPath(file.path);
    const { findings, images } = judgeBody(tree as unknown as MdNode, bodyKind(file.path));
    const problems: Problem[] = findings
      .filter((finding) => finding.severity === 'error')
      .map(({ line, ...finding }) => ({ file: shown, line: at(line), field: 'Free text', ...finding }));
    const found = images.map((image) => ({ image, found: findBodyImage(file.path, image.url, content) }));
    for (const { image, found: picture } of found) {
      if (picture.problem) problems.push({ file: shown, line: at(image.line), field: 'Free text', ...picture.problem, severity: 'error' });
    }
    if (problems.length > 0) throw new Error(formatProblems(problems, NOTHING_BUILT));
    for (const { image, found: picture } of found) image.node.url = await embedPicture(picture.file!, BODY_PICTURE_SIZE);
  };
}

/**
 * Astro hands an .mdx body to the compiler with its frontmatter blanked out (lines are file lines),
 * and a .md body without it: count from where the body starts in the file.
 */
function lineOffset(file: CompiledFile): number {
  try {
    const written = readFileSync(file.path, 'utf8');
    if (written.split('\n').length === String(file.value).split('\n').length) return 0;
    return (splitFrontmatter(written.replace(/^\uFEFF/, ''))?.bodyLine ?? 1) - 1;
  } catch {
    return 0;
  }
}

/** Tags Markdown itself makes (with GFM tables, task lists and footnotes), beside the safe list. */
const MARKDOWN_TAGS = ['a', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'img', 'input', 'li', 'ol', 'p', 'pre', 'section', 'strong', 'sup', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'];
const FINAL_TAGS = new Set([...MARKDOWN_TAGS, ...SAFE_HTML_TAGS]);

/** Properties those tags may carry, as hast names them: Markdown's own, and the safe list's. */
const FINAL_PROPERTIES = new Set([
  'href', 'src', 'alt', 'title', 'lang', 'dir', 'className', 'id', 'align', 'start', 'type', 'checked', 'disabled',
  'dataFootnotes', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel',
  // A fenced code block's words after the language (```js title="x"), kept by Astro's MDX set-up.
  'metastring',
]);

/** A picture inside the page, as remarkContentIsData leaves it. */
const EMBEDDED_PICTURE = /^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/=]*$/;

interface FinalNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: FinalNode[];
  position?: { start: { line: number } } | undefined;
}

const MDX_NODES = ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement'];

export function rehypeContentIsData() {
  return (tree: HastRoot, file: CompiledFile) => {
    const hasRaw = (node: FinalNode): boolean => node.type === 'raw' || (node.children ?? []).some(hasRaw);
    // Read raw HTML now, the way Astro would after this plugin, so the gate judges what is written.
    const root = (hasRaw(tree) ? raw(tree, { passThrough: MDX_NODES }) : tree) as FinalNode;
    const offset = lineOffset(file);
    const refuse = (node: FinalNode, what: string): never => {
      const line = node.position ? `, line ${node.position.start.line + offset}` : '';
      throw new Error(`${displayPath(file.path)}${line} — Free text\n  ${what}\n\n${NOTHING_BUILT}`);
    };
    const walk = (node: FinalNode): void => {
      switch (node.type) {
        case 'element':
          judgeElement(node, refuse);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          judgeJsx(node, refuse);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!isComment(node.value ?? '')) refuse(node, 'Text in curly brackets would run as code.');
          break;
        case 'mdxjsEsm':
          refuse(node, 'An import or export line would run code.');
          break;
        case 'raw':
          refuse(node, 'HTML here could not be read safely.');
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    return root as HastRoot;
  };
}

function judgeElement(node: FinalNode, refuse: (node: FinalNode, what: string) => never): void {
  const tag = node.tagName ?? '';
  if (!FINAL_TAGS.has(tag)) refuse(node, `A <${tag}> tag is not allowed in free text.`);
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (!FINAL_PROPERTIES.has(name)) refuse(node, `The attribute "${name}" on <${tag}> is not allowed in free text.`);
    if (name === 'href' && !isSafeLink(String(value))) refuse(node, 'A link does not go to a web page, an email address or a phone number.');
    if (name === 'src' && !(tag === 'img' && EMBEDDED_PICTURE.test(String(value)))) refuse(node, 'A picture is not inside the page.');
  }
  if (tag === 'input' && !(node.properties?.['type'] === 'checkbox' && node.properties['disabled'] !== undefined)) {
    refuse(node, 'An <input> is not allowed in free text.');
  }
}

function judgeJsx(node: FinalNode, refuse: (node: FinalNode, what: string) => never): void {
  const name = node.name ?? '';
  const attributes = node.attributes ?? [];
  if (AUDIENCE_COMPONENTS.includes(name)) {
    const problem = sectionAttributesProblem(name, attributes);
    if (problem) refuse(node, problem.what);
    return;
  }
  if (!SAFE_HTML_TAGS.includes(name)) refuse(node, `<${name}> is not allowed in free text.`);
  for (const attribute of attributes) {
    const plain = attribute.type === 'mdxJsxAttribute' && (attribute.value === null || attribute.value === undefined || typeof attribute.value === 'string');
    if (!plain || !SAFE_HTML_ATTRIBUTES.includes(attribute.name ?? '')) refuse(node, `The attribute "${attribute.name ?? '{…}'}" on <${name}> is not allowed.`);
  }
}
