/**
 * Pictures that travel inside an encrypted page: a pupil's photo and the pictures in free text.
 * Never a separate file, never the file as the school saved it: each is decoded, turned upright,
 * made smaller and re-encoded as WebP, which leaves behind every piece of metadata (camera, place,
 * date, the name of the computer that edited it), then put in the page as a data: URI. An SVG is
 * drawn into pixels here, from memory, so it can neither run a script nor fetch a file.
 */
import { readFileSync, statSync } from 'node:fs';
import sharp from 'sharp';

/** A photo is shown 6rem across (96 CSS pixels): enough pixels for a sharp print and a 3× screen. */
export const PHOTO_SIZE = 320;

/** A picture in free text fits a page's text column on a 2× screen. */
export const BODY_PICTURE_SIZE = 1000;

/** Phone cameras make up to about 50 million pixels; anything larger is refused, not decoded. */
const PIXEL_LIMIT = 100_000_000;

const made = new Map<string, Promise<string>>();

/** The picture in `file`, at most `size` pixels wide and high, as a WebP data: URI. */
export function embedPicture(file: string, size: number): Promise<string> {
  const { mtimeMs, size: bytes } = statSync(file);
  const key = `${file}\0${mtimeMs}\0${bytes}\0${size}`;
  let picture = made.get(key);
  if (!picture) {
    picture = encode(file, size);
    made.set(key, picture);
  }
  return picture;
}

async function encode(file: string, size: number): Promise<string> {
  try {
    const webp = await sharp(readFileSync(file), { limitInputPixels: PIXEL_LIMIT })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    return `data:image/webp;base64,${webp.toString('base64')}`;
  } catch (error) {
    throw new Error(
      `${file} could not be read as a picture (${error instanceof Error ? error.message : String(error)}). Save it again as a PNG or JPG file.`,
    );
  }
}

/** A pupil's photo as a data URI, or undefined when the pupil has none. */
export const photoDataUri = (file: string | undefined): Promise<string | undefined> =>
  file ? embedPicture(file, PHOTO_SIZE) : Promise.resolve(undefined);
