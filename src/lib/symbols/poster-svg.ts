/**
 * Makes satori's poster SVG small without changing a pixel of it. Satori draws text as paths in
 * absolute coordinates (one decimal), so the same letter is different text at every place it
 * appears and compression finds little to share; written in relative coordinates, each letter's
 * outline is the same text wherever it stands. Satori also embeds each symbol as base64, which
 * hides the SVG's repeats from compression: percent-encoded UTF-8 keeps them visible. And it writes
 * a mask for every box, used or not: unused ones go.
 */

/** A number of tenths, as SVG path data writes it: 12 → "1.2", -4 → "-.4", 30 → "3". */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const size = Math.abs(value);
  const whole = Math.floor(size / 10);
  const tenth = size % 10;
  if (tenth === 0) return `${sign}${whole}`;
  return whole === 0 ? `${sign}.${tenth}` : `${sign}${whole}.${tenth}`;
}

/** Numbers for path data: a space between them, none before a minus sign. */
function numbers(values: number[]): string {
  let text = '';
  for (const value of values) {
    const written = tenths(value);
    text += text === '' || written.startsWith('-') ? written : ` ${written}`;
  }
  return text;
}

/** How many numbers each command of a glyph path takes. */
const ARGUMENTS: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6 };
const NOT_GLYPH_PATH = /[^MLQCZ0-9.\- ,]/;

/**
 * A glyph path (absolute M, L, Q, C and Z with at most one decimal) in relative coordinates, with
 * lines that go nowhere left out. Any other path comes back unchanged.
 */
export function relativePath(d: string): string {
  if (NOT_GLYPH_PATH.test(d)) return d;
  const parts = d.split(/(?=[MLQCZ])/);
  let out = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const part of parts) {
    const command = part[0]!;
    if (command === 'Z') {
      out += 'z';
      x = startX;
      y = startY;
      continue;
    }
    const values = part
      .slice(1)
      .trim()
      .split(/[\s,]+/)
      .map((value) => Math.round(Number(value) * 10));
    if (values.length !== ARGUMENTS[command] || values.some(Number.isNaN)) return d;
    const endX = values[values.length - 2]!;
    const endY = values[values.length - 1]!;
    if (command === 'M') {
      out += `M${numbers([endX, endY])}`;
      startX = endX;
      startY = endY;
    } else if (command === 'L') {
      if (endX === x && endY === y) continue;
      out += endX === x ? `v${tenths(endY - y)}` : endY === y ? `h${tenths(endX - x)}` : `l${numbers([endX - x, endY - y])}`;
    } else {
      out += command.toLowerCase() + numbers(values.map((value, index) => value - (index % 2 === 0 ? x : y)));
    }
    x = endX;
    y = endY;
  }
  return out;
}

/** What an SVG inside a data: URI must not hold as it is, in a double-quoted attribute. */
const UNSAFE_IN_URI = /[^\x20-\x7e]|[%#<>"&]/gu;

/** A symbol's SVG as a UTF-8 data: URI, percent-encoded only where it must be. */
export const svgDataUri = (svg: string) =>
  `data:image/svg+xml,${svg.replace(/\s+/g, ' ').replace(UNSAFE_IN_URI, (character) => encodeURIComponent(character))}`;

const BASE64_SVG = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/g;

/** Satori's SVG, the same picture in fewer bytes. */
export function compactPosterSvg(svg: string): string {
  const used = new Set([...svg.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]));
  return (
    svg
      // satori masks every image to its box; a symbol never leaves its box, and librsvg draws each
      // mask at full page size, which made a poster take seconds instead of a fraction of one.
      .replace(/<image\b[^>]*>/g, (tag) => tag.replace(/ (?:mask|clip-path)="[^"]*"/g, ''))
      .replace(/<mask id="([^"]+)">[\s\S]*?<\/mask>/g, (mask, id: string) => (used.has(id) ? mask : ''))
      .replace(/ d="([^"]*)"/g, (_attribute, d: string) => ` d="${relativePath(d)}"`)
      .replace(BASE64_SVG, (_uri, base64: string) => svgDataUri(Buffer.from(base64, 'base64').toString('utf8')))
  );
}
