/**
 * Checks the free text of a plan, review or group plan (MDX) or a strategy (Markdown) for
 * `npm run check`: parsed by the same MDX parser the build uses, judged by body-rules.ts, every
 * picture found and kept inside its folder. Each problem has its line in the file.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findBodyImage } from './body-images.ts';
import { judgeBody, type Finding, type MdNode } from './body-rules.ts';
import { displayPath } from '../display-path.ts';
import type { Problem } from '../problems.ts';

const PARSERS = {
  mdx: unified().use(remarkParse).use(remarkGfm).use(remarkMdx),
  md: unified().use(remarkParse).use(remarkGfm),
};

export const bodyKind = (file: string): 'mdx' | 'md' => (file.endsWith('.mdx') ? 'mdx' : 'md');

/**
 * What a free text says by itself, its lines counted within the body: what the parser and the rules
 * find, and the pictures it shows. The same text always gives the same judgement (the checker's
 * cache keeps it); whether each picture is there is looked at every time.
 */
export interface BodyJudgement {
  findings: Finding[];
  images: { url: string; line: number | undefined }[];
}

export function judgeBodyText(body: string, kind: 'mdx' | 'md'): BodyJudgement {
  let tree: MdNode;
  try {
    tree = PARSERS[kind].parse(body) as MdNode;
  } catch (error) {
    return { findings: [{ ...describeMdxError(error as ParseError), severity: 'error' }], images: [] };
  }
  const { findings, images } = judgeBody(tree, kind);
  return { findings, images: images.map(({ url, line }) => ({ url, line })) };
}

/** Every problem in a file's free text, which starts on line `bodyLine` of the file. */
export function checkBody(
  file: string,
  body: string,
  bodyLine: number,
  contentFolder: string,
  judged: BodyJudgement = judgeBodyText(body, bodyKind(file)),
): Problem[] {
  const shown = displayPath(file);
  const at = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const problems: Problem[] = judged.findings.map(({ line, ...finding }) => ({ file: shown, line: at(line), field: 'Free text', ...finding }));
  for (const image of judged.images) {
    const found = findBodyImage(file, image.url, contentFolder);
    if (found.problem) problems.push({ file: shown, line: at(image.line), field: 'Free text', ...found.problem, severity: 'error' });
  }
  return problems;
}

/** Tags that never have anything inside: HTML lets them stand alone, MDX wants <br />. */
const EMPTY_TAGS = ['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'area', 'base', 'col', 'embed', 'source', 'track'];

interface ParseError {
  line?: number | undefined;
  reason?: string;
  message?: string;
  ruleId?: string;
  place?: { line?: number; start?: { line: number } } | undefined;
}

/** The MDX parser's messages are for programmers; these say the same for a SENCO. */
function describeMdxError(error: ParseError): { line: number | undefined; message: string; fix: string } {
  const reason = error.reason ?? error.message ?? 'The text could not be read.';
  const line = error.line ?? error.place?.start?.line ?? error.place?.line;
  const unclosed = /closing tag for `<([^>`]*)>`/.exec(reason)?.[1];
  if (unclosed) {
    return {
      line,
      message: `The tag <${unclosed}> is not closed.`,
      fix: EMPTY_TAGS.includes(unclosed)
        ? `Write it as <${unclosed} />.`
        : `Close it, like <${unclosed}>…</${unclosed}>, or write a tag with nothing inside as <${unclosed} />.`,
    };
  }
  if (/closing brace/.test(reason)) {
    return { line, message: 'A curly bracket { is not closed.', fix: 'To show a curly bracket, write \\{ instead.' };
  }
  if (/before name/.test(reason)) {
    return {
      line,
      message: 'A "<" here starts a tag that is not finished.',
      fix: 'To show the sign <, write \\< instead. A note that is never shown is written {/* like this */}, not <!-- like this -->.',
    };
  }
  return {
    line,
    message: `This line cannot be read as MDX (${reason.split('\n')[0]!.replace(/\.$/, '')}).`,
    fix: 'Write < as \\< and { as \\{ when they are part of the text, and close every tag you open.',
  };
}
