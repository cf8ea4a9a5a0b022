/**
 * Makes satori's poster SVG small without changing a pixel of it. Satori draws text as paths in
 * absolute coordinates (one decimal), so the same letter is different text at every place it
 * appears and compression finds little to share; written in relative coordinates, each letter's
 * outline is the same text wherever it stands. Satori also embeds each symbol as base64, which
 * hides the SVG's repeats from compression: percent-encoded UTF-8 keeps them visible. And it writes
 * a mask for every box, used or not: unused ones go.
 */

/** A whole number of tenths, as SVG path data writes it: 12 → "1.2", -4 → "-.4", 30 → "3". */
function tenths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const size = value < 0 ? -value : value;
  const tenth = size % 10;
  const whole = (size - tenth) / 10;
  if (tenth === 0) return sign + whole;
  return whole === 0 ? `${sign}.${tenth}` : `${sign}${whole}.${tenth}`;
}

/** The next number in path data, after a space unless it starts with its minus sign. */
const next = (value: number) => (value < 0 ? tenths(value) : ` ${tenths(value)}`);

/** How many numbers each command of a glyph path takes. */
const ARGUMENTS: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };
/** One command letter or one number (at most one decimal) of a glyph path. */
const TOKEN = /[\s,]*(?:([MLQCZ])|(-?(?:\d+(?:\.\d?)?|\.\d)))/y;

/**
 * A glyph path (absolute M, L, Q, C and Z with at most one decimal) in relative coordinates, with
 * lines that go nowhere left out. Any other path comes back unchanged. Coordinates are counted in
 * whole tenths, so the relative path lands on exactly the same points. One pass over the text: a
 * poster holds some fifty thousand numbers.
 */
export function relativePath(d: string): string {
  let out = '';
  let [x, y, startX, startY] = [0, 0, 0, 0];
  let command = '';
  const values: number[] = [];
  /** Writes the command read so far; false when it is not one a glyph path has. */
  const write = (): boolean => {
    if (command === '') return true;
    if (values.length !== ARGUMENTS[command]) return false;
    if (command === 'Z') {
      out += 'z';
      [x, y] = [startX, startY];
      return true;
    }
    const endX = values[values.length - 2]!;
    const endY = values[values.length - 1]!;
    if (command === 'M') {
      out += `M${tenths(endX)}${next(endY)}`;
      [startX, startY] = [endX, endY];
    } else if (command === 'L') {
      if (endX === x && endY === y) return true;
      out += endX === x ? `v${tenths(endY - y)}` : endY === y ? `h${tenths(endX - x)}` : `l${tenths(endX - x)}${next(endY - y)}`;
    } else {
      out += command === 'Q' ? 'q' : 'c';
      values.forEach((value, index) => {
        const relative = value - (index % 2 === 0 ? x : y);
        out += index === 0 ? tenths(relative) : next(relative);
      });
    }
    [x, y] = [endX, endY];
    return true;
  };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < d.length) {
    const at = TOKEN.lastIndex;
    const token = TOKEN.exec(d);
    if (!token) {
      if (/^[\s,]*$/.test(d.slice(at))) break;
      return d;
    }
    if (token[1]) {
      if (!write()) return d;
      command = token[1];
      values.length = 0;
    } else values.push(Math.round(Number(token[2]) * 10));
  }
  return write() ? out : d;
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
