/**
 * Pictures in free text (![what it shows](chart.png)): which folder they must be in, which files
 * are pictures, and how large. A plan's or review's pictures stay in that pupil's own folder, so one
 * pupil's page can never carry another's; a strategy's or group plan's stay beside it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { confinedFile } from '../confined-path.ts';
import { isPicture, PICTURE_TYPES_IN_WORDS } from './picture-types.ts';
import { sizeInWords } from '../read-text.ts';

/** The largest picture file Waypoint reads: a photo from a phone is 2 to 5 MB. */
export const IMAGE_FILE_LIMIT = 20_000_000;

export type FoundImage = { file: string; problem?: undefined } | { file?: undefined; problem: { message: string; fix: string } };

/** The folder a file's pictures must be in, as a path and as the SENCO would name it. */
export function pictureFolder(file: string, contentFolder: string): { folder: string; shown: string; whose: string } {
  const parts = path.relative(contentFolder, file).split(path.sep);
  if (parts[0] === 'pupils' && parts.length >= 3) {
    return { folder: path.join(contentFolder, 'pupils', parts[1]!), shown: `pupils/${parts[1]}/`, whose: "this pupil's own folder" };
  }
  const folder = path.dirname(file);
  const shown = `${path.relative(contentFolder, folder).split(path.sep).join('/')}/`;
  return { folder, shown: shown === '/' ? 'the content folder' : shown, whose: 'the folder this file is in' };
}

/** The picture file a body names, or what is wrong with it. */
export function findBodyImage(file: string, url: string, contentFolder: string): FoundImage {
  let name = url;
  try {
    name = decodeURIComponent(url);
  } catch {
    // A stray % is part of the name.
  }
  const { folder, shown, whose } = pictureFolder(file, contentFolder);
  const found = confinedFile(name, path.dirname(file), folder, contentFolder);
  const problem = (message: string, fix: string): FoundImage => ({ problem: { message, fix } });
  switch (found.problem) {
    case 'outside':
      return problem(
        `The picture "${url}" is not inside ${shown}, ${whose}.`,
        `Copy the picture itself (not a shortcut to it) into ${shown} and write its name without "../", like ![what it shows](chart.png).`,
      );
    case 'missing':
      return problem(`The picture "${url}" is not there.`, `Check the name (capital letters count) and that the picture is saved ${url.includes('/') ? 'where the name says' : 'beside this file'}.`);
    case 'not-a-file':
      return problem(`"${url}" is a folder, not a picture.`, 'Write the name of the picture file inside it.');
  }
  if (!isPicture(found.file)) {
    return problem(`"${url}" is not a picture Waypoint can show.`, `Save it as ${PICTURE_TYPES_IN_WORDS}.`);
  }
  const size = statSync(found.file).size;
  if (size > IMAGE_FILE_LIMIT) {
    return problem(`The picture "${url}" is ${sizeInWords(size)}, more than the ${sizeInWords(IMAGE_FILE_LIMIT)} Waypoint reads.`, 'Save a smaller copy of it.');
  }
  return { file: found.file };
}
