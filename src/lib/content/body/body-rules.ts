/**
 * What the free text of a plan, review, group plan or strategy may hold: Markdown, the audience
 * sections <ForStaff>, <ForFamily> and <ForPupil>, and a short list of harmless HTML tags. Nothing
 * else: no import/export or {code} (MDX would run it when the site is built), no component Waypoint
 * does not have, no tag or attribute that runs code, loads something or sends the reader elsewhere,
 * and no link that is not a web page, an email address or a phone number.
 *
 * The one home of these rules: `npm run check` (check-body.ts) and the build's compile step
 * (remark-content-is-data.ts) both judge a body with judgeBody(), on the tree the MDX parser makes.
 */
import { closest, distance } from 'fastest-levenshtein';
import { fromHtml } from 'hast-util-from-html';
import { FAMILY_LANGUAGES } from '../../../schemas/plan.ts';

/** The audience sections, the only components a body may use (src/components/mdx/PlanBody.astro). */
export const AUDIENCE_COMPONENTS: readonly string[] = ['ForStaff', 'ForFamily', 'ForPupil'];

/**
 * An audience section as written in a body: 1 its audience (Staff, Family or Pupil), 2 its
 * attributes if any (` lang="pl"`), 3 its text. For reading a body's text without parsing it.
 */
export const AUDIENCE_SECTION = /<For(Staff|Family|Pupil)(\s[^>]*)?>([\s\S]*?)<\/For\1>/g;

/**
 * What is wrong with an audience section's attributes, if anything: only <ForFamily> takes one,
 * `lang`, naming the family language its text is written in (<ForFamily lang="pl">).
 */
export function sectionAttributesProblem(name: string, attributes: readonly { type: string; name?: string | null | undefined; value?: unknown }[] | undefined): { what: string; fix: string } | undefined {
  const list = attributes ?? [];
  if (list.length === 0) return undefined;
  const [first] = list;
  const lang = list.length === 1 && first?.type === 'mdxJsxAttribute' && first.name === 'lang' ? first.value : undefined;
  if (name !== 'ForFamily' || lang === undefined) {
    return name === 'ForFamily'
      ? {
          what: `<ForFamily> takes only the language its text is written in, like <ForFamily lang="pl">.`,
          fix: 'Write it as <ForFamily>, or as <ForFamily lang="pl"> for the same text in Polish.',
        }
      : { what: `<${name}> takes nothing inside its brackets.`, fix: `Write it as <${name}>, with nothing after the name.` };
  }
  if (typeof lang !== 'string' || !(FAMILY_LANGUAGES as readonly string[]).includes(lang)) {
    return {
      what: `<ForFamily lang=…> names a language code a family view can be shown in, and ${typeof lang === 'string' ? `"${lang}"` : 'this'} is not one.`,
      fix: `Write one of ${FAMILY_LANGUAGES.join(', ')}, like <ForFamily lang="pl">.`,
    };
  }
  return undefined;
}

/** HTML tags a body may use, for what Markdown cannot say (a line break, an abbreviation, a language). */
export const SAFE_HTML_TAGS: readonly string[] = ['abbr', 'b', 'br', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'p', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u'];

/** The attributes those tags may have. */
export const SAFE_HTML_ATTRIBUTES: readonly string[] = ['dir', 'lang', 'title'];

/** Where a link may go: a web page, an email address, a phone number, or a heading on the same page. */
export const LINK_SCHEMES: readonly string[] = ['http', 'https', 'mailto', 'tel'];

/** A node of the Markdown/MDX tree, as far as these rules look at it. */
export interface MdNode {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  alt?: string | null;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: { line: number } } | undefined;
  data?: { estree?: { body?: { type: string; loc?: { start: { line: number } } | null }[] } | null } | undefined;
}

interface MdAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** Something wrong in a body, at a line of the text that was parsed. */
export interface Finding {
  line: number | undefined;
  message: string;
  fix: string;
  severity: 'error' | 'warning';
}

/** A picture the body shows from a file, to check and then embed. */
export interface ImageUse {
  url: string;
  line: number | undefined;
  node: MdNode;
}

const TAGS_LIST = SAFE_HTML_TAGS.map((tag) => `<${tag}>`).join(', ');
const WRITE_MARKDOWN = `Write it in Markdown instead. The HTML tags free text may use are ${TAGS_LIST}.`;
const LINK_FIX = 'Write a link as [the words to click](https://…), [email us](mailto:…) or [ring us](tel:…).';
const PICTURE_FIX = 'Save the picture beside this file and write ![what it shows](picture.jpg): Waypoint makes it smaller and sends it inside the encrypted page.';
const SECTIONS = 'Free text is words and Markdown, in <ForStaff>, <ForFamily> and <ForPupil> sections.';

/** Tags refused with a reason the SENCO can weigh, and what to do instead. */
const REFUSED_TAGS: { tags: string[]; why: string; fix: string }[] = [
  { tags: ['script', 'noscript', 'template'], why: "would run code in the reader's browser", fix: 'Delete it.' },
  { tags: ['style'], why: 'would change how the page looks for everyone who reads it', fix: 'Delete it. Write **bold** or *italic* in Markdown.' },
  { tags: ['meta', 'link', 'base'], why: 'can send the reader to another website or load files from one', fix: 'Delete it.' },
  {
    tags: ['form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset'],
    why: 'could ask the reader for a passphrase or other details and send them to another website',
    fix: 'Delete it. To hear from a family, the family view already has a ready-written email to the SENCO.',
  },
  {
    tags: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'],
    why: 'would show another page or program inside this one',
    fix: `Delete it. To point to a page, write a link: [the words to click](https://…).`,
  },
  { tags: ['img', 'picture', 'source', 'video', 'audio', 'track', 'svg', 'canvas', 'image'], why: 'would load a file the site does not publish', fix: PICTURE_FIX },
  { tags: ['a', 'area', 'map'], why: 'is a link Waypoint cannot check', fix: LINK_FIX },
];

export function judgeBody(tree: MdNode, kind: 'mdx' | 'md'): { findings: Finding[]; images: ImageUse[] } {
  const findings: Finding[] = [];
  const images: ImageUse[] = [];
  const refuse = (line: number | undefined, message: string, fix: string) => void findings.push({ line, message, fix, severity: 'error' });
  const lineOf = (node: MdNode) => node.position?.start.line;

  function visit(node: MdNode, atTop: boolean): void {
    switch (node.type) {
      case 'mdxjsEsm':
        for (const statement of node.data?.estree?.body ?? [{ type: /^\s*import\b/.test(node.value ?? '') ? 'ImportDeclaration' : 'Export' }]) {
          const word = statement.type === 'ImportDeclaration' ? 'import' : 'export';
          refuse(statement.loc?.start.line ?? lineOf(node), `An "${word}" line would run code when the site is built, so Waypoint does not allow it.`, `Delete the line. ${SECTIONS}`);
        }
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(node.value ?? '')) return;
        refuse(
          lineOf(node),
          `Text in curly brackets, {${shorten((node.value ?? '').trim())}}, would run as code when the site is built, so Waypoint does not allow it.`,
          'To show a curly bracket, write \\{ instead. To leave a note that is never shown, write {/* like this */}.',
        );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (!jsx(node, atTop)) return;
        break;
      case 'html':
        html(node);
        return;
      case 'link':
      case 'definition':
        link(node.url ?? '', lineOf(node));
        break;
      case 'image':
        image(node);
        return;
      case 'imageReference':
        refuse(lineOf(node), 'A picture written as ![…][name] cannot be checked.', 'Write it as ![what it shows](picture.jpg).');
        return;
    }
    for (const child of node.children ?? []) visit(child, false);
  }

  /** Judges a JSX tag; true when its content should be judged too. */
  function jsx(node: MdNode, atTop: boolean): boolean {
    const name = node.name ?? '';
    const line = lineOf(node);
    const attributes = (node.attributes ?? []).map((attribute) => ({
      name: attribute.type === 'mdxJsxAttribute' ? (attribute.name ?? '') : '{…}',
      code: attribute.type !== 'mdxJsxAttribute' || (typeof attribute.value === 'object' && attribute.value !== null),
    }));
    if (name === '' || /^[A-Z_$]/.test(name) || name.includes('.')) {
      if (!AUDIENCE_COMPONENTS.includes(name)) {
        const nearest = name ? closest(name, [...AUDIENCE_COMPONENTS]) : undefined;
        const guess = nearest && distance(name.toLowerCase(), nearest.toLowerCase()) <= 4 ? ` (did you mean <${nearest}>?)` : '';
        refuse(line, `There is no component called <${name}>.`, `Use <ForStaff>, <ForFamily> or <ForPupil>${guess}, or write the text without the tags.`);
        return false;
      }
      if (!atTop) {
        refuse(line, `A <${name}> section must start on a line of its own, outside any other section.`, `Put <${name}> on a line by itself, the text on the lines below, and </${name}> on a line after it.`);
      }
      const problem = sectionAttributesProblem(name, node.attributes);
      if (problem) refuse(line, problem.what, problem.fix);
      return true;
    }
    return element(name, attributes, line);
  }

  /** Raw HTML in a Markdown (.md) file: parsed the way the browser would, then judged tag by tag. */
  function html(node: MdNode): void {
    const start = lineOf(node) ?? 1;
    const walk = (hast: HastNode): void => {
      if (hast.type === 'element') {
        const attributes = Object.keys(hast.properties ?? {}).map((key) => ({ name: attributeName(key), code: false }));
        if (!element(hast.tagName ?? '', attributes, start + (hast.position?.start.line ?? 1) - 1)) return;
      }
      for (const child of hast.children ?? []) walk(child);
    };
    walk(fromHtml(node.value ?? '', { fragment: true }));
  }

  /** Judges an HTML tag and its attributes; true when its content should be judged too. */
  function element(tag: string, attributes: { name: string; code: boolean }[], line: number | undefined): boolean {
    const lower = tag.toLowerCase();
    if (!SAFE_HTML_TAGS.includes(lower)) {
      const refused = REFUSED_TAGS.find((group) => group.tags.includes(lower));
      if (refused) refuse(line, `${/^[aeiou]/.test(lower) ? 'An' : 'A'} <${lower}> tag ${refused.why}, so Waypoint does not allow it.`, refused.fix);
      else if (AUDIENCE_COMPONENTS.some((name) => name.toLowerCase() === lower)) {
        refuse(line, `<${tag}> sections work in plans, reviews and group plans, not in a strategy: a strategy is shown to staff only.`, 'Delete the tags and keep the text.');
      } else refuse(line, `"<${tag}>" is not an HTML tag Waypoint allows in free text.`, WRITE_MARKDOWN);
      return false;
    }
    for (const { name, code } of attributes) {
      if (code) refuse(line, `The attribute ${name} on <${lower}> is written as code.`, 'Write its value in "quotes", or delete it.');
      else if (/^on/i.test(name)) refuse(line, `The attribute "${name}" on <${lower}> would run code in the reader's browser.`, 'Delete it.');
      else if (name === 'style') {
        refuse(line, `The attribute "style" on <${lower}> is blocked by the site's security settings, so it would do nothing.`, 'Delete it. Write **bold** or *italic* in Markdown.');
      } else if (!SAFE_HTML_ATTRIBUTES.includes(name)) {
        refuse(line, `The attribute "${name}" is not allowed on <${lower}>.`, `Delete it. Tags in free text can have ${SAFE_HTML_ATTRIBUTES.join(', ')} only.`);
      }
    }
    return true;
  }

  function link(url: string, line: number | undefined): void {
    if (isSafeLink(url)) return;
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
    refuse(
      line,
      scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data'
        ? `The link "${shorten(url)}" would run code when it is clicked.`
        : `The link "${shorten(url)}" does not go to a web page, an email address or a phone number.`,
      LINK_FIX,
    );
  }

  function image(node: MdNode): void {
    const url = (node.url ?? '').trim();
    const line = lineOf(node);
    if (/^(https?:)?\/\//i.test(url)) {
      refuse(
        line,
        `The picture "${shorten(url)}" is on another website: every reader's device would ask that website for it, and so tell it someone is reading this page.`,
        PICTURE_FIX,
      );
      return;
    }
    if (url === '' || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('/') || url.startsWith('\\')) {
      refuse(line, `The picture "${shorten(url)}" is not a file beside this one.`, PICTURE_FIX);
      return;
    }
    if (!node.alt?.trim()) {
      findings.push({
        line,
        severity: 'warning',
        message: `The picture "${url}" has no description, so a screen reader cannot say what it shows.`,
        fix: `Write what it shows between the square brackets: ![what the picture shows](${url}).`,
      });
    }
    images.push({ url, line, node });
  }

  for (const child of tree.children ?? []) {
    // MDX lifts a paragraph holding only tags out of the paragraph: <ForFamily>text</ForFamily> alone
    // on its line is a section of its own (@mdx-js/mdx, remark-mark-and-unravel).
    const lifted = child.type === 'paragraph' && child.children?.every(liftable) && child.children.some((node) => node.type !== 'text');
    for (const node of lifted ? child.children! : [child]) visit(node, kind === 'mdx');
  }
  return { findings, images };
}

const liftable = (node: MdNode) =>
  node.type === 'mdxJsxTextElement' || node.type === 'mdxTextExpression' || (node.type === 'text' && (node.value ?? '').trim() === '');

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start: { line: number } } | undefined;
}

/** True for a link a reader may follow: a web page, an email address, a phone number, or #a-heading. */
export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('#')) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  return scheme !== undefined && LINK_SCHEMES.includes(scheme);
}

/** {/* a note *\/}: a comment, which MDX leaves out and never runs. */
export const isComment = (code: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code);

/** An HTML attribute's name from the name hast gives it: onMouseOver → onmouseover, httpEquiv → http-equiv. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);
