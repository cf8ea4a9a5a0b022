/** A pupil's id (the folder name) from their name: "Zofia Kowalska-Nowak" → zofia-kowalska-nowak. */

export function pupilIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: Zoë → zoe
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[‘’'`]/g, '') // O'Neill → oneill, not o-neill
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
