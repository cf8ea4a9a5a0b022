/**
 * The build's compile step refuses what the checker refuses, on its own: these tests compile bodies
 * with the Markdown processor astro.config.mjs gives Astro (the same remark and rehype plugins, for
 * .mdx and .md), with no checker in front of it. Then the last gate alone, on raw HTML the browser's
 * parser reads.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import sharp from 'sharp';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import config from '../../astro.config.mjs';
import { rehypeContentIsData } from '../../src/lib/content/body/compile-guard.ts';
import { embedPicture } from '../../src/lib/privacy/photo.ts';

interface Processor {
  createMdxRenderer(
    shared: object,
    mdx: object,
  ): Promise<{ process(content: string, file: string, frontmatter: object): Promise<{ code: string }> }>;
  createRenderer(shared: object): Promise<{ render(content: string, options: { fileURL: URL }): Promise<{ code: string }> }>;
}
const processor = config.markdown!.processor as unknown as Processor;
/** What Astro hands the processor from astro.config.mjs's markdown settings. */
const shared = { gfm: true, smartypants: true, syntaxHighlight: config.markdown!.syntaxHighlight };

let folder: string;
const savedContent = process.env['WAYPOINT_CONTENT'];
beforeAll(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'waypoint-compile-'));
  mkdirSync(path.join(folder, 'pupils/ruby-hale'), { recursive: true });
  mkdirSync(path.join(folder, 'strategies'));
  process.env['WAYPOINT_CONTENT'] = folder;
});
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  if (savedContent === undefined) delete process.env['WAYPOINT_CONTENT'];
  else process.env['WAYPOINT_CONTENT'] = savedContent;
});

/** Compiles a plan body the way Astro compiles content/pupils/ruby-hale/plan.mdx. */
async function compileMdx(body: string): Promise<string> {
  const file = path.join(folder, 'pupils/ruby-hale/plan.mdx');
  writeFileSync(file, body);
  const renderer = await processor.createMdxRenderer(shared, { srcDir: pathToFileURL(folder) });
  return (await renderer.process(body, file, {})).code;
}

/** Renders a strategy body the way Astro renders content/strategies/<id>.md. */
async function renderMd(body: string): Promise<string> {
  const file = path.join(folder, 'strategies/overlay.md');
  writeFileSync(file, body);
  const renderer = await processor.createRenderer(shared);
  return (await renderer.render(body, { fileURL: pathToFileURL(file) })).code;
}

describe('compiling an MDX body, with no checker in front', () => {
  test('refuses the body that imports node:fs to print the keyring', async () => {
    await expect(
      compileMdx(
        "import { readFileSync } from 'node:fs';\n\n<ForFamily>\n{readFileSync('.waypoint/keyring.json', 'utf8')}\n</ForFamily>\n",
      ),
    ).rejects.toThrow(/line 1 — Free text\n {2}An "import" line would run code/);
  });

  test('refuses {process.env}', async () => {
    await expect(compileMdx('Notes: {process.env}\n')).rejects.toThrow('Text in curly brackets, {process.env}, would run as code');
  });

  test('refuses a component Waypoint does not have', async () => {
    await expect(compileMdx('<Secrets />\n')).rejects.toThrow('There is no component called <Secrets>.');
  });

  test('refuses a meta refresh', async () => {
    await expect(compileMdx('<meta http-equiv="refresh" content="0; url=https://waypoint-login.example.com/" />\n')).rejects.toThrow(
      'A <meta> tag can send the reader to another website',
    );
  });

  test('compiles Markdown, the audience sections, safe tags, escapes and notes', async () => {
    const code = await compileMdx(
      [
        '{/* a note for the SENCO */}',
        '',
        '## Notes',
        '',
        '| Week | Words read |',
        '| --- | --- |',
        '| 1 | 12 \\< 20 \\{all\\} |',
        '',
        '> Ruby said: "I like the word games."',
        '',
        '<ForFamily>',
        'Ruby reads with **Mrs Hughes**.<br />Ring <abbr title="special educational needs co-ordinator">SENCO</abbr> on [01632 960 207](tel:01632960207).',
        '',
        '<span lang="pl">Dzień dobry</span>, see [the review](#review) or [email us](mailto:send@ashdown.example.sch.uk).',
        '</ForFamily>',
        '',
      ].join('\n'),
    );
    for (const text of ['Mrs Hughes', 'Dzień dobry', '"12 < 20 {all}"', '_components.table', '_components.blockquote', 'tel:01632960207']) {
      expect(code).toContain(text);
    }
  });

  test('puts a picture inside the page as a WebP data: URI, with no import for Astro to copy', async () => {
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } })
      .png()
      .toFile(path.join(folder, 'pupils/ruby-hale/chart.png'));
    const code = await compileMdx('![Ruby’s chart](chart.png)\n');
    expect(code).toContain('data:image/webp;base64,');
    expect(code).not.toMatch(/import[^;]*chart\.png/);
  });

  test("refuses a picture in another pupil's folder", async () => {
    await expect(compileMdx('![Kai](../kai-mensah/photo.jpg)\n')).rejects.toThrow('is not inside pupils/ruby-hale/');
  });
});

describe('each tag the issue names, in MDX and in Markdown', () => {
  const TAGS = {
    meta: '<meta http-equiv="refresh" content="0; url=https://example.com/" />',
    form: '<form action="https://example.com/"></form>',
    iframe: '<iframe src="https://example.com/"></iframe>',
    link: '<link rel="stylesheet" href="https://example.com/x.css" />',
    script: '<script src="https://example.com/x.js"></script>',
    style: '<style>{"body { display: none }"}</style>',
    object: '<object data="https://example.com/x.pdf"></object>',
    embed: '<embed src="https://example.com/x.swf" />',
  };
  test.each(Object.entries(TAGS))('refuses <%s> in a plan and in a strategy', async (tag, html) => {
    const refused = new RegExp(`An? <${tag}> tag`);
    await expect(compileMdx(`${html}\n`)).rejects.toThrow(refused);
    await expect(renderMd(`${html.replace('{"body { display: none }"}', 'body { display: none }')}\n`)).rejects.toThrow(refused);
  });
});

describe('rendering a Markdown strategy, with no checker in front', () => {
  test('refuses a fake sign-in form', async () => {
    await expect(renderMd('<form action="https://waypoint-login.example.com/"><input type="password" name="p"></form>\n')).rejects.toThrow(
      'A <form> tag could ask the reader for a passphrase',
    );
  });

  test('refuses a script hidden in an event handler', async () => {
    await expect(renderMd('Use the <span onmouseover="alert(1)">overlay</span>.\n')).rejects.toThrow(
      'The attribute "onmouseover" on <span>',
    );
  });

  test('renders Markdown and safe tags', async () => {
    expect(await renderMd('Keep a **spare** overlay.<br>Ask the <abbr title="teaching assistant">TA</abbr>.\n')).toContain(
      '<strong>spare</strong>',
    );
  });

  test('renders code without the inline styles of syntax highlighting, which the Content-Security-Policy blocks', async () => {
    const html = await renderMd('```js\nconst overlay = "yellow";\n```\n');
    expect(html).toContain('<code class="language-js">');
    expect(html).not.toContain('style=');
  });
});

describe('the last gate, on its own', () => {
  /** Markdown with raw HTML to HTML, through only the last gate. */
  const gate = (markdown: string) =>
    unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeContentIsData)
      .run(unified().use(remarkParse).parse(markdown), { path: path.join(folder, 'strategies/overlay.md'), value: markdown } as never);

  test('refuses a script the browser would find in raw HTML', async () => {
    await expect(gate('<div>\n<script>alert(1)</script>\n</div>\n')).rejects.toThrow('A <script> tag is not allowed in free text.');
  });

  test('refuses an iframe with srcdoc', async () => {
    await expect(gate('<iframe srcdoc="<p>Sign in</p>"></iframe>\n')).rejects.toThrow('A <iframe> tag is not allowed');
  });

  test('refuses a picture that is not inside the page', async () => {
    await expect(gate('![x](https://images.example.com/x.png)\n')).rejects.toThrow('A picture is not inside the page.');
  });

  test('refuses a javascript: link Markdown made', async () => {
    await expect(gate('[minutes](javascript:alert(1))\n')).rejects.toThrow('A link does not go to a web page');
  });

  test('lets Markdown through', async () => {
    await expect(gate('# Notes\n\n- one\n- [two](https://example.com/)\n')).resolves.toBeDefined();
  });
});

describe('a picture put inside a page', () => {
  test('is drawn from an SVG into pixels, and the SVG cannot fetch a file', async () => {
    const svg = path.join(folder, 'strategies/drawing.svg');
    writeFileSync(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 20"><script>alert(1)</script>' +
        '<image href="file:///etc/hostname" width="20" height="20"/><rect width="10" height="10" fill="red"/></svg>',
    );
    const uri = await embedPicture(svg, 1000);
    expect(uri).toMatch(/^data:image\/webp;base64,/);
    const { format } = await sharp(Buffer.from(uri.split(',')[1]!, 'base64')).metadata();
    expect(format).toBe('webp');
  });
});
